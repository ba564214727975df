package app.sala.answers;

import app.sala.sentences.Intent;
import java.util.List;

/**
 * What Sala answers: the intent acted on, one short sentence to show and say, where to go
 * and, when the visitor needs them, examples of what to say.
 *
 * @param route    a Vaadin route ("exercises/bridge", "care/where-to-go/sprain-strain",
 *                 "emergency/head-injury", "care", "" for home), or null to stay on the screen
 * @param examples things to say; filled for help and unknown, empty otherwise
 */
public record Reply(Intent intent, String answer, String route, List<String> examples) {

    public Reply {
        examples = List.copyOf(examples);
    }
}
