package app.sala.content;

import java.util.Locale;

/** A language Sala speaks; {@code name} is written in the language itself ("Español"). */
public record Language(String code, String name) {

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
