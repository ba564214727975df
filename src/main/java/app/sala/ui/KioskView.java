package app.sala.ui;

import app.sala.content.ContentCatalog;
import app.sala.content.LanguagePack;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A screen of the kiosk. It is drawn from the language pack of the visitor's language and
 * drawn again whenever the language changes, so no screen can keep a stale language.
 */
public abstract class KioskView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private final ContentCatalog catalog;
    private String title = "";

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
        LanguagePack pack = catalog.pack(event.getLocale());
        removeAll();
        render(pack);
        title = title(pack) + " · " + pack.ui().get("app.name");
        event.getUI().getPage().setTitle(title);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    protected LanguagePack pack() {
        return catalog.pack(getLocale());
    }
}
