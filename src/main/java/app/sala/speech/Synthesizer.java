package app.sala.speech;

import java.util.Optional;

/** A speech engine that can read text aloud in some languages. */
public interface Synthesizer {

    /** The engine's name, part of the cache key and of health reports. */
    String name();

    /** The voice this engine uses for a language, or empty when it does not speak it. */
    Optional<String> voiceFor(String language);

    /** Why the engine cannot speak at all on this machine, or empty when it can. */
    Optional<String> unavailableReason();

    /** Speech for {@code text}; the text is plain, already checked and never empty. */
    AudioClip synthesize(String text, String language, SpeechRate rate);
}
