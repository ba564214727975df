package app.sala.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.Color;

/**
 * "Where should I go?": from the home screen to the helper, where a head injury must give the
 * full-screen emergency answer and a twisted ankle the ordinary "Urgent care" answer.
 */
class CareJourneyIT extends BrowserIT {

    /** --sala-emergency-page in the default theme: the emergency screen's dark red. */
    private static final Color EMERGENCY_RED = Color.fromString("#7a0000");

    @Test
    void aHeadInjuryGoesToTheEmergencyScreenAndATwistedAnkleToUrgentCare() {
        open(Screen.HOME);
        click("a.sala-tile[href='care']");
        waitFor(".sala-care-view");
        assertThat(text(".sala-care-view h1")).isEqualTo("Where to go for care");
        assertThat(text(".sala-helper-link")).isEqualTo("Where should I go?");
        click(".sala-helper-link");
        waitFor(".sala-where-view .sala-choice");
        assertThat(driver.getCurrentUrl()).endsWith("/care/where-to-go");
        assertThat(text(".sala-where-view h1")).isEqualTo("Where should I go?");
        waitForVaadin();
        screenshot("journey-care-1-where-to-go-en-portrait");

        String headInjury = ".sala-choice[data-condition='head-injury']";
        assertThat(text(headInjury)).isEqualTo("Hit my head");
        click(headInjury);
        waitFor(".sala-emergency-view");
        waitForVaadin();
        assertThat(driver.getCurrentUrl()).endsWith("/emergency/head-injury");
        assertThat(text(".sala-emergency-view h1")).isEqualTo("Call 911 or go to the ER now");
        assertThat(driver.findElements(By.cssSelector(".sala-shell.emergency-mode")))
                .as("the frame is in emergency mode").hasSize(1);
        Color background = Color.fromString(driver.findElement(By.cssSelector(".sala-content")).getCssValue("background-color"));
        assertThat(background.asHex())
                .as("the content area of the emergency screen is the dark red (--sala-emergency-page)")
                .isEqualTo(EMERGENCY_RED.asHex());
        assertThat(text(".sala-emergency-condition"))
                .as("the emergency screen names the condition the visitor chose")
                .isEqualTo("You chose: A head injury");
        assertThat(driver.findElement(By.cssSelector(".sala-staff-help")).isDisplayed())
                .as("a way to get a person stays on screen in an emergency").isTrue();
        screenshot("journey-care-2-emergency-head-injury-en-portrait");

        click(".sala-emergency-back");
        waitFor(".sala-where-view .sala-choice");
        waitForVaadin();
        assertThat(driver.getCurrentUrl()).endsWith("/care/where-to-go");
        assertThat(driver.findElements(By.cssSelector(".sala-shell.emergency-mode")))
                .as("leaving the emergency screen leaves emergency mode").isEmpty();

        String twistedAnkle = ".sala-choice[data-condition='sprain-strain']";
        assertThat(text(twistedAnkle)).isEqualTo("A twisted ankle, sprain or pulled muscle");
        click(twistedAnkle);
        waitFor(".sala-advice-view .sala-result");
        waitForVaadin();
        assertThat(driver.getCurrentUrl()).endsWith("/care/where-to-go/sprain-strain");
        assertThat(text(".sala-result-setting")).isEqualTo("Urgent care");
        assertThat(driver.findElement(By.cssSelector(".sala-result")).getAttribute("data-setting")).isEqualTo("urgent-care");
        assertThat(text(".sala-advice-view .sala-subtitle")).isEqualTo("You chose: Sprains and strains");
        assertThat(driver.findElements(By.cssSelector(".sala-shell.emergency-mode")))
                .as("an urgent-care answer is not an emergency screen").isEmpty();
        assertThat(driver.findElement(By.cssSelector(".sala-emergency-strip")).isDisplayed())
                .as("the emergency strip is back outside the emergency screen").isTrue();
        screenshot("journey-care-3-advice-sprain-strain-en-portrait");
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }
}
