package app.sala.activities;

import app.sala.content.Activity;
import app.sala.content.ActivityGuide;
import app.sala.content.ContentCatalog;
import app.sala.content.LanguagePack;
import app.sala.ui.ButtonLink;
import app.sala.ui.Icons;
import app.sala.ui.KioskView;
import app.sala.ui.Pictogram;
import app.sala.ui.Prose;
import app.sala.ui.Routes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;

/** Five outdoor activities, each a card with its places. */
@Route(Routes.ACTIVITIES)
public class ActivitiesView extends KioskView {

    public ActivitiesView(ContentCatalog catalog) {
        super(catalog, "sala-activities-view");
    }

    @Override
    protected void render(LanguagePack pack) {
        ActivityGuide guide = pack.activities();
        Paragraph subtitle = new Paragraph(guide.subtitle());
        subtitle.addClassName("sala-subtitle");
        Div cards = new Div();
        cards.addClassNames("sala-cards", "sala-activity-cards");
        for (Activity activity : guide.items()) {
            H3 places = new H3(Icons.decorative(VaadinIcon.MAP_MARKER));
            places.add(getTranslation("activities.places"));
            Div text = new Div(new H2(activity.name()), Prose.paragraphs(activity.paragraphs()),
                    places, Prose.bullets(activity.places()));
            text.addClassName("sala-card-text");
            Div card = new Div(new Pictogram(activity.pictogram(), activity.picture()), text);
            card.addClassName("sala-card");
            card.getElement().setAttribute("data-activity", activity.id());
            cards.add(card);
        }
        // A way on at the end of a long page; it also lets keyboard users reach and scroll it.
        ButtonLink home = new ButtonLink(getTranslation("nav.toHome"), VaadinIcon.HOME, Routes.HOME, "sala-secondary");
        add(new H1(title(pack)), subtitle, Prose.paragraphs(guide.intro()), cards,
                Prose.section("sala-closing", new H2(guide.closing().title()), Prose.paragraphs(guide.closing().paragraphs())),
                home);
    }

    @Override
    protected String title(LanguagePack pack) {
        return pack.activities().title();
    }
}
