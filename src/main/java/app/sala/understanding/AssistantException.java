package app.sala.understanding;

import java.util.List;

/** The sentence files cannot be used as they are; the message names every problem found. */
public class AssistantException extends RuntimeException {

    private final List<String> problems;

    public AssistantException(List<String> problems) {
        super("Sala's sentence files are invalid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
