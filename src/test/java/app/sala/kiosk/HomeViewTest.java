package app.sala.kiosk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.sala.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.Test;

class HomeViewTest extends KaribuTest {

    @Test
    void greetsInEnglishAndSwitchesToSpanishWithOneTap() {
        UI.getCurrent().navigate(HomeView.class);
        assertThat(getCurrentView()).isEqualTo(HomeView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("How can we help you today?");

        _click(_get(NativeButton.class, spec -> spec.withAttribute("data-language", "es")));

        assertThat(_get(H1.class).getText()).isEqualTo("¿Cómo le podemos ayudar hoy?");
    }
}
