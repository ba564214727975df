package app.sala.readaloud;

import app.sala.ui.Prose;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a screen says, in reading order: its headings, paragraphs, list items and cards, as
 * they stand in the page. Each element read is marked with {@code data-read="n"} so the
 * player can highlight it while it is spoken. Buttons are not read: they are controls.
 */
public final class ReadingOrder {

    public static final String MARK = "data-read";

    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "p", "li");
    private static final Set<String> SKIPPED = Set.of("button", "vaadin-icon", "img", "script", "style");

    private ReadingOrder() {
    }

    public record Segment(int mark, String text) {
    }

    public static List<Segment> of(Component root) {
        List<Segment> segments = new ArrayList<>();
        collect(root.getElement(), segments);
        return segments;
    }

    /** The words of an element, with a space between its parts ("How many" "8 to 12 times."). */
    private static String text(Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        if (!element.isVisible() || SKIPPED.contains(element.getTag())) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        element.getChildren().forEach(child -> text.append(' ').append(text(child)));
        return text.toString();
    }

    private static void collect(Element element, List<Segment> segments) {
        // Text nodes are read as part of their block; they have no visibility or tag of their own.
        if (element.isTextNode() || !element.isVisible() || SKIPPED.contains(element.getTag())) {
            return;
        }
        boolean block = BLOCKS.contains(element.getTag()) || element.getClassList().contains(Prose.READ_AS_ONE);
        if (block) {
            String text = text(element).replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                int mark = segments.size();
                element.setAttribute(MARK, String.valueOf(mark));
                segments.add(new Segment(mark, text));
            }
            return;
        }
        element.getChildren().forEach(child -> collect(child, segments));
    }
}
