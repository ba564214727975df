package app.sala.content;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the language files live and which one greets a new visitor.
 *
 * @param location a Spring resource location holding one {@code <code>.yaml} per language,
 *                 e.g. {@code classpath:content/} or {@code file:/etc/sala/content/}
 */
@Validated
@ConfigurationProperties("sala.content")
public record ContentProperties(@NotBlank String location, @NotBlank String defaultLanguage) {
}
