package app.sala.usage;

import static app.sala.Screen.follow;
import static app.sala.Screen.open;
import static app.sala.Screen.tap;
import static app.sala.Screen.tapLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import app.sala.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the screens count as a visitor uses them: address patterns and choices, never what was typed. */
class UsageCountingTest extends KaribuTest {

    @Autowired
    private UsageFigures usage;

    @Test
    void screensAreCountedByTheirAddressWithContentIdsOnly() {
        DayCounts before = today();

        open("exercises/bridge");
        open("care/where-to-go/sprain-strain");
        open("emergency/seizure");
        open("emergency/my-name-is-ana");
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("call/555-0100"), NavigationTrigger.PAGE_LOAD);

        Map<String, Long> views = today().views();
        assertThat(added(views, before.views(), "/exercises/bridge")).isEqualTo(1);
        assertThat(added(views, before.views(), "/care/where-to-go/sprain-strain")).isEqualTo(1);
        assertThat(added(views, before.views(), "/emergency/seizure")).isEqualTo(1);
        assertThat(added(views, before.views(), "/emergency/:conditionId"))
                .as("a made-up condition is not written down").isEqualTo(1);
        assertThat(added(views, before.views(), "(not-found)")).isEqualTo(1);
        assertThat(views.keySet()).noneMatch(view -> view.contains("ana") || view.contains("555"));
    }

    @Test
    void languagesChosenAndReadAloudUsesAreCounted() {
        DayCounts before = today();
        open("");

        tapLanguage("es");
        tapLanguage("es");
        tapLanguage("en");

        DayCounts after = today();
        assertThat(added(after.languages(), before.languages(), "es")).as("choosing the same again is not counted")
                .isEqualTo(1);
        assertThat(added(after.languages(), before.languages(), "en")).isEqualTo(1);
    }

    @Test
    void aVisitIsCountedOncePerSession() {
        long before = today().visits();
        newVisitor();
        open("care");
        follow("sala-home");
        newVisitor();
        open("activities");

        assertThat(today().visits() - before).isEqualTo(2);
    }

    @Test
    void readingAloudIsCountedInTheLanguageOnScreen() {
        long before = today().readAloud().getOrDefault("en", 0L);
        open("care");
        assertThat(app.sala.Screen.button("sala-read-aloud").isEnabled()).as("English speech is built in").isTrue();

        tap("sala-read-aloud");

        assertThat(today().readAloud().getOrDefault("en", 0L) - before).isEqualTo(1);
    }

    private DayCounts today() {
        return usage.lastDays(1).stream().findFirst().orElse(new DayCounts("", 0, 0, 0, null, null, null, null));
    }

    private static long added(Map<String, Long> after, Map<String, Long> before, String key) {
        return after.getOrDefault(key, 0L) - before.getOrDefault(key, 0L);
    }
}
