package app.sala.voice;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Tells staff in which languages a visitor can speak to the kiosk and how each is heard (its
 * own model, or the phonetic bridge). Always UP: without voice the kiosk works by touch.
 */
@Component("voice")
class VoiceHealth implements HealthIndicator {

    private final VoiceService voice;

    VoiceHealth(VoiceService voice) {
        this.voice = voice;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("languages", voice.howHeard()).build();
    }
}
