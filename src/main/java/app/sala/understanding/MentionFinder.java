package app.sala.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds the slot values and keywords a free sentence mentions anywhere in it: "I think I
 * twisted my ankle playing soccer" mentions the condition sprain-strain through the
 * phrasing "twisted my ankle". Phrasings and text are compared as key tokens (stems without
 * the common words), and a phrasing must appear as a run of consecutive key tokens.
 */
final class MentionFinder {

    /** One phrasing found in the text, at key token positions [start, end). */
    record Mention(String list, String value, int start, int end, String phrasing) {

        int length() {
            return end - start;
        }

        boolean overlaps(Mention other) {
            return start < other.end && other.start < end;
        }
    }

    private record Phrasing(String list, String value, List<String> tokens, String text) {
    }

    /** The most intensifiers skipped between two words of a phrasing. */
    private static final int MAX_SKIPPED = 2;

    private final Map<String, List<Phrasing>> byFirstToken = new HashMap<>();
    private final Map<List<String>, Phrasing> byTokens = new HashMap<>();
    private final Predicate<String> skippable;

    /** @param skippable the tokens that may stand between the words of a phrasing ("really", "mucho") */
    MentionFinder(Predicate<String> skippable) {
        this.skippable = skippable;
    }

    /**
     * Adds a phrasing; returns the phrasing of another value with the same key tokens (which
     * would make the two indistinguishable), or null.
     */
    String add(String list, String value, List<String> keyTokens, String text) {
        Phrasing phrasing = new Phrasing(list, value, List.copyOf(keyTokens), text);
        Phrasing existing = byTokens.putIfAbsent(phrasing.tokens(), phrasing);
        if (existing != null) {
            return existing.list().equals(list) && existing.value().equals(value) ? null
                    : "'" + existing.text() + "' (" + existing.list() + " " + existing.value() + ")";
        }
        byFirstToken.computeIfAbsent(keyTokens.get(0), t -> new ArrayList<>()).add(phrasing);
        return null;
    }

    /** Every occurrence of every phrasing, overlapping ones included. */
    List<Mention> all(List<String> keyTokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < keyTokens.size(); i++) {
            for (Phrasing phrasing : byFirstToken.getOrDefault(keyTokens.get(i), List.of())) {
                int end = matchEnd(keyTokens, i, phrasing.tokens());
                if (end > 0) {
                    found.add(new Mention(phrasing.list(), phrasing.value(), i, end, phrasing.text()));
                }
            }
        }
        return found;
    }

    /** Where the phrasing ends when it starts at {@code start}, intensifiers between its words allowed; -1 if it does not. */
    private int matchEnd(List<String> keyTokens, int start, List<String> phrasing) {
        int at = start + 1;
        for (int k = 1; k < phrasing.size(); k++) {
            int skipped = 0;
            while (at < keyTokens.size() && !keyTokens.get(at).equals(phrasing.get(k)) && skippable.test(keyTokens.get(at))
                    && skipped < MAX_SKIPPED) {
                at++;
                skipped++;
            }
            if (at >= keyTokens.size() || !keyTokens.get(at).equals(phrasing.get(k))) {
                return -1;
            }
            at++;
        }
        return at;
    }

    /** The longest mentions that do not overlap, in text order: "knee to chest" wins over "chest". */
    List<Mention> longest(List<String> keyTokens) {
        List<Mention> candidates = new ArrayList<>(all(keyTokens));
        candidates.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
        List<Mention> chosen = new ArrayList<>();
        for (Mention candidate : candidates) {
            if (chosen.stream().noneMatch(candidate::overlaps)) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::start));
        return chosen;
    }
}
