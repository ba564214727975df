package app.sala.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BridgedSentencesTest {

    private final PhoneticBridge bridge = new PhoneticBridge(new BridgeFile("es", "en", List.of(), Map.of(),
            syllables("mas=mass", "a=ah", "yu=you", "da=da", "pwen=pwen", "te=tay", "el=el", "des=this", "pa=pa",
                    "syo=see oh", "ra=ra", "pi=pea", "do=doe", "gran=gran", "de=day"),
            Map.of()));
    private final BridgedSentences sentences = BridgedSentences.of(bridge,
            List.of("más despacio", "más rápido", "más grande", "el puente", "ayuda"), Set.of("mass", "this", "pa", "see",
                    "oh", "ra", "pea", "doe", "gran", "day", "el", "pwen", "tay", "ah", "da")::contains,
            Set.of("el")::contains);

    private static Map<String, String> syllables(String... pairs) {
        Map<String, String> table = new java.util.HashMap<>();
        for (String pair : pairs) {
            table.put(pair.split("=")[0], pair.split("=")[1]);
        }
        return table;
    }

    @Test
    void eachSentenceIsSaidInTheModelsWordsAndReadBack() {
        assertThat(sentences.phrases()).contains("mass this pa see oh", "el pwen tay");
        assertThat(sentences.sentence("mass ra pea doe")).isEqualTo("más rápido");
        assertThat(sentences.bridged("más grande")).isEqualTo("mass gran day");
    }

    @Test
    void aSentenceWithAWordTheModelDoesNotKnowIsLeftOutAndNamed() {
        assertThat(sentences.phrases()).doesNotContain("ah you da");
        assertThat(sentences.problems()).singleElement().asString().contains("\"ayuda\"").contains("'you'");
    }

    @Test
    void theNearestSentenceInSoundComesFirstWithItsSimilarity() {
        List<BridgedSentences.Near> near = sentences.nearest(List.of("mass", "ra", "pea", "oh"), 2);

        assertThat(near.get(0).sentence()).isEqualTo("más rápido");
        assertThat(near.get(0).similarity()).isEqualTo(0.75);
        assertThat(near.get(1).similarity()).isLessThan(0.75);
        assertThat(sentences.nearest(List.of("mass", "ra", "pea", "doe"), 1).get(0).similarity()).isEqualTo(1.0);
    }

    @Test
    void aCommonWordsSoundsCountHalfAndUnknownWordsCountAsMissing() {
        BridgedSentences.Near withoutTheArticle = sentences.nearest(List.of("pwen", "tay"), 1).get(0);
        BridgedSentences.Near withAStranger = sentences.nearest(List.of("[unk]", "pwen", "tay"), 1).get(0);

        assertThat(withoutTheArticle.sentence()).isEqualTo("el puente");
        assertThat(withoutTheArticle.similarity()).as("half of one of three sounds missing").isCloseTo(1 - 0.5 / 2.5,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(withAStranger.similarity()).isLessThan(1.0);
        assertThat(sentences.nearest(List.of(), 3)).isEmpty();
    }
}
