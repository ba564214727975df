package app.sala.assistant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the sentence files live: one {@code <code>.yaml} per language, e.g.
 * {@code classpath:assistant/} or {@code file:/etc/sala/assistant/}.
 */
@ConfigurationProperties("sala.assistant.sentences")
public record SentenceProperties(@DefaultValue("classpath:assistant/") String location) {
}
