package app.sala.kiosk;

import app.sala.content.ContentCatalog;
import app.sala.content.Language;
import app.sala.content.Placeholders;
import app.sala.ui.Icons;
import app.sala.usage.UsageFigures;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.internal.AllowInert;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Are you still there?": the browser times how long nobody has touched, typed or spoken
 * (js/sala-idle.js, no server polling), this component asks the question with a visible
 * countdown and one big "I need more time" button, and when nobody answers, forgets the
 * visitor: the session ends and the browser loads the welcome screen afresh, so language,
 * text size, contrast, volume, speed, speech and microphone all start from their defaults.
 *
 * <p>The question is asked in the visitor's language, with the other languages in smaller
 * type: the person now in front of the screen may not be the one who chose it. It can be
 * answered any number of times (WCAG 2.2.1 asks for at least ten).
 */
@JavaScript("context://js/sala-idle.js")
public class IdleWatch extends Div implements LocaleChangeObserver {

    private static final Logger log = LoggerFactory.getLogger(IdleWatch.class);

    private final ContentCatalog catalog;
    private final KioskProperties properties;
    private final UsageFigures usage;
    private final H2 title = new H2();
    private final Div otherTitles = new Div();
    private final Paragraph text = new Paragraph();
    private final Paragraph countdown = new Paragraph();
    private final Span announcement = new Span();
    private final NativeButton moreTime = new NativeButton();
    private final Span moreTimeLabel = new Span();
    private final Div moreTimeOthers = new Div();
    private int extensions;
    private boolean warning;

    public IdleWatch(ContentCatalog catalog, KioskProperties properties, UsageFigures usage) {
        this.catalog = catalog;
        this.properties = properties;
        this.usage = usage;
        addClassName("sala-idle-dialog");
        getElement().setAttribute("role", "alertdialog");
        getElement().setAttribute("aria-modal", "true");
        getElement().setAttribute("aria-labelledby", "sala-idle-title");
        getElement().setAttribute("aria-describedby", "sala-idle-text");

        title.setId("sala-idle-title");
        title.addClassName("sala-idle-title");
        otherTitles.addClassName("sala-idle-others");
        text.setId("sala-idle-text");
        text.addClassName("sala-idle-text");
        countdown.addClassName("sala-idle-countdown");
        // Spoken now and then (every 10 s, and at 5 s), not every second: a screen reader
        // announcing each tick would drown out everything else.
        announcement.addClassName("sala-visually-hidden");
        announcement.getElement().setAttribute("role", "status");
        announcement.getElement().setAttribute("aria-live", "polite");
        announcement.getElement().setAttribute("aria-atomic", "true");

        moreTime.addClassNames("sala-button", "sala-primary", "sala-idle-more");
        moreTimeLabel.addClassName("sala-idle-more-label");
        moreTimeOthers.addClassName("sala-idle-more-others");
        Div labels = new Div(moreTimeLabel, moreTimeOthers);
        labels.addClassName("sala-idle-more-labels");
        moreTime.add(Icons.decorative(VaadinIcon.HAND), labels);
        moreTime.addClickListener(e -> moreTime());

        Div panel = new Div(Icons.decorative(VaadinIcon.HOURGLASS), title, otherTitles, text, countdown, announcement,
                moreTime);
        panel.addClassName("sala-idle-panel");
        panel.getChildren().findFirst().ifPresent(icon -> icon.getElement().getClassList().add("sala-idle-icon"));
        add(panel);
        // Hidden by attribute, not setVisible(false): Vaadin would then keep the element, and
        // with it the browser's timer, off the page.
        getElement().setAttribute("hidden", "");
    }

    /** Starts (or restarts) timing the visitor's silence on this page, or stops it. */
    void setWatching(boolean watching) {
        if (watching) {
            getElement().executeJs("window.Sala.idle.watch(this, $0, $1)",
                    (double) properties.idleTimeout().toMillis(), (double) properties.warningTime().toMillis());
        } else {
            getElement().executeJs("window.Sala.idle.off()");
        }
    }

    /** The browser saw nobody for the idle time: ask. */
    @ClientCallable
    @AllowInert
    void idle() {
        showWarning();
    }

    /** Shows the question and starts its countdown. */
    public void showWarning() {
        UI ui = getUI().orElseThrow();
        // Whatever else was open (the staff help dialog) would hide the question.
        ui.getChildren().filter(Dialog.class::isInstance).map(Dialog.class::cast).forEach(Dialog::close);
        showTexts(getLocale());
        warning = true;
        getElement().removeAttribute("hidden");
        ui.setChildComponentModal(this, true);
        getElement().executeJs("window.Sala.idle.warn()");
    }

    public boolean isWarning() {
        return warning;
    }

    /** How often this visitor asked for more time. */
    public int extensions() {
        return extensions;
    }

    private void moreTime() {
        if (!warning) {
            return;
        }
        extensions++;
        usage.countMoreTime();
        getUI().ifPresent(ui -> ui.setChildComponentModal(this, false));
        warning = false;
        getElement().setAttribute("hidden", "");
        // The browser already went back to watching when the button was pressed; this is for
        // a press that did not come from the page (tests, a future voice command).
        getElement().executeJs("window.Sala.idle.resume()");
    }

    /** Nobody answered: forget this visitor. The browser then loads the welcome screen. */
    @ClientCallable
    @AllowInert
    void reset() {
        usage.countReset();
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession httpSession = session == null ? null : session.getSession();
        if (httpSession != null) {
            try {
                httpSession.invalidate();
            } catch (IllegalStateException alreadyGone) {
                log.debug("Session already ended");
            }
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        showTexts(event.getLocale());
    }

    private void showTexts(Locale locale) {
        title.setText(getTranslation(locale, "idle.title"));
        text.setText(getTranslation(locale, "idle.text"));
        moreTimeLabel.setText(getTranslation(locale, "idle.moreTime"));
        otherTitles.removeAll();
        moreTimeOthers.removeAll();
        for (Language language : others(locale)) {
            otherTitles.add(inLanguage(language, "idle.title"));
            moreTimeOthers.add(inLanguage(language, "idle.moreTime"));
        }
        String many = getTranslation(locale, "idle.countdown");
        String one = getTranslation(locale, "idle.countdown.one");
        countdown.getElement().setAttribute("data-many", many);
        countdown.getElement().setAttribute("data-one", one);
        showSeconds(properties.warningTime().toSeconds(), many, one);
    }

    /** The countdown as the browser draws it too: the number large, inside the sentence. */
    private void showSeconds(long seconds, String many, String one) {
        String sentence = seconds == 1 ? one : many;
        String placeholder = Placeholders.written(0);
        int at = sentence.indexOf(placeholder);
        countdown.removeAll();
        Span number = new Span(String.valueOf(seconds));
        number.addClassName("sala-idle-seconds");
        if (at < 0) {
            countdown.add(number, new Span(" " + sentence));
        } else {
            countdown.add(new Span(sentence.substring(0, at)), number, new Span(sentence.substring(at + placeholder.length())));
        }
        announcement.setText(Placeholders.fillNumbered(sentence, seconds));
    }

    private List<Language> others(Locale locale) {
        return catalog.languages().stream().filter(l -> !l.code().equals(locale.getLanguage())).toList();
    }

    private Span inLanguage(Language language, String key) {
        Span span = new Span(catalog.pack(language.locale()).ui().get(key));
        span.getElement().setAttribute("lang", language.code());
        span.addClassName("sala-idle-other");
        return span;
    }
}
