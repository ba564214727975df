package app.sala.care;

import static app.sala.Screen.follow;
import static app.sala.Screen.heading;
import static app.sala.Screen.open;
import static app.sala.Screen.text;
import static app.sala.Screen.view;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.sala.KaribuTest;
import app.sala.content.CareGuide;
import app.sala.content.CareSetting;
import app.sala.content.Condition;
import app.sala.content.ContentCatalog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The full care guide: the three places to go, what each is for, and whom to call. */
class CareGuideViewTest extends KaribuTest {

    @Autowired
    private ContentCatalog catalog;

    @Test
    void showsTheThreePlacesWithWhatEachIsRightFor() {
        open("care");
        CareGuide guide = catalog.pack(Locale.ENGLISH).care();

        List<Div> sections = _find(Div.class, spec -> spec.withClasses("sala-setting"));

        assertThat(sections).extracting(section -> section.getElement().getAttribute("data-setting"))
                .containsExactly("primary-care", "urgent-care", "emergency");
        for (int i = 0; i < sections.size(); i++) {
            CareSetting setting = guide.settings().get(i);
            assertThat(text(sections.get(i))).startsWith(setting.name()).contains(setting.listTitle());
            assertThat(_find(sections.get(i), ListItem.class)).extracting(ListItem::getText)
                    .containsExactlyElementsOf(setting.conditions().stream().map(Condition::label).toList());
        }
        assertThat(text(sections.get(2))).contains("The emergency room (ER)", "Heavy bleeding");
    }

    @Test
    void givesTheClinicsPhoneNumber() {
        open("care");

        assertThat(text(view())).contains("Questions about where to go? Call AltaMed at (888) 499-9303.")
                .doesNotContain("{clinicPhone}");
    }

    @Test
    void theHelperButtonOpensWhereShouldIGo() {
        open("care");
        assertThat(heading()).isEqualTo("Where to go for care");

        follow(_get(view(), RouterLink.class, spec -> spec.withClasses("sala-helper-link")));

        assertThat(getCurrentView()).isEqualTo(WhereToGoView.class);
        assertThat(heading()).isEqualTo("Where should I go?");
    }
}
