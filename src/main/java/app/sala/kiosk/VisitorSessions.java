package app.sala.kiosk;

import app.sala.care.EmergencyView;
import app.sala.content.ContentCatalog;
import app.sala.usage.UsageFigures;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * One visitor at a time: a new session is greeted by the welcome screen, every screen
 * watches for the visitor walking away ({@link IdleWatch}), and the screens opened are
 * counted for the usage figures. Hooked into every UI, so no screen has to remember it.
 */
@Component
public class VisitorSessions implements VaadinServiceInitListener {

    private final ContentCatalog catalog;
    private final KioskProperties properties;
    private final UsageFigures usage;
    private final ViewNames viewNames;

    public VisitorSessions(ContentCatalog catalog, KioskProperties properties, UsageFigures usage) {
        this.catalog = catalog;
        this.properties = properties;
        this.usage = usage;
        this.viewNames = new ViewNames(catalog);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> watch(e.getUI()));
    }

    private void watch(UI ui) {
        IdleWatch watch = new IdleWatch(catalog, properties, usage);
        ui.add(watch);
        ui.addBeforeEnterListener(this::welcomeFirst);
        ui.addAfterNavigationListener(event -> afterNavigation(event, watch));
    }

    private void welcomeFirst(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == AttractView.class) {
            return;
        }
        // Whatever address a new session opens (the browser restarted, the page reloaded after
        // a server restart), it starts on the welcome screen; only the emergency advice never waits.
        if (properties.welcomeFirst() && !VisitState.of(event.getUI().getSession()).started()
                && event.getNavigationTarget() != EmergencyView.class) {
            event.forwardTo(AttractView.class);
            return;
        }
        beginVisit(event.getUI());
    }

    /** Starts this session's visit, counted once for the usage figures. */
    void beginVisit(UI ui) {
        if (VisitState.begin(ui.getSession())) {
            usage.countVisit();
        }
    }

    private void afterNavigation(AfterNavigationEvent event, IdleWatch watch) {
        boolean welcome = !event.getActiveChain().isEmpty() && event.getActiveChain().get(0) instanceof AttractView;
        // The welcome screen is what the kiosk shows when nobody is there: nothing to time out.
        watch.setWatching(!welcome);
        usage.countView(viewNames.of(event));
    }
}
