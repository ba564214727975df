package app.sala.kiosk;

import static app.sala.Screen.button;
import static app.sala.Screen.open;
import static app.sala.Screen.tap;
import static app.sala.Screen.tapLanguage;
import static app.sala.Screen.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import app.sala.KaribuTest;
import app.sala.ui.BigButton;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Larger text and high contrast, from the footer; for this visitor only. */
class DisplayPreferencesTest extends KaribuTest {

    /** The page's side of the story: JavaScript calls that would reach the browser. */
    private final List<PendingJavaScriptInvocation> sentToPage = new ArrayList<>();
    private List<Function1<PendingJavaScriptInvocation, Unit>> otherHandlers;

    @BeforeEach
    void listenToWhatThePageIsTold() {
        otherHandlers = TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers();
        List<Function1<PendingJavaScriptInvocation, Unit>> handlers = new ArrayList<>(otherHandlers);
        handlers.add(js -> {
            sentToPage.add(js);
            return Unit.INSTANCE;
        });
        TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(handlers);
    }

    @AfterEach
    void stopListening() {
        TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(otherHandlers);
    }

    @Test
    void largerTextGoesUpFourStepsAndStops() {
        open("");
        assertThat(textOf("sala-text-level")).isEqualTo("1 of 4");
        assertThat(button("sala-text-smaller").isEnabled()).isFalse();
        assertThat(button("sala-text-larger").getElement().getAttribute("aria-label")).isEqualTo("Larger text");

        for (int level = 2; level <= 4; level++) {
            tap("sala-text-larger");
            assertThat(textOf("sala-text-level")).isEqualTo(level + " of 4");
            assertThat(button("sala-text-smaller").isEnabled()).isTrue();
        }

        assertThat(button("sala-text-larger").isEnabled()).as("no larger than 200%").isFalse();
        assertThat(pageSettings()).as("what the page is told").containsExactly("2.0", false, "en");
        assertThat(preferences().textScale()).isEqualTo(2.0);
    }

    @Test
    void smallerTextGoesBackDownAndStopsAtNormalSize() {
        open("");
        tap("sala-text-larger");
        tap("sala-text-larger");
        assertThat(pageSettings()).containsExactly("1.5", false, "en");

        tap("sala-text-smaller");
        assertThat(textOf("sala-text-level")).isEqualTo("2 of 4");
        assertThat(pageSettings()).containsExactly("1.25", false, "en");
        tap("sala-text-smaller");

        assertThat(textOf("sala-text-level")).isEqualTo("1 of 4");
        assertThat(button("sala-text-smaller").isEnabled()).isFalse();
        assertThat(button("sala-text-larger").isEnabled()).isTrue();
        assertThat(pageSettings()).containsExactly("1.0", false, "en");
    }

    @Test
    void contrastTogglesAndItsLabelSaysWhatTheNextTapDoes() {
        open("");
        assertThat(contrastLabel()).isEqualTo("High contrast");

        tap("sala-contrast");

        assertThat(contrastLabel()).isEqualTo("Normal colors");
        assertThat(preferences().highContrast()).isTrue();
        assertThat(pageSettings()).containsExactly("1.0", true, "en");

        tap("sala-contrast");

        assertThat(contrastLabel()).isEqualTo("High contrast");
        assertThat(preferences().highContrast()).isFalse();
        assertThat(pageSettings()).containsExactly("1.0", false, "en");
    }

    @Test
    void theChoicesStayWhileTheVisitorMovesAround() {
        open("");
        tap("sala-text-larger");
        tap("sala-contrast");

        open("exercises/bridge");

        assertThat(textOf("sala-text-level")).isEqualTo("2 of 4");
        assertThat(contrastLabel()).isEqualTo("Normal colors");
    }

    @Test
    void theLabelsFollowTheLanguage() {
        open("");
        tap("sala-text-larger");
        tapLanguage("es");

        assertThat(textOf("sala-text-size-label")).isEqualTo("Letra:");
        assertThat(textOf("sala-text-level")).isEqualTo("2 de 4");
        assertThat(contrastLabel()).isEqualTo("Alto contraste");
        assertThat(button("sala-text-larger").getElement().getAttribute("aria-label")).isEqualTo("Letra más grande");
        assertThat(pageSettings()).as("the page language changes too").containsExactly("1.25", false, "es");
    }

    @Test
    void theNextVisitorStartsWithTheDefaults() {
        open("");
        tap("sala-text-larger");
        tap("sala-text-larger");
        tap("sala-contrast");

        newVisitor();
        open("");

        assertThat(textOf("sala-text-level")).isEqualTo("1 of 4");
        assertThat(button("sala-text-smaller").isEnabled()).isFalse();
        assertThat(contrastLabel()).isEqualTo("High contrast");
        assertThat(pageSettings()).containsExactly("1.0", false, "en");
    }

    private static String contrastLabel() {
        return ((BigButton) button("sala-contrast")).getLabel();
    }

    private static DisplayPreferences preferences() {
        return DisplayPreferences.of(VaadinSession.getCurrent());
    }

    /** Text scale, high contrast and language, as last sent to the page's root element. */
    private List<Object> pageSettings() {
        MockVaadin.clientRoundtrip();
        List<PendingJavaScriptInvocation> sent = sentToPage.stream()
                .filter(js -> js.getInvocation().getExpression().contains("--sala-text-scale"))
                .toList();
        assertThat(sent).as("the page was told about the display settings").isNotEmpty();
        return sent.get(sent.size() - 1).getInvocation().getParameters();
    }
}
