package app.sala.assistant;

/**
 * Published after each spoken request is answered, for anonymous usage figures: the intent
 * name and the language, never the words.
 */
public record VoiceRequestAnswered(String intent, String language, String languageAskedFor) {
}
