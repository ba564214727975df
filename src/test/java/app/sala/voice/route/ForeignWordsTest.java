package app.sala.voice.route;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.recognition.Heard;
import app.sala.recognition.HeardWord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForeignWordsTest {

    private final ForeignWords foreign = new ForeignWords(Map.of("español", List.of("ace", "pa", "knee", "ohl")));

    @Test
    void aForeignWordIsGivenToTheModelInItsWordsAndReadBackAsTheWord() {
        assertThat(foreign.respell("in español")).isEqualTo("in ace pa knee ohl");
        assertThat(foreign.respell("spanish")).isEqualTo("spanish");

        Heard heard = foreign.restore(new Heard("in ace pa knee ohl", List.of(new HeardWord("in", 1, 0, 0.2),
                new HeardWord("ace", 0.8, 0.2, 0.4), new HeardWord("pa", 0.6, 0.4, 0.5), new HeardWord("knee", 1, 0.5, 0.7),
                new HeardWord("ohl", 1, 0.7, 0.9))));

        assertThat(heard.text()).isEqualTo("in español");
        assertThat(heard.words().get(1).confidence()).isEqualTo(0.85);
        assertThat(heard.words().get(1).end()).isEqualTo(0.9);
    }

    @Test
    void aPartOfTheRespellingIsLeftAsHeard() {
        assertThat(foreign.restore(new Heard("ace pa", List.of())).text()).isEqualTo("ace pa");
        assertThat(new ForeignWords(Map.of()).restore(new Heard("ace pa", List.of())).text()).isEqualTo("ace pa");
    }
}
