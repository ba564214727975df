package app.sala.voice.panel;

import app.sala.answers.Answers;
import app.sala.answers.Choice;
import app.sala.readaloud.ListeningPreferences;
import app.sala.readaloud.ReadAloudPlayer;
import app.sala.recognition.RecognitionProperties;
import app.sala.recognition.SpeechAudio;
import app.sala.sentences.Intent;
import app.sala.sentences.IntentContract;
import app.sala.ui.BigButton;
import app.sala.ui.KioskControls;
import app.sala.ui.StepByStepScreen;
import app.sala.understanding.Understanding;
import app.sala.voice.ListenSocket;
import app.sala.voice.ListeningTickets;
import app.sala.voice.MicrophoneCapture;
import app.sala.voice.VoiceReply;
import app.sala.voice.VoiceService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * Push-to-talk on every screen: the microphone button, the listening state with the words
 * heard, and the answer, shown and spoken in the screen's language. What the visitor asked
 * for is then done exactly as the matching tap would do it.
 */
@JavaScript("context://js/sala-voice.js")
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class VoiceAssistant extends Div {

    /**
     * How long "Did you mean…?" waits for a tap or a word before the examples come back:
     * time to hear the choices read aloud and answer.
     */
    static final Duration CHOICES_SHOWN = Duration.ofSeconds(30);

    private enum State { IDLE, LISTENING, THINKING }

    private final VoiceService voice;
    private final ListeningTickets tickets;
    private final Answers answers;
    private final long listenMillis;
    private final BigButton microphone;
    private final Span unavailable = new Span();
    private final Div panel = new Div();
    private final Span status = new Span();
    private final Span heard = new Span();
    private final Paragraph answer = new Paragraph();
    private final Div examples = new Div();
    private final Div choices = new Div();
    /** What Sala offered when it last asked "Did you mean…?", until chosen, declined or expired. */
    private List<Choice> offered = List.of();
    private final long choicesMillis;
    private State state = State.IDLE;
    private String ticket;
    private boolean keepPanel;

    public VoiceAssistant(VoiceService voice, ListeningTickets tickets, Answers answers,
                          RecognitionProperties properties, MicrophoneCapture capture) {
        this.voice = voice;
        this.tickets = tickets;
        this.answers = answers;
        this.listenMillis = properties.listenTimeout().toMillis();
        this.choicesMillis = CHOICES_SHOWN.toMillis();
        addClassName("sala-voice");
        // The page opens the microphone on the tap itself, before the server has answered it:
        // it needs the format the server hears and the capture settings beforehand.
        getElement().setAttribute("data-sample-rate", String.valueOf(SpeechAudio.SAMPLE_RATE));
        getElement().setAttribute("data-chunk-samples", String.valueOf(SpeechAudio.CHUNK_SAMPLES));
        getElement().setAttribute("data-echo-cancellation", String.valueOf(capture.echoCancellation()));
        getElement().setAttribute("data-noise-suppression", String.valueOf(capture.noiseSuppression()));
        getElement().setAttribute("data-auto-gain-control", String.valueOf(capture.autoGainControl()));
        getElement().setAttribute("data-voice-state", "idle");
        microphone = new BigButton("", VaadinIcon.MICROPHONE, e -> toggle()).withClass("sala-primary", "sala-voice-button");
        microphone.setId("voice-button");
        // A physical keyboard (or switch access) gets the microphone too.
        microphone.addClickShortcut(Key.KEY_M, KeyModifier.ALT);
        microphone.getElement().setAttribute("aria-keyshortcuts", "Alt+M");
        unavailable.addClassName("sala-voice-unavailable");
        unavailable.setId("voice-unavailable");
        add(microphone, unavailable);

        panel.addClassName("sala-voice-panel");
        panel.setId("voice-panel");
        panel.getElement().setAttribute("role", "region");
        status.addClassName("sala-voice-status");
        heard.addClassName("sala-voice-heard");
        answer.addClassName("sala-voice-answer");
        answer.getElement().setAttribute("aria-live", "polite");
        examples.addClassName("sala-voice-examples");
        choices.addClassName("sala-voice-choices");
        choices.setId("voice-choices");
        choices.getElement().setAttribute("role", "group");
        panel.add(status, heard, answer, choices, examples);
        panel.setVisible(false);
    }

    /**
     * Gets the page's audio ready before the first tap (an audio context and the recording
     * worklet, not the microphone): the first tap then hears from its first syllable.
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("if (window.Sala && window.Sala.voice && window.Sala.voice.prepare) { window.Sala.voice.prepare(this); }");
    }

    /** The answer area; the frame places it where the visitor looks (above the footer). */
    public Div panel() {
        return panel;
    }

    /** Redraws the texts in the screen's language; voice is offered only where Sala can listen. */
    public void refresh() {
        cancel();
        clearChoices();
        boolean listens = voice.listens(language());
        microphone.setEnabled(listens);
        unavailable.setVisible(!listens);
        unavailable.setText(listens ? "" : getTranslation("voice.unavailable"));
        if (listens) {
            microphone.getElement().removeAttribute("aria-describedby");
        } else {
            microphone.getElement().setAttribute("aria-describedby", "voice-unavailable");
        }
        panel.getElement().setAttribute("aria-label", getTranslation("voice.panel"));
        showState();
    }

    /** The screen changed by touch: the last answer no longer belongs to it. */
    public void screenChanged() {
        if (keepPanel) {
            keepPanel = false;
            return;
        }
        cancel();
        clearChoices();
        panel.setVisible(false);
    }

    private void toggle() {
        if (state == State.LISTENING) {
            state = State.THINKING;
            showState();
            js("finish()");
            return;
        }
        if (state == State.THINKING || !voice.listens(language())) {
            return;
        }
        getUI().map(ReadAloudPlayer::of).ifPresent(ReadAloudPlayer::stop);
        tickets.cancel(ticket);
        String exerciseId = controls().currentView() instanceof StepByStepScreen view ? view.subjectId() : null;
        ticket = tickets.issue(language(), VaadinSession.getCurrent().getSession().getId(), exerciseId).token();
        state = State.LISTENING;
        heard.setText("");
        answer.setText("");
        showExamples(voice.examples(language()));
        panel.setVisible(true);
        showState();
        // The page opened the microphone on the tap (it is recording into a buffer); the ticket
        // lets it stream. Ints: Flow's JSON codec refuses a Long argument.
        getElement().executeJs("window.Sala.voice.start(this, $0, $1, $2)", ListenSocket.PATH.substring(1), ticket,
                (int) Math.min(Integer.MAX_VALUE, listenMillis));
    }

    @ClientCallable
    private void onListening(String ignored) {
        showState();
    }

    @ClientCallable
    private void onAnswer(String token) {
        if (token == null || !token.equals(ticket)) {
            return;
        }
        ticket = null;
        state = State.IDLE;
        tickets.collect(token).ifPresentOrElse(this::act, () -> failed("stream"));
    }

    @ClientCallable
    private void onFailure(String reason) {
        tickets.cancel(ticket);
        ticket = null;
        failed(reason);
    }

    private void failed(String reason) {
        state = State.IDLE;
        showState();
        panel.setVisible(true);
        show("microphone".equals(reason) ? getTranslation("voice.noMicrophone") : getTranslation("voice.failed"));
        examples.removeAll();
    }

    private void cancel() {
        if (state != State.IDLE) {
            js("cancel()");
        }
        tickets.cancel(ticket);
        ticket = null;
        state = State.IDLE;
        showState();
    }

    /** Does what was asked, as the matching tap would, then shows and speaks the answer. */
    void act(VoiceReply reply) {
        showState();
        panel.setVisible(true);
        heard.setText(reply.heard().isEmpty() ? "" : getTranslation("voice.youSaid", reply.heard()));
        examples.removeAll();
        if (answeredChoices(reply)) {
            return;
        }
        clearChoices();
        if (reply.asks()) {
            ask(reply);
            return;
        }
        String text = reply.answer();
        boolean speak = true;
        switch (reply.intent()) {
            case Intent.NEXT_STEP, Intent.PREVIOUS_STEP, Intent.REPEAT -> {
                if (controls().currentView() instanceof StepByStepScreen view) {
                    int step = switch (reply.intent()) {
                        case Intent.NEXT_STEP -> view.showNextStep();
                        case Intent.PREVIOUS_STEP -> view.showPreviousStep();
                        default -> view.currentStep();
                    };
                    show(view.stepLabel(step));
                    view.readStep();
                    return;
                }
                if (!Intent.REPEAT.equals(reply.intent())) {
                    text = getTranslation("voice.noExercise");
                }
            }
            case Intent.READ_ALOUD -> {
                show(text);
                controls().readScreen();
                return;
            }
            case Intent.STOP -> {
                getUI().map(ReadAloudPlayer::of).ifPresent(ReadAloudPlayer::stop);
                speak = false;
            }
            case Intent.SLOWER -> listening(ListeningPreferences::slower);
            case Intent.FASTER -> listening(ListeningPreferences::faster);
            case Intent.LOUDER -> listening(ListeningPreferences::louder);
            case Intent.QUIETER -> listening(ListeningPreferences::quieter);
            case Intent.TEXT_BIGGER -> {
                if (!controls().enlargeText()) {
                    text = getTranslation("voice.textLargest");
                }
            }
            case Intent.TEXT_SMALLER -> {
                if (!controls().shrinkText()) {
                    text = getTranslation("voice.textSmallest");
                }
            }
            case Intent.HIGH_CONTRAST -> text = getTranslation(controls().toggleContrast() ? "voice.contrastOn" : "voice.contrastOff");
            case Intent.CALL_STAFF -> controls().callStaff();
            case Intent.SET_LANGUAGE -> {
                String code = reply.slots().get("language");
                if (code != null && !code.equals(language())) {
                    VaadinSession.getCurrent().setLocale(Locale.forLanguageTag(code));
                    // The answer belongs in the language the visitor asked for.
                    text = answers.reply(code, new Intent(Intent.SET_LANGUAGE, Map.of(IntentContract.LANGUAGE, code))).answer();
                }
            }
            case Intent.HELP, Intent.UNKNOWN -> showExamples(voice.examples(language()));
            default -> {
            }
        }
        if (reply.route() != null) {
            keepPanel = true;
            getUI().ifPresent(ui -> ui.navigate(reply.route()));
            keepPanel = false;
        }
        show(text);
        if (speak) {
            say(text);
        }
    }

    /**
     * "Yes", "the second one" or "no" while choices are shown; false when there are none to
     * answer, and the reply is acted on as any other.
     */
    private boolean answeredChoices(VoiceReply reply) {
        if (offered.isEmpty()) {
            return false;
        }
        if (Intent.CHOOSE.equals(reply.intent())) {
            int index = IntentContract.CHOICES.indexOf(reply.slots().get(IntentContract.CHOICE));
            if (index >= 0 && index < offered.size()) {
                choose(offered.get(index));
                return true;
            }
            return false;
        }
        if (Intent.DECLINE.equals(reply.intent())) {
            declined(reply.answer());
            return true;
        }
        return false;
    }

    /** "Did you mean…?": the question, and each choice as a large button, shown and read aloud. */
    private void ask(VoiceReply reply) {
        offered = reply.choices();
        show(reply.answer());
        choices.removeAll();
        List<ReadAloudPlayer.Clip> spoken = new ArrayList<>(List.of(new ReadAloudPlayer.Clip(reply.answer(), 0, 0, false)));
        for (int i = 0; i < offered.size(); i++) {
            Choice choice = offered.get(i);
            boolean emergency = Answers.isEmergency(new Intent(choice.intent(), choice.slots()));
            BigButton button = new BigButton(choice.label(), emergency ? VaadinIcon.PHONE : VaadinIcon.ARROW_RIGHT,
                    e -> choose(choice)).withClass("sala-voice-choice");
            button.setId("voice-choice-" + (i + 1));
            if (emergency) {
                button.addClassName("sala-voice-choice-emergency");
            }
            choices.add(button);
            spoken.add(new ReadAloudPlayer.Clip(choice.label(), 0, 0, false));
        }
        BigButton none = new BigButton(getTranslation("voice.noneOfThese"), VaadinIcon.CLOSE, e -> declined(null))
                .withClass("sala-voice-choice", "sala-voice-choice-none");
        none.setId("voice-choice-none");
        choices.add(none);
        getUI().map(ReadAloudPlayer::of).ifPresent(player -> player.play(spoken, mark -> { }));
        getElement().executeJs("clearTimeout(this.salaChoicesTimer);"
                + "this.salaChoicesTimer = setTimeout(() => this.$server.choicesExpired(), $0)", (int) choicesMillis);
    }

    /** One tap or one word finishes what the visitor asked: as if they had asked for it directly. */
    private void choose(Choice choice) {
        clearChoices();
        Intent intent = new Intent(choice.intent(), choice.slots());
        String exerciseId = controls().currentView() instanceof StepByStepScreen view ? view.subjectId() : null;
        act(VoiceReply.of("", 1, answers.reply(language(),
                new Understanding(intent, Understanding.Source.TEMPLATE, null, 1), exerciseId)));
    }

    /** "No", or nothing chosen in time: the examples come back, and Sala listens to the next try. */
    private void declined(String answerText) {
        clearChoices();
        show(answerText == null ? getTranslation("voice.youCanSay") : answerText);
        showExamples(voice.examples(language()));
        if (answerText != null) {
            say(answerText);
        }
    }

    @ClientCallable
    private void choicesExpired() {
        if (!offered.isEmpty()) {
            declined(null);
        }
    }

    private void clearChoices() {
        offered = List.of();
        choices.removeAll();
    }

    private void listening(Consumer<ListeningPreferences> change) {
        getUI().map(ReadAloudPlayer::of).ifPresent(player -> player.adjust(change));
    }

    private void say(String text) {
        getUI().map(ReadAloudPlayer::of).ifPresent(player ->
                player.play(List.of(new ReadAloudPlayer.Clip(text, 0, 0, false)), mark -> { }));
    }

    private void show(String text) {
        answer.setText(text);
    }

    private void showExamples(List<String> phrases) {
        examples.removeAll();
        if (phrases.isEmpty()) {
            return;
        }
        Span title = new Span(getTranslation("voice.youCanSay"));
        title.addClassName("sala-voice-examples-title");
        UnorderedList list = new UnorderedList();
        list.addClassName("sala-list");
        phrases.forEach(phrase -> list.add(new ListItem("“" + phrase + "”")));
        examples.add(title, list);
    }

    private void showState() {
        boolean listening = state == State.LISTENING;
        microphone.setLabel(getTranslation(listening ? "voice.stopListening" : "voice.speak"));
        microphone.setClassName("listening", listening);
        microphone.getElement().setAttribute("aria-pressed", String.valueOf(listening));
        // Read by the page's tap handler: only a tap in the idle state opens the microphone.
        getElement().setAttribute("data-voice-state", state.name().toLowerCase(Locale.ROOT));
        status.setText(switch (state) {
            case LISTENING -> getTranslation("voice.listening");
            case THINKING -> getTranslation("voice.thinking");
            case IDLE -> "";
        });
        status.setVisible(state != State.IDLE);
    }

    /** The frame this panel sits in, which does what the visitor asked for (text size, staff...). */
    private KioskControls controls() {
        return findAncestor(KioskControls.class);
    }

    private String language() {
        return getLocale().getLanguage();
    }

    private void js(String call) {
        getUI().ifPresent(ui -> ui.getPage().executeJs(
                "if (window.Sala && window.Sala.voice) { window.Sala.voice." + call + "; }"));
    }
}
