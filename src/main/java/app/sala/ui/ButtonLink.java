package app.sala.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

/** A link that looks like a {@link BigButton}: it goes somewhere, so it stays a link for screen readers. */
public class ButtonLink extends RouterLink {

    public ButtonLink(String text, VaadinIcon icon, Class<? extends Component> target, String... classNames) {
        super("", target);
        addClassName("sala-button");
        addClassNames(classNames);
        Span label = new Span(text);
        label.addClassName("sala-button-label");
        add(Icons.decorative(icon), label);
    }
}
