package app.sala.exercises;

import static app.sala.Screen.follow;
import static app.sala.Screen.heading;
import static app.sala.Screen.open;
import static app.sala.Screen.tapLanguage;
import static app.sala.Screen.text;
import static app.sala.Screen.textOf;
import static app.sala.Screen.view;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.sala.KaribuTest;
import app.sala.content.ContentCatalog;
import app.sala.content.Exercise;
import app.sala.content.ExerciseGuide;
import app.sala.content.LanguagePack;
import app.sala.ui.Tile;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The list of exercises: one tile each, saying what it is and how often to do it. */
class ExercisesViewTest extends KaribuTest {

    @Autowired
    private ContentCatalog catalog;

    @Test
    void showsSixTilesWithNameAndHowOften() {
        open("exercises");

        List<Tile> tiles = _find(Tile.class);
        List<Exercise> exercises = catalog.pack(Locale.ENGLISH).exercises().items();

        assertThat(tiles).hasSize(6).hasSameSizeAs(exercises);
        for (int i = 0; i < tiles.size(); i++) {
            Tile tile = tiles.get(i);
            Exercise exercise = exercises.get(i);
            assertThat(_get(tile, Span.class, spec -> spec.withClasses("sala-tile-title")).getText())
                    .isEqualTo(exercise.name());
            assertThat(_get(tile, Span.class, spec -> spec.withClasses("sala-tile-text")).getText())
                    .isEqualTo("How often: " + exercise.howOften());
            assertThat(_get(tile, Image.class).getAlt()).contains(exercise.picture());
        }
        assertThat(tiles).extracting(tile -> text(tile))
                .contains("BridgeHow often: Two or three times a week.");
    }

    @Test
    void tilesSpeakSpanishToo() {
        open("exercises");
        tapLanguage("es");

        LanguagePack spanish = catalog.pack(Locale.forLanguageTag("es"));
        assertThat(_find(Tile.class)).extracting(tile -> text(tile))
                .containsExactlyElementsOf(spanish.exercises().items().stream()
                        .map(e -> e.name() + "Con qué frecuencia: " + e.howOften()).toList())
                .contains("Puente de glúteosCon qué frecuencia: Dos o tres veces por semana.");
    }

    @Test
    void eachTileOpensItsExerciseAtTheFirstStep() {
        for (Exercise exercise : catalog.pack(Locale.ENGLISH).exercises().items()) {
            open("exercises");
            follow(_find(Tile.class).stream()
                    .filter(tile -> text(tile).startsWith(exercise.name()))
                    .findFirst().orElseThrow());

            assertThat(getCurrentView()).isEqualTo(ExerciseView.class);
            assertThat(heading()).isEqualTo(exercise.name());
            assertThat(textOf("sala-step-counter")).isEqualTo("Step 1 of " + exercise.steps().size());
        }
    }

    @Test
    void showsTheIntroductionAndClosingAdvice() {
        open("exercises");

        ExerciseGuide guide = catalog.pack(Locale.ENGLISH).exercises();
        assertThat(heading()).isEqualTo(guide.title());
        assertThat(text(view())).contains(guide.intro()).contains(guide.closing().get(1).title())
                .contains("(888) 499-9303");
    }

    @Test
    void anUnknownExerciseLeadsBackToTheList() {
        open("exercises/nope");

        assertThat(getCurrentView()).isEqualTo(ExercisesView.class);
        assertThat(_find(Tile.class)).hasSize(6);
    }
}
