package app.sala.sentences;

/** A sentence template that cannot be parsed or expanded; the message says why and where. */
public class TemplateSyntaxException extends IllegalArgumentException {

    public TemplateSyntaxException(String problem, String template, int position) {
        super(problem + " at column " + (position + 1) + " in \"" + template + "\"");
    }

    public TemplateSyntaxException(String problem, String template) {
        super(problem + " in \"" + template + "\"");
    }
}
