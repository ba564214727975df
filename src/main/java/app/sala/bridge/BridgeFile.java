package app.sala.bridge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One language's phonetic bridge as written in {@code bridge/<code>.yaml}: the model it is
 * said into, the intents it is trusted with (emergencies always), English words for whole
 * words (written by hand, and as the model was measured to hear them), and English words for
 * each syllable.
 */
public record BridgeFile(String language, String model, @JsonProperty("listens_for") List<String> listensFor,
                         Map<String, String> words, Map<String, String> syllables, Map<String, String> heard) {

    public BridgeFile {
        // Not Map.copyOf: an entry without words ("nal: null") is reported by the reader, not thrown here.
        listensFor = listensFor == null ? List.of() : List.copyOf(listensFor);
        words = words == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(words));
        syllables = syllables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(syllables));
        heard = heard == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(heard));
    }
}
