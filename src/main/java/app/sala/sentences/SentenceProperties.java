package app.sala.sentences;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the sentence files live: one {@code <code>.yaml} per language, e.g. the shipped
 * {@code classpath*:assistant/} or a clinic's own {@code file:/etc/sala/assistant/}.
 * ({@code classpath*:} looks in every classpath root, so test resources in an
 * {@code assistant/} folder do not hide the shipped files.)
 */
@ConfigurationProperties("sala.assistant.sentences")
public record SentenceProperties(@DefaultValue("classpath*:assistant/") String location) {
}
