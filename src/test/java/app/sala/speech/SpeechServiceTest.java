package app.sala.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The service in front of the engines: which engine speaks which language, the text as it
 * will be spoken, and the clip cache that makes a second request a file read. Each test has
 * its own empty cache folder, so hits and misses count from zero.
 */
class SpeechServiceTest {

    @TempDir
    Path cacheDir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Bend your knees and lie flat.", "es, Doble las rodillas y acuéstese."})
    void theSecondRequestIsReadFromTheCacheFile(String language, String text) throws IOException {
        SpeechService speech = service(language);
        ClipCache cache = speech.cache();
        assertThat(speech.isCached(text, language, SpeechRate.NORMAL)).isFalse();

        byte[] first = speech.wav(text, language, SpeechRate.NORMAL);

        assertThat(cache.misses()).isEqualTo(1);
        assertThat(cache.hits()).isZero();
        List<Path> files = clips();
        assertThat(files).as("one clip file in the cache folder").hasSize(1);
        assertThat(Files.readAllBytes(files.get(0))).as("the file holds the clip sent").isEqualTo(first);
        assertThat(speech.isCached(text, language, SpeechRate.NORMAL)).isTrue();

        byte[] second = speech.wav(text, language, SpeechRate.NORMAL);

        assertThat(second).isEqualTo(first);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).as("no new synthesis").isEqualTo(1);
        assertThat(clips()).isEqualTo(files);

        // The clearest evidence the file is what gets served: change it, and the answer changes.
        byte[] planted = new AudioClip(new byte[] {1, 0, 2, 0}, 8000).wav();
        Files.write(files.get(0), planted);
        assertThat(speech.wav(text, language, SpeechRate.NORMAL)).isEqualTo(planted);
        assertThat(cache.hits()).isEqualTo(2);
    }

    @Test
    void eachRateAndEachLanguageIsItsOwnClip() throws IOException {
        SpeechService speech = service("es");
        speech.wav("Thank you.", "en", SpeechRate.NORMAL);
        speech.wav("Thank you.", "en", SpeechRate.SLOWER);
        speech.wav("Thank you.", "es", SpeechRate.NORMAL);

        assertThat(clips()).hasSize(3);
        assertThat(speech.cache().misses()).isEqualTo(3);
        assertThat(speech.cache().hits()).isZero();
    }

    @Test
    void textThatSoundsTheSameSharesOneClip() throws IOException {
        SpeechService speech = service("en");
        speech.wav("Take a deep breath.", "en", SpeechRate.NORMAL);

        speech.wav("  Take a\u0007 deep \n breath.\u0000 ", "en", SpeechRate.NORMAL);
        speech.wav("Take\u200Ba deep\tbreath.", "en", SpeechRate.NORMAL);

        assertThat(clips()).hasSize(1);
        assertThat(speech.cache().hits()).isEqualTo(2);
    }

    @Test
    void cleaningRemovesControlAndInvisibleCharactersAndFoldsSpaces() {
        SpeechService speech = service("en");

        assertThat(speech.clean(" Stop\u0000 if\u0007 it\u001B[31m hurts.\r\n")).isEqualTo("Stop if it [31m hurts.");
        assertThat(speech.clean("zero\u200Bwidth\uFEFF")).isEqualTo("zero width");
        assertThat(speech.clean("<speak>hi</speak>")).as("markup is text, spoken as written")
                .isEqualTo("<speak>hi</speak>");
    }

    @Test
    void textThatIsEmptyOnceCleanedOrTooLongIsTheCallersMistake() {
        SpeechService speech = service("en");

        assertThatThrownBy(() -> speech.clean(null)).isInstanceOf(SpeechRequestException.class).hasMessageContaining("missing");
        for (String empty : List.of("", "   ", "\u0000\u0007\u001B", "\u200B\uFEFF", "\t\r\n")) {
            assertThatThrownBy(() -> speech.wav(empty, "en", SpeechRate.NORMAL))
                    .isInstanceOf(SpeechRequestException.class).hasMessageContaining("empty");
        }
        assertThatThrownBy(() -> speech.wav("a".repeat(1001), "en", SpeechRate.NORMAL))
                .isInstanceOf(SpeechRequestException.class).hasMessageContaining("1001").hasMessageContaining("1000");
        assertThat(cacheIsEmpty()).as("nothing was synthesized").isTrue();
    }

    @Test
    void aLanguageSalaDoesNotShowIsTheCallersMistake() {
        SpeechService speech = service("en");

        for (String language : new String[] {null, "", "fr", "EN", "en-US", "../en"}) {
            assertThatThrownBy(() -> speech.wav("Hello", language, SpeechRate.NORMAL)).as("lang=%s", language)
                    .isInstanceOf(SpeechRequestException.class)
                    .hasMessageContaining("unknown language")
                    .hasMessageContaining("en, es");
        }
        assertThat(speech.availability("fr").available()).isFalse();
        assertThat(speech.availability("fr").reason()).contains("no content in 'fr'");
    }

    @Test
    void englishIsFreeTtsAndSpanishIsEspeak() {
        SpeechService speech = service("es");

        assertThat(speech.availability("en")).isEqualTo(new SpeechAvailability("en", true, "freetts", "kevin16", null));
        assertThat(speech.availability("es")).isEqualTo(new SpeechAvailability("es", true, "espeak-ng", "es-419", null));
        assertThat(speech.availability()).extracting(SpeechAvailability::language).containsExactly("en", "es");
    }

    private SpeechService service(String language) {
        return Engines.service(language.equals("es") ? Engines.requireEspeak() : Engines.espeak(), cacheDir);
    }

    private List<Path> clips() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(file -> file.toString().endsWith(".wav")).sorted().toList();
        }
    }

    private boolean cacheIsEmpty() {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
