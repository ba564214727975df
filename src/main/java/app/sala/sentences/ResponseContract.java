package app.sala.sentences;

import app.sala.content.Placeholders;
import app.sala.sentences.SentenceFile.Located;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the responses of a sentence file must hold, beside the intent contract: the cases each
 * intent answers in (a navigate target, a fact, where-to-go for a setting or an emergency...)
 * and the placeholders each case may use, which the answer fills from the content. Checked
 * when the files are loaded, so a response with a misspelt placeholder never reaches a visitor.
 */
public final class ResponseContract {

    public static final String WHICH_EXERCISE = "which_exercise";
    public static final String CONDITION_CASE = "condition";
    public static final String SETTING_CASE = "setting";
    public static final String EMERGENCY_CASE = "emergency";
    public static final String EMERGENCY_CONDITION_CASE = "emergency_condition";
    /** The cases of "unknown": not understood at all, or asking which of a few readings was meant. */
    public static final String NOT_UNDERSTOOD = "not_understood";
    public static final String ASK = "ask";
    /** Asking when one of the readings is an emergency: the question says so first. */
    public static final String ASK_EMERGENCY = "ask_emergency";
    /** care_cost without one setting named: "which one costs less?" is answered with every setting's cost. */
    public static final String COMPARE_CASE = "compare";

    public static final Set<String> GENERAL = Set.of("clinicName", "clinicPhone", "emergencyNumber");
    public static final Set<String> EXERCISE = Set.of("exerciseName", "howMany", "howOften", "purpose", "stepCount",
            "firstStep");
    public static final Set<String> SETTING = Set.of("settingName", "settingShortName");
    /** What the care guide says a setting is for (its paragraphs "when" to go), and what it may cost. */
    public static final Set<String> SETTING_WHEN = Set.of("settingWhen");
    public static final Set<String> SETTING_COST = Set.of("settingCost");
    /** Every setting's short name and cost, in the guide's order. */
    public static final Set<String> COSTS = Set.of("careCosts");
    public static final Set<String> CONDITION = Set.of("conditionLabel");
    public static final Set<String> EMERGENCY = Set.of("emergencyTitle", "emergencyStep");
    public static final Set<String> LANGUAGE = Set.of("languageName");

    private ResponseContract() {
    }

    /** The response cases each intent needs in a file, with the placeholders each may use. */
    public static Map<String, Map<String, Set<String>>> cases(SentenceFile file) {
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
                case Intent.SETTING_INFO -> variants.put(SentenceFile.SINGLE, union(GENERAL, SETTING, SETTING_WHEN));
                case Intent.CARE_COST -> {
                    variants.put(SETTING_CASE, union(GENERAL, SETTING, SETTING_COST));
                    variants.put(COMPARE_CASE, union(GENERAL, COSTS));
                }
                case Intent.SET_LANGUAGE -> {
                    SlotList languages = file.lists().get(IntentContract.LANGUAGE);
                    if (languages != null) {
                        languages.values().keySet().forEach(l -> variants.put(l, union(GENERAL, LANGUAGE)));
                    }
                }
                case Intent.UNKNOWN -> List.of(NOT_UNDERSTOOD, ASK, ASK_EMERGENCY).forEach(c -> variants.put(c, GENERAL));
                default -> variants.put(SentenceFile.SINGLE, GENERAL);
            }
            cases.put(intent, variants);
        }
        return cases;
    }

    /**
     * Every intent has its responses and its choice label (what a "did you mean" button says),
     * each case is known and uses only the placeholders it can fill. "unknown" is never offered
     * as a choice, so it has no label.
     */
    public static void check(SentenceFile file, List<String> problems) {
        Map<String, Map<String, Set<String>>> cases = cases(file);
        check(file, "responses", file.responses(), cases, problems);
        Map<String, Map<String, Set<String>>> choiceCases = new LinkedHashMap<>(cases);
        choiceCases.remove(Intent.UNKNOWN);
        check(file, "choices", file.choices(), choiceCases, problems);
    }

    private static void check(SentenceFile file, String section, Map<String, Map<String, Located>> texts,
                              Map<String, Map<String, Set<String>>> cases, List<String> problems) {
        String prefix = file.fileName() + ": at ";
        texts.forEach((intent, variants) -> {
            if (!cases.containsKey(intent)) {
                problems.add(prefix + section + "." + intent + ", '" + intent + "' is not an intent "
                        + (Intent.UNKNOWN.equals(intent) ? "Sala offers as a choice" : "of the contract"));
            }
        });
        cases.forEach((intent, expected) -> {
            Map<String, Located> given = texts.get(intent);
            String where = section + "." + intent;
            if (given == null || given.isEmpty()) {
                problems.add(prefix + section + ", intent '" + intent + "' has no " + ("responses".equals(section) ? "response" : "label")
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

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new LinkedHashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
