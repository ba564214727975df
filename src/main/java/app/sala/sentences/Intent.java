package app.sala.sentences;

import java.util.Map;

/**
 * What a visitor asked for, by name and slots. The names and slot values are a contract:
 * the sentence files, the tests and integrations (POST /api/v1/ask) rely on them.
 */
public record Intent(String name, Map<String, String> slots) {

    public static final String NAVIGATE = "navigate";
    public static final String OPEN_EXERCISE = "open_exercise";
    public static final String EXERCISE_FACT = "exercise_fact";
    public static final String WHERE_TO_GO = "where_to_go";
    public static final String SETTING_INFO = "setting_info";
    public static final String CARE_COST = "care_cost";
    public static final String CLINIC_PHONE = "clinic_phone";
    public static final String NEXT_STEP = "next_step";
    public static final String PREVIOUS_STEP = "previous_step";
    public static final String REPEAT = "repeat";
    public static final String READ_ALOUD = "read_aloud";
    public static final String STOP = "stop";
    public static final String SLOWER = "slower";
    public static final String FASTER = "faster";
    public static final String LOUDER = "louder";
    public static final String QUIETER = "quieter";
    public static final String SET_LANGUAGE = "set_language";
    public static final String TEXT_BIGGER = "text_bigger";
    public static final String TEXT_SMALLER = "text_smaller";
    public static final String HIGH_CONTRAST = "high_contrast";
    public static final String HELP = "help";
    public static final String CALL_STAFF = "call_staff";
    /** The answer to "Did you mean…?": the first, second or third choice ("yes" is the first). */
    public static final String CHOOSE = "choose";
    /** "No" to "Did you mean…?": none of the choices. */
    public static final String DECLINE = "decline";
    public static final String UNKNOWN = "unknown";

    public Intent {
        slots = Map.copyOf(slots);
    }

    public static Intent unknown() {
        return new Intent(UNKNOWN, Map.of());
    }

    public boolean isUnknown() {
        return UNKNOWN.equals(name);
    }

    public String slot(String slot) {
        return slots.get(slot);
    }
}
