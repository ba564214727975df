package app.sala.assistant;

/** Voice asked for in a language Sala cannot listen in (no speech model, or no sentences). */
public class VoiceUnavailableException extends RuntimeException {

    public VoiceUnavailableException(String language) {
        super(language == null || language.isBlank() ? "the language is missing (lang=en, es...)"
                : "voice is not available in language '" + printable(language) + "': no speech model for it"
                        + " in the models folder, or no sentence file");
    }

    private static String printable(String language) {
        String safe = language.replaceAll("[^A-Za-z0-9-]", "?");
        return safe.length() > 16 ? safe.substring(0, 16) + "..." : safe;
    }
}
