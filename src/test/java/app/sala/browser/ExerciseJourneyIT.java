package app.sala.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A visitor picks a back exercise on the home screen and goes through it one step at a time. */
class ExerciseJourneyIT extends BrowserIT {

    private static final List<String> BRIDGE_STEPS = List.of(
            "Lie flat on the ground with your knees bent",
            "lift your hips off the ground",
            "Push your heels into the floor",
            "Lower yourself back to the floor");

    @Test
    void homeToAnExerciseAndThroughAllItsSteps() {
        open(Screen.HOME);
        waitForImages();
        screenshot("journey-exercise-1-home-en-portrait");
        click("a.sala-tile[href='exercises']");
        waitFor(".sala-exercises-view");
        assertThat(driver.findElements(By.cssSelector(".sala-exercise-tiles a.sala-tile")))
                .as("the six exercises are offered as tiles").hasSize(6);
        waitForImages();
        screenshot("journey-exercise-2-exercises-en-portrait");
        click("a.sala-tile[href='exercises/bridge']");
        waitForText(".sala-step-counter", "Step 1 of 4");
        assertThat(text(".sala-exercise-view h1")).isEqualTo("Bridge");
        assertThat(driver.findElement(By.cssSelector(".sala-step-back")).isEnabled())
                .as("there is no step before the first").isFalse();
        assertThat(text(".sala-step-text")).contains(BRIDGE_STEPS.get(0));
        waitForImages();
        screenshot("journey-exercise-3-bridge-step1-en-portrait");

        for (int step = 2; step <= 4; step++) {
            click(".sala-step-next");
            waitForText(".sala-step-counter", "Step " + step + " of 4");
            waitForVaadin();
            assertThat(text(".sala-step-text")).contains(BRIDGE_STEPS.get(step - 1));
            assertThat(driver.getCurrentUrl()).as("the step is kept in the address").endsWith("exercises/bridge?step=" + step);
            assertThat(driver.findElement(By.cssSelector(".sala-step-back")).isEnabled()).isTrue();
            screenshot("journey-exercise-3-bridge-step" + step + "-en-portrait");
        }
        assertThat(text(".sala-step-next")).as("the last step's button says it finishes").isEqualTo("Finish");

        click(".sala-step-back");
        waitForText(".sala-step-counter", "Step 3 of 4");
        assertThat(driver.getCurrentUrl()).endsWith("exercises/bridge?step=3");
        driver.navigate().refresh();
        waitForText(".sala-step-counter", "Step 3 of 4");
        assertThat(text(".sala-step-text")).as("a reload keeps the visitor's place").contains(BRIDGE_STEPS.get(2));

        click(".sala-step-next");
        waitForText(".sala-step-counter", "Step 4 of 4");
        click(".sala-step-next");
        WebElement done = waitFor(".sala-done");
        assertThat(done.getText()).isEqualTo("Well done! You finished all the steps.");
        assertThat(driver.getCurrentUrl()).endsWith("exercises/bridge?step=5");
        waitForVaadin();
        screenshot("journey-exercise-4-bridge-done-en-portrait");

        click(".sala-start-over");
        waitForText(".sala-step-counter", "Step 1 of 4");
        assertThat(driver.getCurrentUrl()).endsWith("exercises/bridge?step=1");
    }

    @Test
    void allStepsAtOnceListsEveryStepAndMarksTheCurrentOne() {
        open("exercises/bridge?step=2");
        waitForText(".sala-step-counter", "Step 2 of 4");
        click(".sala-steps-mode");
        waitFor(".sala-all-steps");
        List<WebElement> items = driver.findElements(By.cssSelector(".sala-all-steps li"));
        assertThat(items).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(items.get(i).getText()).contains(BRIDGE_STEPS.get(i));
        }
        assertThat(items.get(1).getAttribute("class")).as("the step the visitor was on stays marked").contains("current");
        assertThat(text(".sala-steps-mode")).isEqualTo("One step at a time");
        waitForVaadin();
        screenshot("journey-exercise-5-bridge-all-steps-en-portrait");
        click(".sala-steps-mode");
        waitForText(".sala-step-counter", "Step 2 of 4");
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }
}
