package app.sala.ui;

import com.vaadin.flow.component.Component;

/**
 * What the frame around every screen can do, for features that act on it without depending on
 * it: the voice assistant turns "make the text bigger" into {@link #enlargeText()}.
 */
public interface KioskControls {

    /** The screen shown now, or null. */
    Component currentView();

    void readScreen();

    /** @return false when the text is already at its largest */
    boolean enlargeText();

    /** @return false when the text is already at its smallest */
    boolean shrinkText();

    /** @return true when high contrast is now on */
    boolean toggleContrast();

    void callStaff();
}
