package app.sala.readaloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.sala.speech.SpeechRate;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Volume and speed, as EN 301 549 8.2.1 and docs/ACCESSIBILITY.md ask: at least three volume steps
 * over at least 18 dB, one step 12 dB above the lowest, and both back to normal for the next visitor.
 */
class ListeningPreferencesTest {

    private static double decibels(double amplitude, double reference) {
        return 20 * Math.log10(amplitude / reference);
    }

    @Test
    void volumeStepsSpanAtLeast18DecibelsWithOneStep12DecibelsAboveTheLowest() {
        List<Double> volumes = ListeningPreferences.VOLUMES;
        double lowest = volumes.get(0);

        assertThat(volumes).hasSizeGreaterThanOrEqualTo(3).isSorted().doesNotHaveDuplicates();
        assertThat(volumes).allSatisfy(volume -> assertThat(volume).isGreaterThan(0).isLessThanOrEqualTo(1.0));
        assertThat(decibels(volumes.get(volumes.size() - 1), lowest)).as("range in dB").isGreaterThanOrEqualTo(18);
        assertThat(volumes.subList(1, volumes.size()))
                .as("a step 12 dB above the lowest")
                .anySatisfy(volume -> assertThat(decibels(volume, lowest)).isCloseTo(12, within(0.5)));
    }

    @Test
    void louderAndQuieterWalkTheStepsAndStopAtTheEnds() {
        ListeningPreferences preferences = new ListeningPreferences();
        int steps = ListeningPreferences.VOLUMES.size();
        assertThat(preferences.volumeLevel()).isBetween(0, steps - 1);

        for (int i = 0; i < steps + 2; i++) {
            preferences.quieter();
        }
        assertThat(preferences.volumeLevel()).isZero();
        assertThat(preferences.volume()).isEqualTo(ListeningPreferences.VOLUMES.get(0));

        for (int level = 1; level < steps; level++) {
            preferences.louder();
            assertThat(preferences.volumeLevel()).isEqualTo(level);
        }
        preferences.louder();
        preferences.louder();
        assertThat(preferences.volumeLevel()).isEqualTo(steps - 1);
        assertThat(preferences.volume()).isEqualTo(1.0);
    }

    @Test
    void theDefaultVolumeLeavesRoomToGoLouderAndQuieter() {
        ListeningPreferences preferences = new ListeningPreferences();

        assertThat(preferences.volumeLevel()).isGreaterThan(0).isLessThan(ListeningPreferences.VOLUMES.size() - 1);
        assertThat(preferences.rate()).isEqualTo(SpeechRate.NORMAL);
    }

    @Test
    void ratesAreOrderedForBothEnginesAndStopAtTheEnds() {
        assertThat(SpeechRate.values()).containsExactly(SpeechRate.SLOWER, SpeechRate.NORMAL, SpeechRate.FASTER);
        assertThat(SpeechRate.values()).extracting(SpeechRate::freeTtsWordsPerMinute).isSorted().doesNotHaveDuplicates();
        assertThat(SpeechRate.values()).extracting(SpeechRate::espeakWordsPerMinute).isSorted().doesNotHaveDuplicates();

        ListeningPreferences preferences = new ListeningPreferences();
        preferences.slower();
        preferences.slower();
        assertThat(preferences.rate()).isEqualTo(SpeechRate.SLOWER);
        preferences.faster();
        assertThat(preferences.rate()).isEqualTo(SpeechRate.NORMAL);
        preferences.faster();
        preferences.faster();
        assertThat(preferences.rate()).isEqualTo(SpeechRate.FASTER);
    }

    @Test
    void ratesParseByTheirKeysOnly() {
        assertThat(SpeechRate.parse("slower")).contains(SpeechRate.SLOWER);
        assertThat(SpeechRate.parse("Normal")).contains(SpeechRate.NORMAL);
        assertThat(SpeechRate.parse("FASTER")).contains(SpeechRate.FASTER);
        assertThat(SpeechRate.parse(null)).isEmpty();
        assertThat(SpeechRate.parse("")).isEmpty();
        assertThat(SpeechRate.parse("fast")).isEmpty();
        assertThat(SpeechRate.parse("1")).isEmpty();
    }

    @Test
    void theNextVisitorStartsFromTheDefaults() {
        MockVaadin.setup();
        try {
            ListeningPreferences first = ListeningPreferences.of(VaadinSession.getCurrent());
            first.louder();
            first.faster();
            assertThat(ListeningPreferences.of(VaadinSession.getCurrent())).as("kept for this visitor").isSameAs(first);
        } finally {
            MockVaadin.tearDown();
        }
        MockVaadin.setup();
        try {
            ListeningPreferences next = ListeningPreferences.of(VaadinSession.getCurrent());
            assertThat(next.volumeLevel()).isEqualTo(new ListeningPreferences().volumeLevel());
            assertThat(next.rate()).isEqualTo(SpeechRate.NORMAL);
        } finally {
            MockVaadin.tearDown();
        }
    }
}
