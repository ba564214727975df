package app.sala.care;

import app.sala.content.CareGuide;
import app.sala.content.CareSetting;
import app.sala.content.Condition;
import app.sala.content.ContentCatalog;
import app.sala.content.LanguagePack;
import app.sala.ui.ButtonLink;
import app.sala.ui.KioskView;
import app.sala.ui.Pictogram;
import app.sala.ui.Prose;
import app.sala.ui.Routes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/** The helper's answer: the place to go for the chosen condition, and the guide's reasons. */
@Route(Routes.WHERE_TO_GO + "/:" + CareAdviceView.CONDITION_ID)
public class CareAdviceView extends KioskView implements BeforeEnterObserver {

    public static final String CONDITION_ID = "conditionId";

    private String conditionId;

    public CareAdviceView(ContentCatalog catalog) {
        super(catalog, "sala-advice-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conditionId = event.getRouteParameters().get(CONDITION_ID).orElse("");
        CareGuide guide = pack().care();
        if (guide.condition(conditionId).isEmpty()) {
            event.forwardTo(WhereToGoView.class);
        } else if (CareAdvisor.isEmergency(guide, conditionId)) {
            // Typed or bookmarked addresses get the same safety as the buttons.
            event.forwardTo(EmergencyView.class, new RouteParameters(EmergencyView.CONDITION_ID, conditionId));
        }
    }

    @Override
    protected void render(LanguagePack pack) {
        CareGuide guide = pack.care();
        CareSetting setting = setting(pack);
        Condition condition = guide.condition(conditionId).orElseThrow();

        Paragraph chosen = new Paragraph(getTranslation("care.result.youChose", condition.label()));
        chosen.addClassName("sala-subtitle");
        Span goTo = new Span(getTranslation("care.result.goTo"));
        goTo.addClassName("sala-result-label");
        Span place = new Span(setting.name());
        place.addClassName("sala-result-setting");
        Div result = new Div(new Pictogram(setting.pictogram(), setting.picture()),
                Prose.readAsOne(new Div(goTo, place)));
        result.addClassNames("sala-result", "sala-result-" + setting.id());
        result.getElement().setAttribute("data-setting", setting.id());

        Paragraph call = new Paragraph(getTranslation("care.result.call"));
        call.addClassName("sala-call");
        Div actions = new Div(
                new ButtonLink(getTranslation("care.result.otherChoice"), VaadinIcon.ARROW_LEFT, WhereToGoView.class,
                        "sala-secondary"),
                new ButtonLink(getTranslation("care.guide.open"), VaadinIcon.BOOK, CareGuideView.class, "sala-secondary"));
        actions.addClassName("sala-actions");

        add(new H1(title(pack)), chosen, result,
                Prose.section("sala-why", new H2(getTranslation("care.result.why")), Prose.paragraphs(setting.when())),
                Prose.section("sala-good-to-know", new H2(getTranslation("care.result.more")), Prose.paragraphs(setting.goodToKnow())),
                call,
                new Disclaimer(getTranslation("care.disclaimer.title"), guide.disclaimer()),
                actions);
    }

    private CareSetting setting(LanguagePack pack) {
        return pack.care().settingFor(conditionId).orElseThrow();
    }

    /** The setting the visitor is sent to, for tests and integrations. */
    public String settingId() {
        return setting(pack()).id();
    }

    @Override
    public boolean readsEmergencyStrip() {
        return true;
    }

    @Override
    protected String title(LanguagePack pack) {
        return pack.care().helper().title();
    }
}
