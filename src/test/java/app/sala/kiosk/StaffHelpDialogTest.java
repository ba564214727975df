package app.sala.kiosk;

import static app.sala.Screen.open;
import static app.sala.Screen.tap;
import static app.sala.Screen.tapLanguage;
import static app.sala.Screen.text;
import static app.sala.Screen.textOf;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.sala.KaribuTest;
import app.sala.content.ContentCatalog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** "Ask staff": a person is always one tap away, in the visitor's language. */
class StaffHelpDialogTest extends KaribuTest {

    @Autowired
    private ContentCatalog catalog;

    @ParameterizedTest(name = "[{0}] from \"{1}\"")
    @CsvSource({"en, ''", "es, ''", "en, emergency", "es, care/where-to-go", "en, exercises/bridge"})
    void opensInTheVisitorsLanguageAndCloses(String language, String address) {
        Map<String, String> ui = catalog.pack(Locale.forLanguageTag(language)).ui();
        open(address);
        if (!language.equals("en")) {
            tapLanguage(language);
        }
        assertThat(textOf("sala-staff-help")).isEqualTo(ui.get("staff.button"));
        _assertNoDialogs();

        tap("sala-staff-help");

        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, H2.class).getText()).isEqualTo(ui.get("staff.title"));
        assertThat(text(dialog)).contains(ui.get("staff.text"), ui.get("staff.phone"), "(888) 499-9303");
        NativeButton close = _get(dialog, NativeButton.class, spec -> spec.withClasses("sala-staff-close"));
        assertThat(text(close)).isEqualTo(ui.get("staff.close"));

        _click(close);

        assertThat(dialog.isOpened()).isFalse();
        _assertNoDialogs();
    }

    @Test
    void saysWhereToFindAPersonInPlainEnglish() {
        open("");
        tap("sala-staff-help");

        assertThat(text(_get(Dialog.class))).isEqualTo("A person can help you"
                + "Please go to the front desk or wave to a staff member. We are happy to help you."
                + "You can also call AltaMed at (888) 499-9303."
                + "OK, close");
    }
}
