package app.sala.ui;

import com.vaadin.flow.component.html.Image;

/** One of the project's own SVG drawings, always with its description as the text alternative. */
public class Pictogram extends Image {

    public Pictogram(String path, String description) {
        super(path, description);
        addClassName("sala-pictogram");
    }
}
