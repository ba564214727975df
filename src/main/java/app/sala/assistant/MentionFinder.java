package app.sala.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private final Map<String, List<Phrasing>> byFirstToken = new HashMap<>();
    private final Map<List<String>, Phrasing> byTokens = new HashMap<>();

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
                int end = i + phrasing.tokens().size();
                if (end <= keyTokens.size() && keyTokens.subList(i, end).equals(phrasing.tokens())) {
                    found.add(new Mention(phrasing.list(), phrasing.value(), i, end, phrasing.text()));
                }
            }
        }
        return found;
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
