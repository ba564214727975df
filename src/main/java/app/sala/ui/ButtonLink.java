package app.sala.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

/** A link that looks like a {@link BigButton}: it goes somewhere, so it stays a link for screen readers. */
public class ButtonLink extends RouterLink {

    public ButtonLink(String text, VaadinIcon icon, Class<? extends Component> target, String... classNames) {
        super("", target);
        build(text, icon, classNames);
    }

    /** A link to a screen named by its address ({@link Routes}), for screens that may not import it. */
    public ButtonLink(String text, VaadinIcon icon, String route, String... classNames) {
        setRoute(Routes.target(route));
        build(text, icon, classNames);
    }

    private void build(String text, VaadinIcon icon, String... classNames) {
        addClassName("sala-button");
        addClassNames(classNames);
        Span label = new Span(text);
        label.addClassName("sala-button-label");
        add(Icons.decorative(icon), label);
    }
}
