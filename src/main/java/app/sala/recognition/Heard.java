package app.sala.recognition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** What one recognizer heard in one utterance: the text and, in final results, its words. */
public record Heard(String text, List<HeardWord> words) {

    public static final String UNKNOWN_WORD = "[unk]";
    private static final ObjectMapper JSON = new ObjectMapper();

    public Heard {
        text = text == null ? "" : text.strip();
        words = List.copyOf(words);
    }

    public static Heard nothing() {
        return new Heard("", List.of());
    }

    /**
     * Parses Vosk's result JSON ({"text":..., "result":[{word, conf, start, end}]} or
     * {"partial":...}) of a recognizer that heard {@code earlierSeconds} of audio before this
     * utterance: word times start again at 0.
     */
    static Heard parse(String json, double earlierSeconds) {
        try {
            JsonNode node = JSON.readTree(json);
            String text = node.has("partial") ? node.path("partial").asText("") : node.path("text").asText("");
            List<HeardWord> words = new ArrayList<>();
            for (JsonNode word : node.path("result")) {
                words.add(new HeardWord(word.path("word").asText(""), word.path("conf").asDouble(0),
                        Math.max(0, word.path("start").asDouble(0) - earlierSeconds),
                        Math.max(0, word.path("end").asDouble(0) - earlierSeconds)));
            }
            return new Heard(text, words);
        } catch (Exception e) {
            throw new RecognitionException("Vosk returned a result that is not JSON: " + e.getMessage(), e);
        }
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** True when the recognizer marked part of the speech as outside its grammar. */
    public boolean hasUnknownWords() {
        return text.contains(UNKNOWN_WORD);
    }

    /** The lowest word confidence, 1 when there are no word details; one poor word is enough to doubt. */
    public double minConfidence() {
        return words.stream().mapToDouble(HeardWord::confidence).min().orElse(isEmpty() ? 0 : 1);
    }

    public double meanConfidence() {
        return words.stream().mapToDouble(HeardWord::confidence).average().orElse(isEmpty() ? 0 : 1);
    }

    /** Joins consecutive results of one recognizer (free mode ends a result at each pause). */
    public Heard then(Heard next) {
        if (next.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return next;
        }
        List<HeardWord> all = new ArrayList<>(words);
        all.addAll(next.words);
        return new Heard(text + " " + next.text, all);
    }
}
