package app.sala.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one placeholder syntax of Sala's files: {@code {clinicPhone}} names a value Sala fills
 * in (the clinic's details in content, an exercise's name in an answer); {@code {0}},
 * {@code {1}} are the values a screen passes, in order. Filling is plain replacement, not
 * MessageFormat, so an apostrophe in "don't" stays an apostrophe; a placeholder without a
 * value stays as written, for the file checks to name.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(?:([A-Za-z][A-Za-z0-9]*)|([0-9]{1,9}))}");

    private Placeholders() {
    }

    /** The named placeholders of a text, in order: "Call {clinicPhone}" has clinicPhone. */
    public static List<String> names(String text) {
        return PLACEHOLDER.matcher(text).results().map(m -> m.group(1)).filter(Objects::nonNull).toList();
    }

    /** The text with each named placeholder that has a value filled in. */
    public static String fill(String text, Map<String, String> values) {
        return replace(text, m -> m.group(1) == null ? null : values.get(m.group(1)));
    }

    /** The text with {0}, {1}... filled in from the values in order. */
    public static String fillNumbered(String text, Object... values) {
        return replace(text, m -> m.group(2) == null || Integer.parseInt(m.group(2)) >= values.length ? null
                : String.valueOf(values[Integer.parseInt(m.group(2))]));
    }

    /** A placeholder as it is written in a file: {@code {clinicPhone}}, or {@code {0}} for 0. */
    public static String written(Object name) {
        return "{" + name + "}";
    }

    private static String replace(String text, Function<MatchResult, String> value) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(Objects.requireNonNullElse(value.apply(m),
                m.group())));
    }
}
