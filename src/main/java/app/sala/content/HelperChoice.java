package app.sala.content;

/** One tappable answer in "Where should I go?", in a patient's words, pointing at a condition. */
public record HelperChoice(String condition, String label) {
}
