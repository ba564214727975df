package app.sala.kiosk;

import app.sala.content.ContentCatalog;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every new visitor starts in the clinic's default language, whatever the kiosk browser's
 * own language is: the screen must greet the lobby the same way each time.
 */
@Component
public class KioskSessionInit implements VaadinServiceInitListener {

    private final ContentCatalog catalog;

    public KioskSessionInit(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setLocale(catalog.defaultLocale()));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(e.getUI().getSession().getLocale()));
    }
}
