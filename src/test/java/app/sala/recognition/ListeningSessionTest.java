package app.sala.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sala.recognition.TestAudio.Voice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One utterance through both recognizers, and a second listen to the same audio. */
class ListeningSessionTest {

    private static final Grammar PHRASES = Grammar.of(List.of("show me the bridge", "show me the bird dog", "next step",
            "go back a step", "help"));

    @Test
    void aSecondListenChoosesAmongTheCandidatesFromTheSameAudio() {
        byte[] pcm = TestAudio.pcm(TestAudio.pad(TestAudio.speak("go back a step", Voice.FREETTS), 0.5, 1.0));
        try (ListeningSession session = new ListeningSession(TestModels.english(), PHRASES, 15)) {
            session.acceptRecording(pcm);
            Transcript transcript = session.finish();
            assertThat(transcript.grammar().text()).isEqualTo("go back a step");
            Heard again = session.listenAgain(Grammar.of(List.of("go back a step", "show me the bridge")));
            assertThat(again.text()).isEqualTo("go back a step");
            assertThat(again.words()).extracting(HeardWord::word).containsExactly("go", "back", "a", "step");
            Heard elsewhere = session.listenAgain(Grammar.of(List.of("show me the bridge", "help")));
            assertThat(elsewhere.text()).as("none of the candidates was said").isNotEqualTo("show me the bridge");
        }
        assertThat(TestModels.english().openRecognizers()).isZero();
    }

    @Test
    void listeningAgainBeforeTheUtteranceHasEndedOrAfterCloseIsRefused() {
        ListeningSession closed;
        try (ListeningSession session = new ListeningSession(TestModels.english(), PHRASES, 15)) {
            session.accept(new byte[SpeechAudio.CHUNK_BYTES]);
            assertThatThrownBy(() -> session.listenAgain(PHRASES)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ended");
            session.finish();
            closed = session;
        }
        assertThatThrownBy(() -> closed.listenAgain(PHRASES)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
