package app.sala.care;

import app.sala.content.CareHelper;
import app.sala.content.ContentCatalog;
import app.sala.content.HelperChoice;
import app.sala.content.HelperGroup;
import app.sala.content.LanguagePack;
import app.sala.ui.BigButton;
import app.sala.ui.KioskView;
import app.sala.ui.Routes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;

/**
 * "Where should I go?": the visitor taps what is wrong. Emergency conditions go straight to
 * the emergency screen; nothing on this screen can show them a lesser place.
 */
@Route(Routes.WHERE_TO_GO)
public class WhereToGoView extends KioskView {

    public WhereToGoView(ContentCatalog catalog) {
        super(catalog, "sala-where-view");
    }

    @Override
    protected void render(LanguagePack pack) {
        CareHelper helper = pack.care().helper();
        Paragraph question = new Paragraph(helper.question());
        question.addClassName("sala-subtitle");
        add(new H1(title(pack)), question, new Disclaimer(getTranslation("care.disclaimer.title"), pack.care().disclaimer()));
        for (HelperGroup group : helper.groups()) {
            Div choices = new Div();
            choices.addClassName("sala-choices");
            for (HelperChoice choice : group.choices()) {
                boolean emergency = CareAdvisor.isEmergency(pack.care(), choice.condition());
                BigButton button = new BigButton(choice.label(), emergency ? VaadinIcon.WARNING : VaadinIcon.ANGLE_RIGHT,
                        e -> choose(choice.condition()))
                        .withClass("sala-choice");
                button.getElement().setAttribute("data-condition", choice.condition());
                choices.add(button);
            }
            Div section = new Div(new H2(group.title()), choices);
            section.addClassNames("sala-section", "sala-choice-group");
            section.getElement().setAttribute("data-group", group.id());
            add(section);
        }
    }

    private void choose(String conditionId) {
        getUI().ifPresent(ui -> ui.navigate(CareAdvisor.routeFor(pack().care(), conditionId)));
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
