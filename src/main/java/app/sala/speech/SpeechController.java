package app.sala.speech;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/speech?lang=en&text=...&rate=normal}: the text read aloud, as a WAV file. */
@RestController
public class SpeechController {

    public static final MediaType AUDIO_WAV = MediaType.parseMediaType("audio/wav");

    private final SpeechService speech;

    public SpeechController(SpeechService speech) {
        this.speech = speech;
    }

    @GetMapping("/api/v1/speech")
    public ResponseEntity<byte[]> speech(@RequestParam(name = "lang", required = false) String language,
                                         @RequestParam(required = false) String text,
                                         @RequestParam(defaultValue = "normal") String rate) {
        SpeechRate speechRate = SpeechRate.parse(rate)
                .orElseThrow(() -> new SpeechRequestException("unknown rate '" + rate + "'; use slower, normal or faster"));
        byte[] wav = speech.wav(text, language, speechRate);
        return ResponseEntity.ok()
                .contentType(AUDIO_WAV)
                .contentLength(wav.length)
                .cacheControl(CacheControl.noStore())
                .body(wav);
    }
}
