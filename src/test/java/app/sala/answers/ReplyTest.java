package app.sala.answers;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.content.CareSetting;
import app.sala.content.Condition;
import app.sala.content.Exercise;
import app.sala.content.LanguagePack;
import app.sala.sentences.Intent;
import app.sala.sentences.IntentContract;
import app.sala.sentences.ResponseContract;
import app.sala.understanding.Assistant;
import app.sala.understanding.ShippedAssistant;
import app.sala.understanding.Understanding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sala's answers: in the screen's language, filled from the content, and opening the right screen. */
class ReplyTest {

    private static Assistant assistant() {
        return ShippedAssistant.get();
    }

    private static Answers answers() {
        return ShippedAssistant.answers();
    }

    private static LanguagePack pack(String lang) {
        return ShippedAssistant.catalog().pack(Locale.forLanguageTag(lang));
    }

    private static Reply reply(String lang, String intent, Map<String, String> slots, String exercise) {
        return answers().reply(lang, new Understanding(new Intent(intent, slots), Understanding.Source.TEMPLATE, null, 1),
                exercise);
    }

    /** One intent with the slots of each of its response cases. */
    static Stream<Arguments> everyIntentAndCase() {
        List<Arguments> cases = new ArrayList<>();
        for (String intent : IntentContract.intents()) {
            switch (intent) {
                case Intent.NAVIGATE -> IntentContract.TARGETS.forEach(t -> cases.add(Arguments.of(intent, Map.of("target", t))));
                case Intent.OPEN_EXERCISE -> cases.add(Arguments.of(intent, Map.of("exercise", "bridge")));
                case Intent.EXERCISE_FACT -> IntentContract.FACTS.forEach(f ->
                        cases.add(Arguments.of(intent, Map.of("exercise", "cat-cow", "fact", f))));
                case Intent.WHERE_TO_GO -> {
                    cases.add(Arguments.of(intent, Map.of("condition", "sprain-strain")));
                    cases.add(Arguments.of(intent, Map.of("condition", "seizure")));
                    cases.add(Arguments.of(intent, Map.of("setting", "urgent-care")));
                    cases.add(Arguments.of(intent, Map.of("setting", "emergency")));
                }
                case Intent.SETTING_INFO -> {
                    cases.add(Arguments.of(intent, Map.of("setting", "urgent-care")));
                    cases.add(Arguments.of(intent, Map.of("setting", "emergency")));
                }
                case Intent.CARE_COST -> {
                    cases.add(Arguments.of(intent, Map.of()));
                    cases.add(Arguments.of(intent, Map.of("setting", "emergency")));
                }
                case Intent.SET_LANGUAGE -> cases.add(Arguments.of(intent, Map.of("language", "en")));
                case Intent.CHOOSE -> cases.add(Arguments.of(intent, Map.of("choice", "second")));
                default -> cases.add(Arguments.of(intent, Map.of()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyIntentAndCase")
    void everyIntentHasAFilledAnswerInEachLanguage(String intent, Map<String, String> slots) {
        Reply english = reply("en", intent, slots, null);
        Reply spanish = reply("es", intent, slots, null);

        assertThat(english.intent().name()).isEqualTo(intent);
        assertThat(spanish.intent().name()).isEqualTo(intent);
        for (Reply reply : List.of(english, spanish)) {
            assertThat(reply.answer()).isNotBlank().doesNotContain("{", "}");
        }
        if (!intent.equals(Intent.SET_LANGUAGE)) {
            // set_language answers in the language switched to, whatever the screen showed.
            assertThat(spanish.answer()).as("the Spanish answer is not the English one").isNotEqualTo(english.answer());
            assertThat(english.route()).isEqualTo(spanish.route());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void exerciseAnswersQuoteTheContentOfTheirLanguage(String lang) {
        for (Exercise exercise : pack(lang).exercises().items()) {
            assertThat(reply(lang, Intent.EXERCISE_FACT, Map.of("exercise", exercise.id(), "fact", "how_often"), null).answer())
                    .contains(exercise.name(), exercise.howOften());
            assertThat(reply(lang, Intent.EXERCISE_FACT, Map.of("exercise", exercise.id(), "fact", "how_many"), null).answer())
                    .contains(exercise.howMany());
            assertThat(reply(lang, Intent.EXERCISE_FACT, Map.of("exercise", exercise.id(), "fact", "purpose"), null).answer())
                    .contains(exercise.purpose());
            assertThat(reply(lang, Intent.EXERCISE_FACT, Map.of("exercise", exercise.id(), "fact", "steps"), null).answer())
                    .contains(Integer.toString(exercise.stepCount()), exercise.steps().get(0));
            Reply open = reply(lang, Intent.OPEN_EXERCISE, Map.of("exercise", exercise.id()), null);
            assertThat(open.answer()).contains(exercise.name());
            assertThat(open.route()).isEqualTo("exercises/" + exercise.id());
        }
    }

    @Test
    void aFactWithoutAnExerciseIsAboutTheOneOnScreen() {
        Reply reply = reply("en", Intent.EXERCISE_FACT, Map.of("fact", "how_often"), "bird-dog");

        assertThat(reply.intent().slots()).containsEntry("exercise", "bird-dog").containsEntry("fact", "how_often");
        assertThat(reply.answer()).contains("Bird Dog", "Two or three times a week.");
        assertThat(reply.route()).isEqualTo("exercises/bird-dog");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void aFactWithNoExerciseAnywhereAsksWhichOne(String lang) {
        Reply reply = reply(lang, Intent.EXERCISE_FACT, Map.of("fact", "how_many"), null);

        assertThat(reply.answer()).isEqualTo(assistant().sentenceFile(lang).responses()
                .get(Intent.EXERCISE_FACT).get(ResponseContract.WHICH_EXERCISE).text());
        assertThat(reply.route()).isEqualTo("exercises");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void everyEmergencyConditionRoutesToTheEmergencyScreenWhateverTheSentenceSaid(String lang) {
        CareSetting er = pack(lang).care().setting(CareSetting.EMERGENCY).orElseThrow();
        for (Condition condition : er.conditions()) {
            for (String claimed : List.of("primary-care", "urgent-care", "emergency")) {
                Reply reply = reply(lang, Intent.WHERE_TO_GO, Map.of("condition", condition.id(), "setting", claimed), null);

                assertThat(reply.intent().slots()).containsEntry("setting", "emergency");
                assertThat(reply.route()).isEqualTo("emergency/" + condition.id());
                assertThat(reply.answer()).contains(condition.label(), pack(lang).care().emergency().title());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void otherConditionsRouteToTheHelpersAnswer(String lang) {
        for (CareSetting setting : pack(lang).care().settings()) {
            if (setting.isEmergency()) {
                continue;
            }
            for (Condition condition : setting.conditions()) {
                Reply reply = reply(lang, Intent.WHERE_TO_GO, Map.of("condition", condition.id()), null);

                assertThat(reply.intent().slots()).containsEntry("setting", setting.id());
                assertThat(reply.route()).isEqualTo("care/where-to-go/" + condition.id());
                assertThat(reply.answer()).contains(condition.label(), setting.shortName());
            }
        }
    }

    @Test
    void routesOfTheOtherIntents() {
        assertThat(reply("en", Intent.NAVIGATE, Map.of("target", "home"), null).route()).isEmpty();
        assertThat(reply("en", Intent.NAVIGATE, Map.of("target", "activities"), null).route()).isEqualTo("activities");
        assertThat(reply("en", Intent.WHERE_TO_GO, Map.of("setting", "urgent-care"), null).route()).isEqualTo("care");
        assertThat(reply("en", Intent.WHERE_TO_GO, Map.of("setting", "emergency"), null).route()).isEqualTo("emergency");
        assertThat(reply("en", Intent.SETTING_INFO, Map.of("setting", "emergency"), null).route()).isEqualTo("care");
        assertThat(reply("en", Intent.CARE_COST, Map.of("setting", "emergency"), null).route()).isEqualTo("care");
        assertThat(reply("en", Intent.CLINIC_PHONE, Map.of(), null).route()).isNull();
        assertThat(reply("en", Intent.NEXT_STEP, Map.of(), "bridge").route()).isNull();
        assertThat(reply("es", Intent.SET_LANGUAGE, Map.of("language", "es"), null).answer()).isEqualTo("Ahora en español.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void thePhoneNumberAnswerGivesTheClinicsNumberAndStaysOnTheScreen(String lang) {
        Reply reply = reply(lang, Intent.CLINIC_PHONE, Map.of(), null);

        assertThat(reply.answer()).contains(ShippedAssistant.CLINIC.name(), ShippedAssistant.CLINIC.phone());
        assertThat(reply.route()).isNull();
    }

    /** What a place is for and what it costs are the care guide's words, on the care guide: never the 911 screen. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void questionsAboutAPlaceAreAnsweredFromTheCareGuideNeverTheEmergencyScreen(String lang) {
        List<CareSetting> settings = pack(lang).care().settings();
        for (CareSetting setting : settings) {
            Reply info = reply(lang, Intent.SETTING_INFO, Map.of("setting", setting.id()), null);
            Reply cost = reply(lang, Intent.CARE_COST, Map.of("setting", setting.id()), null);

            assertThat(info.intent().name()).isEqualTo(Intent.SETTING_INFO);
            assertThat(info.answer()).contains(setting.name()).contains(setting.when());
            assertThat(cost.intent().name()).isEqualTo(Intent.CARE_COST);
            assertThat(cost.answer()).contains(setting.name(), setting.cost());
            for (Reply reply : List.of(info, cost)) {
                assertThat(reply.route()).as(reply.answer()).isEqualTo("care");
            }
        }
        Reply compared = reply(lang, Intent.CARE_COST, Map.of(), null);
        assertThat(compared.answer()).contains(settings.stream().map(CareSetting::cost).toList());
        assertThat(compared.route()).isEqualTo("care");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; is urgent care cheaper than the er; care_cost",
            "en; how much does the ER cost; care_cost",
            "en; why is the emergency room so expensive; care_cost",
            "en; what is the emergency room for; setting_info",
            "en; when should I go to the ER; setting_info",
            "es; ¿es más barato urgent care que la sala de emergencias?; care_cost",
            "es; ¿cuánto cuesta la sala de emergencias?; care_cost",
            "es; ¿para qué es la sala de emergencias?; setting_info",
            "es; ¿cuándo debo ir a urgencias?; setting_info"})
    void aQuestionThatOnlyNamesTheErStaysOnTheCareGuide(String lang, String text, String intent) {
        Reply reply = answers().reply(lang, assistant().understand(lang, text), null);

        assertThat(reply.intent().name()).as(text).isEqualTo(intent);
        assertThat(reply.route()).as(text).isEqualTo("care");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void helpAndUnknownOfferTheExamples(String lang) {
        assertThat(reply(lang, Intent.HELP, Map.of(), null).examples()).isEqualTo(assistant().examples(lang)).hasSizeBetween(6, 10);
        Reply unknown = answers().reply(lang, assistant().understand(lang, "blah blah"), null);
        assertThat(unknown.intent().isUnknown()).isTrue();
        assertThat(unknown.examples()).isEqualTo(assistant().examples(lang));
        assertThat(unknown.route()).isNull();
        assertThat(reply(lang, Intent.NEXT_STEP, Map.of(), null).examples()).isEmpty();
    }

    @Test
    void anIntentFromOutsideThatTheContentCannotAnswerIsUnknown() {
        Map<String, String> junk = new HashMap<>();
        junk.put("exercise", "plank");
        assertThat(reply("en", Intent.OPEN_EXERCISE, junk, null).intent().isUnknown()).isTrue();
        assertThat(reply("en", Intent.WHERE_TO_GO, Map.of(), null).intent().isUnknown()).isTrue();
        assertThat(reply("en", Intent.SETTING_INFO, Map.of(), null).intent().isUnknown()).isTrue();
        assertThat(reply("en", Intent.CARE_COST, Map.of("setting", "spa"), null).intent().isUnknown()).isTrue();
        assertThat(reply("en", "dance", Map.of(), null).intent().isUnknown()).isTrue();
        assertThat(reply("en", Intent.STOP, Map.of("exercise", "bridge"), null).intent().isUnknown()).isTrue();
        assertThat(answers().reply("en", null, null).intent().isUnknown()).isTrue();
    }
}
