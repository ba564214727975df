package app.sala.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Turns content text into readable blocks: paragraphs and lists. */
public final class Prose {

    /** Marks an element that read-aloud reads as one piece (a card, a label with its value). */
    public static final String READ_AS_ONE = "sala-read";

    private Prose() {
    }

    public static Div paragraphs(List<String> paragraphs) {
        Div block = new Div();
        block.addClassName("sala-prose");
        paragraphs.forEach(text -> block.add(new Paragraph(text)));
        return block;
    }

    public static UnorderedList bullets(List<String> items) {
        UnorderedList list = new UnorderedList();
        list.addClassName("sala-list");
        items.forEach(text -> list.add(new ListItem(text)));
        return list;
    }

    public static OrderedList numbered(List<String> items) {
        OrderedList list = new OrderedList();
        list.addClassName("sala-list");
        items.forEach(text -> list.add(new ListItem(text)));
        return list;
    }

    /** Text that is not a paragraph or heading but is still read aloud (labels, badges). */
    public static <T extends Component & HasStyle> T readAsOne(T component) {
        component.addClassName(READ_AS_ONE);
        return component;
    }

    public static Div section(String cssClass, Component... children) {
        Div section = new Div(children);
        section.addClassNames("sala-section", cssClass);
        return section;
    }
}
