package app.sala.usage;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the anonymous usage figures are kept.
 *
 * @param dir   folder for one small JSON file per day; empty keeps the figures in memory only
 *              (they are then lost at every restart, and kiosks are often switched off at night)
 * @param days  how many days of figures are kept, in memory and on disk
 */
@Validated
@ConfigurationProperties("sala.usage")
public record UsageProperties(@DefaultValue("") String dir, @DefaultValue("90") @Min(1) int days) {
}
