package app.sala.ui;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Icons beside words: they help the eye, the words carry the meaning. */
public final class Icons {

    private Icons() {
    }

    public static Icon decorative(VaadinIcon vaadinIcon) {
        Icon icon = vaadinIcon.create();
        icon.addClassName("sala-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
