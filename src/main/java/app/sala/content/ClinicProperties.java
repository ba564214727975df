package app.sala.content;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The clinic this kiosk stands in. Content files refer to these as {clinicName},
 * {clinicPhone} and {emergencyNumber}, so a clinic changes a number in one place.
 */
@Validated
@ConfigurationProperties("sala.clinic")
public record ClinicProperties(
        @NotBlank String name,
        @NotBlank String phone,
        @NotBlank String emergencyNumber) {
}
