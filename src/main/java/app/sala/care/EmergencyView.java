package app.sala.care;

import app.sala.content.CareSetting;
import app.sala.content.ContentCatalog;
import app.sala.content.EmergencyAdvice;
import app.sala.content.LanguagePack;
import app.sala.ui.BigButton;
import app.sala.ui.Icons;
import app.sala.ui.KioskView;
import app.sala.ui.Pictogram;
import app.sala.ui.Prose;
import app.sala.ui.Routes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

/**
 * "Call 911 or go to the ER now": the whole screen turns red and says nothing else, so it
 * cannot be mistaken for the ordinary answers of the helper.
 */
@Route(Routes.EMERGENCY + "/:" + EmergencyView.CONDITION_ID + "?")
public class EmergencyView extends KioskView implements BeforeEnterObserver {

    public static final String CONDITION_ID = "conditionId";

    private String conditionId;

    public EmergencyView(ContentCatalog catalog) {
        super(catalog, "sala-emergency-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conditionId = event.getRouteParameters().get(CONDITION_ID).orElse(null);
    }

    @Override
    protected void render(LanguagePack pack) {
        EmergencyAdvice advice = pack.care().emergency();
        Span warning = new Span(Icons.decorative(VaadinIcon.WARNING), new Span(getTranslation("emergency.warning")));
        warning.addClassNames("sala-emergency-badge", Prose.READ_AS_ONE);
        Paragraph subtitle = new Paragraph(advice.subtitle());
        subtitle.addClassName("sala-subtitle");
        Div heading = new Div(new H1(title(pack)));
        heading.addClassName("sala-emergency-heading");
        // Announced at once by screen readers; on the heading, so <main> stays the main landmark.
        heading.getElement().setAttribute("role", "alert");
        pack.care().setting(CareSetting.EMERGENCY)
                .ifPresent(er -> heading.addComponentAsFirst(new Pictogram(er.pictogram(), er.picture())));
        add(warning, heading, subtitle);
        if (conditionId != null) {
            pack.care().condition(conditionId).ifPresent(condition -> {
                Paragraph chosen = new Paragraph(getTranslation("emergency.youChose", condition.label()));
                chosen.addClassName("sala-emergency-condition");
                add(chosen);
            });
        }
        BigButton back = new BigButton(getTranslation("emergency.back"), VaadinIcon.ARROW_LEFT,
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs(
                        "if (history.length > 1) { history.back(); } else { location.assign('./'); }")))
                .withClass("sala-secondary", "sala-emergency-back");
        Div steps = Prose.section("sala-emergency-steps", Prose.numbered(advice.steps()));
        add(steps, back);
    }

    /** The condition that led here, or null when the visitor came by the emergency strip. */
    public String conditionId() {
        return conditionId;
    }

    @Override
    protected String title(LanguagePack pack) {
        return pack.care().emergency().title();
    }
}
