package app.sala.readaloud;

import static app.sala.Screen.open;
import static app.sala.Screen.tap;
import static app.sala.Screen.view;
import static org.assertj.core.api.Assertions.assertThat;

import app.sala.KaribuTest;
import app.sala.content.ContentCatalog;
import app.sala.content.Exercise;
import app.sala.content.LanguagePack;
import app.sala.kiosk.HomeView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What "Read aloud" reads, on the real views: the heading first, then the screen's text in the
 * order it stands, each piece marked with data-read so the browser can highlight it; button
 * labels are controls and are not read.
 */
class ReadingOrderTest extends KaribuTest {

    @Autowired
    private ContentCatalog catalog;

    private LanguagePack english() {
        return catalog.pack(Locale.ENGLISH);
    }

    @Test
    void theHomeScreenReadsItsHeadingThenTheSubtitleThenEachTile() {
        UI.getCurrent().navigate(HomeView.class);
        tap("sala-read-aloud");

        List<String> texts = texts(ReadingOrder.of(view()));
        var ui = english().ui();

        assertThat(texts).hasSize(5);
        assertThat(texts.get(0)).isEqualTo(ui.get("home.title"));
        assertThat(texts.get(1)).isEqualTo(ui.get("home.subtitle"));
        assertThat(texts.get(2)).contains(ui.get("home.exercises.title"), ui.get("home.exercises.text"));
        assertThat(texts.get(3)).contains(ui.get("home.care.title"), ui.get("home.care.text"));
        assertThat(texts.get(4)).contains(ui.get("home.activities.title"), ui.get("home.activities.text"));
        assertThat(markedElement("0").getTag()).isEqualTo("h1");
        assertNoButtonLabels(texts);
        assertEachSegmentIsMarkedOnce(ReadingOrder.of(view()));
    }

    @Test
    void anExerciseReadsItsNameFactsCautionStepTipsAndPurposeInPageOrder() {
        open("exercises/bridge");
        tap("sala-read-aloud");

        Exercise bridge = english().exercises().find("bridge").orElseThrow();
        List<ReadingOrder.Segment> segments = ReadingOrder.of(view());
        List<String> texts = texts(segments);

        assertThat(texts.get(0)).isEqualTo("Bridge");
        assertThat(markedElement("0").getTag()).isEqualTo("h1");
        assertInOrder(texts, bridge.name(), bridge.howMany(), bridge.howOften(), bridge.stopIf(),
                english().ui().get("exercises.steps"), "Step 1 of 4", bridge.steps().get(0),
                bridge.tips().get(0), bridge.tips().get(1), bridge.purpose());
        assertThat(texts).as("only the step shown is read").doesNotContain(bridge.steps().get(1));
        assertNoButtonLabels(texts);
        assertEachSegmentIsMarkedOnce(segments);
    }

    @Test
    void readingAgainOnTheNextStepReadsThatStepAndLeavesNoStaleMarks() {
        open("exercises/bridge");
        tap("sala-read-aloud");
        tap("sala-step-next");

        tap("sala-read-aloud");
        List<ReadingOrder.Segment> segments = ReadingOrder.of(view());

        Exercise bridge = english().exercises().find("bridge").orElseThrow();
        assertInOrder(texts(segments), bridge.name(), "Step 2 of 4", bridge.steps().get(1), bridge.purpose());
        assertEachSegmentIsMarkedOnce(segments);
    }

    @Test
    void inSpanishTheSameScreenIsReadInSpanishInTheSameOrder() {
        switchLanguage("es");
        open("exercises/bridge");

        LanguagePack spanish = catalog.pack(Locale.forLanguageTag("es"));
        Exercise puente = spanish.exercises().find("bridge").orElseThrow();
        List<String> texts = texts(ReadingOrder.of(view()));

        assertThat(texts.get(0)).isEqualTo(puente.name());
        assertInOrder(texts, puente.name(), puente.howMany(), puente.stopIf(), "Paso 1 de 4", puente.steps().get(0),
                puente.purpose());
    }

    @Test
    void readAloudReadsEveryMainScreen() {
        List<String> broken = new ArrayList<>();
        for (String route : List.of("", "exercises", "exercises/bridge", "care", "care/where-to-go", "activities",
                "emergency")) {
            open(route);
            try {
                tap("sala-read-aloud");
                if (ReadingOrder.of(view()).isEmpty()) {
                    broken.add("/" + route + ": nothing to read");
                }
            } catch (RuntimeException e) {
                broken.add("/" + route + ": " + e);
            }
        }
        assertThat(broken).as("screens where Read aloud fails").isEmpty();
    }

    @Test
    void everyTextOnTheseScreensIsReadExceptControls() {
        for (String route : List.of("", "exercises/bridge")) {
            open(route);
            List<String> texts = texts(ReadingOrder.of(view()));
            List<String> unread = textNodes(view().getElement())
                    .filter(text -> texts.stream().noneMatch(segment -> segment.contains(text)))
                    .toList();
            assertThat(unread).as("text on /%s that read-aloud skips", route).isEmpty();
        }
    }

    @Test
    void wordsFromNeighbouringElementsAreNotRunTogether() {
        // A tile's title and line, a fact's label and value, are separate elements; spoken as
        // one segment they still need a break between them, or "back" and "Six" become "backSix".
        open("");
        List<String> home = texts(ReadingOrder.of(view()));
        var ui = english().ui();
        assertThat(home.get(2)).matches("\\Q" + ui.get("home.exercises.title") + "\\E[.,:;!?]?\\s+\\Q"
                + ui.get("home.exercises.text") + "\\E");

        open("exercises/bridge");
        List<String> exercise = texts(ReadingOrder.of(view()));
        String howMany = exercise.stream().filter(text -> text.contains("8 to 12 times.")).findFirst().orElseThrow();
        assertThat(howMany).matches("\\Q" + ui.get("exercises.howMany") + "\\E[.,:;!?]?\\s+8 to 12 times\\.");
    }

    // --- helpers

    private static List<String> texts(List<ReadingOrder.Segment> segments) {
        return segments.stream().map(ReadingOrder.Segment::text).toList();
    }

    private static void assertInOrder(List<String> texts, String... expected) {
        List<Integer> positions = new ArrayList<>();
        for (String text : expected) {
            int position = IntStream.range(0, texts.size()).filter(i -> texts.get(i).contains(text)).findFirst().orElse(-1);
            assertThat(position).as("\"%s\" is read; segments: %s", text, texts).isNotNegative();
            positions.add(position);
        }
        assertThat(positions).as("reading order of %s in %s", List.of(expected), texts).isSorted();
    }

    /** Labels of every button and button-like link of the kiosk: none of them is read as content. */
    private void assertNoButtonLabels(List<String> texts) {
        var ui = english().ui();
        List<String> labels = Stream.of("exercises.readStep", "exercises.playAll", "exercises.next", "exercises.previous",
                        "exercises.finish", "exercises.showAll", "exercises.all", "speech.readAloud", "speech.pause",
                        "speech.stop", "speech.repeat", "staff.button", "nav.home", "contrast.turnOn")
                .map(ui::get).toList();
        for (String text : texts) {
            assertThat(labels).as("segment \"%s\"", text).noneMatch(text::equals);
            assertThat(text).doesNotContain(ui.get("exercises.readStep"), ui.get("exercises.playAll"),
                    ui.get("exercises.next"), ui.get("exercises.all"));
        }
    }

    /** Marks run 0, 1, 2... in page order, one element each, holding exactly the segment's text. */
    private static void assertEachSegmentIsMarkedOnce(List<ReadingOrder.Segment> segments) {
        List<Element> marked = walk(view().getElement()).filter(e -> e.hasAttribute(ReadingOrder.MARK)).toList();
        assertThat(marked).extracting(e -> e.getAttribute(ReadingOrder.MARK))
                .containsExactlyElementsOf(IntStream.range(0, segments.size()).mapToObj(String::valueOf).toList());
        for (ReadingOrder.Segment segment : segments) {
            Element element = marked.get(segment.mark());
            // The same characters; whether words from neighbouring elements get a space is checked apart.
            assertThat(element.getTextRecursively().replaceAll("\\s+", ""))
                    .as("element marked %d", segment.mark()).isEqualTo(segment.text().replaceAll("\\s+", ""));
        }
    }

    private static Element markedElement(String mark) {
        return walk(view().getElement()).filter(e -> mark.equals(e.getAttribute(ReadingOrder.MARK))).findFirst()
                .orElseThrow();
    }

    private static Stream<Element> walk(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(ReadingOrderTest::walk));
    }

    /** Visible words on the screen, leaving out what is inside buttons and button-like links. */
    private static Stream<String> textNodes(Element element) {
        if (element.isTextNode()) {
            String text = element.getText().replaceAll("\\s+", " ").strip();
            return text.isEmpty() ? Stream.empty() : Stream.of(text);
        }
        if (!element.isVisible() || "button".equals(element.getTag()) || element.getClassList().contains("sala-button")) {
            return Stream.empty();
        }
        return element.getChildren().flatMap(ReadingOrderTest::textNodes);
    }
}
