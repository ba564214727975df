package app.sala.voice;

import app.sala.api.ApiException;
import org.springframework.http.HttpStatus;

/** Voice asked for in a language Sala cannot listen in (no speech model, or no sentences). */
public class VoiceUnavailableException extends ApiException {

    public VoiceUnavailableException(String language) {
        super(HttpStatus.BAD_REQUEST, language == null || language.isBlank() ? "the language is missing (lang=en, es...)"
                : "voice is not available in language '" + printable(language) + "': no speech model for it"
                        + " in the models folder, or no sentence file");
    }

    private static String printable(String language) {
        String safe = language.replaceAll("[^A-Za-z0-9-]", "?");
        return safe.length() > 16 ? safe.substring(0, 16) + "..." : safe;
    }
}
