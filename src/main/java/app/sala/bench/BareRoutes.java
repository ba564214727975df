package app.sala.bench;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Two bare Vaadin pages, {@code /bench/bare-a} and {@code /bench/bare-b}, linking to each other:
 * the baseline the benchmark puts beside Sala's page load and view switch (same jar, same
 * server, none of the kiosk's frame). They exist only when {@code sala.bench.bare-routes=true};
 * the views carry no {@code @Route}, so a normal run has no such address.
 */
@Component
@ConditionalOnProperty(name = "sala.bench.bare-routes", havingValue = "true")
class BareRoutes implements VaadinServiceInitListener {

    static final String A = "bench/bare-a";
    static final String B = "bench/bare-b";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        routes.setRoute(A, BareA.class);
        routes.setRoute(B, BareB.class);
    }

    /** A heading and one link, as plain as a Vaadin page gets. */
    abstract static class BarePage extends Div {
        BarePage(String title, Class<? extends BarePage> other) {
            addClassNames("bench-bare-view", "bench-" + title.toLowerCase().replace(' ', '-'));
            RouterLink link = new RouterLink("Go", other);
            link.addClassName("bench-bare-link");
            add(new H1(title), link);
        }
    }

    public static class BareA extends BarePage {
        public BareA() {
            super("Bare A", BareB.class);
        }
    }

    public static class BareB extends BarePage {
        public BareB() {
            super("Bare B", BareA.class);
        }
    }
}
