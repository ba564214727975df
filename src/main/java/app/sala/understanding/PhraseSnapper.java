package app.sala.understanding;

import app.sala.sentences.Expansion;
import app.sala.sentences.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the template sentence nearest to what was heard or typed, by a word-level edit
 * distance, and accepts it only when it is close and no sentence that means something else
 * is nearly as close. Common words ("the", "a", "my") cost half a word; a small typo in a
 * longer word costs a third, unless the word is itself a word of the sentences ("stop" is
 * not a typo of "step"), so a recognizer's output, made only of such words, gets no typo
 * allowance at all. Recognizers in grammar mode return word combinations that are
 * not in the list, and visitors type loosely: this is where both are snapped or refused.
 */
final class PhraseSnapper {

    /**
     * The least similarity accepted: 1 - cost / the longer length, lengths counted like costs
     * (common words half). "the letter is very big" is not "the letter is very small".
     */
    static final double MIN_SIMILARITY = 0.8;
    /** How much closer the best sentence must be than any sentence meaning something else. */
    static final double MIN_MARGIN = 0.5;

    private static final double LIGHT = 0.5;
    private static final double TYPO_PER_LETTER = 0.35;

    /** What a sentence was snapped to, how far it was and whether the snap is safe. */
    record Snap(Expansion expansion, String phrase, double cost, double similarity, boolean accepted) {
    }

    /** A sentence as ids and weights; its length is the sum of its weights. */
    private record Entry(int[] tokens, double[] weights, double length, Expansion expansion, String phrase, String meaning) {
    }

    private final TextNormalizer normalizer;
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, int[]> nearCache = new ConcurrentHashMap<>();
    private final Map<String, Expansion> exact = new HashMap<>();

    /**
     * @param sentences each distinct comparable sentence (tokens joined by spaces) with the
     *                  expansion it stands for; the caller has made sure one form has one meaning
     */
    PhraseSnapper(TextNormalizer normalizer, LinkedHashMap<String, Expansion> sentences) {
        this.normalizer = normalizer;
        sentences.forEach((key, expansion) -> {
            List<String> tokens = key.isEmpty() ? List.of() : List.of(key.split(" "));
            int[] ids = new int[tokens.size()];
            double[] weights = new double[tokens.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = id(tokens.get(i));
                weights[i] = weight(tokens.get(i));
            }
            entries.add(new Entry(ids, weights, Arrays.stream(weights).sum(), expansion, expansion.text(), meaning(expansion)));
            exact.put(key, expansion);
        });
    }

    static String meaning(Expansion expansion) {
        return expansion.intent() + new TreeMap<>(expansion.slots());
    }

    private int id(String word) {
        return vocabulary.computeIfAbsent(word, w -> {
            words.add(w);
            return words.size() - 1;
        });
    }

    private double weight(String token) {
        return normalizer.isLight(token) ? LIGHT : 1.0;
    }

    /** Whether a token is a word of the sentences. */
    boolean knows(String token) {
        return vocabulary.containsKey(token);
    }

    /** The sentence these tokens are, word for word, or null. */
    Expansion exactly(List<String> tokens) {
        return exact.get(String.join(" ", tokens));
    }

    /** The nearest sentence to these tokens, accepted or not; null when there are no tokens. */
    Snap nearest(List<String> tokens) {
        if (tokens.isEmpty() || entries.isEmpty()) {
            return null;
        }
        Query query = new Query(tokens);
        if (query.contentCount == 0) {
            // Only common words ("is it", "the"): nothing to go on.
            return new Snap(null, null, Double.MAX_VALUE, 0, false);
        }
        Entry best = null;
        double bestCost = Double.MAX_VALUE;
        for (Entry entry : entries) {
            int m = entry.tokens.length;
            // One common word too many is always within reach: grammar mode says "i help" for
            // "help", and a short command has no other room for it. One too few is not: "go"
            // alone is not "go on".
            double limit = (1 - MIN_SIMILARITY) * Math.max(query.length, entry.length);
            if (query.length > entry.length) {
                limit = Math.max(limit, LIGHT);
            }
            double acceptable = Math.min(limit + 1e-9, bestCost);
            if (query.lowerBound(entry) > acceptable) {
                continue;
            }
            double cost = distance(query, entry, acceptable);
            if (cost <= acceptable && cost < bestCost) {
                bestCost = cost;
                best = entry;
            }
        }
        if (best == null) {
            return new Snap(null, null, Double.MAX_VALUE, 0, false);
        }
        double similarity = 1 - bestCost / Math.max(query.length, best.length);
        boolean clear = bestCost == 0 || !rivalWithin(query, best, bestCost + MIN_MARGIN - 1e-9);
        return new Snap(best.expansion, best.phrase, bestCost, similarity, clear);
    }

    /**
     * The {@code k} sentences nearest to these tokens, nearest first, however far: the
     * candidates for listening to an utterance again.
     */
    List<String> nearestPhrases(List<String> tokens, int k) {
        return nearest(tokens, k).stream().map(Snap::phrase).toList();
    }

    /**
     * The {@code k} sentences nearest to these tokens, nearest first, however far, each with
     * its similarity; none is marked accepted (the caller weighs them).
     */
    List<Snap> nearest(List<String> tokens, int k) {
        if (tokens.isEmpty() || k <= 0) {
            return List.of();
        }
        Query query = new Query(tokens);
        record Scored(Entry entry, double cost) {
        }
        PriorityQueue<Scored> kept = new PriorityQueue<>(Comparator.comparingDouble(Scored::cost).reversed());
        for (Entry entry : entries) {
            double limit = kept.size() < k ? Double.MAX_VALUE : kept.peek().cost();
            if (query.lowerBound(entry) >= limit) {
                continue;
            }
            double cost = distance(query, entry, limit);
            if (cost < limit) {
                kept.add(new Scored(entry, cost));
                if (kept.size() > k) {
                    kept.poll();
                }
            }
        }
        return kept.stream().sorted(Comparator.comparingDouble(Scored::cost))
                .map(s -> new Snap(s.entry().expansion, s.entry().phrase, s.cost(),
                        Math.max(0, 1 - s.cost() / Math.max(query.length, s.entry().length)), false))
                .toList();
    }

    /** Whether a sentence that means something else than {@code best} costs at most {@code limit}. */
    private boolean rivalWithin(Query query, Entry best, double limit) {
        for (Entry entry : entries) {
            if (entry.meaning.equals(best.meaning) || query.lowerBound(entry) > limit) {
                continue;
            }
            if (distance(query, entry, limit) <= limit) {
                return true;
            }
        }
        return false;
    }

    /**
     * One utterance being snapped: its tokens, and for each of its content words the
     * vocabulary words it equals or nearly equals (a typo away). A content word on one side
     * with no near word on the other costs at least a whole word, which gives a cheap lower
     * bound that skips most sentences before any edit distance is computed.
     */
    private final class Query {

        final List<String> tokens;
        final int[] ids;
        final double[] weights;
        final double[][] substitution;
        final double length;
        /** For each vocabulary word, a bit for each content word of the query (up to 31) it equals or nearly equals. */
        final int[] nearMask;
        int contentMask;
        int contentCount;

        Query(List<String> tokens) {
            this.tokens = tokens;
            int n = tokens.size();
            ids = new int[n];
            weights = new double[n];
            substitution = new double[n][];
            nearMask = new int[words.size()];
            int bit = 0;
            for (int i = 0; i < n; i++) {
                String token = tokens.get(i);
                weights[i] = weight(token);
                Integer known = vocabulary.get(token);
                ids[i] = known == null ? -1 : known;
                if (weights[i] < 1.0) {
                    continue;
                }
                contentCount++;
                if (bit < 31) {
                    contentMask |= 1 << bit;
                    // A word of the sentences is itself, never a typo of another: "stop" is not "step".
                    for (int w : ids[i] >= 0 ? new int[] {ids[i]} : near(token)) {
                        nearMask[w] |= 1 << bit;
                    }
                    bit++;
                }
            }
            length = Arrays.stream(weights).sum();
        }

        int size() {
            return ids.length;
        }

        /**
         * At least this much cost: a content word on either side with nothing near on the other
         * costs a whole word, and each word of length difference at least half of one.
         */
        double lowerBound(Entry entry) {
            int covered = 0;
            int missingInQuery = 0;
            for (int j = 0; j < entry.tokens.length; j++) {
                int mask = nearMask[entry.tokens[j]];
                covered |= mask;
                if (mask == 0 && entry.weights[j] >= 1.0) {
                    missingInQuery++;
                }
            }
            int missingInEntry = Integer.bitCount(contentMask & ~covered);
            double lengthGap = Math.abs(ids.length - entry.tokens.length) * LIGHT;
            return Math.max(lengthGap, Math.max(missingInEntry, missingInQuery));
        }
    }

    /** The vocabulary words a content word equals or nearly equals (a typo away), cached per word. */
    private int[] near(String token) {
        int[] cached = nearCache.get(token);
        if (cached != null) {
            return cached;
        }
        List<Integer> found = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            if (word.equals(token) || (Math.abs(word.length() - token.length()) <= 2 && wordCost(token, 1.0, word, 1.0) < 1.0)) {
                found.add(w);
            }
        }
        int[] near = found.stream().mapToInt(Integer::intValue).toArray();
        if (nearCache.size() < 50_000) {
            nearCache.put(token, near);
        }
        return near;
    }

    /**
     * The word-level edit distance, stopped once a whole row is past {@code cutoff}. It is
     * Sala's own rather than a library's: each word costs its weight (common words half) and a
     * substitution its word cost (a typo a third), where library edit distances count every
     * element alike.
     */
    private double distance(Query query, Entry entry, double cutoff) {
        int n = query.size();
        int m = entry.tokens.length;
        double[] previous = new double[m + 1];
        double[] current = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            previous[j] = previous[j - 1] + entry.weights[j - 1];
        }
        for (int i = 1; i <= n; i++) {
            current[0] = previous[0] + query.weights[i - 1];
            double rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                double sub = previous[j - 1] + substitute(query, i - 1, entry, j - 1);
                double del = previous[j] + query.weights[i - 1];
                double ins = current[j - 1] + entry.weights[j - 1];
                current[j] = Math.min(sub, Math.min(del, ins));
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > cutoff) {
                return rowMin;
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m];
    }

    private double substitute(Query query, int i, Entry entry, int j) {
        int word = entry.tokens[j];
        if (query.ids[i] == word) {
            return 0;
        }
        if (query.substitution[i] == null) {
            query.substitution[i] = new double[words.size()];
            Arrays.fill(query.substitution[i], Double.NaN);
        }
        double cost = query.substitution[i][word];
        if (Double.isNaN(cost)) {
            cost = query.ids[i] >= 0 ? Math.max(query.weights[i], entry.weights[j])
                    : wordCost(query.tokens.get(i), query.weights[i], words.get(word), entry.weights[j]);
            query.substitution[i][word] = cost;
        }
        return cost;
    }

    /** Two different words: a typo of a longer word costs little, two common words half, else a whole word. */
    private static double wordCost(String a, double weightA, String b, double weightB) {
        double plain = Math.max(weightA, weightB);
        if (Math.min(a.length(), b.length()) >= 4) {
            int letters = letterDistance(a, b);
            int allowed = Math.min(a.length(), b.length()) >= 7 ? 2 : 1;
            if (letters <= allowed) {
                return Math.min(plain, letters * TYPO_PER_LETTER);
            }
        }
        return plain;
    }

    /**
     * Levenshtein distance over letters, with a transposition counted as one edit (optimal
     * string alignment). Not commons-text's DamerauLevenshteinDistance: up to 1.15.0 it compares
     * letters by identity, so an accented letter ("dónde") never equals itself.
     */
    static int letterDistance(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 2) {
            return 3;
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }
}
