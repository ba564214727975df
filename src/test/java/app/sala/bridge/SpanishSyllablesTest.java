package app.sala.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanishSyllablesTest {

    @Test
    void spellingBecomesTheSoundsOfEachSyllable() {
        assertThat(SpanishSyllables.of("siguiente")).containsExactly("si", "gyen", "te");
        assertThat(SpanishSyllables.of("pecho")).containsExactly("pe", "cho");
        assertThat(SpanishSyllables.of("cuántas")).containsExactly("kwan", "tas");
        assertThat(SpanishSyllables.of("rodilla")).containsExactly("ro", "di", "ya");
        assertThat(SpanishSyllables.of("cabeza")).containsExactly("ka", "be", "sa");
        assertThat(SpanishSyllables.of("ejercicio")).containsExactly("e", "jer", "si", "syo");
        assertThat(SpanishSyllables.of("hable")).as("h is silent; bl begins a syllable").containsExactly("a", "ble");
        assertThat(SpanishSyllables.of("español")).containsExactly("es", "pa", "ñol");
    }

    @Test
    void anUnstressedIOrUGlidesIntoTheVowelBesideItAndAnAccentKeepsItApart() {
        assertThat(SpanishSyllables.of("duele")).containsExactly("dwe", "le");
        assertThat(SpanishSyllables.of("aire")).containsExactly("ay", "re");
        assertThat(SpanishSyllables.of("hay")).containsExactly("ay");
        assertThat(SpanishSyllables.of("muy")).containsExactly("mwi");
        assertThat(SpanishSyllables.of("día")).containsExactly("di", "a");
        assertThat(SpanishSyllables.of("oído")).containsExactly("o", "i", "do");
    }

    @Test
    void consonantsBetweenVowelsStartTheNextSyllableUnlessTheyCannot() {
        assertThat(SpanishSyllables.of("despacio")).containsExactly("des", "pa", "syo");
        assertThat(SpanishSyllables.of("extraño")).as("x is ks; tr begins a syllable").containsExactly("eks", "tra", "ño");
        assertThat(SpanishSyllables.of("inglés")).containsExactly("in", "gles");
    }

    @Test
    void aLetterSpanishDoesNotWriteIsRefusedByName() {
        assertThatThrownBy(() -> SpanishSyllables.of("paso2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'2'");
        assertThat(SpanishSyllables.of("PASO")).isEqualTo(List.of("pa", "so"));
    }
}
