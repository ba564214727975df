package app.sala.answers;

import app.sala.content.CareGuide;
import app.sala.content.CareSetting;
import app.sala.content.ClinicProperties;
import app.sala.content.Condition;
import app.sala.content.Exercise;
import app.sala.content.Language;
import app.sala.content.LanguagePack;
import app.sala.content.Placeholders;
import app.sala.sentences.Intent;
import app.sala.sentences.IntentContract;
import app.sala.sentences.ResponseContract;
import app.sala.sentences.SentenceFile;
import app.sala.sentences.SentenceFile.Located;
import app.sala.ui.Routes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes Sala's answer to an intent: the response template of the sentence file for the
 * case at hand, filled from the content (an exercise's "how often", a condition's place to
 * go), and the screen to show. The words are all in the files; which cases and placeholders a
 * response has is the sentence files' {@link ResponseContract}; this class fills them.
 */
final class ReplyWriter {

    private final ClinicProperties clinic;

    ReplyWriter(ClinicProperties clinic) {
        this.clinic = clinic;
    }

    Reply write(SentenceFile file, LanguagePack pack, List<Language> languages, Intent intent, String currentExerciseId) {
        Written written = fill(file, pack, languages, intent, currentExerciseId);
        Located response = file.responses().get(written.intent().name()).get(written.variant());
        return new Reply(written.intent(), Placeholders.fill(response.text(), written.values()), written.route(),
                written.examples(), List.of());
    }

    /** What a "did you mean" button says for the intent: its action, in the visitor's words. */
    Choice choice(SentenceFile file, LanguagePack pack, List<Language> languages, Intent intent, String currentExerciseId) {
        Written written = fill(file, pack, languages, intent, currentExerciseId);
        Located label = file.choices().get(written.intent().name()).get(written.variant());
        return new Choice(written.intent().name(), written.intent().slots(), Placeholders.fill(label.text(), written.values()));
    }

    /** The question Sala asks with its choices; an emergency among them is asked about first. */
    Reply ask(SentenceFile file, List<Choice> choices, boolean emergency) {
        Map<String, String> values = generalValues();
        String variant = emergency ? ResponseContract.ASK_EMERGENCY : ResponseContract.ASK;
        Located question = file.responses().get(Intent.UNKNOWN).get(variant);
        return new Reply(Intent.unknown(), Placeholders.fill(question.text(), values), null, List.of(), choices);
    }

    private record Written(Intent intent, String variant, Map<String, String> values, String route, List<String> examples) {
    }

    private Map<String, String> generalValues() {
        return new HashMap<>(Map.of(
                "clinicName", clinic.name(), "clinicPhone", clinic.phone(), "emergencyNumber", clinic.emergencyNumber()));
    }

    private Written fill(SentenceFile file, LanguagePack pack, List<Language> languages, Intent intent, String currentExerciseId) {
        Map<String, String> values = generalValues();
        String variant = SentenceFile.SINGLE;
        String route = null;
        List<String> examples = List.of();
        Intent acted = intent;
        switch (intent.name()) {
            case Intent.NAVIGATE -> {
                variant = intent.slot(IntentContract.TARGET);
                route = variant.equals("home") ? "" : variant;
            }
            case Intent.OPEN_EXERCISE -> {
                Exercise exercise = pack.exercises().find(intent.slot(IntentContract.EXERCISE)).orElseThrow();
                exerciseValues(exercise, values);
                route = Routes.exercise(exercise.id());
            }
            case Intent.EXERCISE_FACT -> {
                String id = intent.slot(IntentContract.EXERCISE) != null ? intent.slot(IntentContract.EXERCISE) : currentExerciseId;
                Exercise exercise = id == null ? null : pack.exercises().find(id).orElse(null);
                if (exercise == null) {
                    variant = ResponseContract.WHICH_EXERCISE;
                    route = Routes.EXERCISES;
                } else {
                    variant = intent.slot(IntentContract.FACT);
                    exerciseValues(exercise, values);
                    route = Routes.exercise(exercise.id());
                    Map<String, String> slots = new HashMap<>(intent.slots());
                    slots.put(IntentContract.EXERCISE, exercise.id());
                    acted = new Intent(intent.name(), slots);
                }
            }
            case Intent.WHERE_TO_GO -> {
                CareGuide care = pack.care();
                String conditionId = intent.slot(IntentContract.CONDITION);
                CareSetting setting = care.setting(intent.slot(IntentContract.SETTING)).orElseThrow();
                settingValues(setting, values);
                Condition condition = conditionId == null ? null : care.condition(conditionId).orElseThrow();
                if (condition != null) {
                    values.put("conditionLabel", condition.label());
                }
                if (setting.isEmergency()) {
                    values.put("emergencyTitle", care.emergency().title());
                    values.put("emergencyStep", care.emergency().steps().get(0));
                    variant = condition == null ? ResponseContract.EMERGENCY_CASE : ResponseContract.EMERGENCY_CONDITION_CASE;
                    route = Routes.emergency(conditionId);
                } else {
                    variant = condition == null ? ResponseContract.SETTING_CASE : ResponseContract.CONDITION_CASE;
                    route = condition == null ? Routes.CARE : Routes.careAdvice(conditionId);
                }
            }
            case Intent.SETTING_INFO -> {
                CareSetting setting = pack.care().setting(intent.slot(IntentContract.SETTING)).orElseThrow();
                settingValues(setting, values);
                values.put("settingWhen", String.join(" ", setting.when()));
                // What a place is for is read on the care guide, the ER's too: never the emergency screen.
                route = Routes.CARE;
            }
            case Intent.CARE_COST -> {
                String settingId = intent.slot(IntentContract.SETTING);
                if (settingId == null) {
                    variant = ResponseContract.COMPARE_CASE;
                    values.put("careCosts", pack.care().settings().stream()
                            .map(s -> s.shortName() + ": " + s.cost()).collect(Collectors.joining(" ")));
                } else {
                    CareSetting setting = pack.care().setting(settingId).orElseThrow();
                    variant = ResponseContract.SETTING_CASE;
                    settingValues(setting, values);
                    values.put("settingCost", setting.cost());
                }
                route = Routes.CARE;
            }
            case Intent.SET_LANGUAGE -> {
                variant = intent.slot(IntentContract.LANGUAGE);
                String code = variant;
                values.put("languageName", languages.stream().filter(l -> l.code().equals(code))
                        .map(Language::name).findFirst().orElse(code));
            }
            case Intent.HELP -> examples = file.examples();
            case Intent.UNKNOWN -> {
                examples = file.examples();
                variant = ResponseContract.NOT_UNDERSTOOD;
            }
            default -> {
            }
        }
        return new Written(acted, variant, values, route, examples);
    }

    private static void settingValues(CareSetting setting, Map<String, String> values) {
        values.put("settingName", setting.name());
        values.put("settingShortName", setting.shortName());
    }

    private static void exerciseValues(Exercise exercise, Map<String, String> values) {
        values.put("exerciseName", exercise.name());
        values.put("howMany", exercise.howMany());
        values.put("howOften", exercise.howOften());
        values.put("purpose", exercise.purpose());
        values.put("stepCount", Integer.toString(exercise.stepCount()));
        values.put("firstStep", exercise.steps().get(0));
    }
}
