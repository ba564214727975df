package app.sala.kiosk;

import app.sala.ui.BigButton;
import app.sala.ui.Icons;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** "A person can help you": where to find staff, in the visitor's language. */
public class StaffHelpDialog extends Dialog {

    public StaffHelpDialog() {
        addClassName("sala-staff-dialog");
        setModal(true);
        setCloseOnOutsideClick(true);
        setCloseOnEsc(true);
        H2 title = new H2(getTranslation("staff.title"));
        title.setId("staff-dialog-title");
        getElement().setAttribute("aria-labelledby", "staff-dialog-title");
        Icon icon = Icons.decorative(VaadinIcon.USER_HEART);
        icon.addClassName("sala-dialog-icon");
        add(icon, title,
                new Paragraph(getTranslation("staff.text")),
                new Paragraph(getTranslation("staff.phone")),
                new BigButton(getTranslation("staff.close"), VaadinIcon.CHECK, e -> close())
                        .withClass("sala-primary", "sala-staff-close"));
    }
}
