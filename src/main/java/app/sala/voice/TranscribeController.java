package app.sala.voice;

import app.sala.recognition.AudioRejectedException;
import app.sala.recognition.RecognitionProperties;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/transcribe?lang=en} with a WAV body (any PCM rate, mono or stereo): what
 * was heard and what Sala would do, through the same path as the microphone. For integrations
 * and measurement. The audio is read into memory, used and dropped; it is never stored.
 */
@RestController
class TranscribeController {

    private final VoiceService voice;
    private final int maxBytes;

    TranscribeController(VoiceService voice, RecognitionProperties properties) {
        this.voice = voice;
        this.maxBytes = properties.maxUploadBytes();
    }

    @PostMapping(value = "/api/v1/transcribe", produces = MediaType.APPLICATION_JSON_VALUE)
    VoiceReply transcribe(@RequestParam("lang") String language, InputStream body) throws IOException {
        return voice.transcribe(language, readAtMost(body, maxBytes));
    }

    /** Stops reading at the limit, so an endless body costs no more than the limit. */
    private static byte[] readAtMost(InputStream body, int maxBytes) throws IOException {
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new AudioRejectedException("the body is larger than " + maxBytes + " bytes", true);
        }
        return bytes;
    }
}
