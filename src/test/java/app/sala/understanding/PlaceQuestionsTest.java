package app.sala.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.sentences.Expansion;
import app.sala.sentences.Intent;
import app.sala.sentences.IntentContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Questions about the places of care (what one is for, what it costs) may name the ER without
 * being an emergency: they are answered from the care guide. An emergency condition named
 * anywhere still wins, and the ER asked for is still the emergency.
 */
class PlaceQuestionsTest {

    private static Assistant assistant() {
        return ShippedAssistant.get();
    }

    /** Exhaustively: every sentence of setting_info and care_cost, typed or heard, is that question, never the emergency. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void everySentenceAboutAPlaceIsThatQuestion(String lang) {
        List<Expansion> questions = assistant().phrasebook(lang).expansions().stream()
                .filter(e -> IntentContract.asksAboutASetting(e.intent()))
                .toList();
        assertThat(questions).extracting(Expansion::intent).contains(Intent.SETTING_INFO, Intent.CARE_COST);
        for (Expansion sentence : questions) {
            for (Understanding understood : List.of(assistant().understand(lang, sentence.text()),
                    assistant().snap(lang, sentence.text()))) {
                assertThat(understood.intent()).as(sentence.text()).isEqualTo(sentence.toIntent());
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; how much does the er cost my husband has chest pain; stroke-heart-attack",
            "en; what is the emergency room for he passed out; loss-of-consciousness",
            "en; is urgent care cheaper than the er she is bleeding a lot; heavy-bleeding",
            "es; ¿cuánto cuesta la sala de emergencias? a mi esposo le duele el pecho; stroke-heart-attack",
            "es; ¿para qué es la sala de emergencias? se desmayó; loss-of-consciousness"})
    void anEmergencyConditionNamedAnywhereStillWins(String lang, String text, String condition) {
        Understanding understood = assistant().understand(lang, text);

        assertThat(understood.intent().slots()).as(text)
                .containsEntry(IntentContract.SETTING, "emergency").containsEntry(IntentContract.CONDITION, condition);
        assertThat(understood.source()).isEqualTo(Understanding.Source.EMERGENCY);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; i need the emergency room", "en; call nine one one", "en; call an ambulance",
            "en; my husband needs to go to the emergency room now", "en; take me to the ER",
            "es; necesito la sala de emergencias", "es; llame a una ambulancia", "es; lléveme a urgencias"})
    void theErAskedForIsStillTheEmergency(String lang, String text) {
        assertThat(assistant().understand(lang, text).intent())
                .isEqualTo(new Intent(Intent.WHERE_TO_GO, Map.of(IntentContract.SETTING, "emergency")));
    }

    /** Outside the sentences: a place named beside the words of such a question. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; how much would the emergency room cost me; care_cost; emergency",
            "en; does urgent care charge a lot compared with the er; care_cost; ",
            "en; what kinds of problems does urgent care handle; setting_info; urgent-care",
            "en; when is it better to go to urgent care; setting_info; urgent-care",
            "es; ¿me cobran mucho en urgencias?; care_cost; emergency",
            "es; ¿qué tipo de problemas atienden en atención de urgencia?; setting_info; urgent-care",
            "es; ¿cuándo es mejor ir a atención de urgencia?; setting_info; urgent-care"})
    void aPlaceNamedWithTheWordsOfAQuestionIsThatQuestion(String lang, String text, String intent, String setting) {
        Map<String, String> slots = setting == null ? Map.of() : Map.of(IntentContract.SETTING, setting);

        assertThat(assistant().understand(lang, text).intent()).as(text).isEqualTo(new Intent(intent, slots));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; what is the difference between urgent care and the er",
            "es; ¿cuál es la diferencia entre atención de urgencia y la sala de emergencias?"})
    void placesComparedOpenTheCareGuide(String lang, String text) {
        assertThat(assistant().understand(lang, text).intent())
                .isEqualTo(new Intent(Intent.NAVIGATE, Map.of(IntentContract.TARGET, "care")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {"en; how much does it cost", "en; what does it cost", "es; ¿cuánto cuesta?"})
    void aQuestionAboutAPlaceMustNameOne(String lang, String text) {
        assertThat(assistant().understand(lang, text).intent().isUnknown()).as(text).isTrue();
    }
}
