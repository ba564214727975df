package app.sala.usage;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One day's usage figures: counts only, nothing about any visitor. This is also the shape of
 * the daily file and of the actuator answer.
 *
 * @param date      the server's local date, ISO (2026-11-28)
 * @param visits    visits started from the welcome screen
 * @param resets    kiosks started over because nobody answered "Are you still there?"
 * @param moreTime  presses of "I need more time"
 * @param views     screens opened, by address pattern (content ids such as exercise names kept)
 * @param intents   voice requests understood, by intent name
 * @param languages languages chosen, by language code
 * @param readAloud read-aloud uses, by language code
 */
public record DayCounts(String date, long visits, long resets, long moreTime,
        Map<String, Long> views, Map<String, Long> intents, Map<String, Long> languages,
        Map<String, Long> readAloud) {

    public DayCounts {
        views = sorted(views);
        intents = sorted(intents);
        languages = sorted(languages);
        readAloud = sorted(readAloud);
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        return Collections.unmodifiableMap(counts == null ? new TreeMap<>() : new TreeMap<>(counts));
    }
}
