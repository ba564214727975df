package app.sala.speech;

import java.util.Arrays;
import java.util.Optional;

/** Three reading speeds, as words per minute for each engine's own scale. */
public enum SpeechRate {
    SLOWER(115, 125),
    NORMAL(150, 160),
    FASTER(190, 205);

    private final int freeTtsWordsPerMinute;
    private final int espeakWordsPerMinute;

    SpeechRate(int freeTtsWordsPerMinute, int espeakWordsPerMinute) {
        this.freeTtsWordsPerMinute = freeTtsWordsPerMinute;
        this.espeakWordsPerMinute = espeakWordsPerMinute;
    }

    public int freeTtsWordsPerMinute() {
        return freeTtsWordsPerMinute;
    }

    public int espeakWordsPerMinute() {
        return espeakWordsPerMinute;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<SpeechRate> parse(String key) {
        return Arrays.stream(values()).filter(rate -> rate.key().equalsIgnoreCase(key)).findFirst();
    }

    public SpeechRate slower() {
        return values()[Math.max(0, ordinal() - 1)];
    }

    public SpeechRate faster() {
        return values()[Math.min(values().length - 1, ordinal() + 1)];
    }
}
