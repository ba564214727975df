package app.sala.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sala.recognition.Heard;
import app.sala.recognition.HeardWord;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhoneticBridgeTest {

    private final PhoneticBridge bridge = new PhoneticBridge(new BridgeFile("es", "en", List.of("open_exercise"),
            Map.of("bridge", "bridge"),
            Map.of("me", "may", "dwe", "do eh", "le", "lay", "el", "el", "pe", "pay", "cho", "show", "pwen", "pwen", "te", "tay"),
            Map.of("duele", "dwell a")));

    @Test
    void aWordIsSaidByItsOwnEntryElseByItsMeasuredRespellingElseSyllableBySyllable() {
        assertThat(bridge.respell("bridge")).containsExactly("bridge");
        assertThat(bridge.respell("duele")).as("heard better across syllables").containsExactly("dwell", "a");
        assertThat(bridge.respell("pecho")).containsExactly("pay", "show");
        assertThat(bridge.respell("Me")).containsExactly("may");
    }

    @Test
    void aSyllableWithoutEnglishWordsIsNamed() {
        assertThatThrownBy(() -> bridge.respell("tobillo")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'to'").hasMessageContaining("tobillo");
    }

    @Test
    void whatTheModelHeardIsReadBackIntoSpanishWordsWithTheirConfidenceAndTime() {
        BridgedSentences.of(bridge, List.of("me duele el pecho"), word -> true, word -> false);
        Heard english = new Heard("may dwell a el pay show", List.of(new HeardWord("may", 1, 0.0, 0.2),
                new HeardWord("dwell", 0.8, 0.2, 0.5), new HeardWord("a", 0.6, 0.5, 0.6), new HeardWord("el", 1, 0.6, 0.8),
                new HeardWord("pay", 0.9, 0.8, 1.0), new HeardWord("show", 0.7, 1.0, 1.3)));

        Heard spanish = bridge.readBack(english);

        assertThat(spanish.text()).isEqualTo("me duele el pecho");
        assertThat(spanish.words().get(1).confidence()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(spanish.words().get(3).start()).isEqualTo(0.8);
        assertThat(spanish.words().get(3).end()).isEqualTo(1.3);
    }

    @Test
    void englishWordsThatAreNoRespellingReadBackAsUnknown() {
        BridgedSentences.of(bridge, List.of("me duele el pecho"), word -> true, word -> false);

        assertThat(bridge.readBack(new Heard("may banana pay show", List.of())).text()).isEqualTo("me [unk] pecho");
        assertThat(bridge.readBackText("may banana pay")).as("what is shown while speaking").isEqualTo("me");
        assertThat(bridge.readBack(Heard.nothing()).isEmpty()).isTrue();
    }

    @Test
    void theBridgeIsTrustedOnlyWithTheIntentsItListsFor() {
        assertThat(bridge.listensFor("open_exercise")).isTrue();
        assertThat(bridge.listensFor("next_step")).isFalse();
        assertThat(Set.of(bridge.language(), bridge.model())).containsExactlyInAnyOrder("es", "en");
    }
}
