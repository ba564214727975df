package app.sala.voice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cut-offs of the voice decision (sala.voice.decision.*), on the combined score of a
 * meaning, 0..1. The defaults were chosen on the tuning part of the lobby corpus and are
 * reported on its held-out part (docs/VOICE.md, "How spoken requests are judged").
 *
 * @param act       at or above this, and clearly ahead of the next meaning, Sala acts
 * @param ask       at or above this, Sala asks "Did you mean…?" with the readings it has
 * @param emergency    an emergency read at or above this is never passed over: Sala acts on it, or
 *                     asks with it as the first choice, and never acts on anything else
 * @param emergencyAct at or above this an emergency that is the best reading opens the 911
 *                     screen without asking: lower than {@code act} when the corpus shows it
 *                     safe, because a visitor in an emergency should not have to tap again, and
 *                     a wrong emergency screen costs one tap back
 * @param margin       how far the best meaning must be ahead of the next one to act without asking
 */
@ConfigurationProperties("sala.voice.decision")
public record DecisionProperties(
        @DefaultValue("0.5") double act,
        @DefaultValue("0.05") double ask,
        @DefaultValue("0.1") double emergency,
        @DefaultValue("0.5") double emergencyAct,
        @DefaultValue("0.15") double margin) {

    public DecisionProperties {
        if (!(0 < ask && ask <= act && act <= 1) || !(0 < emergency && emergency <= emergencyAct && emergencyAct <= 1)
                || !(0 <= margin && margin < 1)) {
            throw new IllegalArgumentException("sala.voice.decision: need 0 < ask <= act <= 1, 0 < emergency <= emergency-act <= 1"
                    + " and 0 <= margin < 1; got act " + act + ", ask " + ask + ", emergency " + emergency + ", emergency-act "
                    + emergencyAct + ", margin " + margin);
        }
    }

    /** The same cut-offs with another act cut-off (never below ask): for weaker evidence, such as speech heard through the phonetic bridge. */
    public DecisionProperties actingAt(double actCutoff) {
        return new DecisionProperties(Math.max(ask, Math.min(1, actCutoff)), ask, emergency, emergencyAct, margin);
    }
}
