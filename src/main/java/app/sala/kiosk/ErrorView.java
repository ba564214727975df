package app.sala.kiosk;

import app.sala.content.ContentCatalog;
import app.sala.content.LanguagePack;
import app.sala.ui.ButtonLink;
import app.sala.ui.KioskView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Whatever went wrong, the visitor sees a calm message and the way home, never a stack trace. */
@ParentLayout(MainLayout.class)
public class ErrorView extends KioskView implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    public ErrorView(ContentCatalog catalog) {
        super(catalog, "sala-error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Screen failed at '{}'", event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    protected void render(LanguagePack pack) {
        ButtonLink home = new ButtonLink(getTranslation("notFound.home"), VaadinIcon.HOME, HomeView.class, "sala-primary");
        add(new H1(title(pack)), new Paragraph(getTranslation("error.text")), home);
    }

    @Override
    protected String title(LanguagePack pack) {
        return getTranslation("error.title");
    }
}
