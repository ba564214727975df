package app.sala.content;

/** A condition from one of the care guide's lists, in the article's words. */
public record Condition(String id, String label) {
}
