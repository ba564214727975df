package app.sala.ui;

import app.sala.content.ContentCatalog;
import app.sala.content.LanguagePack;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A screen of the kiosk. It is drawn from the language pack of the visitor's language and
 * drawn again whenever the language changes or the router reuses it for a new address, so
 * no screen can keep a stale language or a previous visitor's choice.
 */
public abstract class KioskView extends Main implements LocaleChangeObserver, AfterNavigationObserver, HasDynamicTitle {

    private final ContentCatalog catalog;
    private String title = "";
    private boolean drawnForThisNavigation;

    protected KioskView(ContentCatalog catalog, String cssClass) {
        this.catalog = catalog;
        addClassNames("sala-view", cssClass);
    }

    /** Adds this view's content for the given language; the view is empty when called. */
    protected abstract void render(LanguagePack pack);

    /** The heading of this screen, also used for the browser title. */
    protected abstract String title(LanguagePack pack);

    @Override
    public void localeChange(LocaleChangeEvent event) {
        draw(event.getUI());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // A reused view (exercises/bridge -> exercises/cat-cow) gets no locale change: draw it here.
        if (!drawnForThisNavigation) {
            draw(getUI().orElseThrow());
        }
    }

    private void draw(UI ui) {
        LanguagePack pack = catalog.pack(ui.getLocale());
        removeAll();
        render(pack);
        title = title(pack) + " · " + pack.ui().get("app.name");
        ui.getPage().setTitle(title);
        // Drawn once per round trip: attach already drew it for this navigation.
        drawnForThisNavigation = true;
        ui.beforeClientResponse(this, context -> drawnForThisNavigation = false);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Whether reading this screen aloud should end with the emergency strip (care screens). */
    public boolean readsEmergencyStrip() {
        return false;
    }

    protected LanguagePack pack() {
        return catalog.pack(getLocale());
    }
}
