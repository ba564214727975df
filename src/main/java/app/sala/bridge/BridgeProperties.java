package app.sala.bridge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the phonetic bridge files are: {@code classpath*:bridge/} or a clinic's own folder.
 * {@code enabled=false} turns the bridges off (voice only where a language has its own model).
 * {@code act}: the act cut-off of the voice decision for speech heard through a bridge, higher
 * than the language's own (sala.voice.decision.act): a bridge's readings are weaker evidence,
 * so below it Sala asks "Did you mean…?" instead of acting. Emergencies keep their own cut-offs.
 */
@ConfigurationProperties("sala.voice.bridge")
public record BridgeProperties(@DefaultValue("classpath*:bridge/") String location, @DefaultValue("true") boolean enabled,
                               @DefaultValue("0.75") double act) {
}
