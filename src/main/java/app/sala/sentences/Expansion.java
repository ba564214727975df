package app.sala.sentences;

import java.util.List;
import java.util.Map;

/** One sentence a template stands for: its words and the intent and slots it means. */
public record Expansion(List<String> words, String intent, Map<String, String> slots) {

    public Expansion {
        words = List.copyOf(words);
        slots = Map.copyOf(slots);
    }

    public String text() {
        return String.join(" ", words);
    }

    public Intent toIntent() {
        return new Intent(intent, slots);
    }
}
