package app.sala.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * A big tappable card: a pictogram, a title and a line of text, the whole card one link.
 */
public class Tile extends RouterLink {

    public Tile(String title, String text, String pictogram, String pictureDescription, Class<? extends Component> target) {
        super("", target);
        build(title, text, pictogram, pictureDescription);
    }

    /** A tile that opens the screen at an address ({@link Routes}) without parameters. */
    public Tile(String title, String text, String pictogram, String pictureDescription, String route) {
        this(title, text, pictogram, pictureDescription, Routes.target(route));
    }

    public Tile(String title, String text, String pictogram, String pictureDescription, Class<? extends Component> target, RouteParameters parameters) {
        super("", target, parameters);
        build(title, text, pictogram, pictureDescription);
    }

    private void build(String title, String text, String pictogram, String pictureDescription) {
        addClassNames("sala-tile", Prose.READ_AS_ONE);
        Pictogram image = new Pictogram(pictogram, pictureDescription);
        Span heading = new Span(title);
        heading.addClassName("sala-tile-title");
        Div body = new Div(heading);
        body.addClassName("sala-tile-body");
        if (text != null) {
            Span line = new Span(text);
            line.addClassName("sala-tile-text");
            body.add(line);
        }
        add(image, body);
    }
}
