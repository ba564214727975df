package app.sala.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A large native button with an icon and a visible label. Native buttons keep keyboard
 * operation, focus and screen-reader semantics without any client-side code of ours.
 */
public class BigButton extends NativeButton {

    private final Span label = new Span();

    public BigButton(String text, VaadinIcon icon, ComponentEventListener<ClickEvent<NativeButton>> listener) {
        addClassName("sala-button");
        if (icon != null) {
            add(Icons.decorative(icon));
        }
        label.addClassName("sala-button-label");
        label.setText(text);
        add(label);
        addClickListener(listener);
    }

    /** A button whose icon says it all to the eye; the name is for screen readers and voice. */
    public static BigButton iconOnly(VaadinIcon icon, ComponentEventListener<ClickEvent<NativeButton>> listener) {
        BigButton button = new BigButton("", icon, listener);
        button.label.setVisible(false);
        button.addClassName("sala-icon-button");
        return button;
    }

    public void setAccessibleName(String name) {
        getElement().setAttribute("aria-label", name);
        getElement().setAttribute("title", name);
    }

    public BigButton withClass(String... classNames) {
        addClassNames(classNames);
        return this;
    }

    public void setLabel(String text) {
        label.setText(text);
    }

    public String getLabel() {
        return label.getText();
    }
}
