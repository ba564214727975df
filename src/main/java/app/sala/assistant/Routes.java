package app.sala.assistant;

/**
 * The addresses of the screens an answer opens, as the views declare them with {@code @Route}
 * (ExerciseView "exercises/:exerciseId", CareAdviceView "care/where-to-go/:conditionId",
 * EmergencyView "emergency/:conditionId?"). RoutesTest checks each one lands on its view.
 */
final class Routes {

    static final String HOME = "";
    static final String EXERCISES = "exercises";
    static final String CARE = "care";
    static final String EMERGENCY = "emergency";

    private Routes() {
    }

    static String exercise(String exerciseId) {
        return EXERCISES + "/" + exerciseId;
    }

    static String careAdvice(String conditionId) {
        return CARE + "/where-to-go/" + conditionId;
    }

    /** The emergency screen, naming the condition when there is one. */
    static String emergency(String conditionId) {
        return conditionId == null ? EMERGENCY : EMERGENCY + "/" + conditionId;
    }
}
