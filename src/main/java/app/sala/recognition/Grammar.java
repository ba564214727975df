package app.sala.recognition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A phrase list for Vosk's grammar mode. Vosk aborts the whole JVM on a grammar that is not a
 * non-empty JSON array of strings, so the only way to make one is through this check; the
 * JSON is written here, never by hand.
 */
public final class Grammar {

    /** Lower-case words of any script, apostrophes inside words, single spaces. */
    private static final Pattern PHRASE = Pattern.compile("\\p{Ll}[\\p{Ll}\\p{M}']*( \\p{Ll}[\\p{Ll}\\p{M}']*)*");
    private static final int MAX_PHRASES = 50_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> phrases;
    private final String json;

    private Grammar(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        List<String> withUnknown = new ArrayList<>(phrases);
        // "[unk]" lets Vosk say "not in the list" instead of forcing the nearest phrase.
        withUnknown.add(Heard.UNKNOWN_WORD);
        try {
            this.json = JSON.writeValueAsString(withUnknown);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    /**
     * @throws IllegalArgumentException when the list is null or empty, too long, or a phrase is
     *         not lower-case words separated by single spaces
     */
    public static Grammar of(List<String> phrases) {
        if (phrases == null || phrases.isEmpty()) {
            throw new IllegalArgumentException("a grammar needs at least one phrase");
        }
        if (phrases.size() > MAX_PHRASES) {
            throw new IllegalArgumentException("a grammar may have at most " + MAX_PHRASES + " phrases, not " + phrases.size());
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String phrase : phrases) {
            if (phrase == null || !PHRASE.matcher(phrase).matches()) {
                throw new IllegalArgumentException("not a grammar phrase (lower-case words, single spaces): "
                        + (phrase == null ? "null" : "\"" + phrase + "\""));
            }
            unique.add(phrase);
        }
        return new Grammar(new ArrayList<>(unique));
    }

    public List<String> phrases() {
        return phrases;
    }

    String json() {
        return json;
    }
}
