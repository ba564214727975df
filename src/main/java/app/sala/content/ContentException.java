package app.sala.content;

import java.util.List;

/** The content files cannot be served as they are; the message names every problem found. */
public class ContentException extends RuntimeException {

    private final List<String> problems;

    public ContentException(List<String> problems) {
        super("Sala content is invalid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
