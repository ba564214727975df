package app.sala.sentences;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a slot can take and how visitors say each one, e.g. exercise {@code cat-cow}:
 * "cat cow", "cat and cow", "cat camel". Each phrasing is itself a small template.
 */
public record SlotList(String name, Map<String, List<SentenceTemplate>> values) {

    public SlotList {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
