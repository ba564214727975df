package app.sala.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** What staff read in /actuator/health about read-aloud, with and without espeak-ng. */
class SpeechSynthesisHealthIndicatorTest {

    @TempDir
    Path cacheDir;

    @Test
    void withoutEspeakEnglishStillSpeaksSpanishSaysWhyNotAndTheStatusIsDegraded() {
        EspeakSynthesizer missing = new EspeakSynthesizer("/no/such/espeak-ng", Engines.VOICES, Duration.ofSeconds(10));
        SpeechService speech = new SpeechService(Engines.freeTts(), missing, new ClipCache(cacheDir, 1_000_000),
                Engines.catalog(), Engines.properties(cacheDir));

        Health health = new SpeechSynthesisHealthIndicator(speech).health();

        assertThat(health.getStatus()).isEqualTo(new Status("DEGRADED"));
        assertThat(health.getDetails().get("en")).isEqualTo(Map.of("available", true, "engine", "freetts", "voice", "kevin16"));
        @SuppressWarnings("unchecked")
        Map<String, Object> spanish = (Map<String, Object>) health.getDetails().get("es");
        assertThat(spanish).containsEntry("available", false).doesNotContainKeys("engine", "voice");
        assertThat((String) spanish.get("reason")).contains("/no/such/espeak-ng");
    }

    @Test
    void withEveryEngineThereEveryLanguageSpeaksAndTheStatusIsUp() {
        SpeechService speech = Engines.service(Engines.requireEspeak(), cacheDir);

        Health health = new SpeechSynthesisHealthIndicator(speech).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails().get("es")).isEqualTo(Map.of("available", true, "engine", "espeak-ng", "voice", "es-419"));
    }
}
