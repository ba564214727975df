package app.sala.exercises;

import static app.sala.Screen.button;
import static app.sala.Screen.follow;
import static app.sala.Screen.heading;
import static app.sala.Screen.open;
import static app.sala.Screen.shows;
import static app.sala.Screen.tap;
import static app.sala.Screen.textOf;
import static app.sala.Screen.view;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sala.KaribuTest;
import app.sala.content.ContentCatalog;
import app.sala.content.Exercise;
import app.sala.ui.BigButton;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** One exercise, one step at a time: the visitor pages through it with Back and Next. */
class ExerciseViewTest extends KaribuTest {

    @Autowired
    private ContentCatalog catalog;

    private Exercise english(String id) {
        return catalog.pack(Locale.ENGLISH).exercises().find(id).orElseThrow();
    }

    private static String nextLabel() {
        return ((BigButton) button("sala-step-next")).getLabel();
    }

    @Test
    void theBridgeOpensOnStepOneOfFourWithBackDisabled() {
        UI.getCurrent().navigate("exercises/bridge");

        assertThat(getCurrentView()).isEqualTo(ExerciseView.class);
        assertThat(heading()).isEqualTo("Bridge");
        assertThat(textOf("sala-step-counter")).isEqualTo("Step 1 of 4");
        assertThat(textOf("sala-step-text")).isEqualTo(english("bridge").steps().get(0));
        assertThat(button("sala-step-back").isEnabled()).isFalse();
        assertThatThrownBy(() -> tap("sala-step-back")).as("a disabled Back cannot be tapped")
                .isInstanceOf(IllegalStateException.class);
        assertThat(nextLabel()).isEqualTo("Next step");
    }

    @Test
    void showsHowManyHowOftenAndWhenToStop() {
        open("exercises/bridge");

        assertThat(textOf("sala-how-many")).contains("How many", "8 to 12 times.");
        assertThat(textOf("sala-how-often")).contains("How often", "Two or three times a week.");
        assertThat(textOf("sala-caution")).contains("Stop if it hurts", english("bridge").stopIf());
        assertThat(textOf("sala-tips")).contains(english("bridge").tips());
    }

    @Test
    void theStartPositionIsShownOnlyWhenTheExerciseHasOne() {
        open("exercises/pelvic-tilt");
        assertThat(textOf("sala-start-position")).contains(english("pelvic-tilt").startPosition());

        open("exercises");
        open("exercises/quad-stretch");
        assertThat(shows("sala-start-position")).isFalse();
        assertThat(textOf("sala-step-counter")).isEqualTo("Step 1 of 3");
    }

    @Test
    void nextWalksThroughEveryStepOfEveryExerciseToTheDoneMessage() {
        for (Exercise exercise : catalog.pack(Locale.ENGLISH).exercises().items()) {
            open("exercises");
            open("exercises/" + exercise.id());
            int count = exercise.steps().size();

            for (int i = 0; i < count; i++) {
                assertThat(textOf("sala-step-counter")).isEqualTo("Step " + (i + 1) + " of " + count);
                assertThat(textOf("sala-step-text")).isEqualTo(exercise.steps().get(i));
                assertThat(button("sala-step-back").isEnabled()).isEqualTo(i > 0);
                assertThat(nextLabel()).as("%s step %d", exercise.id(), i + 1)
                        .isEqualTo(i == count - 1 ? "Finish" : "Next step");
                assertThat(view(ExerciseView.class).currentStep()).isEqualTo(i + 1);
                tap("sala-step-next");
            }

            assertThat(textOf("sala-done")).isEqualTo("Well done! You finished all the steps.");
            assertThat(shows("sala-step-counter")).isFalse();
        }
    }

    @Test
    void startAgainReturnsToStepOne() {
        open("exercises/bridge");
        for (int i = 0; i < 4; i++) {
            tap("sala-step-next");
        }

        tap("sala-start-over");

        assertThat(textOf("sala-step-counter")).isEqualTo("Step 1 of 4");
        assertThat(textOf("sala-step-text")).isEqualTo(english("bridge").steps().get(0));
        assertThat(shows("sala-done")).isFalse();
    }

    @Test
    void backReturnsToThePreviousStep() {
        open("exercises/bridge");
        tap("sala-step-next");
        tap("sala-step-next");

        tap("sala-step-back");

        assertThat(textOf("sala-step-counter")).isEqualTo("Step 2 of 4");
        assertThat(textOf("sala-step-text")).isEqualTo(english("bridge").steps().get(1));
    }

    @Test
    void showAllStepsListsThemWithTheCurrentOneMarked() {
        open("exercises/bridge");
        tap("sala-step-next");
        assertThat(((BigButton) button("sala-steps-mode")).getLabel()).isEqualTo("Show all steps");

        tap("sala-steps-mode");

        List<ListItem> items = _find(_get(OrderedList.class, spec -> spec.withClasses("sala-all-steps")), ListItem.class);
        assertThat(items).extracting(ListItem::getText).containsExactlyElementsOf(english("bridge").steps());
        assertThat(items).extracting(item -> item.hasClassName("current")).containsExactly(false, true, false, false);
        assertThat(shows("sala-step-counter")).isFalse();
        assertThat(((BigButton) button("sala-steps-mode")).getLabel()).isEqualTo("One step at a time");

        tap("sala-steps-mode");

        assertThat(textOf("sala-step-counter")).isEqualTo("Step 2 of 4");
        assertThat(shows("sala-all-steps")).isFalse();
    }

    @Test
    void theStepInTheAddressOpensThatStep() {
        open("exercises/bridge", "step", "3");

        assertThat(textOf("sala-step-counter")).isEqualTo("Step 3 of 4");
        assertThat(textOf("sala-step-text")).isEqualTo(english("bridge").steps().get(2));
        assertThat(button("sala-step-back").isEnabled()).isTrue();
    }

    @ParameterizedTest(name = "?step={0}")
    @ValueSource(strings = {"0", "-3", "abc", "", "2.5", "99999999999", "1"})
    void aStepThatIsNotAStepNumberStartsAtStepOne(String step) {
        open("exercises/bridge", "step", step);

        assertThat(getCurrentView()).isEqualTo(ExerciseView.class);
        assertThat(textOf("sala-step-counter")).isEqualTo("Step 1 of 4");
        assertThat(button("sala-step-back").isEnabled()).isFalse();
    }

    @ParameterizedTest(name = "?step={0}")
    @ValueSource(strings = {"5", "99"})
    void aStepPastTheLastShowsTheDoneMessageWithAWayBack(String step) {
        open("exercises/bridge", "step", step);

        assertThat(getCurrentView()).isEqualTo(ExerciseView.class);
        assertThat(textOf("sala-done")).isEqualTo("Well done! You finished all the steps.");

        tap("sala-start-over");

        assertThat(textOf("sala-step-counter")).isEqualTo("Step 1 of 4");
    }

    @Test
    void allExercisesLeadsBackToTheList() {
        open("exercises/bridge");

        RouterLink all = _get(view(), RouterLink.class);
        assertThat(all.getElement().getTextRecursively()).isEqualTo("All exercises");
        follow(all);

        assertThat(getCurrentView()).isEqualTo(ExercisesView.class);
    }

    @Test
    void openingAnotherExerciseStraightFromAnExerciseShowsTheNewOne() {
        open("exercises/bridge");
        tap("sala-step-next");

        open("exercises/cat-cow");

        assertThat(heading()).isEqualTo(english("cat-cow").name());
        assertThat(textOf("sala-step-counter")).isEqualTo("Step 1 of 5");
    }
}
