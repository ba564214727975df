package app.sala.speech;

/** Whether a language can be read aloud here, with which engine and voice, or why not. */
public record SpeechAvailability(String language, boolean available, String engine, String voice, String reason) {

    static SpeechAvailability available(String language, String engine, String voice) {
        return new SpeechAvailability(language, true, engine, voice, null);
    }

    static SpeechAvailability unavailable(String language, String reason) {
        return new SpeechAvailability(language, false, null, null, reason);
    }
}
