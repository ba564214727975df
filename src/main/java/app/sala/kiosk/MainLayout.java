package app.sala.kiosk;

import app.sala.care.EmergencyView;
import app.sala.content.ContentCatalog;
import app.sala.readaloud.ReadAloudPlayer;
import app.sala.readaloud.ReadingOrder;
import app.sala.ui.BigButton;
import app.sala.ui.Icons;
import app.sala.ui.KioskControls;
import app.sala.ui.KioskView;
import app.sala.usage.UsageFigures;
import app.sala.voice.panel.VoiceAssistant;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The frame around every screen: the emergency strip on top, home and language in the
 * header, staff help and display settings in the footer (within reach from a wheelchair).
 */
@Layout
public class MainLayout extends Div implements RouterLayout, LocaleChangeObserver, AfterNavigationObserver,
        KioskControls {

    private final Div content = new Div();
    private final RouterLink emergencyStrip = new RouterLink();
    private final Span emergencyText = new Span();
    private final Span emergencyHint = new Span();
    private final RouterLink home = new RouterLink();
    private final Span homeLabel = new Span();
    private final Span appName = new Span();
    private final Div settings = new Div();
    private final BigButton staffHelp;
    private final BigButton smallerText;
    private final BigButton largerText;
    private final Span textLevel = new Span();
    private final Span textSizeLabel = new Span();
    private final BigButton contrast;
    private final BigButton readAloud;
    private final Span readAloudUnavailable = new Span();
    private final ReadAloudPlayer player;
    private final VoiceAssistant voice;
    private Component currentView;

    public MainLayout(ContentCatalog catalog, ReadAloudPlayer player, VoiceAssistant voice, UsageFigures usage) {
        addClassName("sala-shell");

        emergencyStrip.setRoute(EmergencyView.class);
        emergencyStrip.addClassName("sala-emergency-strip");
        emergencyText.addClassName("sala-emergency-strip-text");
        emergencyHint.addClassName("sala-emergency-strip-hint");
        emergencyStrip.add(Icons.decorative(VaadinIcon.WARNING), emergencyText, emergencyHint);

        home.setRoute(HomeView.class);
        home.addClassNames("sala-button", "sala-home");
        homeLabel.addClassName("sala-button-label");
        home.add(Icons.decorative(VaadinIcon.HOME), homeLabel);
        appName.addClassName("sala-app-name");
        Div bar = new Div(home, appName, new LanguageSwitch(catalog, usage));
        bar.addClassName("sala-header");
        // The strip is part of the page header landmark, so every control is in a landmark.
        Header header = new Header(emergencyStrip, bar);
        header.addClassName("sala-top");

        content.addClassName("sala-content");

        staffHelp = new BigButton("", VaadinIcon.USER_HEART, e -> new StaffHelpDialog().open())
                .withClass("sala-staff-help");
        smallerText = BigButton.iconOnly(VaadinIcon.MINUS, e -> changePreferences(DisplayPreferences::shrink))
                .withClass("sala-text-smaller");
        largerText = BigButton.iconOnly(VaadinIcon.PLUS, e -> changePreferences(DisplayPreferences::enlarge))
                .withClass("sala-text-larger");
        textSizeLabel.addClassName("sala-text-size-label");
        textLevel.addClassName("sala-text-level");
        contrast = new BigButton("", VaadinIcon.ADJUST, e -> changePreferences(DisplayPreferences::toggleContrast))
                .withClass("sala-contrast");
        this.player = player;
        // Registered before any view draws itself, so views can offer their own reading buttons.
        player.register(UI.getCurrent());
        readAloud = new BigButton("", VaadinIcon.VOLUME_UP, e -> readScreen()).withClass("sala-read-aloud");
        readAloudUnavailable.addClassName("sala-read-aloud-unavailable");
        readAloudUnavailable.setId("read-aloud-unavailable");
        this.voice = voice;
        Div help = new Div(voice, staffHelp, readAloud, readAloudUnavailable);
        help.addClassName("sala-help");
        settings.addClassName("sala-settings");
        settings.getElement().setAttribute("role", "group");
        settings.add(textSizeLabel, smallerText, textLevel, largerText, contrast);
        Footer footer = new Footer(help, settings);
        footer.addClassName("sala-footer");

        add(header, content, voice.panel(), player, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        currentView = view instanceof Component component ? component : null;
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        preferences().applyTo(attachEvent.getUI());
        showPreferences();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Speech stops when the screen changes: it must never describe a screen no longer shown.
        player.stop();
        voice.screenChanged();
        boolean emergency = event.getActiveChain().stream().anyMatch(EmergencyView.class::isInstance);
        setClassName("emergency-mode", emergency);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        emergencyText.setText(getTranslation("emergency.strip"));
        emergencyHint.setText(getTranslation("emergency.strip.hint"));
        homeLabel.setText(getTranslation("nav.home"));
        appName.setText(getTranslation("app.name"));
        staffHelp.setLabel(getTranslation("staff.button"));
        textSizeLabel.setText(getTranslation("text.label"));
        smallerText.setAccessibleName(getTranslation("text.smaller"));
        largerText.setAccessibleName(getTranslation("text.larger"));
        settings.getElement().setAttribute("aria-label", getTranslation("settings.label"));
        player.stop();
        voice.refresh();
        readAloud.setLabel(getTranslation("speech.readAloud"));
        boolean canRead = player.canRead();
        readAloud.setEnabled(canRead);
        readAloudUnavailable.setVisible(!canRead);
        readAloudUnavailable.setText(canRead ? "" : getTranslation("speech.unavailable"));
        readAloudUnavailable.setTitle(canRead ? "" : player.unavailableReason());
        if (canRead) {
            readAloud.getElement().removeAttribute("aria-describedby");
        } else {
            readAloud.getElement().setAttribute("aria-describedby", "read-aloud-unavailable");
        }
        showPreferences();
        preferences().applyTo(event.getUI());
    }

    @Override
    public Component currentView() {
        return currentView;
    }

    @Override
    public boolean enlargeText() {
        boolean can = preferences().canEnlarge();
        changePreferences(DisplayPreferences::enlarge);
        return can;
    }

    @Override
    public boolean shrinkText() {
        boolean can = preferences().canShrink();
        changePreferences(DisplayPreferences::shrink);
        return can;
    }

    @Override
    public boolean toggleContrast() {
        changePreferences(DisplayPreferences::toggleContrast);
        return preferences().highContrast();
    }

    @Override
    public void callStaff() {
        new StaffHelpDialog().open();
    }

    @Override
    public void readScreen() {
        if (currentView instanceof KioskView view) {
            List<ReadAloudPlayer.Clip> clips = new ArrayList<>(
                    ReadingOrder.of(view).stream().map(ReadAloudPlayer.Clip::of).toList());
            if (view.readsEmergencyStrip()) {
                clips.add(new ReadAloudPlayer.Clip(emergencyText.getText(), clips.size(), 250, false));
            }
            player.play(clips, mark -> { });
        }
    }

    private void changePreferences(Consumer<DisplayPreferences> change) {
        change.accept(preferences());
        showPreferences();
        getUI().ifPresent(preferences()::applyTo);
    }

    private void showPreferences() {
        DisplayPreferences preferences = preferences();
        textLevel.setText(getTranslation("text.level", preferences.textLevel() + 1, preferences.textLevels()));
        smallerText.setEnabled(preferences.canShrink());
        largerText.setEnabled(preferences.canEnlarge());
        contrast.setLabel(getTranslation(preferences.highContrast() ? "contrast.turnOff" : "contrast.turnOn"));
    }

    private static DisplayPreferences preferences() {
        return DisplayPreferences.of(VaadinSession.getCurrent());
    }
}
