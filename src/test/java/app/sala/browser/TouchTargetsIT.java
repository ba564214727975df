package app.sala.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * docs/ACCESSIBILITY.md's touch and text-size numbers, measured in the browser on every screen, in
 * portrait and landscape, in both languages (Spanish runs longer), at 100% and at 200% text:
 * <ul>
 *   <li>every visible interactive element is at least 64x64 CSS px;</li>
 *   <li>any two of them (not nested) are at least 16 px apart, horizontally or vertically;</li>
 *   <li>nothing scrolls or is cut off sideways: the page, each .sala-content, and any other
 *       element that clips or scrolls horizontally (the frame .sala-shell clips);</li>
 *   <li>no two lines of text overlap, and no text spills out of the control it labels.</li>
 * </ul>
 * The measuring is done by layout-probe.js; failures name the element (tag, classes, text)
 * and its rectangle.
 */
class TouchTargetsIT extends BrowserIT {

    private static final int MIN_TARGET = 64;
    private static final int MIN_GAP = 16;

    private final String probe = readProbe();
    private final Findings findings = new Findings("Touch targets, spacing, sideways overflow and text overlap");

    @Test
    void everyScreenAtNormalAndDoubleTextSizeInBothOrientationsAndLanguages() {
        open(Screen.HOME);
        measureEveryScreen("100% text");

        open(Screen.HOME);
        for (int press = 0; press < 3; press++) {
            pressLargerText();
        }
        assertThat(textScale()).as("three presses of larger text reach 200%").isEqualTo(2.0);
        measureEveryScreen("200% text");

        findings.writeTo("touch-targets.txt");
        if (!findings.isEmpty()) {
            fail(findings.report(8));
        }
    }

    /** Each screen loaded once: portrait, landscape, the other language landscape, then portrait. */
    private void measureEveryScreen(String textSize) {
        for (Screen screen : Screen.ALL) {
            open(screen);
            measure(screen, PORTRAIT, textSize);
            resize(LANDSCAPE);
            measure(screen, LANDSCAPE, textSize);
            switchLanguage(pageLanguage().equals("en") ? "es" : "en");
            measure(screen, LANDSCAPE, textSize);
            resize(PORTRAIT);
            measure(screen, PORTRAIT, textSize);
        }
    }

    @SuppressWarnings("unchecked")
    private void measure(Screen screen, Dimension viewport, String textSize) {
        String where = screen.name() + " [" + pageLanguage() + ", " + orientation(viewport) + ", " + textSize + "]";
        Map<String, Object> result = (Map<String, Object>) js(probe, MIN_TARGET, MIN_GAP);

        List<Map<String, Object>> targets = (List<Map<String, Object>>) result.get("targets");
        assertThat(targets).as("interactive elements found on " + where).isNotEmpty();

        for (Map<String, Object> small : list(result, "small")) {
            Map<String, Object> rect = (Map<String, Object>) small.get("rect");
            findings.add("small|" + element(small),
                    "Touch target smaller than " + MIN_TARGET + "x" + MIN_TARGET + " px: " + describe(small)
                            + " is " + number(rect.get("width")) + "x" + number(rect.get("height")) + " px at " + rect(rect),
                    where);
        }
        for (Map<String, Object> pair : list(result, "crowded")) {
            Map<String, Object> a = (Map<String, Object>) pair.get("a");
            Map<String, Object> b = (Map<String, Object>) pair.get("b");
            findings.add("crowded|" + element(a) + "|" + element(b),
                    "Touch targets closer than " + MIN_GAP + " px: " + describe(a) + " at " + rect(a.get("rect")) + cut(a)
                            + "\n   and " + describe(b) + " at " + rect(b.get("rect")) + cut(b)
                            + "\n   gap " + number(pair.get("gapX")) + " px across, " + number(pair.get("gapY")) + " px down",
                    where);
        }

        Map<String, Object> page = (Map<String, Object>) result.get("page");
        long scrollWidth = ((Number) page.get("scrollWidth")).longValue();
        long innerWidth = ((Number) page.get("innerWidth")).longValue();
        if (scrollWidth > innerWidth) {
            findings.add("page-scroll", "The page scrolls sideways: document.scrollingElement.scrollWidth " + scrollWidth
                    + " > innerWidth " + innerWidth + culprits(page), where);
        }
        for (Map<String, Object> box : list(result, "overflow")) {
            findings.add("overflow|" + element(box),
                    "Content wider than its box (overflow-x: " + box.get("overflowX") + ", so it is "
                            + ("hidden".equals(box.get("overflowX")) ? "cut off" : "scrolled") + " sideways): "
                            + describe(box) + " scrollWidth " + box.get("scrollWidth") + " > clientWidth "
                            + box.get("clientWidth") + culprits(box),
                    where);
        }
        for (Map<String, Object> overlap : list(result, "overlaps")) {
            Map<String, Object> a = (Map<String, Object>) overlap.get("a");
            Map<String, Object> b = (Map<String, Object>) overlap.get("b");
            findings.add("overlap|" + element(a) + "|" + element(b),
                    "Text overlaps other text: " + describe(a) + " at " + rect(a.get("rect"))
                            + "\n   over " + describe(b) + " at " + rect(b.get("rect")),
                    where);
        }
        for (Map<String, Object> spill : list(result, "spills")) {
            Map<String, Object> control = (Map<String, Object>) spill.get("control");
            findings.add("spill|" + element(control) + "|" + element((Map<String, Object>) spill.get("element")),
                    "Text spills out of its control: \"" + spill.get("text") + "\" in <"
                            + element((Map<String, Object>) spill.get("element")) + "> at " + rect(spill.get("rect"))
                            + "\n   is outside " + describe(control) + " at " + rect(control.get("rect")),
                    where);
        }
    }

    /** A target cut by the edge of its scrolling area is measured by the part on screen. */
    private static String cut(Map<String, Object> target) {
        return Boolean.TRUE.equals(target.get("cut")) ? " (partly scrolled out of view: the part on screen)" : "";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> result, String key) {
        return (List<Map<String, Object>>) result.get(key);
    }

    @SuppressWarnings("unchecked")
    private static String culprits(Map<String, Object> box) {
        List<Map<String, Object>> culprits = (List<Map<String, Object>>) box.get("culprits");
        if (culprits == null || culprits.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\n   sticking out:");
        for (Map<String, Object> culprit : culprits) {
            out.append("\n     ").append(describe(culprit)).append(" at ").append(rect(culprit.get("rect")));
        }
        return out.toString();
    }

    /** Tag and classes: what identifies an element across screens and languages. */
    private static String element(Map<String, Object> element) {
        String classes = String.valueOf(element.get("classes")).trim();
        return element.get("tag") + (classes.isEmpty() ? "" : "." + String.join(".", classes.split("\\s+")));
    }

    private static String describe(Map<String, Object> element) {
        StringBuilder out = new StringBuilder("<").append(element(element));
        Object href = element.get("href");
        if (href != null && !String.valueOf(href).isEmpty()) {
            out.append(" href=\"").append(href).append('"');
        }
        Object label = element.get("label");
        if (label != null && !String.valueOf(label).isEmpty()) {
            out.append(" aria-label=\"").append(label).append('"');
        }
        out.append("> \"").append(element.get("text")).append('"');
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static String rect(Object value) {
        Map<String, Object> r = (Map<String, Object>) value;
        return "(x " + number(r.get("left")) + ", y " + number(r.get("top")) + ", " + number(r.get("width")) + "x"
                + number(r.get("height")) + ")";
    }

    private static String number(Object value) {
        double d = ((Number) value).doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(Math.round(d * 10) / 10.0);
    }

    private static String readProbe() {
        try (InputStream in = TouchTargetsIT.class.getResourceAsStream("layout-probe.js")) {
            if (in == null) {
                throw new IllegalStateException("layout-probe.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
