package app.sala.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;

/**
 * The one table of the kiosk's addresses. Screens declare their {@code @Route} with these
 * names, and whatever opens a screen without knowing its class (links, the home tiles, voice
 * answers) goes by them, so features and voice never import each other's views.
 * AssistantRoutesTest checks that each address lands on its screen.
 */
public final class Routes {

    public static final String HOME = "";
    public static final String WELCOME = "welcome";
    public static final String EXERCISES = "exercises";
    public static final String CARE = "care";
    public static final String WHERE_TO_GO = CARE + "/where-to-go";
    public static final String ACTIVITIES = "activities";
    public static final String EMERGENCY = "emergency";

    private Routes() {
    }

    /** The screen registered at an address without parameters, such as {@link #HOME}. */
    public static Class<? extends Component> target(String route) {
        return RouteConfiguration.forSessionScope().getRoute(route)
                .orElseThrow(() -> new IllegalArgumentException("No screen at /" + route));
    }

    public static String exercise(String exerciseId) {
        return EXERCISES + "/" + exerciseId;
    }

    public static String careAdvice(String conditionId) {
        return WHERE_TO_GO + "/" + conditionId;
    }

    /** The emergency screen, naming the condition when there is one. */
    public static String emergency(String conditionId) {
        return conditionId == null ? EMERGENCY : EMERGENCY + "/" + conditionId;
    }
}
