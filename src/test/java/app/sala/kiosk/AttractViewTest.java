package app.sala.kiosk;

import static app.sala.Screen.follow;
import static app.sala.Screen.heading;
import static app.sala.Screen.open;
import static app.sala.Screen.tapLanguage;
import static app.sala.Screen.text;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.sala.KaribuTest;
import app.sala.care.EmergencyView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The welcome screen: what a new visitor sees first, in every language, and where a touch leads. */
@TestPropertySource(properties = "sala.kiosk.welcome-first=true")
class AttractViewTest extends KaribuTest {

    @Test
    void aNewVisitorSeesTheWelcomeScreenFirstAndOnlyFirst() {
        open("");
        assertThat(getCurrentView()).isEqualTo(AttractView.class);

        touch();
        assertThat(getCurrentView()).isEqualTo(HomeView.class);

        open("");
        assertThat(getCurrentView()).as("once started, the root address is the home screen").isEqualTo(HomeView.class);
    }

    @Test
    void aNewSessionOnAnyOtherAddressStartsOnTheWelcomeScreenToo() {
        open("care/where-to-go");
        assertThat(getCurrentView()).isEqualTo(AttractView.class);

        touch();
        open("care/where-to-go");
        assertThat(heading()).isEqualTo("Where should I go?");
    }

    @Test
    void theEmergencyAdviceNeverWaitsForTheWelcomeScreen() {
        open("emergency/seizure");

        assertThat(getCurrentView()).isEqualTo(EmergencyView.class);
        follow("sala-home");
        assertThat(getCurrentView()).as("the visit has started").isEqualTo(HomeView.class);
    }

    @Test
    void saysTouchTheScreenToStartInEnglishAndSpanishAtOnce() {
        open("welcome");

        assertThat(blocks("sala-attract-start")).extracting(Span::getText)
                .containsExactly("Touch the screen to start", "Toque la pantalla para empezar");
        assertThat(blocks("sala-attract-start")).extracting(span -> span.getElement().getAttribute("lang"))
                .containsExactly("en", "es");
        assertThat(blocks("sala-attract-voice")).extracting(span -> text(span))
                .containsExactly("or tap the microphone and speak", "o toque el micrófono y hable");
        assertThat(_get(H1.class).getElement().getTextRecursively())
                .isEqualTo("Welcome to AltaMed" + "Bienvenidos a AltaMed");
        assertThat(text(_get(RouterLink.class, spec -> spec.withClasses("sala-attract-emergency"))))
                .isEqualTo("Emergency? Call 911" + "¿Emergencia? Llame al 911");
        NativeButton start = _get(NativeButton.class, spec -> spec.withClasses("sala-attract-button"));
        assertThat(text(start)).as("the button a keyboard or screen reader reaches says it all")
                .contains("Touch the screen to start", "Toque la pantalla para empezar");
    }

    @Test
    void aTouchStartsOnTheHomeScreenInTheDefaultLanguage() {
        open("");
        touch();
        tapLanguage("es");
        assertThat(heading()).isEqualTo("¿Cómo le podemos ayudar hoy?");

        open("welcome");
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        touch();

        assertThat(getCurrentView()).isEqualTo(HomeView.class);
        assertThat(heading()).isEqualTo("How can we help you today?");
    }

    @Test
    void theEmergencyStripLeadsToTheEmergencyScreen() {
        open("welcome");

        follow("sala-attract-emergency");

        assertThat(getCurrentView()).isEqualTo(EmergencyView.class);
        assertThat(heading()).isEqualTo("Call 911 or go to the ER now");
    }

    /** A touch somewhere on the screen outside the emergency strip (the browser checks where). */
    private static void touch() {
        JsonObject outsideTheStrip = Json.createObject();
        outsideTheStrip.put("!event.target.closest('.sala-attract-emergency')", true);
        _fireDomEvent(_get(AttractView.class), "click", outsideTheStrip);
    }

    private static List<Span> blocks(String cssClass) {
        return _find(Span.class, spec -> spec.withClasses(cssClass));
    }
}
