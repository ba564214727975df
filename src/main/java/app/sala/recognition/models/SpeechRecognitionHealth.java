package app.sala.recognition.models;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Tells staff, per language folder, whether the kiosk can listen, and why not. Without any
 * model the kiosk still works by touch, so the component stays UP (a DOWN would make the
 * launcher wait forever for a healthy server) and says "listening": [] with a warning.
 */
@Component("speechRecognition")
class SpeechRecognitionHealth implements HealthIndicator {

    private final SpeechModels models;

    SpeechRecognitionHealth(SpeechModels models) {
        this.models = models;
    }

    @Override
    public Health health() {
        Map<String, Object> languages = new LinkedHashMap<>();
        for (SpeechModels.Status status : models.statuses()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("available", status.loaded());
            detail.put("model", status.directory().toString());
            detail.put("detail", status.detail());
            languages.put(status.language(), detail);
        }
        Health.Builder health = Health.up().withDetail("listening", models.languages()).withDetail("languages", languages);
        if (models.languages().isEmpty()) {
            health.withDetail("warning", "no speech model loaded: the kiosk works by touch only (see models/README.md)");
        }
        return health.build();
    }
}
