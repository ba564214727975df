package app.sala.kiosk;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the kiosk looks after its visitors.
 *
 * @param idleTimeout   how long nobody may touch, type or speak before Sala asks "Are you still there?"
 * @param warningTime   how long that question waits for an answer before the kiosk starts over;
 *                      at least 20 s, the time WCAG 2.2.1 gives to ask for more
 * @param welcomeFirst  a new visitor session sees the welcome (attract) screen first, whatever
 *                      address it opens (but the emergency screen); off, it opens that address
 */
@Validated
@ConfigurationProperties("sala.kiosk")
public record KioskProperties(
        @DefaultValue("60s") @DurationMin(seconds = 1) Duration idleTimeout,
        @DefaultValue("30s") @DurationMin(seconds = 20) Duration warningTime,
        @DefaultValue("true") boolean welcomeFirst) {
}
