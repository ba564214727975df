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
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;

/** The whole care guide: the three places to go, what each is right for, and the notes. */
@Route(Routes.CARE)
public class CareGuideView extends KioskView {

    public CareGuideView(ContentCatalog catalog) {
        super(catalog, "sala-care-view");
    }

    @Override
    protected void render(LanguagePack pack) {
        CareGuide guide = pack.care();
        Paragraph subtitle = new Paragraph(guide.subtitle());
        subtitle.addClassName("sala-subtitle");

        ButtonLink helper = new ButtonLink(getTranslation("care.helper.open"), VaadinIcon.QUESTION_CIRCLE,
                WhereToGoView.class, "sala-primary", "sala-helper-link");
        Paragraph helperText = new Paragraph(getTranslation("care.helper.open.text"));

        add(new H1(title(pack)), subtitle,
                new Disclaimer(getTranslation("care.disclaimer.title"), guide.disclaimer()),
                Prose.section("sala-helper-intro", helper, helperText),
                Prose.paragraphs(guide.intro()));
        for (CareSetting setting : guide.settings()) {
            add(settingSection(setting));
        }
        add(Prose.section("sala-last-note", new H2(guide.lastNote().title()), Prose.paragraphs(guide.lastNote().paragraphs())));
    }

    private Div settingSection(CareSetting setting) {
        H2 name = new H2(setting.name());
        Div heading = new Div(new Pictogram(setting.pictogram(), setting.picture()), name);
        heading.addClassName("sala-setting-heading");
        Div section = Prose.section("sala-setting", heading, Prose.paragraphs(setting.when()),
                new H3(setting.listTitle()), Prose.bullets(setting.conditions().stream().map(Condition::label).toList()),
                Prose.paragraphs(setting.goodToKnow()));
        section.addClassName("sala-setting-" + setting.id());
        section.getElement().setAttribute("data-setting", setting.id());
        return section;
    }

    @Override
    public boolean readsEmergencyStrip() {
        return true;
    }

    @Override
    protected String title(LanguagePack pack) {
        return pack.care().title();
    }
}
