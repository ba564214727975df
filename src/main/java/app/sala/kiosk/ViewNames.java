package app.sala.kiosk;

import app.sala.content.ContentCatalog;
import app.sala.content.LanguagePack;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.RouteParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The name a screen is counted under in the usage figures: its address pattern, with a
 * parameter filled in only when it is one of the content's own ids (an exercise, a
 * condition, an activity). Anything else a visitor could put in an address stays ":name",
 * so nothing typed ever reaches the figures.
 */
class ViewNames {

    static final String NOT_FOUND = "(not-found)";
    static final String ERROR = "(error)";

    private final ContentCatalog catalog;

    ViewNames(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    String of(AfterNavigationEvent event) {
        List<HasElement> chain = event.getActiveChain();
        if (chain.isEmpty()) {
            return ERROR;
        }
        HasElement target = chain.get(0);
        if (target instanceof NotFoundView) {
            return NOT_FOUND;
        }
        if (target instanceof ErrorView) {
            return ERROR;
        }
        @SuppressWarnings("unchecked")
        Class<? extends com.vaadin.flow.component.Component> type =
                (Class<? extends com.vaadin.flow.component.Component>) target.getClass();
        return event.getSource().getRegistry().getTemplate(type)
                .map(template -> fill(template, event.getRouteParameters()))
                .orElse(ERROR);
    }

    private String fill(String template, RouteParameters parameters) {
        List<String> parts = new ArrayList<>();
        for (String segment : template.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (!segment.startsWith(":")) {
                parts.add(segment);
                continue;
            }
            String name = segment.substring(1).replaceAll("[?*].*$|\\(.*$", "");
            String value = parameters.get(name).orElse(null);
            if (value == null) {
                continue;
            }
            parts.add(isContentId(value) ? value : ":" + name);
        }
        return "/" + String.join("/", parts);
    }

    private boolean isContentId(String value) {
        LanguagePack pack = catalog.pack(catalog.defaultLocale());
        return pack.exercises().find(value).isPresent()
                || pack.care().condition(value).isPresent()
                || pack.activities().find(value).isPresent();
    }
}
