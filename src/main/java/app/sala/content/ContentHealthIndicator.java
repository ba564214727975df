package app.sala.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code content} in /actuator/health: which languages this kiosk shows. Broken content stops
 * Sala at startup, so a running kiosk reports UP; staff read which languages it loaded.
 */
@Component
class ContentHealthIndicator implements HealthIndicator {

    private final ContentCatalog catalog;

    ContentHealthIndicator(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Health health() {
        Map<String, String> languages = catalog.languages().stream()
                .collect(Collectors.toMap(Language::code, Language::name, (a, b) -> a, LinkedHashMap::new));
        return Health.up()
                .withDetail("languages", languages)
                .withDetail("defaultLanguage", catalog.defaultLocale().toLanguageTag())
                .build();
    }
}
