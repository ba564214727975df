package app.sala.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.recognition.SpeechModel;
import app.sala.recognition.TestModels;
import app.sala.sentences.IntentContract;
import app.sala.understanding.Assistant;
import app.sala.understanding.ShippedAssistant;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The shipped Spanish bridge against the shipped sentences and the real English model. */
class ShippedBridgeTest {

    private final PhoneticBridges bridges = new PhoneticBridges(new BridgeProperties("classpath*:bridge/", true, 0.75),
            new PathMatchingResourcePatternResolver());

    @Test
    void everySpanishSentenceIsSaidInWordsTheEnglishModelKnows() {
        Assistant assistant = ShippedAssistant.get();
        SpeechModel english = TestModels.english();
        PhoneticBridge spanish = bridges.bridge("es").orElseThrow();

        BridgedSentences sentences = BridgedSentences.of(spanish, assistant.grammarPhrases("es"), english::knows,
                word -> assistant.isCommonWord("es", word));

        assertThat(bridges.problems()).isEmpty();
        assertThat(spanish.model()).isEqualTo("en");
        assertThat(sentences.problems()).isEmpty();
        // Sentences that sound the same in English words share one phrase ("el"/"él"): most stay apart.
        assertThat(sentences.phrases().size()).isGreaterThan(assistant.grammarPhrases("es").size() * 8 / 10);
    }

    @Test
    void theBridgeListensOnlyForIntentsOfTheContract() {
        PhoneticBridge spanish = bridges.bridge("es").orElseThrow();

        assertThat(IntentContract.intents()).filteredOn(spanish::listensFor).isNotEmpty()
                .doesNotContain("unknown");
        assertThat(spanish.listensFor("no_such_intent")).isFalse();
    }
}
