package app.sala.sentences;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Brings what a visitor typed or a recognizer heard, and the sentences of the templates, to
 * one comparable form: lowercase words without punctuation, contractions written out
 * ("what's" to "what is"), digits spoken one by one ("911" to "nine one one"), accents
 * folded ("vómito" and "vomito" meet), fillers dropped ("um", "please", "can you") and each
 * word reduced to its stem. Both sides of every comparison go through the same steps.
 */
public final class TextNormalizer {

    /** The most words looked at in one utterance; nobody asks a kiosk a longer question. */
    public static final int MAX_WORDS = 80;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final WordForms forms;
    private final Map<String, List<String>> rewrites;
    private final List<String> digits;
    /** Fillers by their first word, longest first, so "can you please" goes before "can you". */
    private final Map<String, List<List<String>>> fillers = new HashMap<>();
    private final Set<String> stopwords = new HashSet<>();
    private final Set<String> intensifiers = new HashSet<>();
    /** Folded stems of the words seen so far; the vocabulary of a kiosk is small, but the cache is bounded anyway. */
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    /**
     * @param rewrites  words written another way, by their lowercase form: "what's" to "what is"
     * @param digits    the words for 0 to 9, or empty to drop digits
     * @param fillers   words and word sequences that carry no meaning here ("um", "can you")
     * @param stopwords common words that count for little when sentences are compared
     * @param intensifiers words that may stand between the words of a phrasing ("my chest
     *                  really hurts") and, like common words, count for little
     */
    public TextNormalizer(WordForms forms, Map<String, String> rewrites, List<String> digits,
                          List<String> fillers, List<String> stopwords, List<String> intensifiers) {
        this.forms = forms;
        this.rewrites = new HashMap<>();
        rewrites.forEach((from, to) -> this.rewrites.put(from.toLowerCase(Locale.ROOT), List.of(to.strip().split("\\s+"))));
        this.digits = List.copyOf(digits);
        for (String filler : fillers) {
            List<String> words = plainWords(filler).stream().map(TextNormalizer::fold).toList();
            if (!words.isEmpty()) {
                this.fillers.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words);
            }
        }
        this.fillers.values().forEach(list -> list.sort(Comparator.comparingInt((List<String> f) -> f.size()).reversed()));
        for (String word : stopwords) {
            for (String w : plainWords(word)) {
                this.stopwords.add(fold(w));
            }
        }
        for (String word : intensifiers) {
            for (String w : plainWords(word)) {
                this.intensifiers.add(stem(fold(w)));
            }
        }
    }

    /**
     * The words of a text as a recognizer would write them: lowercase letters only, accents
     * kept, contractions written out, digits spelled out. Never null; at most {@link #MAX_WORDS}.
     */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String clean = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00B4', '\'').replace('`', '\'');
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= clean.length() && words.size() < MAX_WORDS; i++) {
            char c = i < clean.length() ? clean.charAt(i) : ' ';
            if (Character.isLetter(c) || c == '\'') {
                token.append(c);
            } else {
                addToken(token.toString(), words);
                token.setLength(0);
                if (Character.isDigit(c) && !digits.isEmpty()) {
                    int value = Character.digit(c, 10);
                    if (value >= 0 && value < digits.size()) {
                        words.add(digits.get(value));
                    }
                }
            }
        }
        return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }

    private void addToken(String raw, List<String> words) {
        String token = strip(raw);
        if (token.isEmpty()) {
            return;
        }
        List<String> rewritten = rewrites.get(token);
        if (rewritten != null) {
            words.addAll(rewritten);
            return;
        }
        if (token.endsWith("'s")) {
            token = token.substring(0, token.length() - 2);
        }
        token = token.replace("'", "");
        if (!token.isEmpty()) {
            rewritten = rewrites.get(token);
            if (rewritten != null) {
                words.addAll(rewritten);
            } else {
                words.add(token);
            }
        }
    }

    private static String strip(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && token.charAt(start) == '\'') {
            start++;
        }
        while (end > start && token.charAt(end - 1) == '\'') {
            end--;
        }
        return token.substring(start, end);
    }

    /** The comparable form of a text: folded, fillers dropped, stemmed. */
    public List<String> tokens(String text) {
        return tokens(words(text));
    }

    /** The comparable form of words as {@link #words(String)} gives them. */
    public List<String> tokens(List<String> words) {
        List<String> folded = new ArrayList<>(words.size());
        for (String word : words) {
            folded.add(fold(word));
        }
        List<String> tokens = new ArrayList<>(folded.size());
        int i = 0;
        while (i < folded.size()) {
            int skip = fillerAt(folded, i);
            if (skip > 0) {
                i += skip;
            } else {
                tokens.add(stem(folded.get(i)));
                i++;
            }
        }
        return tokens;
    }

    /** Tokens without the common words: what is left to find a slot value or a keyword in. */
    public List<String> keyTokens(List<String> tokens) {
        return tokens.stream().filter(t -> !stopwords.contains(t)).toList();
    }

    /** A token that counts for little when sentences are compared: a common word or an intensifier. */
    public boolean isLight(String token) {
        return stopwords.contains(token) || intensifiers.contains(token);
    }

    /** A token that may stand between the words of a phrasing without breaking it. */
    public boolean isIntensifier(String token) {
        return intensifiers.contains(token);
    }

    /** Common words stay as they are, so a word whose stem looks like one ("pare" and "para") is not taken for it. */
    private String stem(String folded) {
        if (stopwords.contains(folded)) {
            return folded;
        }
        String stem = stems.get(folded);
        if (stem == null) {
            stem = forms.stem(folded);
            if (stems.size() < 100_000) {
                stems.put(folded, stem);
            }
        }
        return stem;
    }

    private int fillerAt(List<String> words, int at) {
        for (List<String> filler : fillers.getOrDefault(words.get(at), List.of())) {
            if (at + filler.size() <= words.size() && words.subList(at, at + filler.size()).equals(filler)) {
                return filler.size();
            }
        }
        return 0;
    }

    /** Lowercase without accents: "Vómito" to "vomito", "Español" to "espanol". */
    public static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
    }

    private static List<String> plainWords(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).strip().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
    }
}
