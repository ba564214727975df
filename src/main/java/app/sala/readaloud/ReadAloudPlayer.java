package app.sala.readaloud;

import app.sala.speech.SpeechRate;
import app.sala.speech.SpeechService;
import app.sala.ui.BigButton;
import app.sala.usage.UsageFigures;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The read-aloud controls of a screen, and the bridge to the browser's audio player
 * (js/sala-reader.js). The server decides what is read and at which speed; the browser
 * plays the clips in order, so the next clip starts without a round trip.
 */
@JavaScript("context://js/sala-reader.js")
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class ReadAloudPlayer extends Div {

    /** One clip to play: the text, the mark it belongs to, and the silence after it. */
    public record Clip(String text, int mark, int pauseAfterMillis, boolean highlight) {

        public static Clip of(ReadingOrder.Segment segment) {
            return new Clip(segment.text(), segment.mark(), 250, true);
        }
    }

    private final SpeechService speech;
    private final UsageFigures usage;
    private final Span status = new Span();
    private final BigButton pauseResume;
    private final BigButton repeat;
    private final BigButton stop;
    private final BigButton slower;
    private final BigButton faster;
    private final Span speed = new Span();
    private final BigButton quieter;
    private final BigButton louder;
    private final Span volume = new Span();
    private IntConsumer markListener = mark -> { };
    private boolean paused;

    public ReadAloudPlayer(SpeechService speech, UsageFigures usage) {
        this.speech = speech;
        this.usage = usage;
        addClassName("sala-reader");
        getElement().setAttribute("role", "region");
        status.addClassName("sala-reader-status");
        status.getElement().setAttribute("aria-live", "polite");
        pauseResume = new BigButton("", VaadinIcon.PAUSE, e -> togglePause()).withClass("sala-reader-pause");
        repeat = new BigButton("", VaadinIcon.ROTATE_LEFT, e -> js("repeat()")).withClass("sala-reader-repeat");
        stop = new BigButton("", VaadinIcon.STOP, e -> stop()).withClass("sala-reader-stop");
        slower = BigButton.iconOnly(VaadinIcon.MINUS, e -> change(ListeningPreferences::slower)).withClass("sala-reader-slower");
        faster = BigButton.iconOnly(VaadinIcon.PLUS, e -> change(ListeningPreferences::faster)).withClass("sala-reader-faster");
        quieter = BigButton.iconOnly(VaadinIcon.VOLUME_DOWN, e -> change(ListeningPreferences::quieter)).withClass("sala-reader-quieter");
        louder = BigButton.iconOnly(VaadinIcon.VOLUME_UP, e -> change(ListeningPreferences::louder)).withClass("sala-reader-louder");
        speed.addClassName("sala-reader-level");
        volume.addClassName("sala-reader-level");
        Div playback = group("sala-reader-playback", pauseResume, repeat, stop);
        Div speedGroup = group("sala-reader-speed", slower, speed, faster);
        Div volumeGroup = group("sala-reader-volume", quieter, volume, louder);
        add(status, playback, speedGroup, volumeGroup);
        setVisible(false);
    }

    /** The player of the current screen, so a view can read its own parts (an exercise's steps). */
    public static ReadAloudPlayer of(UI ui) {
        return ComponentUtil.getData(ui, ReadAloudPlayer.class);
    }

    public void register(UI ui) {
        ComponentUtil.setData(ui, ReadAloudPlayer.class, this);
    }

    public boolean canRead() {
        return speech.availability(language()).available();
    }

    public String unavailableReason() {
        return speech.availability(language()).reason();
    }

    /**
     * Plays clips in order; {@code onMark} hears each new mark as its first clip starts, and
     * -1 when the reading ends or is stopped.
     */
    public void play(List<Clip> clips, IntConsumer onMark) {
        if (clips.isEmpty() || !canRead()) {
            return;
        }
        markListener = onMark;
        paused = false;
        SpeechRate rate = preferences().rate();
        JsonArray queue = Json.createArray();
        for (Clip clip : clips) {
            JsonObject item = Json.createObject();
            item.put("url", url(clip.text(), rate));
            item.put("mark", clip.mark());
            item.put("pauseAfter", clip.pauseAfterMillis());
            item.put("highlight", clip.highlight());
            queue.set(queue.length(), item);
        }
        setVisible(true);
        showState(getTranslation("speech.reading"));
        usage.countReadAloud(language());
        getElement().executeJs("window.Sala.reader.play(this, $0, $1)", queue, preferences().volume());
    }

    public void stop() {
        IntConsumer listener = markListener;
        markListener = mark -> { };
        listener.accept(-1);
        paused = false;
        js("stop()");
        setVisible(false);
    }

    @ClientCallable
    private void onMark(int mark) {
        markListener.accept(mark);
    }

    @ClientCallable
    private void onStatus(String state) {
        switch (state) {
            case "playing" -> {
                paused = false;
                showState(getTranslation("speech.reading"));
            }
            case "paused" -> showState(getTranslation("speech.paused"));
            case "ended" -> {
                showState(getTranslation("speech.ended"));
                markListener.accept(-1);
            }
            default -> showState(getTranslation("speech.error"));
        }
    }

    private void togglePause() {
        paused = !paused;
        js(paused ? "pause()" : "resume()");
        showState(getTranslation(paused ? "speech.paused" : "speech.reading"));
    }

    /** Changes speed or volume as the player's buttons do (the voice assistant's "slower", "louder"). */
    public void adjust(Consumer<ListeningPreferences> change) {
        change(change);
    }

    private void change(Consumer<ListeningPreferences> change) {
        change.accept(preferences());
        js("setVolume(" + preferences().volume() + ")");
        showState(status.getText());
    }

    private void showState(String text) {
        ListeningPreferences preferences = preferences();
        status.setText(text);
        pauseResume.setLabel(getTranslation(paused ? "speech.resume" : "speech.pause"));
        repeat.setLabel(getTranslation("speech.repeat"));
        stop.setLabel(getTranslation("speech.stop"));
        slower.setAccessibleName(getTranslation("speech.slower"));
        faster.setAccessibleName(getTranslation("speech.faster"));
        speed.setText(getTranslation("speech.speed." + preferences.rate().key()));
        slower.setEnabled(preferences.rate() != SpeechRate.SLOWER);
        faster.setEnabled(preferences.rate() != SpeechRate.FASTER);
        quieter.setAccessibleName(getTranslation("speech.quieter"));
        louder.setAccessibleName(getTranslation("speech.louder"));
        volume.setText(getTranslation("speech.volume", preferences.volumeLevel() + 1, ListeningPreferences.VOLUMES.size()));
        quieter.setEnabled(preferences.volumeLevel() > 0);
        louder.setEnabled(preferences.volumeLevel() < ListeningPreferences.VOLUMES.size() - 1);
        getElement().setAttribute("aria-label", getTranslation("speech.controls"));
    }

    private String url(String text, SpeechRate rate) {
        return "api/v1/speech?lang=" + language() + "&rate=" + rate.key()
                + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String language() {
        return getLocale().getLanguage();
    }

    private void js(String call) {
        // On the page, not on this element: Vaadin holds back an element's scripts while it
        // is hidden, and stop() hides it.
        getUI().ifPresent(ui -> ui.getPage().executeJs(
                "if (window.Sala && window.Sala.reader) { window.Sala.reader." + call + "; }"));
    }

    private static ListeningPreferences preferences() {
        return ListeningPreferences.of(VaadinSession.getCurrent());
    }

    private static Div group(String cssClass, Component... children) {
        Div group = new Div(children);
        group.addClassNames("sala-reader-group", cssClass);
        return group;
    }
}
