package app.sala.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** One placeholder syntax for every file: named values Sala fills, numbered ones a screen passes. */
class PlaceholdersTest {

    @Test
    void namesTheNamedPlaceholdersInOrderButNotTheNumberedOnes() {
        assertThat(Placeholders.names("Call {clinicPhone} or {emergencyNumber}, step {0} of {1}"))
                .containsExactly("clinicPhone", "emergencyNumber");
        assertThat(Placeholders.names("a {list} of {two words} and {}")).containsExactly("list");
    }

    @Test
    void fillsTheNamedValuesItHasAndLeavesTheOthersAsWritten() {
        assertThat(Placeholders.fill("{clinicName}: {clinicPhon}, step {0}", Map.of("clinicName", "Clínica $1 \\ del Sol")))
                .isEqualTo("Clínica $1 \\ del Sol: {clinicPhon}, step {0}");
    }

    @Test
    void fillsTheNumberedValuesInOrderAndOnlyOnce() {
        assertThat(Placeholders.fillNumbered("Step {0} of {1}, {2} and {clinicName}", "{1}", 4))
                .isEqualTo("Step {1} of 4, {2} and {clinicName}");
        assertThat(Placeholders.fillNumbered("{0} seconds, don't wait {0}", 5)).isEqualTo("5 seconds, don't wait 5");
    }

    @Test
    void writesAPlaceholderTheWayAFileDoes() {
        assertThat(Placeholders.written("clinicPhone")).isEqualTo("{clinicPhone}");
        assertThat(Placeholders.written(0)).isEqualTo("{0}");
    }
}
