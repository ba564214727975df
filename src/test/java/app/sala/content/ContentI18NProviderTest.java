package app.sala.content;

import static app.sala.content.ContentFolder.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Button and label texts, served to the screens from the same files a clinic edits. */
class ContentI18NProviderTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @TempDir
    Path dir;

    @Test
    void fillsTheNumberedPlaceholdersInEachLanguage() {
        ContentI18NProvider provider = new ContentI18NProvider(ContentFolder.withShippedContent(dir).load());

        assertThat(provider.getTranslation("exercises.stepOf", Locale.ENGLISH, 2, 4)).isEqualTo("Step 2 of 4");
        assertThat(provider.getTranslation("exercises.stepOf", SPANISH, 2, 4)).isEqualTo("Paso 2 de 4");
        assertThat(provider.getTranslation("text.level", SPANISH, 1, 4)).isEqualTo("1 de 4");
    }

    @Test
    void fillsClinicDetailsIntoLabels() {
        ContentI18NProvider provider = new ContentI18NProvider(ContentFolder.withShippedContent(dir).load());

        assertThat(provider.getTranslation("staff.phone", Locale.ENGLISH))
                .isEqualTo("You can also call Clinic at 555-0100.");
        assertThat(provider.getTranslation("emergency.strip", SPANISH)).isEqualTo("¿Emergencia? Llame al 911");
    }

    @Test
    void keepsApostrophesThatMessageFormatWouldSwallow() {
        ContentFolder content = ContentFolder.withShippedContent(dir);
        content.editTree("en.yaml", en -> object(en, "/ui")
                .put("exercises.stepOf", "You're on step {0} of {1}, don't rush")
                .put("exercises.done", "Well done! You've finished."));
        ContentI18NProvider provider = new ContentI18NProvider(content.load());

        assertThat(provider.getTranslation("exercises.stepOf", Locale.ENGLISH, 3, 4))
                .isEqualTo("You're on step 3 of 4, don't rush");
        assertThat(provider.getTranslation("exercises.done", Locale.ENGLISH)).isEqualTo("Well done! You've finished.");
    }

    @Test
    void aLanguageSalaDoesNotSpeakGetsTheDefaultLanguage() {
        ContentI18NProvider provider = new ContentI18NProvider(ContentFolder.withShippedContent(dir).load());

        assertThat(provider.getTranslation("exercises.next", Locale.FRENCH)).isEqualTo("Next step");
        assertThat(provider.getProvidedLocales()).containsExactly(Locale.ENGLISH, SPANISH);
    }

    @Test
    void aKeyNoFileDefinesShowsTheKeyRatherThanFailing() {
        ContentI18NProvider provider = new ContentI18NProvider(ContentFolder.withShippedContent(dir).load());

        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("no.such.key");
    }
}
