package app.sala.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;

/**
 * Whether this session's visitor has started using the kiosk (left the welcome screen).
 * Kept in the session, so the next visitor, who gets a new session, has not.
 */
public class VisitState implements Serializable {

    private boolean started;

    public static VisitState of(VaadinSession session) {
        VisitState state = session.getAttribute(VisitState.class);
        if (state == null) {
            state = new VisitState();
            session.setAttribute(VisitState.class, state);
        }
        return state;
    }

    public boolean started() {
        return started;
    }

    /** Starts this UI's visit, counted once for the usage figures. */
    public static void begin(UI ui) {
        VisitState state = of(ui.getSession());
        if (!state.started) {
            state.started = true;
            UsageFigures.count(ui, UsageFigures::countVisit);
        }
    }
}
