package app.sala.kiosk;

import static app.sala.Screen.button;
import static app.sala.Screen.everything;
import static app.sala.Screen.heading;
import static app.sala.Screen.languageButton;
import static app.sala.Screen.open;
import static app.sala.Screen.tap;
import static app.sala.Screen.tapLanguage;
import static app.sala.Screen.text;
import static app.sala.Screen.textOf;
import static app.sala.Screen.view;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.sala.KaribuTest;
import app.sala.content.ContentCatalog;
import app.sala.content.Exercise;
import app.sala.content.LanguagePack;
import app.sala.ui.BigButton;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One tap on "Español" turns whatever screen the visitor is on into Spanish, and one tap on
 * "English" turns it back; nothing of the other language may stay behind.
 */
class LanguageSwitchTest extends KaribuTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    private ContentCatalog catalog;

    /** Every kind of screen, with its heading and one more text that must follow the language. */
    static Stream<Arguments> screens() {
        return Stream.of(
                screen("", p -> p.ui().get("home.title"), p -> p.ui().get("home.exercises.text")),
                screen("exercises", p -> p.exercises().title(), p -> p.exercises().items().get(4).howOften()),
                screen("exercises/bridge", p -> bridge(p).name(), p -> bridge(p).steps().get(0)),
                screen("care", p -> p.care().title(), p -> p.care().lastNote().title()),
                screen("care/where-to-go", p -> p.care().helper().title(), p -> p.care().helper().question()),
                screen("care/where-to-go/sprain-strain", p -> p.care().helper().title(),
                        p -> p.care().setting("urgent-care").orElseThrow().name()),
                screen("emergency", p -> p.care().emergency().title(), p -> p.care().emergency().steps().get(0)),
                screen("emergency/seizure", p -> p.care().emergency().title(),
                        p -> p.care().condition("seizure").orElseThrow().label()),
                screen("activities", p -> p.activities().title(), p -> p.activities().items().get(0).name()));
    }

    private static Arguments screen(String address, Function<LanguagePack, String> heading,
                                    Function<LanguagePack, String> alsoShown) {
        return Arguments.of(Named.of("\"" + address + "\"", address), heading, alsoShown);
    }

    private static Exercise bridge(LanguagePack pack) {
        return pack.exercises().find("bridge").orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void everyScreenSwitchesToSpanishAndBack(String address, Function<LanguagePack, String> heading,
                                             Function<LanguagePack, String> alsoShown) {
        LanguagePack english = catalog.pack(Locale.ENGLISH);
        LanguagePack spanish = catalog.pack(SPANISH);
        open(address);
        String englishScreen = everything();
        assertThat(heading()).isEqualTo(heading.apply(english));
        assertThat(text(view())).contains(alsoShown.apply(english));

        tapLanguage("es");

        assertThat(heading()).isEqualTo(heading.apply(spanish)).isNotEqualTo(heading.apply(english));
        assertThat(text(view())).contains(alsoShown.apply(spanish));
        assertThat(textOf("sala-home")).isEqualTo("Inicio");
        String switchedScreen = everything();

        tapLanguage("en");

        assertThat(heading()).isEqualTo(heading.apply(english));
        assertThat(everything()).as("back in English, the screen is as it was").isEqualTo(englishScreen);

        // A visitor who arrives on this screen already in Spanish sees exactly the same.
        open("care".equals(address) ? "activities" : "care");
        switchLanguage("es");
        open(address);
        assertThat(switchedScreen).as("switched screen, compared with one drawn in Spanish from the start")
                .isEqualTo(everything());
    }

    @Test
    void theSelectedLanguageIsMarkedPressed() {
        open("");
        assertPressed("en");

        tapLanguage("es");
        assertPressed("es");

        open("care");
        assertPressed("es");

        tapLanguage("en");
        assertPressed("en");
    }

    private static void assertPressed(String code) {
        for (NativeButton button : _find(NativeButton.class, spec -> spec.withClasses("sala-language"))) {
            boolean selected = code.equals(button.getElement().getAttribute("data-language"));
            assertThat(button.getElement().getAttribute("aria-pressed"))
                    .as("aria-pressed of %s", button.getElement().getAttribute("data-language"))
                    .isEqualTo(String.valueOf(selected));
            assertThat(button.hasClassName("selected")).isEqualTo(selected);
        }
    }

    @Test
    void eachLanguageButtonIsLabelledInItsOwnLanguage() {
        open("");
        tapLanguage("es");

        assertThat(_find(NativeButton.class, spec -> spec.withClasses("sala-language")))
                .extracting(button -> button.getElement().getAttribute("data-language"), button -> text(button))
                .containsExactly(
                        tuple("en", "English"),
                        tuple("es", "Español"));
        assertThat(languageButton("es").getElement().getAttribute("lang")).isEqualTo("es");
        assertThat(languageButton("en").getElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void theNextVisitorStartsInEnglishWhateverTheMachinesLanguage() {
        open("");
        tapLanguage("es");
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(SPANISH);

            newVisitor();
            open("");

            assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
            assertThat(heading()).isEqualTo("How can we help you today?");
            assertPressed("en");
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void anExerciseKeepsItsStepWhenTheLanguageChanges() {
        Exercise english = bridge(catalog.pack(Locale.ENGLISH));
        Exercise spanish = bridge(catalog.pack(SPANISH));
        open("exercises/bridge");
        tap("sala-step-next");
        tap("sala-step-next");
        assertThat(textOf("sala-step-counter")).isEqualTo("Step 3 of 4");

        tapLanguage("es");

        assertThat(textOf("sala-step-counter")).isEqualTo("Paso 3 de 4");
        assertThat(textOf("sala-step-text")).isEqualTo(spanish.steps().get(2));
        assertThat(((BigButton) button("sala-step-next")).getLabel()).isEqualTo("Siguiente paso");

        tap("sala-step-next");
        assertThat(((BigButton) button("sala-step-next")).getLabel()).isEqualTo("Terminar");

        tapLanguage("en");

        assertThat(textOf("sala-step-counter")).isEqualTo("Step 4 of 4");
        assertThat(textOf("sala-step-text")).isEqualTo(english.steps().get(3));
        assertThat(((BigButton) button("sala-step-next")).getLabel()).isEqualTo("Finish");
    }

    @Test
    void theAllStepsListKeepsItsPlaceWhenTheLanguageChanges() {
        open("exercises/bridge");
        tap("sala-step-next");
        tap("sala-steps-mode");

        tapLanguage("es");

        OrderedList list = _get(OrderedList.class, spec -> spec.withClasses("sala-all-steps"));
        assertThat(_find(list, ListItem.class)).extracting(ListItem::getText)
                .containsExactlyElementsOf(bridge(catalog.pack(SPANISH)).steps());
        assertThat(_find(list, ListItem.class)).extracting(item -> item.hasClassName("current"))
                .containsExactly(false, true, false, false);
        assertThat(((BigButton) button("sala-steps-mode")).getLabel()).isEqualTo("Un paso a la vez");
    }

    @Test
    void thePageTitleFollowsTheLanguage() {
        open("exercises/bridge");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Bridge · Sala");

        tapLanguage("es");

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Puente de glúteos · Sala");
    }
}
