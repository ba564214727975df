package app.sala.exercises;

import app.sala.content.ClosingAdvice;
import app.sala.content.ContentCatalog;
import app.sala.content.Exercise;
import app.sala.content.ExerciseGuide;
import app.sala.content.LanguagePack;
import app.sala.ui.KioskView;
import app.sala.ui.Prose;
import app.sala.ui.Routes;
import app.sala.ui.Tile;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/** The six exercises as cards, with the article's introduction and closing advice. */
@Route(Routes.EXERCISES)
public class ExercisesView extends KioskView {

    public ExercisesView(ContentCatalog catalog) {
        super(catalog, "sala-exercises-view");
    }

    @Override
    protected void render(LanguagePack pack) {
        ExerciseGuide guide = pack.exercises();
        Paragraph subtitle = new Paragraph(guide.subtitle());
        subtitle.addClassName("sala-subtitle");
        Div cards = new Div();
        cards.addClassNames("sala-tiles", "sala-exercise-tiles");
        for (Exercise exercise : guide.items()) {
            cards.add(new Tile(exercise.name(), getTranslation("exercises.howOften") + ": " + exercise.howOften(),
                    exercise.pictogram(), exercise.picture(), ExerciseView.class,
                    new RouteParameters(ExerciseView.EXERCISE_ID, exercise.id())));
        }
        add(new H1(title(pack)), subtitle, cards, Prose.paragraphs(guide.intro()));
        for (ClosingAdvice advice : guide.closing()) {
            add(Prose.section("sala-advice", new H2(advice.title()), Prose.paragraphs(advice.paragraphs())));
        }
    }

    @Override
    protected String title(LanguagePack pack) {
        return pack.exercises().title();
    }
}
