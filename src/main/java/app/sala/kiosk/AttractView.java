package app.sala.kiosk;

import app.sala.care.EmergencyView;
import app.sala.content.ContentCatalog;
import app.sala.content.Language;
import app.sala.ui.Icons;
import app.sala.ui.Routes;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;

/**
 * What the kiosk shows while nobody uses it: "Touch the screen to start" in every language
 * at once, large enough to read from across the waiting room. A touch anywhere starts a visit
 * on the home screen in the clinic's default language; the emergency strip stays on top, as
 * on every screen, and leads straight to the emergency advice.
 */
@Route(value = Routes.WELCOME, autoLayout = false)
public class AttractView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentCatalog catalog;
    private final VisitorSessions visitors;
    private final String pageTitle;

    public AttractView(ContentCatalog catalog, VisitorSessions visitors) {
        this.catalog = catalog;
        this.visitors = visitors;
        addClassNames("sala-attract-view");
        Map<String, String> first = catalog.pack(catalog.defaultLocale()).ui();
        pageTitle = first.get("attract.welcome") + " · " + first.get("app.name");

        RouterLink emergency = new RouterLink();
        emergency.setRoute(EmergencyView.class);
        emergency.addClassNames("sala-emergency-strip", "sala-attract-emergency");
        emergency.add(Icons.decorative(VaadinIcon.WARNING));

        H1 welcome = new H1();
        welcome.addClassName("sala-attract-welcome");
        Div languages = new Div();
        languages.addClassName("sala-attract-languages");
        for (Language language : catalog.languages()) {
            Map<String, String> ui = catalog.pack(language.locale()).ui();
            emergency.add(inLanguage(language, "sala-emergency-strip-text", ui.get("emergency.strip")));
            welcome.add(inLanguage(language, "sala-attract-welcome-line", ui.get("attract.welcome")));
            Span start = inLanguage(language, "sala-attract-start", ui.get("attract.start"));
            Span voice = new Span(Icons.decorative(VaadinIcon.MICROPHONE), new Span(ui.get("attract.voice")));
            voice.addClassName("sala-attract-voice");
            Span block = new Span(start, voice);
            block.addClassName("sala-attract-language");
            block.getElement().setAttribute("lang", language.code());
            languages.add(block);
        }

        Span touch = new Span(Icons.decorative(VaadinIcon.HAND));
        touch.addClassName("sala-attract-touch");
        NativeButton start = new NativeButton();
        start.addClassName("sala-attract-button");
        start.add(touch, languages);
        add(emergency, welcome, start);

        // Anywhere on the screen but the emergency strip starts the visit; the button is the
        // same action for keyboards and screen readers (its click bubbles up to here).
        getElement().addEventListener("click", e -> startVisit())
                .setFilter("!event.target.closest('.sala-attract-emergency')");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Whoever reaches the welcome screen is greeted in the default language again.
        event.getUI().getSession().setLocale(catalog.defaultLocale());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.getPage().executeJs("const root = document.documentElement;"
                + "root.style.removeProperty('--sala-text-scale');"
                + "root.removeAttribute('data-high-contrast');"
                + "root.lang = $0;", catalog.defaultLocale().getLanguage());
    }

    private void startVisit() {
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(catalog.defaultLocale());
        visitors.beginVisit(ui);
        ui.navigate(HomeView.class);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private static Span inLanguage(Language language, String cssClass, String text) {
        Span span = new Span(text);
        span.addClassName(cssClass);
        span.getElement().setAttribute("lang", language.code());
        return span;
    }
}
