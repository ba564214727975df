package app.sala.speech;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code speechSynthesis} in /actuator/health: for each language on screen, whether it can be
 * read aloud, with which engine and voice, or why not. Read-aloud is how many visitors use
 * the kiosk at all, so: UP when every language speaks, DEGRADED (still HTTP 200) when some
 * do not, DOWN (HTTP 503) when none does.
 */
@Component
class SpeechSynthesisHealthIndicator implements HealthIndicator {

    /** Some of the kiosk works; ordered between DOWN and UP in application.properties. */
    static final Status DEGRADED = new Status("DEGRADED", "some languages cannot be read aloud");

    private final SpeechService speech;

    SpeechSynthesisHealthIndicator(SpeechService speech) {
        this.speech = speech;
    }

    @Override
    public Health health() {
        List<SpeechAvailability> languages = speech.availability();
        long available = languages.stream().filter(SpeechAvailability::available).count();
        Status status = available == languages.size() ? Status.UP : available == 0 ? Status.DOWN : DEGRADED;
        Health.Builder health = Health.status(status);
        for (SpeechAvailability language : languages) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("available", language.available());
            if (language.available()) {
                detail.put("engine", language.engine());
                detail.put("voice", language.voice());
            } else {
                detail.put("reason", language.reason());
            }
            health.withDetail(language.language(), detail);
        }
        return health.build();
    }
}
