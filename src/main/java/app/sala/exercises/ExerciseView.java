package app.sala.exercises;

import app.sala.content.ContentCatalog;
import app.sala.content.Exercise;
import app.sala.content.LanguagePack;
import app.sala.readaloud.ReadAloudPlayer;
import app.sala.ui.BigButton;
import app.sala.ui.ButtonLink;
import app.sala.ui.Icons;
import app.sala.ui.KioskView;
import app.sala.ui.Pictogram;
import app.sala.ui.Prose;
import app.sala.ui.Routes;
import app.sala.ui.StepByStepScreen;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One exercise, one step at a time (or all at once), with what it is for, how many, how
 * often and when to stop. The step is in the address (?step=2) so a reload keeps the place.
 */
@Route(Routes.EXERCISES + "/:" + ExerciseView.EXERCISE_ID)
public class ExerciseView extends KioskView implements BeforeEnterObserver, StepByStepScreen {

    public static final String EXERCISE_ID = "exerciseId";
    private static final String STEP = "step";
    /** Time to get into position between steps when all steps are played. */
    private static final int STEP_PAUSE_MILLIS = 1500;

    private String exerciseId;
    private int step;
    private boolean allSteps;
    private boolean reading;
    private final Div stepArea = new Div();

    public ExerciseView(ContentCatalog catalog) {
        super(catalog, "sala-exercise-view");
        stepArea.addClassName("sala-step-area");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        exerciseId = event.getRouteParameters().get(EXERCISE_ID).orElse("");
        if (pack().exercises().find(exerciseId).isEmpty()) {
            event.forwardTo(ExercisesView.class);
            return;
        }
        List<String> steps = event.getLocation().getQueryParameters().getParameters().getOrDefault(STEP, List.of());
        step = steps.isEmpty() ? 0 : parseStep(steps.get(0));
    }

    private static int parseStep(String text) {
        try {
            return Math.max(1, Integer.parseInt(text)) - 1;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    protected void render(LanguagePack pack) {
        Exercise exercise = exercise(pack);
        step = Math.min(step, exercise.stepCount());

        H1 title = new H1(exercise.name());
        Div facts = new Div(
                fact(VaadinIcon.REFRESH, getTranslation("exercises.howMany"), exercise.howMany(), "sala-how-many"),
                fact(VaadinIcon.CALENDAR, getTranslation("exercises.howOften"), exercise.howOften(), "sala-how-often"));
        facts.addClassName("sala-facts");
        Div caution = Prose.section("sala-caution", Icons.decorative(VaadinIcon.HAND),
                Prose.readAsOne(new Span(getTranslation("exercises.caution"))), new Paragraph(exercise.stopIf()));
        Div purpose = Prose.section("sala-purpose", new H2(getTranslation("exercises.purpose")),
                new Paragraph(exercise.purpose()));
        Div overview = new Div(new Pictogram(exercise.pictogram(), exercise.picture()), facts);
        overview.addClassName("sala-exercise-overview");

        Div steps = new Div(new H2(getTranslation("exercises.steps")));
        steps.addClassName("sala-exercise-steps");
        if (exercise.startPosition() != null) {
            steps.add(Prose.section("sala-start-position",
                    Prose.readAsOne(new Span(getTranslation("exercises.startPosition"))),
                    new Paragraph(exercise.startPosition())));
        }
        steps.add(stepArea, listenButtons(), modeToggle());
        if (exercise.tips() != null && !exercise.tips().isEmpty()) {
            steps.add(Prose.section("sala-tips", new H2(getTranslation("exercises.tips")), Prose.bullets(exercise.tips())));
        }
        ButtonLink all = new ButtonLink(getTranslation("exercises.all"), VaadinIcon.ARROW_LEFT, ExercisesView.class,
                "sala-secondary");

        // Order matters in portrait, where it is the reading order: what and how often, when to
        // stop, then the steps; landscape puts the steps in their own column (see styles.css).
        Div body = new Div(overview, caution, steps, purpose);
        body.addClassName("sala-exercise-body");
        add(title, body, all);
        showStep();
    }

    private Component listenButtons() {
        BigButton readStep = new BigButton(getTranslation("exercises.readStep"), VaadinIcon.VOLUME_UP, e -> readStep())
                .withClass("sala-secondary", "sala-read-step");
        BigButton playAll = new BigButton(getTranslation("exercises.playAll"), VaadinIcon.PLAY, e -> playAllSteps())
                .withClass("sala-secondary", "sala-play-all");
        boolean canRead = player().map(ReadAloudPlayer::canRead).orElse(false);
        readStep.setEnabled(canRead);
        playAll.setEnabled(canRead);
        Div buttons = new Div(readStep, playAll);
        buttons.addClassName("sala-listen-buttons");
        return buttons;
    }

    @Override
    public void readStep() {
        Exercise exercise = exercise(pack());
        if (step < exercise.stepCount()) {
            player().ifPresent(player -> player.play(stepClips(exercise, step), this::followReading));
        }
    }

    /** Reads every step, showing and highlighting each as it is read, so the visitor can follow on the floor. */
    private void playAllSteps() {
        Exercise exercise = exercise(pack());
        if (allSteps) {
            allSteps = false;
            removeAll();
            render(pack());
        }
        List<ReadAloudPlayer.Clip> clips = new ArrayList<>();
        for (int i = 0; i < exercise.stepCount(); i++) {
            clips.addAll(stepClips(exercise, i));
        }
        player().ifPresent(player -> player.play(clips, this::followReading));
    }

    private List<ReadAloudPlayer.Clip> stepClips(Exercise exercise, int index) {
        return List.of(
                new ReadAloudPlayer.Clip(getTranslation("exercises.stepOf", index + 1, exercise.stepCount()), index, 300, false),
                new ReadAloudPlayer.Clip(exercise.steps().get(index), index, STEP_PAUSE_MILLIS, false));
    }

    private void followReading(int mark) {
        reading = mark >= 0;
        if (reading) {
            goTo(mark);
        } else {
            showStep();
        }
    }

    private Optional<ReadAloudPlayer> player() {
        return getUI().map(ReadAloudPlayer::of);
    }

    private Component modeToggle() {
        return new BigButton(getTranslation(allSteps ? "exercises.showOne" : "exercises.showAll"),
                allSteps ? VaadinIcon.FILE_TEXT_O : VaadinIcon.LIST_OL, e -> {
                    allSteps = !allSteps;
                    removeAll();
                    render(pack());
                }).withClass("sala-secondary", "sala-steps-mode");
    }

    private void showStep() {
        stepArea.removeAll();
        Exercise exercise = exercise(pack());
        if (allSteps) {
            OrderedList list = new OrderedList();
            list.addClassNames("sala-list", "sala-all-steps");
            for (int i = 0; i < exercise.stepCount(); i++) {
                ListItem item = new ListItem(exercise.steps().get(i));
                item.setClassName("current", i == step);
                list.add(item);
            }
            stepArea.add(list);
            return;
        }
        if (step >= exercise.stepCount()) {
            stepArea.add(done());
            return;
        }
        Span counter = new Span(getTranslation("exercises.stepOf", step + 1, exercise.stepCount()));
        counter.addClassNames("sala-step-counter", Prose.READ_AS_ONE);
        Paragraph text = new Paragraph(exercise.steps().get(step));
        text.addClassName("sala-step-text");
        Div card = new Div(counter, text);
        card.addClassName("sala-step-card");
        card.setClassName("sala-reading", reading);
        // Screen readers hear the new step without the visitor having to find it.
        card.getElement().setAttribute("aria-live", "polite");

        BigButton back = new BigButton(getTranslation("exercises.previous"), VaadinIcon.ARROW_LEFT, e -> goTo(step - 1))
                .withClass("sala-secondary", "sala-step-back");
        back.setEnabled(step > 0);
        boolean last = step == exercise.stepCount() - 1;
        BigButton next = new BigButton(getTranslation(last ? "exercises.finish" : "exercises.next"),
                last ? VaadinIcon.CHECK : VaadinIcon.ARROW_RIGHT, e -> goTo(step + 1))
                .withClass("sala-primary", "sala-step-next");
        Div buttons = new Div(back, next);
        buttons.addClassName("sala-step-buttons");
        stepArea.add(card, buttons);
    }

    private Component done() {
        Paragraph message = new Paragraph(getTranslation("exercises.done"));
        message.addClassName("sala-done");
        BigButton again = new BigButton(getTranslation("exercises.startOver"), VaadinIcon.ROTATE_LEFT, e -> goTo(0))
                .withClass("sala-secondary", "sala-start-over");
        Div done = new Div(Icons.decorative(VaadinIcon.CHECK_CIRCLE), message, again);
        done.addClassName("sala-step-card");
        done.getElement().setAttribute("aria-live", "polite");
        return done;
    }

    private void goTo(int newStep) {
        step = Math.max(0, newStep);
        showStep();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "exercises/" + exerciseId + "?" + QueryParameters.simple(Map.of(STEP, String.valueOf(step + 1))).getQueryString()));
    }

    private Div fact(VaadinIcon icon, String label, String value, String cssClass) {
        Span name = new Span(label);
        name.addClassName("sala-fact-label");
        Span text = new Span(value);
        text.addClassName("sala-fact-value");
        Div fact = new Div(Icons.decorative(icon), name, text);
        fact.addClassNames("sala-fact", cssClass, Prose.READ_AS_ONE);
        return fact;
    }

    private Exercise exercise(LanguagePack pack) {
        return pack.exercises().find(exerciseId).orElseThrow();
    }

    @Override
    public int currentStep() {
        return step + 1;
    }

    @Override
    public int showNextStep() {
        goTo(Math.min(step + 1, exercise(pack()).stepCount()));
        return currentStep();
    }

    @Override
    public int showPreviousStep() {
        goTo(step - 1);
        return currentStep();
    }

    @Override
    public String stepLabel(int stepNumber) {
        int count = exercise(pack()).stepCount();
        return stepNumber > count ? getTranslation("exercises.done") : getTranslation("exercises.stepOf", stepNumber, count);
    }

    @Override
    public String subjectId() {
        return exerciseId;
    }

    @Override
    protected String title(LanguagePack pack) {
        return exercise(pack).name();
    }
}
