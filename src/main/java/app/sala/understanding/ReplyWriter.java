package app.sala.understanding;

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
import app.sala.sentences.SentenceFile;
import app.sala.sentences.SentenceFile.Located;
import app.sala.sentences.SlotList;
import app.sala.ui.Routes;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes Sala's answer to an intent: the response template of the sentence file for the
 * case at hand, filled from the content (an exercise's "how often", a condition's place to
 * go), and the screen to show. The words are all in the files; this class only knows which
 * response case and which content fields belong to which intent.
 */
final class ReplyWriter {

    static final String WHICH_EXERCISE = "which_exercise";
    static final String CONDITION_CASE = "condition";
    static final String SETTING_CASE = "setting";
    static final String EMERGENCY_CASE = "emergency";
    static final String EMERGENCY_CONDITION_CASE = "emergency_condition";

    private static final Set<String> GENERAL = Set.of("clinicName", "clinicPhone", "emergencyNumber");
    private static final Set<String> EXERCISE = Set.of("exerciseName", "howMany", "howOften", "purpose", "stepCount",
            "firstStep");
    private static final Set<String> SETTING = Set.of("settingName", "settingShortName");
    private static final Set<String> CONDITION = Set.of("conditionLabel");
    private static final Set<String> EMERGENCY = Set.of("emergencyTitle", "emergencyStep");
    private static final Set<String> LANGUAGE = Set.of("languageName");

    private final ClinicProperties clinic;

    ReplyWriter(ClinicProperties clinic) {
        this.clinic = clinic;
    }

    /** The response cases each intent needs in a file, with the placeholders each may use. */
    static Map<String, Map<String, Set<String>>> cases(SentenceFile file) {
        Map<String, Map<String, Set<String>>> cases = new LinkedHashMap<>();
        for (String intent : IntentContract.intents()) {
            Map<String, Set<String>> variants = new LinkedHashMap<>();
            switch (intent) {
                case Intent.NAVIGATE -> IntentContract.TARGETS.forEach(t -> variants.put(t, GENERAL));
                case Intent.OPEN_EXERCISE -> variants.put(SentenceFile.SINGLE, union(GENERAL, EXERCISE));
                case Intent.EXERCISE_FACT -> {
                    IntentContract.FACTS.forEach(f -> variants.put(f, union(GENERAL, EXERCISE)));
                    variants.put(WHICH_EXERCISE, GENERAL);
                }
                case Intent.WHERE_TO_GO -> {
                    variants.put(CONDITION_CASE, union(GENERAL, SETTING, CONDITION));
                    variants.put(SETTING_CASE, union(GENERAL, SETTING));
                    variants.put(EMERGENCY_CASE, union(GENERAL, SETTING, EMERGENCY));
                    variants.put(EMERGENCY_CONDITION_CASE, union(GENERAL, SETTING, EMERGENCY, CONDITION));
                }
                case Intent.SET_LANGUAGE -> {
                    SlotList languages = file.lists().get(IntentContract.LANGUAGE);
                    if (languages != null) {
                        languages.values().keySet().forEach(l -> variants.put(l, union(GENERAL, LANGUAGE)));
                    }
                }
                default -> variants.put(SentenceFile.SINGLE, GENERAL);
            }
            cases.put(intent, variants);
        }
        return cases;
    }

    /** Every intent has its responses, each case is known and uses only the placeholders it can fill. */
    static void check(SentenceFile file, List<String> problems) {
        Map<String, Map<String, Set<String>>> cases = cases(file);
        String prefix = file.fileName() + ": at ";
        file.responses().forEach((intent, variants) -> {
            if (!cases.containsKey(intent)) {
                problems.add(prefix + "responses." + intent + ", '" + intent + "' is not an intent of the contract");
            }
        });
        cases.forEach((intent, expected) -> {
            Map<String, Located> given = file.responses().get(intent);
            String where = "responses." + intent;
            if (given == null || given.isEmpty()) {
                problems.add(prefix + "responses, intent '" + intent + "' has no response"
                        + (expected.containsKey(SentenceFile.SINGLE) ? "" : " (it needs one for each of " + expected.keySet() + ")"));
                return;
            }
            boolean single = expected.containsKey(SentenceFile.SINGLE);
            if (single && !given.containsKey(SentenceFile.SINGLE)) {
                problems.add(prefix + where + ", must be one text (not a mapping of cases)");
                return;
            }
            for (String variant : expected.keySet()) {
                if (!given.containsKey(variant)) {
                    problems.add(prefix + where + ", the case '" + variant + "' is missing (cases: " + expected.keySet() + ")");
                }
            }
            given.forEach((variant, response) -> {
                Set<String> allowed = expected.get(variant);
                if (allowed == null) {
                    problems.add(prefix + response.where() + ", unknown case '" + variant + "' (cases: "
                            + expected.keySet() + ")");
                    return;
                }
                for (String name : Placeholders.names(response.text())) {
                    if (!allowed.contains(name)) {
                        problems.add(prefix + response.where() + ", unknown placeholder " + Placeholders.written(name)
                                + " (this case can use: " + allowed.stream().sorted().map(Placeholders::written).toList() + ")");
                    }
                }
            });
        });
    }

    Reply write(Phrasebook book, LanguagePack pack, List<Language> languages, Intent intent, String currentExerciseId) {
        Map<String, String> values = new HashMap<>(Map.of(
                "clinicName", clinic.name(), "clinicPhone", clinic.phone(), "emergencyNumber", clinic.emergencyNumber()));
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
                    variant = WHICH_EXERCISE;
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
                values.put("settingName", setting.name());
                values.put("settingShortName", setting.shortName());
                Condition condition = conditionId == null ? null : care.condition(conditionId).orElseThrow();
                if (condition != null) {
                    values.put("conditionLabel", condition.label());
                }
                if (setting.isEmergency()) {
                    values.put("emergencyTitle", care.emergency().title());
                    values.put("emergencyStep", care.emergency().steps().get(0));
                    variant = condition == null ? EMERGENCY_CASE : EMERGENCY_CONDITION_CASE;
                    route = Routes.emergency(conditionId);
                } else {
                    variant = condition == null ? SETTING_CASE : CONDITION_CASE;
                    route = condition == null ? Routes.CARE : Routes.careAdvice(conditionId);
                }
            }
            case Intent.SET_LANGUAGE -> {
                variant = intent.slot(IntentContract.LANGUAGE);
                String code = variant;
                values.put("languageName", languages.stream().filter(l -> l.code().equals(code))
                        .map(Language::name).findFirst().orElse(code));
            }
            case Intent.HELP, Intent.UNKNOWN -> examples = book.file().examples();
            default -> {
            }
        }
        Located response = book.file().responses().get(intent.name()).get(variant);
        return new Reply(acted, Placeholders.fill(response.text(), values), route, examples);
    }

    private static void exerciseValues(Exercise exercise, Map<String, String> values) {
        values.put("exerciseName", exercise.name());
        values.put("howMany", exercise.howMany());
        values.put("howOften", exercise.howOften());
        values.put("purpose", exercise.purpose());
        values.put("stepCount", Integer.toString(exercise.stepCount()));
        values.put("firstStep", exercise.steps().get(0));
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new LinkedHashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
