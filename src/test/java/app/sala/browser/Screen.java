package app.sala.browser;

import java.util.List;

/**
 * A kiosk screen the browser tests visit: a short name for reports and screenshot files, its
 * address, and a CSS selector that is visible only once Vaadin has drawn that screen.
 */
public record Screen(String name, String path, String readyCss) {

    public static final Screen HOME = new Screen("home", "", ".sala-home-view");
    public static final Screen EXERCISES = new Screen("exercises", "exercises", ".sala-exercises-view");
    public static final Screen EXERCISE = new Screen("exercise-bridge", "exercises/bridge", ".sala-exercise-view .sala-step-card");
    public static final Screen CARE = new Screen("care", "care", ".sala-care-view");
    public static final Screen WHERE_TO_GO = new Screen("where-to-go", "care/where-to-go", ".sala-where-view .sala-choice");
    public static final Screen ADVICE = new Screen("advice-sprain-strain", "care/where-to-go/sprain-strain", ".sala-advice-view .sala-result");
    public static final Screen EMERGENCY = new Screen("emergency", "emergency", ".sala-emergency-view");
    public static final Screen EMERGENCY_HEAD_INJURY = new Screen("emergency-head-injury", "emergency/head-injury",
            ".sala-emergency-view .sala-emergency-condition");
    public static final Screen ACTIVITIES = new Screen("activities", "activities", ".sala-activities-view");
    /**
     * The home screen while Sala asks "Is this an emergency?" with an exercise as the second
     * choice (a test-only route, {@code AskCardPreview}): how a visitor meets the ask card.
     */
    public static final Screen ASK_CARD = new Screen("ask-card", "ask-card-preview",
            ".sala-voice-choice-emergency");

    /** Every screen a visitor can reach, and the ask card, in the order the tests visit them. */
    public static final List<Screen> ALL = List.of(HOME, EXERCISES, EXERCISE, CARE, WHERE_TO_GO, ADVICE,
            EMERGENCY, EMERGENCY_HEAD_INJURY, ACTIVITIES, ASK_CARD);

    @Override
    public String toString() {
        return name + " (/" + path + ")";
    }
}
