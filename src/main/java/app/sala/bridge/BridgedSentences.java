package app.sala.bridge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * One language's sentences said through the bridge, and the search that finds the sentences
 * nearest to what the model heard. In grammar mode Vosk strings together the words of the
 * phrase list, not only whole phrases ("pa sauce dail yah" for "paso anterior"), so whole
 * Spanish words are often not there to read back; the search compares sounds instead: an edit
 * distance over the English words (each about a syllable), with the syllables of common words
 * ("el", "de") counting half.
 */
public final class BridgedSentences {

    /** A sentence with how near it sounds to what was heard (0..1, 1 the same words). */
    public record Near(String sentence, double similarity) {
    }

    private static final double LIGHT = 0.5;

    private record Entry(int[] tokens, double[] weights, double length, String sentence) {
    }

    private final Map<String, String> sentenceByBridged;
    private final Map<String, String> bridgedBySentence = new HashMap<>();
    private final List<String> problems;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    BridgedSentences(Map<String, String> sentenceByBridged, Map<String, List<Double>> weightsByBridged, List<String> problems) {
        this.sentenceByBridged = new LinkedHashMap<>(sentenceByBridged);
        this.problems = List.copyOf(problems);
        sentenceByBridged.forEach((bridged, sentence) -> {
            bridgedBySentence.putIfAbsent(sentence, bridged);
            String[] words = bridged.split(" ");
            int[] tokens = new int[words.length];
            double[] weights = new double[words.length];
            for (int i = 0; i < words.length; i++) {
                tokens[i] = ids.computeIfAbsent(words[i], w -> ids.size());
                weights[i] = weightsByBridged.get(bridged).get(i);
            }
            entries.add(new Entry(tokens, weights, Arrays.stream(weights).sum(), sentence));
        });
    }

    /**
     * @param sentences  the language's sentences (the grammar phrases)
     * @param modelKnows whether the model can hear an English word
     * @param lightWord  whether a word of the language is a common one ("el", "de")
     */
    public static BridgedSentences of(PhoneticBridge bridge, List<String> sentences, Predicate<String> modelKnows,
                                      Predicate<String> lightWord) {
        Map<String, String> bridged = new LinkedHashMap<>();
        Map<String, List<Double>> weights = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String sentence : sentences) {
            List<String> english = new ArrayList<>();
            List<Double> sentenceWeights = new ArrayList<>();
            String problem = null;
            for (String word : sentence.split(" ")) {
                try {
                    List<String> sounds = bridge.respell(word);
                    String unknown = sounds.stream().filter(modelKnows.negate()).findFirst().orElse(null);
                    if (unknown != null) {
                        problem = "'" + word + "' is said as '" + String.join(" ", sounds) + "', but the " + bridge.model()
                                + " model does not know '" + unknown + "'";
                        break;
                    }
                    english.addAll(sounds);
                    sounds.forEach(s -> sentenceWeights.add(lightWord.test(word) ? LIGHT : 1.0));
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                    break;
                }
            }
            if (problem != null) {
                problems.add("\"" + sentence + "\": " + problem);
            } else {
                String phrase = String.join(" ", english);
                if (bridged.putIfAbsent(phrase, sentence) == null) {
                    weights.put(phrase, sentenceWeights);
                }
            }
        }
        return new BridgedSentences(bridged, weights, problems);
    }

    /** The phrases for the model's grammar mode. */
    public List<String> phrases() {
        return List.copyOf(sentenceByBridged.keySet());
    }

    /** The sentences that could not be bridged, each with why. */
    public List<String> problems() {
        return problems;
    }

    /** The sentence a bridged phrase says, or null. */
    public String sentence(String bridgedPhrase) {
        return sentenceByBridged.get(bridgedPhrase);
    }

    /** The bridged phrase of a sentence, or null when it could not be bridged. */
    public String bridged(String sentence) {
        return bridgedBySentence.get(sentence);
    }

    /**
     * The {@code count} sentences nearest in sound to these English words, nearest first,
     * however far, each sentence once ("[unk]" and words of no sentence count as missing).
     */
    public List<Near> nearest(List<String> english, int count) {
        int[] query = new int[english.size()];
        for (int i = 0; i < query.length; i++) {
            query[i] = ids.getOrDefault(english.get(i), -1);
        }
        if (query.length == 0 || count <= 0) {
            return List.of();
        }
        PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.comparingDouble((double[] e) -> e[0]).reversed());
        double[] row = new double[64];
        double[] previous = new double[64];
        for (int e = 0; e < entries.size(); e++) {
            Entry entry = entries.get(e);
            double bound = Math.abs(entry.length - query.length) * LIGHT;
            if (best.size() == count && bound / Math.max(query.length, entry.length) >= best.peek()[0]) {
                continue;
            }
            double cost = distance(query, entry, row, previous);
            double distance = cost / Math.max(query.length, entry.length);
            if (best.size() < count) {
                best.add(new double[] {distance, e});
            } else if (distance < best.peek()[0]) {
                best.poll();
                best.add(new double[] {distance, e});
            }
        }
        List<double[]> sorted = new ArrayList<>(best);
        sorted.sort(Comparator.comparingDouble((double[] x) -> x[0]).thenComparingDouble(x -> x[1]));
        return sorted.stream().map(x -> new Near(entries.get((int) x[1]).sentence, Math.max(0, 1 - x[0]))).toList();
    }

    /** Weighted Levenshtein: a heard word costs 1 to drop, a sentence's word its weight. */
    private static double distance(int[] query, Entry entry, double[] row, double[] previous) {
        int n = query.length;
        int m = entry.tokens.length;
        if (m + 1 > row.length) {
            row = new double[m + 1];
            previous = new double[m + 1];
        }
        previous[0] = 0;
        for (int j = 1; j <= m; j++) {
            previous[j] = previous[j - 1] + entry.weights[j - 1];
        }
        for (int i = 1; i <= n; i++) {
            row[0] = previous[0] + 1;
            for (int j = 1; j <= m; j++) {
                double w = entry.weights[j - 1];
                double substitute = previous[j - 1] + (query[i - 1] == entry.tokens[j - 1] ? 0 : Math.max(w, LIGHT));
                row[j] = Math.min(substitute, Math.min(previous[j] + 1, row[j - 1] + w));
            }
            double[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[m];
    }
}
