package app.sala.care;

import app.sala.ui.Icons;
import app.sala.ui.Prose;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** "General information, not a diagnosis": shown wherever the kiosk suggests where to go. */
class Disclaimer extends Div {

    Disclaimer(String label, String text) {
        addClassNames("sala-section", "sala-disclaimer");
        getElement().setAttribute("role", "note");
        Span title = new Span(label);
        title.addClassNames("sala-disclaimer-title", Prose.READ_AS_ONE);
        add(Icons.decorative(VaadinIcon.INFO_CIRCLE), title, new Paragraph(text));
    }
}
