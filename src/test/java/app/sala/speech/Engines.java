package app.sala.speech;

import static org.assertj.core.api.Assertions.fail;

import app.sala.content.ClinicProperties;
import app.sala.content.ContentCatalog;
import app.sala.content.ContentProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The real engines, made once per test run: FreeTTS takes about half a second to allocate its
 * voice, so every test class shares one. espeak-ng is the Debian package; CI installs it (.ci/run),
 * so there a missing espeak-ng fails the run, elsewhere the Spanish tests are skipped and say why.
 */
final class Engines {

    static final String ESPEAK = "espeak-ng";
    static final Map<String, String> VOICES = Map.of("es", "es-419");

    private static FreeTtsSynthesizer freeTts;

    private Engines() {
    }

    static synchronized FreeTtsSynthesizer freeTts() {
        if (freeTts == null) {
            freeTts = new FreeTtsSynthesizer();
        }
        return freeTts;
    }

    static EspeakSynthesizer espeak() {
        return new EspeakSynthesizer(ESPEAK, VOICES, Duration.ofSeconds(10));
    }

    /** espeak-ng as the kiosk runs it, or the test is skipped (failed in CI) with the reason. */
    static EspeakSynthesizer requireEspeak() {
        EspeakSynthesizer espeak = espeak();
        espeak.unavailableReason().ifPresent(reason -> {
            String why = "espeak-ng is needed for Spanish speech (apt-get install espeak-ng): " + reason;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        });
        return espeak;
    }

    /** The shipped content, without Spring. */
    static ContentCatalog catalog() {
        return new ContentCatalog(new ContentProperties("classpath:content/", "en"),
                new ClinicProperties("Clinic", "555-0100", "911"), new PathMatchingResourcePatternResolver());
    }

    static SpeechProperties properties(Path cacheDir) {
        return new SpeechProperties(ESPEAK, VOICES, Duration.ofSeconds(10), cacheDir, 50_000_000L, false, 1000);
    }

    static SpeechService service(EspeakSynthesizer espeak, Path cacheDir) {
        return new SpeechService(freeTts(), espeak, new ClipCache(cacheDir, 50_000_000L), catalog(),
                properties(cacheDir));
    }
}
