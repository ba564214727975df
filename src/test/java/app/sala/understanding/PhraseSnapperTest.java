package app.sala.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The letter distance behind the typo allowance: what a library replacing it must also get right. */
class PhraseSnapperTest {

    @Test
    void aSwapOfTwoNeighbouringLettersIsOneEdit() {
        assertThat(PhraseSnapper.letterDistance("birdge", "bridge")).isEqualTo(1);
        assertThat(PhraseSnapper.letterDistance("strech", "stretch")).isEqualTo(1);
        assertThat(PhraseSnapper.letterDistance("plank", "plank")).isZero();
    }

    @Test
    void accentedLettersEqualThemselves() {
        assertThat(PhraseSnapper.letterDistance("adónde", "dónde")).isEqualTo(1);
        assertThat(PhraseSnapper.letterDistance("rodílla", "rodilla")).isEqualTo(1);
        assertThat(PhraseSnapper.letterDistance("dónde", "dónde")).isZero();
        assertThat(PhraseSnapper.letterDistance("puénte", "peunte")).isEqualTo(2);
    }

    @Test
    void moreThanTwoLettersApartIsNeverATypo() {
        assertThat(PhraseSnapper.letterDistance("bridge", "br")).isGreaterThan(2);
    }
}
