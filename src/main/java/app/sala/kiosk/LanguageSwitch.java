package app.sala.kiosk;

import app.sala.content.ContentCatalog;
import app.sala.content.Language;
import app.sala.ui.Icons;
import app.sala.usage.UsageFigures;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * One button per language, each labelled in its own language ("English", "Español") and
 * marked with that language, so a visitor who cannot read the current one still finds theirs.
 */
public class LanguageSwitch extends Div implements LocaleChangeObserver {

    private final UsageFigures usage;

    public LanguageSwitch(ContentCatalog catalog, UsageFigures usage) {
        this.usage = usage;
        addClassName("sala-language-switch");
        getElement().setAttribute("role", "group");
        for (Language language : catalog.languages()) {
            NativeButton button = new NativeButton();
            button.addClassNames("sala-button", "sala-language");
            button.getElement().setAttribute("lang", language.code());
            button.getElement().setAttribute("data-language", language.code());
            Span label = new Span(language.name());
            label.addClassName("sala-button-label");
            button.add(Icons.decorative(VaadinIcon.CHECK), label);
            button.addClickListener(e -> switchTo(language.locale()));
            add(button);
        }
    }

    private void switchTo(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        if (!locale.getLanguage().equals(session.getLocale().getLanguage())) {
            usage.countLanguage(locale.getLanguage());
        }
        // The session's locale reaches every screen of this visitor; each redraws itself.
        session.setLocale(locale);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getElement().setAttribute("aria-label", getTranslation("language.label"));
        String current = event.getLocale().getLanguage();
        getChildren().forEach(child -> {
            boolean selected = current.equals(child.getElement().getAttribute("data-language"));
            child.getElement().setAttribute("aria-pressed", String.valueOf(selected));
            child.getElement().getClassList().set("selected", selected);
        });
    }
}
