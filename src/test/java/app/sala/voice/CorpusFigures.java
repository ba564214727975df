package app.sala.voice;

import app.sala.voice.LobbyCorpus.Clip;
import app.sala.voice.LobbyCorpus.Condition;
import app.sala.voice.LobbyCorpus.Kind;
import app.sala.voice.LobbyCorpus.Outcome;
import app.sala.voice.LobbyCorpus.Part;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The figures of one part of the lobby corpus at one set of cut-offs, and their table with the
 * targets of issue 13 beside them.
 */
final class CorpusFigures {

    /** One clip and how it was answered. */
    /**
     * @param decisionNanos    the service's time to weigh the readings (wall clock, {@link Hearing#decisionNanos})
     * @param decisionCpuNanos the same work timed again one clip at a time, in CPU time
     */
    record Judged(Clip clip, Outcome outcome, long decisionNanos, long decisionCpuNanos) {
    }

    static final double DECISION_P95_TARGET_MS = 20;

    private final Part part;
    private final List<Judged> judged;

    private CorpusFigures(Part part, List<Judged> judged) {
        this.part = part;
        this.judged = List.copyOf(judged);
    }

    static CorpusFigures of(Part part, List<Judged> judged) {
        return new CorpusFigures(part, judged);
    }

    private List<Judged> where(Predicate<Judged> filter) {
        return judged.stream().filter(filter).toList();
    }

    private static Predicate<Judged> in(Condition condition) {
        return j -> j.clip().condition() == condition;
    }

    private static Predicate<Judged> kind(Kind... kinds) {
        return j -> List.of(kinds).contains(j.clip().row().kind());
    }

    private static Predicate<Judged> requests() {
        return j -> j.clip().row().kind().asks();
    }

    private static Predicate<Judged> leftAlone() {
        return j -> !j.clip().row().kind().asks();
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 100 : 100.0 * part / whole;
    }

    private static long count(List<Judged> clips, Predicate<Outcome> outcome) {
        return clips.stream().filter(j -> outcome.test(j.outcome())).count();
    }

    int clips() {
        return judged.size();
    }

    int requests(Condition condition) {
        return where(requests().and(in(condition))).size();
    }

    double actedOrOfferedPercent(Condition condition) {
        List<Judged> asked = where(requests().and(in(condition)));
        return percent(count(asked, Outcome::rightOrOffered), asked.size());
    }

    double actedPercent(Condition condition) {
        List<Judged> asked = where(requests().and(in(condition)));
        return percent(count(asked, o -> o == Outcome.ACTED_RIGHT), asked.size());
    }

    /** Over every condition: requests acted on or offered right. */
    long actedOrOffered() {
        return count(where(requests()), Outcome::rightOrOffered);
    }

    long actedRight() {
        return count(where(requests()), o -> o == Outcome.ACTED_RIGHT);
    }

    int allRequests() {
        return where(requests()).size();
    }

    double emergenciesHandledPercent(Condition condition) {
        List<Judged> emergencies = where(kind(Kind.EMERGENCY).and(in(condition)));
        return percent(count(emergencies, Outcome::rightOrOffered), emergencies.size());
    }

    long emergenciesHandled() {
        return count(where(kind(Kind.EMERGENCY)), Outcome::rightOrOffered);
    }

    long downgraded() {
        return count(judged, o -> o == Outcome.DOWNGRADED);
    }

    long leftAloneActed() {
        return count(where(leftAlone()), Outcome::acted);
    }

    long wrongActions() {
        return count(judged, Outcome::wrongAction);
    }

    double wrongActionsPercent() {
        return percent(wrongActions(), judged.size());
    }

    double decisionP95Millis() {
        return p95Millis(judged.stream().mapToLong(Judged::decisionNanos).toArray());
    }

    double decisionCpuP95Millis() {
        return p95Millis(judged.stream().mapToLong(Judged::decisionCpuNanos).toArray());
    }

    private static double p95Millis(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6;
    }

    String table(DecisionProperties cutoffs) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Lobby corpus, %s part (%s), %d clips; cut-offs act %.2f, ask %.2f, emergency %.2f,"
                        + " emergency act %.2f, margin %.2f%n", part.label, part.voices.stream().map(v -> v.label).collect(Collectors.joining(", ")),
                judged.size(), cutoffs.act(), cutoffs.ask(), cutoffs.emergency(), cutoffs.emergencyAct(), cutoffs.margin()));
        out.append(String.format(Locale.ROOT, "  %-30s%-20s%-20s%-20s%s%n", "", "clean", "babble 10 dB", "babble 5 dB", "target"));
        row(out, "requests (commands+emergencies)", c -> String.valueOf(requests(c)), "");
        outcomeRow(out, "  acted or offered right", requests(), Outcome::rightOrOffered, "clean >=97 %, 10 dB >=85 %, 5 dB >=50 %");
        outcomeRow(out, "  acted right", requests(), o -> o == Outcome.ACTED_RIGHT, "clean >=90 %");
        outcomeRow(out, "  offered right (asked)", requests(), o -> o == Outcome.OFFERED_RIGHT, "");
        outcomeRow(out, "  asked without it", requests(), o -> o == Outcome.ASKED_WRONG, "");
        outcomeRow(out, "  acted wrong", requests(), o -> o == Outcome.ACTED_WRONG || o == Outcome.DOWNGRADED, "");
        outcomeRow(out, "  not understood", requests(), o -> o == Outcome.NOT_UNDERSTOOD, "");
        outcomeRow(out, "emergencies handled", kind(Kind.EMERGENCY), Outcome::rightOrOffered, "clean 100 %, 10 dB >=90 %");
        row(out, "  acted on / asked first", c -> {
            List<Judged> emergencies = where(kind(Kind.EMERGENCY).and(in(c)));
            return count(emergencies, o -> o == Outcome.ACTED_RIGHT) + " / " + count(emergencies, o -> o == Outcome.OFFERED_RIGHT);
        }, "");
        row(out, "  downgraded", c -> String.valueOf(count(where(kind(Kind.EMERGENCY).and(in(c))), o -> o == Outcome.DOWNGRADED)),
                "0");
        for (Kind leftAlone : List.of(Kind.ROOM_TALK, Kind.SPANISH)) {
            if (!where(kind(leftAlone)).isEmpty()) {
                row(out, (leftAlone == Kind.ROOM_TALK ? "room talk" : "Spanish") + " acted (asked)", c -> {
                    List<Judged> clips = where(kind(leftAlone).and(in(c)));
                    return count(clips, Outcome::acted) + " of " + clips.size() + " (" + count(clips, o -> o == Outcome.ASKED_WRONG) + ")";
                }, "0");
            }
        }
        List<Judged> noise = where(kind(Kind.NOISE));
        out.append(String.format(Locale.ROOT, "  %-30s%-60s%s%n", "noise alone acted (asked)",
                count(noise, Outcome::acted) + " of " + noise.size() + " (" + count(noise, o -> o == Outcome.ASKED_WRONG)
                        + "), babble and white noise alone", "0"));
        row(out, "wrong actions, % of clips", c -> {
            List<Judged> clips = where(in(c));
            return String.format(Locale.ROOT, "%.1f%% %d/%d", percent(count(clips, Outcome::wrongAction), clips.size()),
                    count(clips, Outcome::wrongAction), clips.size());
        }, "<=2 %");
        out.append(String.format(Locale.ROOT, "  %-30s%-60s%s%n", "wrong actions, all clips",
                String.format(Locale.ROOT, "%.1f%% %d/%d", wrongActionsPercent(), wrongActions(), judged.size()), "<=2 %"));
        out.append(String.format(Locale.ROOT, "  %-30s%-60s%s%n", "decision time p95",
                String.format(Locale.ROOT, "%.1f ms CPU, one clip at a time (%.1f ms wall in the service, 2 threads)",
                        decisionCpuP95Millis(), decisionP95Millis()), "<=" + (int) DECISION_P95_TARGET_MS + " ms"));
        return out.toString();
    }

    private void outcomeRow(StringBuilder out, String label, Predicate<Judged> clips, Predicate<Outcome> outcome, String target) {
        row(out, label, c -> {
            List<Judged> of = where(clips.and(in(c)));
            long n = count(of, outcome);
            return String.format(Locale.ROOT, "%.1f%% %d/%d", percent(n, of.size()), n, of.size());
        }, target);
    }

    private static void row(StringBuilder out, String label, Function<Condition, String> cell, String target) {
        out.append(String.format(Locale.ROOT, "  %-30s", label));
        for (Condition condition : Condition.SPOKEN) {
            out.append(String.format(Locale.ROOT, "%-20s", cell.apply(condition)));
        }
        out.append(target).append('\n');
    }
}
