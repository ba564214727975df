package app.sala.kiosk;

import static app.sala.Screen.everything;
import static app.sala.Screen.follow;
import static app.sala.Screen.heading;
import static app.sala.Screen.link;
import static app.sala.Screen.open;
import static app.sala.Screen.shows;
import static app.sala.Screen.text;
import static app.sala.Screen.view;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.sala.KaribuTest;
import app.sala.activities.ActivitiesView;
import app.sala.care.CareGuideView;
import app.sala.care.EmergencyView;
import app.sala.content.ContentCatalog;
import app.sala.content.LanguagePack;
import app.sala.exercises.ExercisesView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Getting around: the three tiles, the emergency strip and the way home, from anywhere. */
class NavigationTest extends KaribuTest {

    /** Screens a visitor can be on, by address. */
    private static final String[] ADDRESSES = {"", "exercises", "exercises/bridge", "care", "care/where-to-go",
            "care/where-to-go/sprain-strain", "emergency", "emergency/seizure", "activities"};

    @Autowired
    private ContentCatalog catalog;

    private LanguagePack english() {
        return catalog.pack(Locale.ENGLISH);
    }

    @Test
    void homeOffersThreeTilesInOrder() {
        open("");

        List<RouterLink> tiles = _find(RouterLink.class, spec -> spec.withClasses("sala-tile"));

        Map<String, String> ui = english().ui();
        assertThat(tiles).extracting(tile -> text(tile)).containsExactly(
                ui.get("home.exercises.title") + ui.get("home.exercises.text"),
                ui.get("home.care.title") + ui.get("home.care.text"),
                ui.get("home.activities.title") + ui.get("home.activities.text"));
        assertThat(text(tiles.get(0))).startsWith("Exercises for your back");
    }

    @Test
    void eachHomeTileLeadsToItsGuide() {
        List<Class<? extends Component>> targets = List.of(ExercisesView.class, CareGuideView.class,
                ActivitiesView.class);
        List<String> titles = List.of(english().exercises().title(), english().care().title(),
                english().activities().title());

        for (int i = 0; i < 3; i++) {
            open("");
            follow(_find(RouterLink.class, spec -> spec.withClasses("sala-tile")).get(i));

            assertThat(getCurrentView()).as("tile %d", i + 1).isEqualTo(targets.get(i));
            assertThat(heading()).isEqualTo(titles.get(i));
        }
    }

    @ParameterizedTest(name = "from \"{0}\"")
    @ValueSource(strings = {"", "exercises/bridge", "care/where-to-go/sprain-strain", "activities"})
    void theEmergencyStripLeadsToTheEmergencyScreen(String address) {
        open(address);
        assertThat(text(link("sala-emergency-strip"))).startsWith("Emergency? Call 911");
        assertThat(_get(MainLayout.class).hasClassName("emergency-mode")).isFalse();

        follow("sala-emergency-strip");

        assertThat(getCurrentView()).isEqualTo(EmergencyView.class);
        assertThat(heading()).isEqualTo("Call 911 or go to the ER now");
        assertThat(everything()).contains(english().care().emergency().steps());
        assertThat(shows("sala-emergency-condition")).as("no condition was chosen").isFalse();
        assertThat(_get(MainLayout.class).hasClassName("emergency-mode")).as("the whole screen turns red").isTrue();
    }

    @Test
    void theStripAndTheHomeButtonAreOnEveryScreen() {
        for (String address : ADDRESSES) {
            open(address);

            assertThat(text(link("sala-emergency-strip"))).as("strip on \"%s\"", address).contains("911");
            follow("sala-home");

            assertThat(getCurrentView()).as("home from \"%s\"", address).isEqualTo(HomeView.class);
            assertThat(heading()).isEqualTo("How can we help you today?");
        }
    }

    @Test
    void leavingTheEmergencyScreenTurnsTheRedOff() {
        open("emergency");
        follow("sala-home");

        assertThat(_get(MainLayout.class).hasClassName("emergency-mode")).isFalse();
    }

    @Test
    void anUnknownAddressShowsAFriendlyWayHome() {
        // As when the browser loads the address: UI.navigate hands unknown paths to the client-side router.
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no/such/page"), NavigationTrigger.PAGE_LOAD);

        assertThat(getCurrentView()).isEqualTo(NotFoundView.class);
        assertThat(heading()).isEqualTo("Sorry, we could not find that page.");
        RouterLink home = _get(view(), RouterLink.class);
        assertThat(text(home)).isEqualTo("Go to the home screen");
        follow(home);
        assertThat(getCurrentView()).isEqualTo(HomeView.class);
    }

}
