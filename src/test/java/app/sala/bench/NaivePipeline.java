package app.sala.bench;

import app.sala.recognition.Heard;
import app.sala.recognition.SafeRecognizer;
import app.sala.recognition.SpeechAudio;
import app.sala.recognition.SpeechModel;
import java.util.List;
import java.util.Locale;

/**
 * The baseline a first attempt would build: wait until the clip has ended, run Vosk in free
 * mode over all of it, then look for keywords in the words. No grammar, no confidence, no
 * snapping to known phrases, so whatever Vosk guesses becomes an action.
 */
final class NaivePipeline {

    /** What the baseline heard, what it decided, and how long that took after the clip ended. */
    record Result(String heard, String intent, double millis) {
    }

    /** First match wins; ordered so the more specific phrases come first. */
    private record Rule(String intent, List<String> keywords) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("call_staff", List.of("talk to someone", "someone", "staff", "person")),
            new Rule("exercise_fact", List.of("how often", "how many", "what is")),
            new Rule("where_to_go", List.of("where should", "pain", "fever", "threw up", "infection", "ankle", "hurt",
                    "sick", "bleeding")),
            new Rule("open_exercise", List.of("bridge", "cat cow", "bird dog", "pelvic", "knee", "quad")),
            new Rule("next_step", List.of("next")),
            new Rule("previous_step", List.of("back", "previous")),
            new Rule("repeat", List.of("again", "repeat")),
            new Rule("read_aloud", List.of("read")),
            new Rule("stop", List.of("stop")),
            new Rule("slower", List.of("slower")),
            new Rule("faster", List.of("faster")),
            new Rule("louder", List.of("louder")),
            new Rule("quieter", List.of("quieter")),
            new Rule("set_language", List.of("spanish", "english")),
            new Rule("text_bigger", List.of("bigger", "larger")),
            new Rule("text_smaller", List.of("smaller")),
            new Rule("high_contrast", List.of("contrast")),
            new Rule("help", List.of("help")),
            new Rule("navigate", List.of("home", "exercises", "care guide", "activities", "outdoor")));

    private final SpeechModel model;

    NaivePipeline(SpeechModel model) {
        this.model = model;
    }

    /** The whole clip at once, as a pipeline that only starts when the recording stops. */
    Result hear(byte[] pcm) {
        long start = System.nanoTime();
        Heard heard = Heard.nothing();
        try (SafeRecognizer free = model.freeRecognizer(SpeechAudio.SAMPLE_RATE, 60)) {
            for (int offset = 0; offset < pcm.length; offset += SpeechAudio.CHUNK_BYTES) {
                if (free.accept(pcm, offset, Math.min(SpeechAudio.CHUNK_BYTES, pcm.length - offset))) {
                    heard = heard.then(free.result());
                }
            }
            heard = heard.then(free.finalResult());
        }
        String text = heard.text().replace(Heard.UNKNOWN_WORD, "").strip();
        String intent = intentOf(text);
        return new Result(text, intent, (System.nanoTime() - start) / 1e6);
    }

    static String intentOf(String text) {
        String padded = " " + text.toLowerCase(Locale.ROOT) + " ";
        for (Rule rule : RULES) {
            for (String keyword : rule.keywords()) {
                if (padded.contains(" " + keyword + " ")) {
                    return rule.intent();
                }
            }
        }
        return "unknown";
    }
}
