package app.sala.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.sentences.Expansion;
import app.sala.sentences.IntentContract;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The phrase list handed to Vosk's grammar mode: words a recognizer can take as they are,
 * each sentence once, few enough to stay quick; and every one of them, heard exactly,
 * understood as the template meant.
 */
class GrammarPhrasesTest {

    private static Assistant assistant() {
        return ShippedAssistant.get();
    }

    @Test
    void everyLanguageWithContentHasSentences() {
        assertThat(assistant().languages()).containsExactly("en", "es");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void phrasesAreLowercaseWordsOnceEach(String lang) {
        List<String> phrases = assistant().grammarPhrases(lang);

        System.out.printf(Locale.ROOT, "%s: %d grammar phrases, %d distinct words%n", lang, phrases.size(),
                phrases.stream().flatMap(p -> List.of(p.split(" ")).stream()).distinct().count());
        assertThat(phrases).hasSizeBetween(100, 20_000).doesNotHaveDuplicates();
        assertThat(phrases).allSatisfy(phrase -> assertThat(phrase).matches("\\p{Ll}+( \\p{Ll}+)*"));
        assertThat(assistant().grammarPhrases(lang)).as("computed once").isSameAs(phrases);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void eachPhraseHeardExactlyIsUnderstoodAsItsTemplateMeant(String lang) {
        Phrasebook book = assistant().phrasebook(lang);
        List<Expansion> expansions = book.expansions();
        HashSet<String> checked = new HashSet<>();
        // Every 7th sentence: enough to cover every intent and list, in seconds rather than a minute.
        for (int i = 0; i < expansions.size(); i += 7) {
            Expansion expansion = expansions.get(i);
            if (!checked.add(expansion.text())) {
                continue;
            }
            Understanding snapped = assistant().snap(lang, expansion.text());
            assertThat(snapped.intent().name()).as(expansion.text()).isEqualTo(expansion.intent());
            assertThat(snapped.intent().slots()).as(expansion.text()).containsAllEntriesOf(expansion.slots().entrySet().stream()
                    .filter(slot -> !slot.getKey().equals(IntentContract.SETTING) || !expansion.slots().containsKey("condition"))
                    .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
            assertThat(snapped.score()).isEqualTo(1.0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void theExamplesAreUnderstood(String lang) {
        assertThat(assistant().examples(lang)).hasSizeBetween(6, 10)
                .allSatisfy(example -> assertThat(assistant().understand(lang, example).intent().isUnknown()).as(example).isFalse());
    }

    @Test
    void timingsArePrinted() {
        Assistant assistant = assistant();
        long start = System.nanoTime();
        ShippedAssistant.load("classpath*:assistant/");
        long load = System.nanoTime() - start;
        String[][] questions = {{"en", "how often should I do the bridge"}, {"en", "so I think I twisted my ankle at the park"},
                {"en", "tell me a joke"}, {"es", "¿con qué frecuencia debo hacer el puente?"},
                {"es", "creo que mi hijo se torció el tobillo jugando"}, {"es", "cuénteme un chiste"}};
        int rounds = 20;
        start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (String[] question : questions) {
                assistant.understand(question[0], question[1]);
            }
        }
        long each = (System.nanoTime() - start) / (rounds * questions.length);
        System.out.printf(Locale.ROOT, "Assistant: loads in %d ms; understands a question in %.2f ms on average%n",
                load / 1_000_000, each / 1e6);
    }

    @Test
    void theNearestSentencesToAMisheardReadingAreTheCandidatesForASecondListen() {
        List<String> nearest = assistant().nearestSentences("en", "open the pelvic feel", 10);
        assertThat(nearest).hasSize(10).doesNotHaveDuplicates().contains("open the pelvic tilt")
                .allSatisfy(phrase -> assertThat(assistant().grammarPhrases("en")).contains(phrase));
        assertThat(assistant().nearestSentences("en", "go back a stab", 3)).contains("go back a step");
        assertThat(assistant().nearestSentences("es", "siguiente pasó", 3)).contains("siguiente paso");
        assertThat(assistant().nearestSentences("en", "", 10)).isEmpty();
        assertThat(assistant().nearestSentences("en", "open the bridge", 0)).isEmpty();
    }
}
