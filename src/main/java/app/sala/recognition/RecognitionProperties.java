package app.sala.recognition;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of speech recognition (sala.voice.*).
 *
 * @param modelsDir        one Vosk model per language: {@code <modelsDir>/<language code>/}
 * @param maxUtterance     the longest speech accepted in one go (stream or uploaded WAV)
 * @param listenTimeout    the microphone closes by itself after this long
 * @param minConfidence    a word heard with less confidence than this makes the whole phrase doubtful
 * @param streamsPerMinute how many microphone streams one visitor session may open per minute:
 *                         that many at once, then as many more each minute (a token bucket)
 */
@ConfigurationProperties("sala.voice")
public record RecognitionProperties(
        @DefaultValue("models") Path modelsDir,
        @DefaultValue("15s") Duration maxUtterance,
        @DefaultValue("10s") Duration listenTimeout,
        @DefaultValue("0.6") double minConfidence,
        @DefaultValue("20") int streamsPerMinute) {

    public double maxUtteranceSeconds() {
        return maxUtterance.toMillis() / 1000.0;
    }
}
