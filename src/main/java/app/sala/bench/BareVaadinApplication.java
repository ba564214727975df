package app.sala.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The benchmark's start-up baseline: Spring Boot and Vaadin from the same jar with nothing of
 * Sala but the two bare pages ({@link BareRoutes}). Started with Spring Boot's
 * {@code PropertiesLauncher} and {@code -Dloader.main=app.sala.bench.BareVaadinApplication};
 * not a component, so Sala's own start never picks it up.
 */
@EnableAutoConfiguration
@Import(BareRoutes.class)
public class BareVaadinApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareVaadinApplication.class, args);
    }
}
