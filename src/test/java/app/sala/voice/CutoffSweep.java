package app.sala.voice;

import app.sala.voice.CorpusFigures.Judged;
import app.sala.voice.LobbyCorpus.Condition;
import app.sala.voice.LobbyCorpus.Outcome;
import app.sala.voice.LobbyCorpus.Part;
import app.sala.voice.LobbyCorpusTest.Result;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cut-offs of the voice decision chosen on the TUNING part of the lobby corpus: every
 * (act, ask, emergency, emergency act) of a grid (margin as configured) is replayed over the
 * recorded hearings of that part only, and the points are ranked by one objective, in this order:
 * <ol>
 *   <li>safe: no emergency downgraded, nothing acted on for room talk or noise;</li>
 *   <li>wrong actions at most 2 % of all clips;</li>
 *   <li>clean requests acted on right at least 90 % (issue 13's target): a point that asks
 *       about nearly everything would offer the most, and make every visitor tap twice;</li>
 *   <li>the most requests acted on or offered right (every condition together);</li>
 *   <li>the most emergencies handled; then the lowest emergency floor (issue 13: an emergency
 *       heard at any confidence above the noise floor is acted on or offered first);</li>
 *   <li>then the most acted on right, the fewest wrong actions, and at equal figures the more
 *       cautious cut-offs.</li>
 * </ol>
 * The held-out part is then reported at the best point only: it chooses nothing.
 */
final class CutoffSweep {

    static final double WRONG_ACTIONS_TARGET_PERCENT = 2;
    static final double CLEAN_ACTED_TARGET_PERCENT = 90;
    private static final double[] EMERGENCY = {0.10, 0.15, 0.20, 0.25, 0.30, 0.40, 0.50};
    private static final double[] EMERGENCY_ACT = {0.30, 0.40, 0.50, 0.60, 0.70, 0.80};
    private static final int SHOWN = 15;

    /** A hearing answered at other cut-offs ({@link LobbyCorpusTest#replay}). */
    interface Replay {
        Outcome replay(Result result, DecisionProperties cutoffs, Map<List<Object>, Outcome> memo);
    }

    record Point(DecisionProperties cutoffs, CorpusFigures figures) {

        boolean safe() {
            return figures.downgraded() == 0 && figures.leftAloneActed() == 0;
        }

        boolean fewWrong() {
            return figures.wrongActionsPercent() <= WRONG_ACTIONS_TARGET_PERCENT;
        }

        boolean actsOnCleanRequests() {
            return figures.actedPercent(Condition.CLEAN) >= CLEAN_ACTED_TARGET_PERCENT;
        }
    }

    static final Comparator<Point> OBJECTIVE = Comparator.comparing(Point::safe).reversed()
            .thenComparing(Comparator.comparing(Point::fewWrong).reversed())
            .thenComparing(Comparator.comparing(Point::actsOnCleanRequests).reversed())
            .thenComparing(Comparator.comparingLong((Point p) -> p.figures().actedOrOffered()).reversed())
            .thenComparing(Comparator.comparingLong((Point p) -> p.figures().emergenciesHandled()).reversed())
            .thenComparingDouble(p -> p.cutoffs().emergency())
            .thenComparing(Comparator.comparingLong((Point p) -> p.figures().actedRight()).reversed())
            .thenComparingLong(p -> p.figures().wrongActions())
            .thenComparing(Comparator.comparingDouble((Point p) -> p.cutoffs().act()).reversed())
            .thenComparing(Comparator.comparingDouble((Point p) -> p.cutoffs().ask()).reversed())
            .thenComparing(Comparator.comparingDouble((Point p) -> p.cutoffs().emergencyAct()).reversed());

    private CutoffSweep() {
    }

    static String run(List<Result> results, DecisionProperties configured, Replay replay) {
        List<Result> tuning = results.stream().filter(r -> r.clip().row().part() == Part.TUNING).toList();
        List<Result> heldout = results.stream().filter(r -> r.clip().row().part() == Part.HELDOUT).toList();
        Map<Result, Map<List<Object>, Outcome>> memos = new IdentityHashMap<>();
        List<Point> points = new ArrayList<>();
        for (int a = 8; a <= 19; a++) {
            double act = a * 0.05;
            for (int k = 1; k <= a; k++) {
                double ask = k * 0.05;
                for (double emergency : EMERGENCY) {
                    for (double emergencyAct : EMERGENCY_ACT) {
                        if (emergencyAct < emergency) {
                            continue;
                        }
                        DecisionProperties cutoffs = new DecisionProperties(round(act), round(ask), emergency, emergencyAct,
                                configured.margin());
                        points.add(new Point(cutoffs, figures(Part.TUNING, tuning, cutoffs, replay, memos)));
                    }
                }
            }
        }
        points.sort(OBJECTIVE);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Cut-off sweep over the TUNING part only (%d clips): act 0.40-0.95, ask 0.05-act"
                        + " (steps of 0.05), emergency %s, emergency act %s, margin %.2f as configured: %d points.%n", tuning.size(),
                java.util.Arrays.toString(EMERGENCY), java.util.Arrays.toString(EMERGENCY_ACT), configured.margin(), points.size()));
        out.append("Objective: no emergency downgraded and nothing acted on for room talk or noise; then wrong actions <= 2 %"
                + " of clips;\nthen clean requests acted on right >= 90 %; then most requests acted on or offered right (all conditions); then most"
                + " emergencies handled, the lowest emergency floor, most acted on right, fewest wrong actions, more cautious cut-offs.\n");
        out.append(String.format(Locale.ROOT, "%d points are safe, %d safe with wrong actions <= 2 %%.%n",
                points.stream().filter(Point::safe).count(), points.stream().filter(p -> p.safe() && p.fewWrong()).count()));
        out.append(header());
        for (int i = 0; i < Math.min(SHOWN, points.size()); i++) {
            out.append(line(i + 1, points.get(i)));
        }
        for (int i = 0; i < points.size(); i++) {
            if (same(points.get(i).cutoffs(), configured)) {
                out.append("  configured now:\n").append(line(i + 1, points.get(i)));
            }
        }
        Point best = points.get(0);
        out.append('\n').append("At the best point, TUNING part:\n").append(best.figures().table(best.cutoffs()));
        CorpusFigures held = figures(Part.HELDOUT, heldout, best.cutoffs(), replay, memos);
        out.append('\n').append("At the best point, HELD-OUT part (reported only, never tuned on):\n")
                .append(held.table(best.cutoffs()));
        return out.toString();
    }

    private static CorpusFigures figures(Part part, List<Result> results, DecisionProperties cutoffs, Replay replay,
                                         Map<Result, Map<List<Object>, Outcome>> memos) {
        List<Judged> judged = new ArrayList<>(results.size());
        for (Result result : results) {
            Outcome outcome = replay.replay(result, cutoffs, memos.computeIfAbsent(result, r -> new HashMap<>()));
            judged.add(new Judged(result.clip(), outcome, result.hearing().decisionNanos(), result.decisionCpuNanos()));
        }
        return CorpusFigures.of(part, judged);
    }

    private static String header() {
        return String.format(Locale.ROOT, "%4s %5s %5s %5s %5s  %-4s %-8s %4s %5s  %-15s %-8s %-12s  %-20s %-17s%n", "rank", "act", "ask",
                "emerg", "e.act", "safe", "wrong%", "down", "alone", "acted|offered%", "acted%", "acted clean%", "a|o clean/10/5 dB", "emerg. clean/10/5");
    }

    private static String line(int rank, Point point) {
        CorpusFigures f = point.figures();
        DecisionProperties c = point.cutoffs();
        return String.format(Locale.ROOT, "%4d %5.2f %5.2f %5.2f %5.2f  %-4s %-8.1f %4d %5d  %-15.1f %-8.1f %-12.1f  %-20s %-17s%n", rank,
                c.act(), c.ask(), c.emergency(), c.emergencyAct(), point.safe() ? "yes" : "no", f.wrongActionsPercent(), f.downgraded(),
                f.leftAloneActed(), 100.0 * f.actedOrOffered() / Math.max(1, f.allRequests()),
                100.0 * f.actedRight() / Math.max(1, f.allRequests()), f.actedPercent(Condition.CLEAN),
                String.format(Locale.ROOT, "%.0f/%.0f/%.0f", f.actedOrOfferedPercent(Condition.CLEAN),
                        f.actedOrOfferedPercent(Condition.BABBLE_10), f.actedOrOfferedPercent(Condition.BABBLE_5)),
                String.format(Locale.ROOT, "%.0f/%.0f/%.0f", f.emergenciesHandledPercent(Condition.CLEAN),
                        f.emergenciesHandledPercent(Condition.BABBLE_10), f.emergenciesHandledPercent(Condition.BABBLE_5)));
    }

    private static boolean same(DecisionProperties a, DecisionProperties b) {
        return Math.abs(a.act() - b.act()) < 1e-9 && Math.abs(a.ask() - b.ask()) < 1e-9
                && Math.abs(a.emergency() - b.emergency()) < 1e-9 && Math.abs(a.emergencyAct() - b.emergencyAct()) < 1e-9
                && Math.abs(a.margin() - b.margin()) < 1e-9;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
