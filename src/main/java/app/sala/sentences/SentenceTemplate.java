package app.sala.sentences;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence template, parsed: words, {@code [optional words]}, {@code (one | other)}
 * alternatives, {@code {list}} slot references and {@code <rule>} references, in the spirit of
 * Home Assistant's intent templates and Rhasspy's sentences.ini. Words are lowercase letters
 * only, so every expansion can go straight into a Vosk grammar.
 */
public final class SentenceTemplate {

    /** A piece of a template. */
    public sealed interface Part permits Word, Choice, ListRef, RuleRef {
    }

    public record Word(String text) implements Part {
    }

    /** Alternatives; an optional part is a choice that may also be left out. */
    public record Choice(List<List<Part>> alternatives, boolean optional) implements Part {
    }

    public record ListRef(String name) implements Part {
    }

    public record RuleRef(String name) implements Part {
    }

    private final String source;
    private final List<List<Part>> alternatives;

    private SentenceTemplate(String source, List<List<Part>> alternatives) {
        this.source = source;
        this.alternatives = alternatives;
    }

    /**
     * Parses a template; {@link TemplateSyntaxException} says what is wrong and where.
     * A bare {@code |} at the top level separates whole-sentence alternatives.
     */
    public static SentenceTemplate parse(String source) {
        if (source == null || source.isBlank()) {
            throw new TemplateSyntaxException("the sentence is empty", source, 0);
        }
        Parser parser = new Parser(source);
        List<List<Part>> alternatives = parser.alternatives('\0');
        if (parser.pos < source.length()) {
            throw new TemplateSyntaxException("unexpected '" + source.charAt(parser.pos) + "'", source, parser.pos);
        }
        return new SentenceTemplate(source, alternatives);
    }

    public String source() {
        return source;
    }

    /** The whole template as alternatives of part sequences. */
    public List<List<Part>> alternatives() {
        return alternatives;
    }

    @Override
    public String toString() {
        return source;
    }

    private static final class Parser {

        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        /** Alternatives up to (not including) {@code close}, or to the end when close is '\0'. */
        List<List<Part>> alternatives(char close) {
            List<List<Part>> alternatives = new ArrayList<>();
            while (true) {
                int start = pos;
                List<Part> sequence = sequence();
                if (sequence.isEmpty()) {
                    String what = close == '\0' ? "the sentence or one of its alternatives"
                            : "a '" + (close == ']' ? "[" : "(") + "' group or one of its alternatives";
                    throw new TemplateSyntaxException(what + " is empty", text, start);
                }
                alternatives.add(sequence);
                if (pos < text.length() && text.charAt(pos) == '|') {
                    pos++;
                } else {
                    return alternatives;
                }
            }
        }

        List<Part> sequence() {
            List<Part> parts = new ArrayList<>();
            while (true) {
                skipSpaces();
                if (pos >= text.length()) {
                    return parts;
                }
                char c = text.charAt(pos);
                switch (c) {
                    case '|', ')', ']' -> {
                        return parts;
                    }
                    case '(' -> parts.add(group('(', ')', false));
                    case '[' -> parts.add(group('[', ']', true));
                    case '{' -> parts.add(new ListRef(name('{', '}')));
                    case '<' -> parts.add(new RuleRef(name('<', '>')));
                    case '}', '>' -> throw new TemplateSyntaxException("'" + c + "' has no opening partner", text, pos);
                    default -> parts.add(word());
                }
            }
        }

        private Choice group(char open, char close, boolean optional) {
            int start = pos;
            pos++;
            List<List<Part>> alternatives = alternatives(close);
            if (pos >= text.length() || text.charAt(pos) != close) {
                throw new TemplateSyntaxException("'" + open + "' is never closed with '" + close + "'", text, start);
            }
            pos++;
            return new Choice(List.copyOf(alternatives.stream().map(List::copyOf).toList()), optional);
        }

        private String name(char open, char close) {
            int start = pos;
            int end = text.indexOf(close, pos + 1);
            if (end < 0) {
                throw new TemplateSyntaxException("'" + open + "' is never closed with '" + close + "'", text, start);
            }
            String name = text.substring(pos + 1, end).strip();
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new TemplateSyntaxException("'" + open + name + close + "' is not a valid name (lowercase letters, digits and _)",
                        text, start);
            }
            pos = end + 1;
            return name;
        }

        private Word word() {
            int start = pos;
            while (pos < text.length() && !isSyntax(text.charAt(pos)) && !Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            String word = text.substring(start, pos);
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (!Character.isLetter(c) || !Character.isLowerCase(c)) {
                    String why = Character.isDigit(c) ? "digits must be spelled out"
                            : Character.isUpperCase(c) ? "words are written in lowercase"
                            : "words are lowercase letters only";
                    throw new TemplateSyntaxException("'" + c + "' in '" + word + "': " + why, text, start + i);
                }
            }
            return new Word(word);
        }

        private static boolean isSyntax(char c) {
            return "[]()|{}<>".indexOf(c) >= 0;
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
    }
}
