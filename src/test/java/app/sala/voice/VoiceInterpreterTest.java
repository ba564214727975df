package app.sala.voice;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.recognition.Heard;
import app.sala.recognition.HeardWord;
import app.sala.recognition.LoudnessTrack;
import app.sala.recognition.RecognitionProperties;
import app.sala.recognition.Transcript;
import app.sala.understanding.ShippedAssistant;
import app.sala.understanding.Understanding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the interpreter makes of the two recognizers' readings. The readings here are the ones
 * Vosk gave for the round trip's noisy clips and for Spanish into the English model: each rule
 * was added for one of them, and must keep the right readings.
 */
class VoiceInterpreterTest {

    private final VoiceInterpreter interpreter = new VoiceInterpreter(ShippedAssistant.get(),
            new RecognitionProperties(Path.of("models"), Duration.ofSeconds(15), Duration.ofSeconds(10), 0.6, 20));

    @Test
    void anExerciseNamedOnItsOwnNeedsFreeModeToHaveHeardSomethingLikeIt() {
        // "slow down" in babble: grammar mode made it "cow".
        assertThat(intent(heard("cow", 1.0), heard("there is no doubt", 0.64, 0.64, 0.72, 0.36))).isEqualTo("unknown");
        // "turn it up" in white noise: "throwing up".
        assertThat(intent(heard("throwing up", 1.0, 1.0), heard("the i'm a cop", 0.83, 0.61, 0.61, 0.51)))
                .isEqualTo("unknown");
        assertThat(intent(heard("cat cow", 0.95, 0.97), heard("cat cow", 0.9, 0.9))).isEqualTo("open_exercise");
        // A name inside a sentence is not on its own.
        assertThat(intent(heard("show me the cat cow", 1, 1, 1, 1, 1), heard("the top", 0.5, 0.5))).isEqualTo("open_exercise");
    }

    @Test
    void aShortCommandNeedsNoAgreement() {
        assertThat(intent(heard("next step", 0.95, 0.97), heard("next stop", 0.7, 0.6))).isEqualTo("next_step");
        assertThat(intent(heard("high contrast", 1, 1), Heard.nothing())).isEqualTo("high_contrast");
    }

    @Test
    void wordsBothRecognizersHeardAreUnderstoodAsIfTypedEvenOutsideTheSentences() {
        String words = "show me the steps of the bridge";
        Understanding typed = ShippedAssistant.get().understand("en", words);
        assertThat(typed.intent().isUnknown()).isFalse();
        assertThat(ShippedAssistant.get().snap("en", words).intent().isUnknown())
                .as("not one of the sentences, or this test shows nothing").isTrue();
        // Free mode has two unsure words, so a question from it alone would not count.
        Heard free = heard(words, 1, 1, 0.57, 0.57, 0.69, 0.94, 0.82);
        assertThat(interpret(heard(words, 1, 1, 1, 1, 1, 1, 1), free).intent()).isEqualTo(typed.intent());
        assertThat(intent(heard(words, 1, 1, 1, 1, 1, 1, 1), heard("show be of depth on the rig", 0.6, 0.4, 0.7, 0.4, 1, 1, 1)))
                .as("free mode heard something else").isEqualTo("unknown");
    }

    @Test
    void anEmergencyAmongUnrelatedWordsIsNotTakenFromGrammarModeAlone() {
        // Spanish "siguiente paso" into the English model.
        assertThat(intent(heard("see knee a passed out", 1, 1, 0.72, 1, 1), heard("see me up a", 0.5, 0.6, 0.5, 0.5)))
                .isEqualTo("unknown");
        Understanding passedOut = interpret(heard("i passed out", 1, 1, 1), heard("i passed", 0.9, 0.9));
        assertThat(passedOut.source()).isEqualTo(Understanding.Source.EMERGENCY);
        assertThat(passedOut.intent().slots()).containsEntry("setting", "emergency");
    }

    @Test
    void oneWordOfFreeModeIsNotEnough() {
        // "stop reading" in white noise: grammar mode unsure, free mode "reading".
        assertThat(intent(heard("help breathing", 0.31, 0.93), heard("reading", 1.0))).isEqualTo("unknown");
    }

    @Test
    void aSecondListenCountsWhenItCorrectsTheFirstReadingWithConfidence() {
        Transcript first = transcript(heard("open the pelvic feel", 1, 1, 1, 0.67), heard("open up and that failed", 0.76, 0.55, 0.89, 0.42, 0.31));
        assertThat(interpreter.interpret("en", first).intent().isUnknown()).isTrue();
        assertThat(interpreter.confirm("en", first, heard("open the pelvic tilt", 1, 1, 1, 1)).intent().name())
                .isEqualTo("open_exercise");
        assertThat(interpreter.confirm("en", first, heard("open the pelvic tilt", 1, 1, 1, 0.8)).intent().isUnknown())
                .as("not sure enough").isTrue();
        assertThat(interpreter.confirm("en", first, heard("open the [unk] tilt", 1, 1, 1, 1)).intent().isUnknown())
                .as("part of it not among the candidates").isTrue();
    }

    @Test
    void aSecondListenThatRepeatsTheDoubtfulReadingDoesNotCount() {
        // "help" in babble: the first pass doubted "cold", the second, among a few candidates, did not.
        Transcript first = transcript(heard("have a cold", 0.72, 0.72, 0.40), heard("in the hell donald", 0.57, 0.88, 0.92, 0.33));
        assertThat(interpreter.confirm("en", first, heard("have a cold", 1, 1, 1)).intent().isUnknown()).isTrue();
        // And a name on its own still needs free mode.
        Transcript slowDown = transcript(heard("cow", 0.5), heard("there is no doubt", 0.64, 0.64, 0.72, 0.36));
        assertThat(interpreter.confirm("en", slowDown, heard("cat cow", 1, 1)).intent().isUnknown()).isTrue();
    }

    @Test
    void agreementIsHowAlikeTheReadingsAreByLetter() {
        assertThat(VoiceInterpreter.agreement(heard("next step", 1, 1), heard("next step", 1, 1))).isEqualTo(1.0);
        assertThat(VoiceInterpreter.agreement(heard("next step", 1, 1), heard("next stop", 1, 1))).isEqualTo(1 - 1 / 8.0);
        assertThat(VoiceInterpreter.agreement(heard("[unk] cow", 1, 1), heard("cow", 1))).isEqualTo(1.0);
        assertThat(VoiceInterpreter.agreement(heard("cow", 1), Heard.nothing())).isZero();
    }

    private String intent(Heard grammar, Heard free) {
        return interpret(grammar, free).intent().name();
    }

    private Understanding interpret(Heard grammar, Heard free) {
        return interpreter.interpret("en", transcript(grammar, free));
    }

    /** No audio: nothing to compare loudness with, so only the words decide. */
    private static Transcript transcript(Heard grammar, Heard free) {
        return new Transcript(grammar, free, 3, new LoudnessTrack());
    }

    /** Words 0.4 s long one after the other, with these confidences. */
    private static Heard heard(String text, double... confidences) {
        String[] words = text.split(" ");
        assertThat(words).hasSameSizeAs(confidences);
        List<HeardWord> heard = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            heard.add(new HeardWord(words[i], confidences[i], 0.5 + 0.4 * i, 0.9 + 0.4 * i));
        }
        return new Heard(text, heard);
    }
}
