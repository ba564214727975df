package app.sala.voice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the browser does to the microphone's sound before Sala hears it (sala.voice.capture.*):
 * the three processing steps of getUserMedia. The page asks for exactly these; a browser that
 * cannot turn one off (or on) keeps its own choice. The defaults are the ones measured best for
 * recognition through Chromium (docs/VOICE.md, "Microphone capture").
 *
 * @param echoCancellation cancels what the kiosk's own speaker plays (read-aloud) from the microphone
 * @param noiseSuppression removes steady background noise
 * @param autoGainControl  raises a quiet voice and lowers a loud one
 */
@ConfigurationProperties("sala.voice.capture")
public record MicrophoneCapture(
        @DefaultValue("true") boolean echoCancellation,
        @DefaultValue("true") boolean noiseSuppression,
        @DefaultValue("true") boolean autoGainControl) {
}
