package app.sala.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.sentences.Intent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Sala must not act on: off-topic questions, gibberish, lone common words, nothing at
 * all, and recognizer output that is too far from any sentence. It answers "Sorry, I didn't
 * catch that" instead of guessing.
 */
class NegativeUnderstandingTest {

    private static Assistant assistant() {
        return ShippedAssistant.get();
    }

    @ParameterizedTest(name = "en: \"{0}\"")
    @ValueSource(strings = {"asdf qwerty", "blah blah blah", "xyzzy plugh", "what's the weather", "tell me a joke",
            "what time is it", "who won the game last night", "I like pizza", "how old are you",
            "what is your name", "is it going to rain tomorrow", "sing me a song", "can I park here",
            "how much does it cost", "I'm waiting for my appointment", "play music",
            "the", "okay", "hello", "banana", "um", "please", "what", "why", "go", "more", "???", "12345",
            "\u200B\u200B", "🙂🙂🙂", "你好", "<script>alert(1)</script>",
            // Talk in the waiting room, with the kiosk's words in it (bridge, stop, home, back, again, see).
            "the traffic on the bridge was terrible", "we should stop at the store on the way home",
            "my back has been better since i started walking", "the parking lot was full again this morning",
            "did you see the game last night it was a close one"})
    void englishOffTopicAndNonsenseIsUnknown(String text) {
        Understanding understood = assistant().understand("en", text);

        assertThat(understood.intent().isUnknown()).as("'%s' was taken for %s", text, understood.intent()).isTrue();
        assertThat(understood.source()).isEqualTo(Understanding.Source.NONE);
    }

    @ParameterizedTest(name = "es: \"{0}\"")
    @ValueSource(strings = {"asdf qwerty", "bla bla bla", "¿qué hora es?", "cuénteme un chiste", "¿cómo está el clima?",
            "me gusta la pizza", "¿cuántos años tiene?", "¿cómo se llama?", "¿va a llover mañana?",
            "¿cuánto cuesta?", "ponga música", "el", "hola", "plátano", "eh",
            "por favor", "qué", "más", "muchas gracias", "no hablo inglés",
            "el tráfico en el puente estaba terrible", "deberíamos parar en la tienda de regreso a la casa",
            "la espalda me ha estado mejor desde que empecé a caminar", "el estacionamiento estaba lleno otra vez esta mañana",
            "¿vio el partido anoche? estuvo muy reñido"})
    void spanishOffTopicAndNonsenseIsUnknown(String text) {
        Understanding understood = assistant().understand("es", text);

        assertThat(understood.intent().isUnknown()).as("'%s' was taken for %s", text, understood.intent()).isTrue();
    }

    /**
     * Questions the content cannot answer (the restroom, insurance, hours, the wait) are not
     * guesses either: a person can answer them, so they ask for the staff. Nearby small talk
     * ("what time is it", "how much does it cost", "I'm waiting for my appointment") stays unknown above.
     */
    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = ';', value = {
            "en; where is the bathroom", "en; do you take my insurance", "en; what time do you close",
            "en; how long is the wait", "en; can i make an appointment",
            "es; ¿dónde está el baño?", "es; ¿aceptan mi seguro?", "es; ¿a qué hora cierran?",
            "es; ¿cuánto hay que esperar?", "es; quiero sacar una cita"})
    void questionsOnlyAPersonCanAnswerGoToTheStaff(String lang, String text) {
        assertThat(assistant().understand(lang, text).intent().name()).as(text).isEqualTo(Intent.CALL_STAFF);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "...", "¿?", "[unk]"})
    void nothingToGoOnIsUnknownEverywhere(String text) {
        for (String lang : assistant().languages()) {
            assertThat(assistant().understand(lang, text).intent().isUnknown()).isTrue();
            assertThat(assistant().snap(lang, text).intent().isUnknown()).isTrue();
        }
    }

    @ParameterizedTest(name = "heard \"{1}\"")
    @CsvSource(delimiter = ';', value = {
            "en; show me a bridge; open_exercise",
            "en; show me bridge; open_exercise",
            "en; how often should i do that cat cow; exercise_fact",
            "en; i twisted my ankle where should we go; where_to_go",
            "en; read it for me; read_aloud",
            "en; go to home screen; navigate",
            "es; muéstreme un puente; open_exercise",
            "es; con qué frecuencia debo hacer la gato vaca; exercise_fact",
            "es; me torcí un tobillo adónde debo ir; where_to_go",
    })
    void aSlightlyMisheardSentenceSnapsToItsNeighbour(String lang, String heard, String intent) {
        Understanding snapped = assistant().snap(lang, heard);

        assertThat(snapped.intent().name()).isEqualTo(intent);
        assertThat(snapped.source()).isEqualTo(Understanding.Source.TEMPLATE);
        assertThat(snapped.score()).isBetween(PhraseSnapper.MIN_SIMILARITY, 1.0);
    }

    @ParameterizedTest(name = "heard \"{1}\"")
    @CsvSource(delimiter = ';', value = {
            "en; show me the weather",
            "en; how often should i do the dishes",
            "en; next stop",
            "en; bridge bridge bridge",
            "en; spanish spanish",
            "en; the bird",
            "en; [unk] bridge",
            "en; show me the bridge [unk]",
            "en; help me find my car keys please",
            "es; muéstreme el clima",
            "es; con qué frecuencia debo lavar los platos",
            "es; [unk] puente",
    })
    void aFarOneIsUnknown(String lang, String heard) {
        assertThat(assistant().snap(lang, heard).intent().isUnknown()).as(heard).isTrue();
    }

    @Test
    void snapIsOnlyForTheSentences() {
        // Free text goes through understand(); snap() does not look for keywords in it.
        assertThat(assistant().snap("en", "so yesterday I was at the park and I twisted my ankle").intent().isUnknown()).isTrue();
        assertThat(assistant().understand("en", "so yesterday I was at the park and I twisted my ankle").intent().name())
                .isEqualTo(Intent.WHERE_TO_GO);
    }

    @Test
    void twoDifferentExercisesInOneQuestionIsUnknown() {
        assertThat(assistant().understand("en", "is the bridge better than the bird dog for my neighbor").intent().isUnknown())
                .isTrue();
    }
}
