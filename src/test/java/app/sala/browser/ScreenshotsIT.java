package app.sala.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * Pictures of every screen for people to look at, in target/screenshots/:
 * {@code <screen>-<language>-<orientation>.png} for every screen in English and Spanish,
 * portrait (1080x1920) and landscape (1920x1080); {@code ...-high-contrast.png} and
 * {@code ...-text200.png} for a few screens in the high-contrast theme and at 200% text.
 */
class ScreenshotsIT extends BrowserIT {

    private static final List<Screen> HIGH_CONTRAST = List.of(Screen.HOME, Screen.WHERE_TO_GO, Screen.EMERGENCY_HEAD_INJURY, Screen.ASK_CARD);
    private static final List<Screen> DOUBLE_TEXT = List.of(Screen.HOME, Screen.EXERCISE, Screen.WHERE_TO_GO, Screen.ASK_CARD);

    private final List<Path> taken = new ArrayList<>();

    @Test
    void everyScreenInBothLanguagesAndOrientationsAndSomeInHighContrastAndAtDoubleText() {
        open(Screen.HOME);
        for (Screen screen : Screen.ALL) {
            takeAllFour(screen, "");
        }

        setHighContrast(true);
        for (Screen screen : HIGH_CONTRAST) {
            takeAllFour(screen, "-high-contrast");
        }

        setHighContrast(false);
        for (int press = 0; press < 3; press++) {
            pressLargerText();
        }
        assertThat(textScale()).isEqualTo(2.0);
        for (Screen screen : DOUBLE_TEXT) {
            takeAllFour(screen, "-text200");
        }

        assertThat(taken).allSatisfy(file -> assertThat(Files.size(file)).as(file + " is a picture").isGreaterThan(10_000));
        System.out.println("Screenshots: " + taken.size() + " in " + Path.of("target", "screenshots").toAbsolutePath());
    }

    /** Loads the screen once: portrait, landscape, the other language in landscape, then portrait. */
    private void takeAllFour(Screen screen, String suffix) {
        open(screen);
        take(screen, PORTRAIT, suffix);
        resize(LANDSCAPE);
        take(screen, LANDSCAPE, suffix);
        switchLanguage(pageLanguage().equals("en") ? "es" : "en");
        take(screen, LANDSCAPE, suffix);
        resize(PORTRAIT);
        take(screen, PORTRAIT, suffix);
    }

    private void take(Screen screen, Dimension viewport, String suffix) {
        waitForImages();
        waitForVaadin();
        taken.add(screenshot(screen.name() + "-" + pageLanguage() + "-" + orientation(viewport) + suffix));
    }
}
