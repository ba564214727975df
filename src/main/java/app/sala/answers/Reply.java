package app.sala.answers;

import app.sala.sentences.Intent;
import java.util.List;

/**
 * What Sala answers: the intent acted on, one short sentence to show and say, where to go
 * and, when the visitor needs them, examples of what to say. When Sala is not sure which of a
 * few readings was meant, the intent is unknown, the answer is the question ("Did you
 * mean…?") and the choices are the readings, best first.
 *
 * @param route    a Vaadin route ("exercises/bridge", "care/where-to-go/sprain-strain",
 *                 "emergency/head-injury", "care", "" for home), or null to stay on the screen
 * @param examples things to say; filled for help and not understood, empty otherwise
 * @param choices  what Sala offers when it asks, best first (an emergency always first); empty otherwise
 */
public record Reply(Intent intent, String answer, String route, List<String> examples, List<Choice> choices) {

    public Reply {
        examples = List.copyOf(examples);
        choices = List.copyOf(choices);
    }

    public boolean asks() {
        return !choices.isEmpty();
    }
}
