package app.sala.ui;

/**
 * A screen that shows its subject one step at a time (an exercise). Voice drives it through
 * this interface ("next step", "go back", "say it again") so that it never imports the screen.
 */
public interface StepByStepScreen {

    /** The id of what is shown, such as the exercise's, so a question can be about "this one". */
    String subjectId();

    /** The step shown now, counted from 1; one past the last when the visitor has finished. */
    int currentStep();

    /** As the Next button: @return the step now shown. */
    int showNextStep();

    /** As the Back button: @return the step now shown. */
    int showPreviousStep();

    /** What the screen calls a step ("Step 2 of 4"), or the well-done message past the last. */
    String stepLabel(int stepNumber);

    /** Reads the step on screen aloud. */
    void readStep();
}
