package app.sala.voice;

import app.sala.api.ApiProperties;
import app.sala.recognition.AudioRejectedException;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/transcribe?lang=en[&exercise=<id>]} with a WAV body (any PCM rate, mono or
 * stereo): what was heard and what Sala would do, through the same path as the microphone, with
 * the same context (the exercise on screen, as the stream's ticket or ?exercise gives it). For
 * integrations and measurement. The audio is read into memory, used and dropped; it is never stored.
 */
@RestController
class TranscribeController {

    static final String PATH = "/api/v1/transcribe";

    private final VoiceService voice;
    private final int maxBytes;

    /**
     * The largest WAV is the API's body limit for this path (sala.api.max-body-size-by-path):
     * the body limit filter refuses a larger body before it gets here, and reading stops there too.
     */
    TranscribeController(VoiceService voice, ApiProperties api) {
        this.voice = voice;
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 8, api.maxBodyBytes(PATH));
    }

    @PostMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    VoiceReply transcribe(@RequestParam("lang") String language,
                          @RequestParam(value = "exercise", required = false) String exerciseId,
                          InputStream body) throws IOException {
        return voice.transcribe(language, readAtMost(body, maxBytes), exerciseId);
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
