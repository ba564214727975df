package app.sala.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.interactions.Actions;

/**
 * Keyboard use (a switch or keypad on the kiosk stand, or a screen reader): Tab goes through
 * the home screen in reading order, every focused element shows a focus indicator, and Enter
 * on a tile opens it.
 *
 * <p>The focus indicator is checked twice: in the computed style (outline or box-shadow),
 * and on screen, because a style can be set and still not be seen (clipped by an
 * overflow:hidden ancestor, drawn outside the viewport or under another element). For the
 * second, the area around the focused element (16 px margin) is compared with the same
 * area before anything had the focus; at least as many pixels as the element's perimeter
 * must have changed, i.e. the equivalent of a 1 px ring all the way round.
 */
class KeyboardIT extends BrowserIT {

    /** The home screen in reading order; "smaller text" is disabled at 100% and so skipped. */
    private static final List<String> HOME_TAB_ORDER = List.of(
            "a.sala-emergency-strip",
            "a.sala-home",
            "button.sala-language[data-language=en]",
            "button.sala-language[data-language=es]",
            "a.sala-tile[href=exercises]",
            "a.sala-tile[href=care]",
            "a.sala-tile[href=activities]",
            "button.sala-voice-button",
            "button.sala-staff-help",
            "button.sala-read-aloud",
            "button.sala-text-larger",
            "button.sala-contrast");

    private static final int MARGIN = 16;

    @Test
    void tabGoesThroughTheHomeScreenInReadingOrderWithAVisibleFocus() {
        List<String> problems = new ArrayList<>();
        open(Screen.HOME);
        tabThroughHome("default theme", problems);

        setHighContrast(true);
        open(Screen.HOME);
        tabThroughHome("high contrast", problems);

        assertThat(problems).as("keyboard focus on the home screen").isEmpty();
    }

    private void tabThroughHome(String theme, List<String> problems) {
        waitForImages();
        waitForVaadin();
        BufferedImage unfocused = capture();
        List<String> reached = new ArrayList<>();
        for (String expected : HOME_TAB_ORDER) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            Map<?, ?> focused = focused(expected);
            reached.add(Boolean.TRUE.equals(focused.get("matches")) ? expected : "NOT " + expected + " but " + focused.get("what"));
            if (!Boolean.TRUE.equals(focused.get("indicator"))) {
                problems.add("[" + theme + "] " + focused.get("what") + " has no focus style: outline "
                        + focused.get("outline") + ", box-shadow " + focused.get("shadow"));
            }
            BufferedImage now = capture();
            int changed = changedPixels(unfocused, now, focused);
            long perimeter = Math.round(2 * (number(focused, "width") + number(focused, "height")));
            if (changed < perimeter) {
                problems.add("[" + theme + "] " + focused.get("what") + " at (x " + Math.round(number(focused, "left"))
                        + ", y " + Math.round(number(focused, "top")) + ", " + Math.round(number(focused, "width")) + "x"
                        + Math.round(number(focused, "height")) + "): focus style is set (outline " + focused.get("outline")
                        + ", box-shadow " + focused.get("shadow") + ") but only " + changed
                        + " pixels change on screen within " + MARGIN + " px of it (need " + perimeter
                        + "): the indicator is not visible (clipped, off screen or covered)");
            }
            if (expected.equals("a.sala-tile[href=exercises]") || expected.equals("a.sala-emergency-strip")) {
                String name = expected.equals("a.sala-emergency-strip") ? "strip" : "tile";
                screenshot("keyboard-focus-home-" + name + "-en-portrait" + (theme.equals("high contrast") ? "-high-contrast" : ""));
            }
        }
        if (!reached.equals(HOME_TAB_ORDER)) {
            problems.add("[" + theme + "] Tab order from the top of the home screen: expected " + HOME_TAB_ORDER
                    + "\n   but reached " + reached);
        }
    }

    @Test
    void enterOnAFocusedTileOpensIt() {
        open(Screen.HOME);
        for (int i = 0; i <= HOME_TAB_ORDER.indexOf("a.sala-tile[href=care]"); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(focused("a.sala-tile[href=care]").get("matches")).as("the care tile has the focus").isEqualTo(true);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitFor(".sala-care-view");
        assertThat(driver.getCurrentUrl()).endsWith("/care");
    }

    /** What has the focus, whether it is the expected element, its focus style and its box. */
    private Map<?, ?> focused(String expectedCss) {
        return (Map<?, ?>) js(
                "const e = document.activeElement;"
                        + "const cs = getComputedStyle(e);"
                        + "const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;"
                        + "const shadow = !!cs.boxShadow && cs.boxShadow !== 'none';"
                        + "const text = (e.innerText || '').replace(/\\s+/g, ' ').trim().slice(0, 50);"
                        + "const r = e.getBoundingClientRect();"
                        + "return {matches: e.matches(arguments[0]),"
                        + "  what: '<' + e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')"
                        + "        + (e.getAttribute('href') !== null ? ' href=\"' + e.getAttribute('href') + '\"' : '') + '> \"' + text + '\"',"
                        + "  indicator: outline || shadow,"
                        + "  outline: cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor,"
                        + "  shadow: cs.boxShadow,"
                        + "  left: r.left, top: r.top, width: r.width, height: r.height};",
                expectedCss);
    }

    private BufferedImage capture() {
        try {
            return ImageIO.read(new ByteArrayInputStream(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pixels that differ between the two pictures within MARGIN px of the element's box. */
    private static int changedPixels(BufferedImage before, BufferedImage after, Map<?, ?> box) {
        int x0 = Math.max(0, (int) Math.floor(number(box, "left")) - MARGIN);
        int y0 = Math.max(0, (int) Math.floor(number(box, "top")) - MARGIN);
        int x1 = Math.min(Math.min(before.getWidth(), after.getWidth()),
                (int) Math.ceil(number(box, "left") + number(box, "width")) + MARGIN);
        int y1 = Math.min(Math.min(before.getHeight(), after.getHeight()),
                (int) Math.ceil(number(box, "top") + number(box, "height")) + MARGIN);
        int changed = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (before.getRGB(x, y) != after.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        return changed;
    }

    private static double number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
