package app.sala.readaloud;

import app.sala.speech.SpeechRate;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.List;

/**
 * How this visitor wants to listen: speed and volume. Kept in the visitor's session, so
 * the next visitor starts from the defaults (DOT 49 CFR 27.71(k): volume resets per user).
 */
public class ListeningPreferences implements Serializable {

    /**
     * Volume steps as amplitude factors: -18 dB, -6 dB and 0 dB. The range is 18 dB and the
     * middle step is 12 dB above the lowest, as EN 301 549 8.2.1 asks.
     */
    public static final List<Double> VOLUMES = List.of(0.125, 0.5, 1.0);
    private static final int DEFAULT_VOLUME = 1;

    private SpeechRate rate = SpeechRate.NORMAL;
    private int volumeLevel = DEFAULT_VOLUME;

    public static ListeningPreferences of(VaadinSession session) {
        ListeningPreferences preferences = session.getAttribute(ListeningPreferences.class);
        if (preferences == null) {
            preferences = new ListeningPreferences();
            session.setAttribute(ListeningPreferences.class, preferences);
        }
        return preferences;
    }

    public SpeechRate rate() {
        return rate;
    }

    public void slower() {
        rate = rate.slower();
    }

    public void faster() {
        rate = rate.faster();
    }

    public int volumeLevel() {
        return volumeLevel;
    }

    public double volume() {
        return VOLUMES.get(volumeLevel);
    }

    public void louder() {
        volumeLevel = Math.min(volumeLevel + 1, VOLUMES.size() - 1);
    }

    public void quieter() {
        volumeLevel = Math.max(volumeLevel - 1, 0);
    }
}
