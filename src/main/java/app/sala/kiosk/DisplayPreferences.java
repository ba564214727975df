package app.sala.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.List;

/**
 * How this visitor wants the screen: text size and contrast. Kept in the visitor's session
 * only, so a new session (the next visitor) starts from the defaults.
 */
public class DisplayPreferences implements Serializable {

    /** Text scale steps: 100% and three steps up to 200%, as docs/ACCESSIBILITY.md asks. */
    public static final List<Double> TEXT_SCALES = List.of(1.0, 1.25, 1.5, 2.0);

    private int textLevel;
    private boolean highContrast;

    public static DisplayPreferences of(VaadinSession session) {
        DisplayPreferences preferences = session.getAttribute(DisplayPreferences.class);
        if (preferences == null) {
            preferences = new DisplayPreferences();
            session.setAttribute(DisplayPreferences.class, preferences);
        }
        return preferences;
    }

    public int textLevel() {
        return textLevel;
    }

    public int textLevels() {
        return TEXT_SCALES.size();
    }

    public double textScale() {
        return TEXT_SCALES.get(textLevel);
    }

    public boolean canEnlarge() {
        return textLevel < TEXT_SCALES.size() - 1;
    }

    public boolean canShrink() {
        return textLevel > 0;
    }

    public void enlarge() {
        textLevel = Math.min(textLevel + 1, TEXT_SCALES.size() - 1);
    }

    public void shrink() {
        textLevel = Math.max(textLevel - 1, 0);
    }

    public boolean highContrast() {
        return highContrast;
    }

    public void toggleContrast() {
        highContrast = !highContrast;
    }

    /** Puts the preferences and the language on the page (the root element the CSS keys on). */
    public void applyTo(UI ui) {
        ui.getPage().executeJs(
                "const root = document.documentElement;"
                        + "root.style.setProperty('--sala-text-scale', $0);"
                        + "root.toggleAttribute('data-high-contrast', $1);"
                        + "root.lang = $2;",
                String.valueOf(textScale()), highContrast, ui.getLocale().getLanguage());
    }
}
