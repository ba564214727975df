package app.sala.voice.panel;

import app.sala.answers.Answers;
import app.sala.content.ContentCatalog;
import app.sala.kiosk.HomeView;
import app.sala.sentences.Intent;
import app.sala.voice.VoiceReply;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Test code only (not in the jar): the home screen as a visitor sees it when Sala is unsure
 * and asks, with an emergency among the readings: "Is this an emergency?", the red 911 choice
 * first, then an exercise, then "None of these". The browser tests look at it like any other
 * screen (screenshots, axe-core, touch targets) without depending on what Vosk makes of a
 * noisy clip; MicrophoneIT reaches the same card through the microphone.
 */
@Route("ask-card-preview")
public class AskCardPreview extends HomeView implements LocaleChangeObserver {

    private final Answers answers;

    public AskCardPreview(ContentCatalog catalog, Answers answers) {
        super(catalog);
        this.answers = answers;
        addClassName("sala-ask-card-preview");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        askAfterTheFrame(attachEvent.getUI());
    }

    /** The frame clears the question on a new language, as it should; the preview asks again in the new one. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        super.localeChange(event);
        askAfterTheFrame(event.getUI());
    }

    /** After every navigation and locale observer of this round trip, which clear the question. */
    private void askAfterTheFrame(UI ui) {
        ui.beforeClientResponse(this, context -> voiceAssistant(ui).ifPresent(voice -> {
            String language = ui.getLocale().getLanguage();
            List<Intent> readings = List.of(new Intent(Intent.WHERE_TO_GO, Map.of("condition", "stroke-heart-attack")),
                    new Intent(Intent.OPEN_EXERCISE, Map.of("exercise", "bridge")));
            voice.act(VoiceReply.of("my chest the bridge", 0.5, answers.ask(language, readings, null)));
        }));
    }

    private static Optional<VoiceAssistant> voiceAssistant(Component root) {
        return descendants(root).filter(VoiceAssistant.class::isInstance).map(VoiceAssistant.class::cast).findFirst();
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(AskCardPreview::descendants));
    }
}
