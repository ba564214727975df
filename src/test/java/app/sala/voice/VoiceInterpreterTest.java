package app.sala.voice;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.recognition.Heard;
import app.sala.recognition.HeardWord;
import app.sala.recognition.LoudnessTrack;
import app.sala.recognition.Transcript;
import app.sala.understanding.ShippedAssistant;
import app.sala.voice.Decision.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the decision makes of the recognizers' readings: act, ask, or not understood. The
 * readings here are ones Vosk gave for noisy clips and for Spanish into the English model.
 */
class VoiceInterpreterTest {

    private final DecisionProperties cutoffs = new DecisionProperties(0.7, 0.35, 0.2, 0.7, 0.15);
    private final VoiceInterpreter interpreter = new VoiceInterpreter(ShippedAssistant.get(), cutoffs);

    @Test
    void aSentenceHeardSurelyByBothPassesIsActedOn() {
        Decision decision = decide(heard("show me the bridge", 1, 1, 1, 1), heard("show me the bridge", 0.9, 0.9, 0.95, 0.9));
        assertThat(decision.outcome()).isEqualTo(Outcome.ACT);
        assertThat(decision.best().best().intent().slots()).containsEntry("exercise", "bridge");
        assertThat(decide(heard("next step", 0.95, 0.97), heard("next stop", 0.7, 0.6)).outcome()).isEqualTo(Outcome.ACT);
    }

    @Test
    void anExerciseNamedOnItsOwnWithNothingElseBehindItIsAskedAboutNotActedOn() {
        // "slow down" in babble: grammar mode made it "cow".
        Decision cow = decide(heard("cow", 1.0), heard("there is no doubt", 0.64, 0.64, 0.72, 0.36));
        assertThat(cow.outcome()).isNotEqualTo(Outcome.ACT);
        assertThat(decide(heard("cat cow", 0.95, 0.97), heard("cat cow", 0.9, 0.9)).outcome()).isEqualTo(Outcome.ACT);
    }

    @Test
    void wordsHeardWithDoubtAreOfferedAsChoicesBestFirst() {
        // "open the pelvic tilt" in babble.
        Decision decision = decide(heard("open the pelvic feel", 1, 1, 1, 0.67),
                heard("open up and that failed", 0.76, 0.55, 0.89, 0.42, 0.31));
        assertThat(decision.outcome()).isEqualTo(Outcome.ASK);
        assertThat(decision.candidates()).hasSizeBetween(1, 3);
        assertThat(decision.best().best().intent().slots()).containsEntry("exercise", "pelvic-tilt");
    }

    @Test
    void anEmergencyHeardWithDoubtIsOfferedFirstAndNothingElseIsActedOn() {
        // Spanish "siguiente paso" into the English model: an emergency word among unrelated ones.
        Decision spanish = decide(heard("see knee a passed out", 1, 1, 0.72, 1, 1), heard("see me up a", 0.5, 0.6, 0.5, 0.5));
        assertThat(spanish.outcome()).isEqualTo(Outcome.ASK);
        assertThat(spanish.best().isEmergency()).isTrue();
        // A surely heard emergency is acted on at once.
        Decision passedOut = decide(heard("he passed out", 1, 1, 1), heard("he passed out", 0.9, 0.9, 0.95));
        assertThat(passedOut.outcome()).isEqualTo(Outcome.ACT);
        assertThat(passedOut.best().isEmergency()).isTrue();
        // "my husband is having chest pain" heard as "i have vomiting" by one pass: never the vomiting screen.
        Decision mixed = decide(heard("i have vomiting", 1, 1, 1), heard("my husband is having chest pain", 0.5, 0.5, 0.5, 0.5, 0.5, 0.5));
        assertThat(mixed.outcome()).isEqualTo(Outcome.ASK);
        assertThat(mixed.candidates().get(0).isEmergency()).isTrue();
    }

    @Test
    void aSentenceAmongWordsFittedOntoTheRoomIsFound() {
        // "speak faster" in babble at 10 dB, as Vosk heard it.
        Decision decision = decide(heard("speak faster losing a is", 0.95, 0.95, 0.5, 0.6, 0.5),
                heard("speak faster policing games", 0.9, 0.9, 0.4, 0.5));
        assertThat(decision.outcome()).isNotEqualTo(Outcome.NOT_UNDERSTOOD);
        assertThat(decision.best().best().intent().name()).isEqualTo("faster");
    }

    @Test
    void aSentenceTheRoomMadeUpBesideTheVisitorsDoesNotHideIt() {
        // "outdoor activities" in babble at 10 dB: the room gave grammar mode "a major trauma" too.
        Transcript heard = transcript(heard("outdoor activities on days a major trauma", 0.95, 0.95, 0.5, 0.5, 0.6, 0.6, 0.6),
                Heard.nothing());
        assertThat(interpreter.readings("en", heard)).as("both sentences found word for word inside the reading")
                .extracting(Reading::heard).contains("outdoor activities", "a major trauma");
    }

    @Test
    void anEmergencyHasItsOwnActCutOff() {
        List<Reading> readings = interpreter.readings("en", transcript(heard("he passed out", 0.8, 0.8, 0.6), Heard.nothing()));
        double score = VoiceInterpreter.decide(readings, cutoffs).best().score();
        assertThat(score).as("the emergency's score").isBetween(0.3, 0.7);
        DecisionProperties actSooner = new DecisionProperties(0.9, 0.05, 0.1, score - 0.01, 0.15);
        DecisionProperties askFirst = new DecisionProperties(0.1, 0.05, 0.1, Math.min(1, score + 0.01), 0.15);
        assertThat(VoiceInterpreter.decide(readings, actSooner).outcome()).as("below act, above emergency-act").isEqualTo(Outcome.ACT);
        Decision asked = VoiceInterpreter.decide(readings, askFirst);
        assertThat(asked.outcome()).as("above act, below emergency-act").isEqualTo(Outcome.ASK);
        assertThat(asked.candidates().get(0).isEmergency()).isTrue();
    }

    @Test
    void noiseAndHalfHeardSingleWordsAreNotUnderstood() {
        // "help" in babble: one long unsure word.
        assertThat(decide(heard("help", 0.6), Heard.nothing()).outcome()).isEqualTo(Outcome.NOT_UNDERSTOOD);
        assertThat(decide(Heard.nothing(), Heard.nothing()).outcome()).isEqualTo(Outcome.NOT_UNDERSTOOD);
    }

    @Test
    void aSecondListenThatCorrectsTheFirstReadingMakesItSure() {
        Transcript first = transcript(heard("open the pelvic feel", 0.8, 0.8, 0.8, 0.5),
                heard("open up and that failed", 0.76, 0.55, 0.89, 0.42, 0.31));
        List<Reading> readings = new ArrayList<>(interpreter.readings("en", first));
        assertThat(interpreter.sure(readings)).isFalse();
        readings.addAll(interpreter.againReadings("en", first, heard("open the pelvic tilt", 1, 1, 1, 1)));
        Decision decision = interpreter.decide(readings);
        assertThat(decision.outcome()).isEqualTo(Outcome.ACT);
        assertThat(decision.best().best().intent().slots()).containsEntry("exercise", "pelvic-tilt");
    }

    @Test
    void aSecondListenThatOnlyRepeatsADoubtfulReadingDoesNotMakeItSure() {
        // "help" in babble: the first pass doubted "cold", the second, among a few candidates, did not.
        Transcript first = transcript(heard("have a cold", 0.72, 0.72, 0.40), heard("in the hell donald", 0.57, 0.88, 0.92, 0.33));
        List<Reading> readings = new ArrayList<>(interpreter.readings("en", first));
        readings.addAll(interpreter.againReadings("en", first, heard("have a cold", 1, 1, 1)));
        assertThat(interpreter.decide(readings).outcome()).isNotEqualTo(Outcome.ACT);
    }

    private Decision decide(Heard grammar, Heard free) {
        return interpreter.decide(interpreter.readings("en", transcript(grammar, free)));
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
