package app.sala.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Problems found while a test walks through many screens, grouped so that one defect seen on
 * 36 screens is one entry listing the 36 places, not 36 entries. The report says what is
 * wrong, where exactly (element and numbers), and on which screens, so it can be fixed
 * from the test output alone.
 */
final class Findings {

    private final String title;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    Findings(String title) {
        this.title = title;
    }

    /**
     * Records one problem.
     *
     * @param key     what makes two problems the same defect (rule and element, not the screen)
     * @param detail  the full description, shown once per defect (from its first occurrence)
     * @param where   the screen and settings it was seen on
     */
    void add(String key, String detail, String where) {
        entries.computeIfAbsent(key, k -> new Entry(detail)).places.add(where);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    int size() {
        return entries.size();
    }

    /** The report with every place listed. */
    String report() {
        return report(Integer.MAX_VALUE);
    }

    /** The report with at most this many places listed per problem (the file has them all). */
    String report(int maxPlaces) {
        StringBuilder out = new StringBuilder(title).append(": ").append(entries.size())
                .append(entries.size() == 1 ? " problem" : " problems").append('\n');
        int number = 1;
        for (Entry entry : entries.values()) {
            out.append('\n').append(number++).append(". ").append(entry.detail.strip()).append('\n');
            List<String> shown = new ArrayList<>(entry.places).subList(0, Math.min(maxPlaces, entry.places.size()));
            out.append("   seen on ").append(entry.places.size()).append(entry.places.size() == 1 ? " screen: " : " screens: ")
                    .append(String.join(", ", shown));
            if (shown.size() < entry.places.size()) {
                out.append(", and ").append(entry.places.size() - shown.size()).append(" more (all in target/browser-reports/)");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Writes the report next to the screenshots, for reading after the run. */
    void writeTo(String fileName) {
        try {
            Path dir = Path.of("target", "browser-reports");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(fileName), isEmpty() ? title + ": no problems\n" : report());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Entry {
        final String detail;
        final Set<String> places = new LinkedHashSet<>();

        Entry(String detail) {
            this.detail = detail;
        }
    }
}
