package app.sala;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/** What a visitor sees and taps, in the words of the kiosk's CSS classes. */
public final class Screen {

    private Screen() {
    }

    public static void open(String route) {
        UI.getCurrent().navigate(route);
    }

    public static void open(String route, String parameter, String value) {
        UI.getCurrent().navigate(route, QueryParameters.of(parameter, value));
    }

    /** The screen shown now (the route target, without the surrounding layout). */
    public static Component view() {
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertThat(chain).as("a screen is shown").isNotEmpty();
        return (Component) chain.get(0);
    }

    public static <T extends Component> T view(Class<T> type) {
        assertThat(view()).isInstanceOf(type);
        return type.cast(view());
    }

    public static String heading() {
        return _get(view(), H1.class).getText();
    }

    /** All the text of a component, its children's included. */
    public static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** Everything written on the screen now, the frame around the view included. */
    public static String everything() {
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return text((Component) chain.get(chain.size() - 1));
    }

    public static String textOf(String cssClass) {
        return text(_get(Component.class, spec -> spec.withClasses(cssClass)));
    }

    public static NativeButton button(String cssClass) {
        return _get(NativeButton.class, spec -> spec.withClasses(cssClass));
    }

    public static void tap(String cssClass) {
        _click(button(cssClass));
    }

    public static RouterLink link(String cssClass) {
        return _get(RouterLink.class, spec -> spec.withClasses(cssClass));
    }

    public static void follow(RouterLink link) {
        RouterLinkKt._click(link);
    }

    public static void follow(String cssClass) {
        follow(link(cssClass));
    }

    public static NativeButton languageButton(String code) {
        return _get(NativeButton.class, spec -> spec.withAttribute("data-language", code));
    }

    public static void tapLanguage(String code) {
        _click(languageButton(code));
    }

    public static boolean shows(String cssClass) {
        return !_find(Component.class, spec -> spec.withClasses(cssClass)).isEmpty();
    }
}
