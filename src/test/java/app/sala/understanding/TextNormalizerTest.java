package app.sala.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.sentences.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What counts as the same words, with the shipped matching rules of each language. */
class TextNormalizerTest {

    private static TextNormalizer english() {
        return ShippedAssistant.get().phrasebook("en").normalizer();
    }

    private static TextNormalizer spanish() {
        return ShippedAssistant.get().phrasebook("es").normalizer();
    }

    @Test
    void wordsAreLowercaseLettersWithContractionsAndDigitsSpelledOut() {
        assertThat(english().words("What's the Bridge for?")).containsExactly("what", "is", "the", "bridge", "for");
        assertThat(english().words("I can’t breathe!!")).containsExactly("i", "can", "not", "breathe");
        assertThat(english().words("Call 911, now.")).containsExactly("call", "nine", "one", "one", "now");
        assertThat(english().words("my son's ear")).containsExactly("my", "son", "ear");
        assertThat(spanish().words("¿Llame al 911?")).containsExactly("llame", "al", "nueve", "uno", "uno");
        assertThat(spanish().words("¿Cómo se hace?")).containsExactly("cómo", "se", "hace");
    }

    @ParameterizedTest(name = "en: {0} = {1}")
    @CsvSource({
            "my ankle hurts, my ankles hurting",
            "I twisted it, I twist it",
            "throwing up, throw up",
            "bleeding badly, bleeds badly",
            "breathing, breathe",
            "stretches, stretch",
            "allergies, allergy",
            "stopping, stop",
            "Um can you please show me the bridge, show me the bridge",
            "I'd like to see it, see it",
    })
    void englishWordFormsMeet(String one, String other) {
        assertThat(english().tokens(one)).isEqualTo(english().tokens(other));
    }

    @ParameterizedTest(name = "es: {0} = {1}")
    @CsvSource({
            "vómito, vomito",
            "Español, espanol",
            "tobillo torcido, tobillos torcidas",
            "estoy mareado, estoy mareada",
            "convulsiones, convulsión",
            "dolores, dolor",
            "eh por favor muéstreme el puente, muéstreme el puente",
            "inclinación pélvica, INCLINACION PELVICA",
    })
    void spanishWordFormsMeet(String one, String other) {
        assertThat(spanish().tokens(one)).isEqualTo(spanish().tokens(other));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({
            "en, stop, step",
            "en, louder, slower",
            "es, pare, para",
            "es, más rápido, muy rápido",
    })
    void differentWordsStayDifferent(String lang, String one, String other) {
        TextNormalizer normalizer = lang.equals("en") ? english() : spanish();
        assertThat(normalizer.tokens(one)).isNotEqualTo(normalizer.tokens(other));
    }

    @Test
    void commonWordsAreLeftOutOfKeyTokens() {
        TextNormalizer en = english();
        assertThat(en.keyTokens(en.tokens("my chest really hurts"))).isEqualTo(en.keyTokens(en.tokens("chest hurts")));
        TextNormalizer es = spanish();
        assertThat(es.keyTokens(es.tokens("me duele mucho el pecho"))).containsExactly("duel", "much", "pech");
    }

    @Test
    void aVeryLongTextIsCutToAQuestionsLength() {
        assertThat(english().words("help ".repeat(10_000))).hasSize(TextNormalizer.MAX_WORDS);
    }
}
