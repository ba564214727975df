package app.sala.activities;

import static app.sala.Screen.heading;
import static app.sala.Screen.open;
import static app.sala.Screen.tapLanguage;
import static app.sala.Screen.text;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.sala.KaribuTest;
import app.sala.content.Activity;
import app.sala.content.ActivityGuide;
import app.sala.content.ContentCatalog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Outdoor activities: one card each, with where to go for it. */
class ActivitiesViewTest extends KaribuTest {

    @Autowired
    private ContentCatalog catalog;

    @Test
    void showsEachActivityWithItsPlaces() {
        open("activities");
        ActivityGuide guide = catalog.pack(Locale.ENGLISH).activities();

        List<Div> cards = _find(Div.class, spec -> spec.withClasses("sala-card"));

        assertThat(heading()).isEqualTo(guide.title());
        assertThat(cards).hasSize(5).hasSameSizeAs(guide.items());
        for (int i = 0; i < cards.size(); i++) {
            Activity activity = guide.items().get(i);
            Div card = cards.get(i);
            assertThat(card.getElement().getAttribute("data-activity")).isEqualTo(activity.id());
            assertThat(_get(card, H2.class).getText()).isEqualTo(activity.name());
            assertThat(_find(card, ListItem.class)).extracting(ListItem::getText)
                    .containsExactlyElementsOf(activity.places());
            assertThat(_get(card, Image.class).getAlt()).contains(activity.picture());
        }
        assertThat(text(cards.get(0))).contains("Go swimming", "16 year-round pools", "Where to go");
    }

    @Test
    void speaksSpanish() {
        open("activities");
        tapLanguage("es");

        assertThat(_find(Div.class, spec -> spec.withClasses("sala-card")))
                .extracting(card -> _get(card, H2.class).getText())
                .containsExactlyElementsOf(catalog.pack(Locale.forLanguageTag("es")).activities().items().stream()
                        .map(Activity::name).toList())
                .contains("Vaya a nadar");
    }
}
