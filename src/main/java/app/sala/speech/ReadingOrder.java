package app.sala.speech;

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

    private static void collect(Element element, List<Segment> segments) {
        if (!element.isVisible() || SKIPPED.contains(element.getTag())) {
            return;
        }
        boolean block = BLOCKS.contains(element.getTag()) || element.getClassList().contains(Prose.READ_AS_ONE);
        if (block) {
            String text = element.getTextRecursively().replaceAll("\\s+", " ").strip();
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
