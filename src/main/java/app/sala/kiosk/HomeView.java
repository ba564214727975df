package app.sala.kiosk;

import app.sala.content.Activity;
import app.sala.content.CareSetting;
import app.sala.content.ContentCatalog;
import app.sala.content.Exercise;
import app.sala.content.LanguagePack;
import app.sala.ui.KioskView;
import app.sala.ui.Routes;
import app.sala.ui.Tile;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

/** The first screen: three big choices, each opening its feature by address. */
@Route(Routes.HOME)
public class HomeView extends KioskView {

    public HomeView(ContentCatalog catalog) {
        super(catalog, "sala-home-view");
    }

    @Override
    protected void render(LanguagePack pack) {
        Exercise exercise = pack.exercises().items().get(0);
        CareSetting setting = pack.care().settings().get(0);
        Activity activity = pack.activities().items().get(0);
        Div tiles = new Div(
                new Tile(getTranslation("home.exercises.title"), getTranslation("home.exercises.text"),
                        exercise.pictogram(), exercise.picture(), Routes.EXERCISES),
                new Tile(getTranslation("home.care.title"), getTranslation("home.care.text"),
                        setting.pictogram(), setting.picture(), Routes.CARE),
                new Tile(getTranslation("home.activities.title"), getTranslation("home.activities.text"),
                        activity.pictogram(), activity.picture(), Routes.ACTIVITIES));
        tiles.addClassNames("sala-tiles", "sala-home-tiles");
        Paragraph subtitle = new Paragraph(getTranslation("home.subtitle"));
        subtitle.addClassName("sala-subtitle");
        add(new H1(title(pack)), subtitle, tiles);
    }

    @Override
    protected String title(LanguagePack pack) {
        return getTranslation("home.title");
    }
}
