package app.sala.kiosk;

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

    /** Starts this session's visit: @return true the first time, so the visit is counted once. */
    public static boolean begin(VaadinSession session) {
        VisitState state = of(session);
        boolean first = !state.started;
        state.started = true;
        return first;
    }
}
