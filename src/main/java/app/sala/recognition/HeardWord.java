package app.sala.recognition;

/** One word of a Vosk result with its confidence (0..1) and timing in seconds. */
public record HeardWord(String word, double confidence, double start, double end) {

    public double seconds() {
        return end - start;
    }
}
