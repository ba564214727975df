package app.sala.content;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Serves the {@code ui} strings of the language files to Vaadin, so labels and content
 * come from the same file a clinic edits. Placeholders are numbered ({0}, {1}) and filled by
 * {@link Placeholders}.
 */
@Component
public class ContentI18NProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(ContentI18NProvider.class);

    private final ContentCatalog catalog;

    public ContentI18NProvider(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return catalog.languages().stream().map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String text = catalog.pack(locale).ui().get(key);
        if (text == null) {
            // Validation makes every language have the default's keys, so this is a key the code
            // uses but no file defines: show it plainly rather than fail the visitor's screen.
            log.warn("No UI text for key '{}'", key);
            return key;
        }
        return Placeholders.fillNumbered(text, params);
    }
}
