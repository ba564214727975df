package app.sala.voice.panel;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.sala.KaribuTest;
import app.sala.activities.ActivitiesView;
import app.sala.answers.Answers;
import app.sala.care.CareGuideView;
import app.sala.care.EmergencyView;
import app.sala.content.ClinicProperties;
import app.sala.exercises.ExerciseView;
import app.sala.kiosk.DisplayPreferences;
import app.sala.kiosk.HomeView;
import app.sala.ui.BigButton;
import app.sala.sentences.Intent;
import app.sala.understanding.Assistant;
import app.sala.answers.Reply;
import app.sala.voice.VoiceReply;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the screen does with an answer: the same as the matching tap. Answers come from the
 * real assistant for the words a visitor would say; recognition itself is tested elsewhere.
 */
class VoiceAssistantTest extends KaribuTest {

    @Autowired
    private Assistant assistant;
    @Autowired
    private Answers answers;
    @Autowired
    private ClinicProperties clinic;

    private void say(String words) {
        String exercise = currentView() instanceof ExerciseView view ? view.subjectId() : null;
        Reply reply = answers.reply(language(), assistant.understand(language(), words), exercise);
        _get(VoiceAssistant.class).act(VoiceReply.of(words, 1.0, reply));
    }

    private static String language() {
        return UI.getCurrent().getLocale().getLanguage();
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private static String answer() {
        return _get(Paragraph.class, spec -> spec.withClasses("sala-voice-answer")).getText();
    }

    private static BigButton microphone() {
        return _get(BigButton.class, spec -> spec.withId("voice-button"));
    }

    /** Sala heard something it was unsure of: it asks with these readings, best first. */
    private void unsure(Intent... readings) {
        _get(VoiceAssistant.class).act(VoiceReply.of("show me the bridge", 0.5, answers.ask(language(), List.of(readings), null)));
    }

    private static List<BigButton> choices() {
        return _find(BigButton.class, spec -> spec.withClasses("sala-voice-choice"));
    }

    @Test
    void whenUnsureSalaAsksWithLargeChoicesAndOneTapFinishesTheRequest() {
        UI.getCurrent().navigate(HomeView.class);
        unsure(new Intent(Intent.OPEN_EXERCISE, Map.of("exercise", "bridge")),
                new Intent(Intent.OPEN_EXERCISE, Map.of("exercise", "bird-dog")));
        assertThat(answer()).isEqualTo("Did you mean…?");
        assertThat(choices()).extracting(BigButton::getLabel)
                .containsExactly("Show the Bridge", "Show the Bird Dog", "None of these");
        assertThat(currentView()).as("nothing done yet").isInstanceOf(HomeView.class);
        _click(choices().get(0));
        assertThat(((ExerciseView) currentView()).subjectId()).isEqualTo("bridge");
        assertThat(choices()).as("the question is answered").isEmpty();
    }

    @Test
    void theChoicesCanBeAnsweredByVoice() {
        UI.getCurrent().navigate(HomeView.class);
        Intent bridge = new Intent(Intent.OPEN_EXERCISE, Map.of("exercise", "bridge"));
        Intent birdDog = new Intent(Intent.OPEN_EXERCISE, Map.of("exercise", "bird-dog"));
        unsure(bridge, birdDog);
        say("the second one");
        assertThat(((ExerciseView) currentView()).subjectId()).isEqualTo("bird-dog");
        UI.getCurrent().navigate(HomeView.class);
        unsure(bridge, birdDog);
        say("yes");
        assertThat(((ExerciseView) currentView()).subjectId()).isEqualTo("bridge");
        UI.getCurrent().navigate(HomeView.class);
        unsure(bridge, birdDog);
        say("no");
        assertThat(currentView()).isInstanceOf(HomeView.class);
        assertThat(choices()).isEmpty();
        assertThat(_find(ListItem.class)).as("the examples are back").isNotEmpty();
    }

    @Test
    void anEmergencyIsAlwaysTheFirstRedChoiceAskedAsAnEmergency() {
        UI.getCurrent().navigate(HomeView.class);
        unsure(new Intent(Intent.WHERE_TO_GO, Map.of("condition", "vomiting")),
                new Intent(Intent.WHERE_TO_GO, Map.of("condition", "stroke-heart-attack")));
        assertThat(answer()).isEqualTo("Is this an emergency?");
        assertThat(choices().get(0).getLabel()).contains("call 911 now");
        assertThat(choices().get(0).getClassNames()).contains("sala-voice-choice-emergency");
        _click(choices().get(0));
        assertThat(currentView()).isInstanceOf(EmergencyView.class);
    }

    @Test
    void aNewScreenByTouchClearsTheQuestion() {
        UI.getCurrent().navigate(HomeView.class);
        unsure(new Intent(Intent.OPEN_EXERCISE, Map.of("exercise", "bridge")));
        assertThat(choices()).isNotEmpty();
        UI.getCurrent().navigate("care");
        assertThat(choices()).isEmpty();
        say("yes");
        assertThat(answer()).as("nothing to choose any more").isEqualTo("There is nothing to choose just now.");
    }

    @Test
    void showMeTheBridgeOpensTheBridgeAndSaysSo() {
        UI.getCurrent().navigate(HomeView.class);
        say("show me the bridge");
        assertThat(currentView()).isInstanceOf(ExerciseView.class);
        assertThat(((ExerciseView) currentView()).subjectId()).isEqualTo("bridge");
        assertThat(answer()).isNotBlank();
        assertThat(_get(Span.class, spec -> spec.withClasses("sala-voice-heard")).getText())
                .isEqualTo("You said: “show me the bridge”");
    }

    @Test
    void nextStepAndBackPageThroughTheExerciseOnScreen() {
        UI.getCurrent().navigate("exercises/cat-cow");
        say("next step");
        assertThat(((ExerciseView) currentView()).currentStep()).isEqualTo(2);
        assertThat(answer()).startsWith("Step 2 of");
        say("go back a step");
        assertThat(((ExerciseView) currentView()).currentStep()).isEqualTo(1);
    }

    @Test
    void nextStepWithoutAnExerciseSaysHowToGetOne() {
        UI.getCurrent().navigate(HomeView.class);
        say("next step");
        assertThat(currentView()).isInstanceOf(HomeView.class);
        assertThat(answer()).isEqualTo("Open an exercise first, then say “next step”.");
    }

    @Test
    void anEmergencyFromAnyScreenGoesToTheEmergencyScreen() {
        UI.getCurrent().navigate("activities");
        say("I have chest pain");
        assertThat(currentView()).isInstanceOf(EmergencyView.class);
    }

    @Test
    void thePhoneNumberIsSaidInPlaceAndQuestionsAboutTheErOpenTheCareGuideNotTheEmergencyScreen() {
        UI.getCurrent().navigate("activities");
        say("what is the phone number");
        assertThat(currentView()).isInstanceOf(ActivitiesView.class);
        assertThat(answer()).contains(clinic.phone());
        say("is urgent care cheaper than the er");
        assertThat(currentView()).isInstanceOf(CareGuideView.class);
        UI.getCurrent().navigate("activities");
        say("what is the emergency room for");
        assertThat(currentView()).isInstanceOf(CareGuideView.class);
        say("i need the emergency room");
        assertThat(currentView()).isInstanceOf(EmergencyView.class);
    }

    @Test
    void spanishSwitchesTheScreenAndAnswersInSpanishAndTheBridgeKeepsTheMicrophoneOn() {
        UI.getCurrent().navigate(HomeView.class);
        say("spanish");
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("es");
        assertThat(answer()).isEqualTo(answers.reply("es", assistant.understand("es", "en español"), null).answer());
        // The models folder has English only: Spanish is heard through the phonetic bridge.
        assertThat(microphone().isEnabled()).isTrue();
        assertThat(_find(Span.class, spec -> spec.withId("voice-unavailable")).stream().filter(Span::isVisible)).isEmpty();
        switchLanguage("en");
        assertThat(microphone().isEnabled()).isTrue();
    }

    @Test
    void biggerTextAndHighContrastChangeTheDisplayAsTheFooterButtonsDo() {
        UI.getCurrent().navigate(HomeView.class);
        int before = DisplayPreferences.of(VaadinSession.getCurrent()).textLevel();
        say("make the text bigger");
        assertThat(DisplayPreferences.of(VaadinSession.getCurrent()).textLevel()).isEqualTo(before + 1);
        say("high contrast");
        assertThat(DisplayPreferences.of(VaadinSession.getCurrent()).highContrast()).isTrue();
        assertThat(answer()).isEqualTo("High contrast is on.");
    }

    @Test
    void wordsNotUnderstoodGetAnApologyAndThingsToSay() {
        UI.getCurrent().navigate(HomeView.class);
        say("purple monkey dishwasher");
        assertThat(currentView()).isInstanceOf(HomeView.class);
        assertThat(answer()).containsIgnoringCase("sorry");
        Div examples = _get(Div.class, spec -> spec.withClasses("sala-voice-examples"));
        assertThat(_find(examples, ListItem.class)).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aTapOpensTheMicrophoneAndASecondTapClosesIt() {
        UI.getCurrent().navigate(HomeView.class);
        assertThat(microphone().getLabel()).isEqualTo("Speak");
        _click(microphone());
        assertThat(microphone().getLabel()).isEqualTo("Stop listening");
        assertThat(microphone().getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(_get(Span.class, spec -> spec.withClasses("sala-voice-status")).getText()).startsWith("Listening");
        _click(microphone());
        assertThat(_get(Span.class, spec -> spec.withClasses("sala-voice-status")).getText()).isEqualTo("One moment…");
        assertThat(microphone().getElement().getAttribute("aria-pressed")).isEqualTo("false");
    }
}
