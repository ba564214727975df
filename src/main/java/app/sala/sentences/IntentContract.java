package app.sala.sentences;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The intents and slots integrations rely on (docs/VOICE.md, "The intent contract"): which slots each
 * intent takes, which it needs, and which sentence-file list names a slot's values. The
 * words live in the sentence files; only these names live here.
 */
public final class IntentContract {

    public static final String TARGET = "target";
    public static final String EXERCISE = "exercise";
    public static final String FACT = "fact";
    public static final String SETTING = "setting";
    public static final String CONDITION = "condition";
    public static final String LANGUAGE = "language";
    public static final String CHOICE = "choice";

    public static final List<String> TARGETS = List.of("home", "exercises", "care", "activities");
    public static final List<String> FACTS = List.of("how_many", "how_often", "steps", "purpose");
    /** The choices of "Did you mean…?", in the order they are shown. */
    public static final List<String> CHOICES = List.of("first", "second", "third");

    /** The slots of each intent; a slot's values come from the list of the same name. */
    public static final Map<String, Set<String>> SLOTS;
    /** Slots an intent cannot do without (where_to_go needs a setting or a condition). */
    public static final Map<String, Set<String>> REQUIRED = Map.of(
            Intent.NAVIGATE, Set.of(TARGET),
            Intent.OPEN_EXERCISE, Set.of(EXERCISE),
            Intent.EXERCISE_FACT, Set.of(FACT),
            Intent.SETTING_INFO, Set.of(SETTING),
            Intent.SET_LANGUAGE, Set.of(LANGUAGE),
            Intent.CHOOSE, Set.of(CHOICE));

    static {
        Map<String, Set<String>> slots = new LinkedHashMap<>();
        slots.put(Intent.NAVIGATE, Set.of(TARGET));
        slots.put(Intent.OPEN_EXERCISE, Set.of(EXERCISE));
        slots.put(Intent.EXERCISE_FACT, Set.of(EXERCISE, FACT));
        slots.put(Intent.WHERE_TO_GO, Set.of(SETTING, CONDITION));
        // Questions about a place of care, not a visit to it: they never open the emergency screen.
        slots.put(Intent.SETTING_INFO, Set.of(SETTING));
        slots.put(Intent.CARE_COST, Set.of(SETTING));
        slots.put(Intent.CLINIC_PHONE, Set.of());
        for (String name : List.of(Intent.NEXT_STEP, Intent.PREVIOUS_STEP, Intent.REPEAT, Intent.READ_ALOUD, Intent.STOP,
                Intent.SLOWER, Intent.FASTER, Intent.LOUDER, Intent.QUIETER)) {
            slots.put(name, Set.of());
        }
        slots.put(Intent.SET_LANGUAGE, Set.of(LANGUAGE));
        for (String name : List.of(Intent.TEXT_BIGGER, Intent.TEXT_SMALLER, Intent.HIGH_CONTRAST, Intent.HELP,
                Intent.CALL_STAFF, Intent.DECLINE, Intent.UNKNOWN)) {
            slots.put(name, Set.of());
        }
        slots.put(Intent.CHOOSE, Set.of(CHOICE));
        SLOTS = Collections.unmodifiableMap(slots);
    }

    /** The lists every sentence file must have, because the matcher and the slots use them. */
    public static final List<String> LISTS = List.of(TARGET, EXERCISE, FACT, SETTING, CONDITION, LANGUAGE, CHOICE);

    private IntentContract() {
    }

    public static Set<String> intents() {
        return SLOTS.keySet();
    }

    public static boolean takesNoSlots(String intent) {
        return SLOTS.getOrDefault(intent, Set.of()).isEmpty();
    }

    /**
     * Questions about the places of care (what one is for, what it costs): they may name the ER
     * without being an emergency, so "is urgent care cheaper than the ER?" stays on the care guide.
     */
    public static boolean asksAboutASetting(String intent) {
        return Set.of(SETTING).equals(SLOTS.get(intent));
    }
}
