package app.sala.voice.panel;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.sala.KaribuTest;
import app.sala.kiosk.HomeView;
import app.sala.ui.BigButton;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With the bridges off and no Spanish model, a Spanish screen says plainly that voice is not available. */
@TestPropertySource(properties = "sala.voice.bridge.enabled=false")
class VoiceWithoutBridgeTest extends KaribuTest {

    @Test
    void aLanguageWithoutAModelOrABridgeHasNoMicrophoneAndSaysSo() {
        UI.getCurrent().navigate(HomeView.class);
        switchLanguage("es");

        assertThat(_get(BigButton.class, spec -> spec.withId("voice-button")).isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("voice-unavailable")).getText())
                .isEqualTo("Hablar con Sala no está disponible en este idioma.");
        switchLanguage("en");
        assertThat(_get(BigButton.class, spec -> spec.withId("voice-button")).isEnabled()).isTrue();
    }
}
