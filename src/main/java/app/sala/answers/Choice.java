package app.sala.answers;

import java.util.Map;

/**
 * One reading Sala offers when it asks "Did you mean…?": the intent it would act on, and the
 * words on its button. Choosing it is the same as asking for that intent directly.
 *
 * @param intent the intent name ({@link app.sala.sentences.Intent})
 * @param slots  the intent's slots
 * @param label  the button's words, in the screen's language
 */
public record Choice(String intent, Map<String, String> slots, String label) {

    public Choice {
        slots = Map.copyOf(slots);
    }
}
