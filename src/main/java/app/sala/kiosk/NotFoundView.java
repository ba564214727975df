package app.sala.kiosk;

import app.sala.content.ContentCatalog;
import app.sala.content.LanguagePack;
import app.sala.ui.ButtonLink;
import app.sala.ui.KioskView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/** A kiosk never shows a stack trace: an unknown address gets a friendly way home. */
@ParentLayout(MainLayout.class)
public class NotFoundView extends KioskView implements HasErrorParameter<NotFoundException> {

    public NotFoundView(ContentCatalog catalog) {
        super(catalog, "sala-not-found-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    protected void render(LanguagePack pack) {
        ButtonLink home = new ButtonLink(getTranslation("notFound.home"), VaadinIcon.HOME, HomeView.class, "sala-primary");
        add(new H1(title(pack)), home);
    }

    @Override
    protected String title(LanguagePack pack) {
        return getTranslation("notFound.title");
    }
}
