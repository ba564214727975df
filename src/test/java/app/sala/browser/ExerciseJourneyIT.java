package app.sala.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExerciseJourneyIT extends BrowserIT {

    @Test
    void homeToAnExerciseAndThroughAllItsSteps() {
        open("");
        screenshot("home-en-portrait");
        click("a.sala-tile[href='exercises']");
        waitFor(".sala-exercises-view");
        click("a.sala-tile[href='exercises/bridge']");
        waitForText(".sala-step-counter", "Step 1 of 4");
        screenshot("bridge-step1-en-portrait");
        for (int step = 2; step <= 4; step++) {
            click(".sala-step-next");
            waitForText(".sala-step-counter", "Step " + step + " of 4");
        }
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector(".sala-step-text")).getText())
                .contains("Lower yourself back to the floor");
        click(".sala-step-next");
        waitFor(".sala-done");
        assertThat(driver.getCurrentUrl()).endsWith("exercises/bridge?step=5");
    }
}
