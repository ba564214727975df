package app.sala.care;

import static app.sala.Screen.follow;
import static app.sala.Screen.heading;
import static app.sala.Screen.open;
import static app.sala.Screen.shows;
import static app.sala.Screen.text;
import static app.sala.Screen.textOf;
import static app.sala.Screen.view;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.sala.KaribuTest;
import app.sala.content.CareGuide;
import app.sala.content.CareSetting;
import app.sala.content.Condition;
import app.sala.content.ContentCatalog;
import app.sala.content.HelperChoice;
import app.sala.content.Language;
import app.sala.ui.BigButton;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Where should I go?": every answer a visitor can tap must send them to the place the care
 * guide's own lists name, and anything on the ER list must end on the emergency screen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareHelperTest extends KaribuTest {

    @Autowired
    private ContentCatalog catalog;

    private CareGuide guide(String language) {
        return catalog.pack(Locale.forLanguageTag(language)).care();
    }

    /** The setting whose list in the guide names this condition, worked out from the lists themselves. */
    private static CareSetting listedUnder(CareGuide guide, String conditionId) {
        List<CareSetting> settings = guide.settings().stream()
                .filter(setting -> setting.conditions().stream().anyMatch(c -> c.id().equals(conditionId)))
                .toList();
        assertThat(settings).as("settings listing %s", conditionId).hasSize(1);
        return settings.get(0);
    }

    Stream<Arguments> everyChoiceInEveryLanguage() {
        return catalog.languages().stream().map(Language::code).flatMap(language ->
                guide(language).helper().groups().stream().flatMap(group -> group.choices().stream()
                        .map(choice -> Arguments.of(language,
                                Named.of(choice.label() + " (" + choice.condition() + ")", choice)))));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("everyChoiceInEveryLanguage")
    void eachChoiceLeadsToThePlaceItsConditionIsListedUnder(String language, HelperChoice choice) {
        CareGuide guide = guide(language);
        CareSetting expected = listedUnder(guide, choice.condition());
        Condition condition = guide.condition(choice.condition()).orElseThrow();
        open("care/where-to-go");
        switchLanguage(language);

        List<BigButton> buttons = _find(BigButton.class, spec -> spec
                .withAttribute("data-condition", choice.condition())
                .withPredicate(button -> button.getLabel().equals(choice.label())));
        assertThat(buttons).as("the button for \"%s\"", choice.label()).hasSize(1);
        _click(buttons.get(0));

        if (expected.isEmergency()) {
            assertThat(getCurrentView()).isEqualTo(EmergencyView.class);
            assertThat(view(EmergencyView.class).conditionId()).isEqualTo(choice.condition());
            assertThat(heading()).isEqualTo(guide.emergency().title());
            assertThat(textOf("sala-emergency-condition")).contains(condition.label());
        } else {
            assertThat(getCurrentView()).isEqualTo(CareAdviceView.class);
            assertThat(view(CareAdviceView.class).settingId()).isEqualTo(expected.id());
            assertThat(textOf("sala-result-setting")).isEqualTo(expected.name());
            assertThat(text(view())).contains(condition.label()).contains(expected.when());
            assertThat(shows("sala-disclaimer")).isTrue();
        }
    }

    @Test
    void someConcreteAnswers() {
        open("care/where-to-go");

        tapChoice("A sore throat");
        assertThat(textOf("sala-result-setting")).isEqualTo("Your primary care doctor");
        assertThat(textOf("sala-call")).isEqualTo("Not sure? Call AltaMed at (888) 499-9303.");

        open("care/where-to-go");
        tapChoice("An animal bite");
        assertThat(textOf("sala-result-setting")).isEqualTo("Urgent care");

        open("care/where-to-go");
        tapChoice("Chest pain or pressure");
        assertThat(getCurrentView()).isEqualTo(EmergencyView.class);
        assertThat(heading()).isEqualTo("Call 911 or go to the ER now");
        assertThat(getCurrentPath()).isEqualTo("emergency/stroke-heart-attack");
    }

    private static void tapChoice(String label) {
        _click(_get(BigButton.class, spec -> spec.withClasses("sala-choice")
                .withPredicate(button -> button.getLabel().equals(label))));
    }

    @Test
    void emergencyChoicesCarryAWarningIconAndOthersDoNot() {
        open("care/where-to-go");
        CareGuide guide = guide("en");

        for (NativeButton button : _find(NativeButton.class, spec -> spec.withClasses("sala-choice"))) {
            boolean emergency = listedUnder(guide, button.getElement().getAttribute("data-condition")).isEmergency();
            assertThat(_get(button, Icon.class).getElement().getAttribute("icon"))
                    .as("icon of %s", text(button))
                    .isEqualTo(emergency ? "vaadin:warning" : "vaadin:angle-right");
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("languages")
    void everyConditionOfTheGuideCanBeReachedFromAButton(String language) {
        open("care/where-to-go");
        switchLanguage(language);

        Set<String> onButtons = _find(NativeButton.class, spec -> spec.withClasses("sala-choice")).stream()
                .map(button -> button.getElement().getAttribute("data-condition"))
                .collect(Collectors.toSet());
        Set<String> inLists = guide(language).settings().stream()
                .flatMap(setting -> setting.conditions().stream()).map(Condition::id)
                .collect(Collectors.toSet());

        assertThat(inLists).hasSize(26);
        assertThat(onButtons).isEqualTo(inLists);
        assertThat(guide(language).settings()).allSatisfy(setting -> assertThat(setting.conditions()).isNotEmpty());
    }

    Stream<String> languages() {
        return catalog.languages().stream().map(Language::code);
    }

    Stream<String> emergencyConditions() {
        return guide("en").setting(CareSetting.EMERGENCY).orElseThrow().conditions().stream().map(Condition::id);
    }

    @ParameterizedTest(name = "care/where-to-go/{0}")
    @MethodSource("emergencyConditions")
    void anErConditionTypedIntoTheAddressIsForwardedToTheEmergencyScreen(String conditionId) {
        open("care/where-to-go/" + conditionId);

        assertThat(getCurrentView()).isEqualTo(EmergencyView.class);
        assertThat(getCurrentPath()).isEqualTo("emergency/" + conditionId);
        assertThat(shows("sala-result-setting")).as("no lesser place is shown").isFalse();
        assertThat(textOf("sala-emergency-condition"))
                .contains(guide("en").condition(conditionId).orElseThrow().label());
    }

    @Test
    void anUnknownConditionGoesBackToTheQuestion() {
        open("care/where-to-go/nope");

        assertThat(getCurrentView()).isEqualTo(WhereToGoView.class);
        assertThat(heading()).isEqualTo("Where should I go?");
    }

    @Test
    void anAnswerOffersAnotherChoiceAndTheFullGuide() {
        open("care/where-to-go/ear-infection");
        List<RouterLink> links = _find(view(), RouterLink.class);
        assertThat(links).extracting(link -> text(link)).containsExactly("Choose something else", "See the full care guide");

        follow(links.get(0));
        assertThat(getCurrentView()).isEqualTo(WhereToGoView.class);

        open("care/where-to-go/ear-infection");
        follow(_find(view(), RouterLink.class).get(1));
        assertThat(getCurrentView()).isEqualTo(CareGuideView.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"care", "care/where-to-go", "care/where-to-go/low-fever"})
    void theDisclaimerIsShownWhereverTheKioskSuggestsWhereToGo(String address) {
        open(address);

        assertThat(textOf("sala-disclaimer")).contains("Please note", guide("en").disclaimer())
                .contains("In an emergency, call 911.");
    }

    @Test
    void theEmergencyStripAfterAChoiceShowsTheGeneralEmergencyScreen() {
        open("emergency/seizure");
        assertThat(shows("sala-emergency-condition")).isTrue();

        follow("sala-emergency-strip");

        assertThat(getCurrentPath()).isEqualTo("emergency");
        assertThat(shows("sala-emergency-condition")).isFalse();
    }
}
