package app.sala.kiosk;

import static app.sala.Screen.open;
import static app.sala.Screen.tap;
import static app.sala.Screen.tapLanguage;
import static app.sala.Screen.text;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.sala.KaribuTest;
import app.sala.usage.DayCounts;
import app.sala.usage.UsageFigures;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** "Are you still there?": what it says, in which language, and that it can be answered again and again. */
class IdleWatchTest extends KaribuTest {

    @Autowired
    private UsageFigures usage;

    /** The watch of the current screen; it is part of every page, hidden until it asks. */
    static IdleWatch watch() {
        return UI.getCurrent().getChildren().filter(IdleWatch.class::isInstance).map(IdleWatch.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no idle watch on the page"));
    }

    @Test
    void isHiddenUntilTheVisitorHasBeenAwayForTheIdleTime() {
        open("");
        assertThat(watch().isWarning()).isFalse();
        assertThat(watch().getElement().hasAttribute("hidden")).isTrue();
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', textBlock = """
            en | Are you still there? | If nobody answers, the screen will start over for the next person. | 30 seconds left | I need more time | es | ¿Sigue ahí? | Necesito más tiempo
            es | ¿Sigue ahí? | Si nadie responde, la pantalla volverá a empezar para la próxima persona. | Quedan 30 segundos | Necesito más tiempo | en | Are you still there? | I need more time
            """)
    void asksInTheVisitorsLanguageWithTheOtherLanguageBelow(String language, String title, String explanation,
            String countdown, String button, String other, String otherTitle, String otherButton) {
        open("exercises/bridge");
        if (!language.equals("en")) {
            tapLanguage(language);
        }

        watch().showWarning();

        IdleWatch dialog = watch();
        assertThat(dialog.isWarning()).isTrue();
        Element element = dialog.getElement();
        assertThat(element.hasAttribute("hidden")).isFalse();
        assertThat(element.getAttribute("role")).isEqualTo("alertdialog");
        assertThat(element.getAttribute("aria-modal")).isEqualTo("true");
        assertThat(_get(dialog, H2.class).getText()).isEqualTo(title);
        assertThat(_get(dialog, H2.class).getId()).hasValue(element.getAttribute("aria-labelledby"));
        Paragraph text = _get(dialog, Paragraph.class, spec -> spec.withClasses("sala-idle-text"));
        assertThat(text.getText()).isEqualTo(explanation);
        assertThat(text.getId()).hasValue(element.getAttribute("aria-describedby"));
        assertThat(text(_get(dialog, Paragraph.class, spec -> spec.withClasses("sala-idle-countdown"))))
                .as("the countdown starts at the warning time").isEqualTo(countdown);
        Span live = _get(dialog, Span.class, spec -> spec.withAttribute("aria-live", "polite"));
        assertThat(live.getText()).isEqualTo(countdown);

        Span otherLine = _get(dialog, Span.class, spec -> spec.withClasses("sala-idle-other").withText(otherTitle));
        assertThat(otherLine.getElement().getAttribute("lang")).isEqualTo(other);
        NativeButton more = _get(dialog, NativeButton.class, spec -> spec.withClasses("sala-idle-more"));
        assertThat(text(more)).isEqualTo(button + otherButton);
        assertThat(more.getClassNames()).as("big, as every kiosk button").contains("sala-button", "sala-primary");
    }

    @Test
    void iNeedMoreTimeCanBeAnsweredMoreThanTenTimes() {
        open("care/where-to-go");
        long before = today().moreTime();

        for (int time = 1; time <= 12; time++) {
            watch().showWarning();
            assertThat(watch().isWarning()).as("asked the %dth time", time).isTrue();

            _click(_get(NativeButton.class, spec -> spec.withClasses("sala-idle-more")));

            assertThat(watch().isWarning()).as("answered the %dth time", time).isFalse();
            assertThat(watch().getElement().hasAttribute("hidden")).isTrue();
        }
        assertThat(watch().extensions()).isEqualTo(12);
        assertThat(today().moreTime() - before).isEqualTo(12);
        assertThat(app.sala.Screen.heading()).as("the visitor stays where they were").isEqualTo("Where should I go?");
    }

    @Test
    void theQuestionClosesTheStaffHelpDialogThatWouldHideIt() {
        open("");
        tap("sala-staff-help");
        Dialog staff = _get(Dialog.class);
        assertThat(staff.isOpened()).isTrue();

        watch().showWarning();

        assertThat(staff.isOpened()).isFalse();
        assertThat(watch().isWarning()).isTrue();
    }

    private DayCounts today() {
        return usage.lastDays(1).stream().findFirst()
                .orElse(new DayCounts("", 0, 0, 0, null, null, null, null));
    }
}
