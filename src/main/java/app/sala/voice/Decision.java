package app.sala.voice;

import java.util.List;

/**
 * What Sala does with one utterance: act on the best reading, ask which of a few readings was
 * meant, or say it did not understand.
 *
 * @param candidates the readings combined per meaning, best first; when Sala asks, the ones it
 *                   offers (an emergency first); empty when nothing was understood
 */
public record Decision(Outcome outcome, List<Candidate> candidates) {

    public enum Outcome { ACT, ASK, NOT_UNDERSTOOD }

    /**
     * One meaning with the evidence of every pass that read it, combined.
     *
     * @param best the strongest single reading of this meaning (its words are shown)
     */
    public record Candidate(Reading best, double score) {

        public boolean isEmergency() {
            return best.isEmergency();
        }
    }

    public Decision {
        candidates = List.copyOf(candidates);
    }

    public static Decision notUnderstood() {
        return new Decision(Outcome.NOT_UNDERSTOOD, List.of());
    }

    public Candidate best() {
        return candidates.isEmpty() ? null : candidates.get(0);
    }
}
