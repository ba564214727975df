package app.sala.bridge;

import app.sala.recognition.Heard;
import app.sala.recognition.HeardWord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spanish sentences said into an English speech model: each sentence is given to the model as
 * English words that sound like it, and what the model hears is read back into the Spanish
 * words. A word is respelled by its own entry in the bridge file (written by hand, else as the
 * model was measured to hear it), else syllable by syllable ({@link SpanishSyllables}). Reading back parses the English words into the respellings of
 * Spanish words; English words that are no respelling are "[unk]".
 */
public final class PhoneticBridge {

    private final BridgeFile file;
    private final Map<String, List<String>> respellings = new HashMap<>();
    /** English words of a respelling, joined by spaces, to the Spanish word it reads back as. */
    private final Map<String, String> spanishByRespelling = new HashMap<>();
    private int longestRespelling = 1;

    public PhoneticBridge(BridgeFile file) {
        this.file = file;
    }

    public String language() {
        return file.language();
    }

    /**
     * Whether the bridge is trusted with an intent: only those measured to be heard well enough
     * are acted on or offered; anything else heard through the bridge is not understood, never
     * a guess. Emergencies are always listened for (the caller's rule).
     */
    public boolean listensFor(String intent) {
        return file.listensFor().contains(intent);
    }

    /** The language of the speech model the bridge speaks into. */
    public String model() {
        return file.model();
    }

    /**
     * The English words a Spanish word is said as.
     *
     * @throws IllegalArgumentException when a syllable has no entry, naming it
     */
    public synchronized List<String> respell(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        List<String> known = respellings.get(key);
        if (known != null) {
            return known;
        }
        String whole = file.words().getOrDefault(key, file.heard().get(key));
        List<String> english = new ArrayList<>();
        if (whole != null) {
            english.addAll(List.of(whole.strip().split("\\s+")));
        } else {
            for (String syllable : SpanishSyllables.of(key)) {
                String sound = file.syllables().get(syllable);
                if (sound == null) {
                    throw new IllegalArgumentException("the syllable '" + syllable + "' of '" + key
                            + "' has no English words under syllables (add it, or the word under words)");
                }
                english.addAll(List.of(sound.strip().split("\\s+")));
            }
        }
        List<String> result = List.copyOf(english);
        respellings.put(key, result);
        spanishByRespelling.putIfAbsent(String.join(" ", result), key);
        longestRespelling = Math.max(longestRespelling, result.size());
        return result;
    }

    /**
     * What the model heard, read back as Spanish words: the fewest words not read back, then the
     * fewest words. Each Spanish word has the mean confidence of its English words and spans
     * their time.
     */
    public Heard readBack(Heard english) {
        List<HeardWord> words = english.words().isEmpty() ? textOnly(english.text()) : english.words();
        int n = words.size();
        if (n == 0) {
            return Heard.nothing();
        }
        int[] unread = new int[n + 1];
        int[] count = new int[n + 1];
        int[] step = new int[n + 1];
        java.util.Arrays.fill(unread, Integer.MAX_VALUE);
        unread[0] = 0;
        synchronized (this) {
            for (int i = 0; i < n; i++) {
                if (unread[i] == Integer.MAX_VALUE) {
                    continue;
                }
                for (int k = 1; k <= Math.min(longestRespelling, n - i); k++) {
                    boolean known = spanishByRespelling.containsKey(join(words, i, i + k));
                    if (!known && k > 1) {
                        continue;
                    }
                    int cost = unread[i] + (known ? 0 : 1);
                    if (cost < unread[i + k] || (cost == unread[i + k] && count[i] + 1 < count[i + k])) {
                        unread[i + k] = cost;
                        count[i + k] = count[i] + 1;
                        step[i + k] = known ? k : -1;
                    }
                }
            }
            List<HeardWord> spanish = new ArrayList<>();
            for (int end = n; end > 0; ) {
                int k = Math.abs(step[end]);
                List<HeardWord> part = words.subList(end - k, end);
                String word = step[end] > 0 ? spanishByRespelling.get(join(words, end - k, end)) : Heard.UNKNOWN_WORD;
                double confidence = part.stream().mapToDouble(HeardWord::confidence).average().orElse(0);
                spanish.add(0, new HeardWord(word, confidence, part.get(0).start(), part.get(k - 1).end()));
                end -= k;
            }
            return new Heard(String.join(" ", spanish.stream().map(HeardWord::word).toList()), spanish);
        }
    }

    /** Only the Spanish words of a partial result, for showing while the visitor speaks. */
    public String readBackText(String english) {
        Heard heard = readBack(new Heard(english, List.of()));
        return String.join(" ", heard.words().stream().map(HeardWord::word)
                .filter(w -> !Heard.UNKNOWN_WORD.equals(w)).toList());
    }

    private static List<HeardWord> textOnly(String text) {
        List<HeardWord> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(new HeardWord(word, 1, 0, 0));
            }
        }
        return words;
    }

    private static String join(List<HeardWord> words, int from, int to) {
        StringBuilder joined = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                joined.append(' ');
            }
            joined.append(words.get(i).word());
        }
        return joined.toString();
    }
}
