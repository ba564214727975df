package app.sala.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The shipped content as Sala serves it: languages, fallbacks and the clinic's own details. */
class ContentCatalogTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @TempDir
    Path dir;

    @Test
    void theShippedFilesLoadFromTheClasspath() {
        ContentCatalog catalog = new ContentCatalog(new ContentProperties("classpath:content/", "en"),
                ContentFolder.CLINIC, new PathMatchingResourcePatternResolver());

        assertThat(catalog.languages()).containsExactly(new Language("en", "English"), new Language("es", "Español"));
        Exercise bridge = catalog.pack(Locale.ENGLISH).exercises().find("bridge").orElseThrow();
        assertThat(bridge.steps()).hasSize(4);
        assertThat(bridge.howMany()).isEqualTo("8 to 12 times.");
        assertThat(catalog.pack(SPANISH).exercises().find("bridge").orElseThrow().howMany())
                .isEqualTo("De 8 a 12 veces.");
        assertThat(catalog.pack(Locale.ENGLISH).exercises().items()).hasSize(6);
        assertThat(catalog.pack(Locale.ENGLISH).care().settings()).extracting(s -> s.id())
                .containsExactly("primary-care", "urgent-care", "emergency");
    }

    @Test
    void theClinicsOwnDetailsReplaceEveryPlaceholder() {
        ClinicProperties clinic = new ClinicProperties("Clínica del Sol", "(555) 010-2030", "112");
        ContentCatalog catalog = ContentFolder.withShippedContent(dir).load("en", clinic);

        for (Language language : catalog.languages()) {
            LanguagePack pack = catalog.pack(language.locale());
            assertThat(pack.exercises().closing().get(pack.exercises().closing().size() - 1).paragraphs())
                    .as("%s: closing advice of the exercises", language.code())
                    .anySatisfy(text -> assertThat(text).contains("Clínica del Sol", "(555) 010-2030"));
            assertThat(pack.care().intro()).as("%s: care guide introduction", language.code())
                    .anySatisfy(text -> assertThat(text).contains("Clínica del Sol", "(555) 010-2030"));
            assertThat(pack.care().emergency().title()).as("%s: emergency screen", language.code()).contains("112");
            assertThat(pack.ui().get("emergency.strip")).as("%s: emergency strip", language.code()).endsWith("112");

            List<String> texts = allTexts(pack);
            assertThat(texts).as("%s: every text", language.code())
                    .hasSizeGreaterThan(300)
                    .noneMatch(text -> text.matches("(?s).*\\{[A-Za-z][A-Za-z0-9]*}.*"))
                    .noneMatch(text -> text.contains("(888) 499-9303") || text.contains("AltaMed"));
        }
    }

    @Test
    void theDefaultLanguageIsOfferedFirst() {
        ContentFolder content = ContentFolder.withShippedContent(dir);

        assertThat(content.load("en", ContentFolder.CLINIC).languages()).extracting(Language::code)
                .containsExactly("en", "es");
        assertThat(content.load("es", ContentFolder.CLINIC).languages()).extracting(Language::code)
                .containsExactly("es", "en");
    }

    @Test
    void aLanguageSalaDoesNotSpeakFallsBackToTheDefault() {
        ContentFolder content = ContentFolder.withShippedContent(dir);
        ContentCatalog english = content.load("en", ContentFolder.CLINIC);
        ContentCatalog spanish = content.load("es", ContentFolder.CLINIC);

        assertThat(english.pack(Locale.FRENCH).language().code()).isEqualTo("en");
        assertThat(english.pack(null).language().code()).isEqualTo("en");
        assertThat(spanish.pack(Locale.FRENCH).language().code()).isEqualTo("es");
        assertThat(english.speaks("fr")).isFalse();
        assertThat(english.speaks("es")).isTrue();
    }

    @Test
    void aRegionalVariantGetsItsLanguage() {
        ContentCatalog catalog = ContentFolder.withShippedContent(dir).load();

        assertThat(catalog.pack(Locale.forLanguageTag("es-MX")).language().code()).isEqualTo("es");
        assertThat(catalog.pack(Locale.US).language().code()).isEqualTo("en");
        assertThat(catalog.defaultLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aThirdLanguageIsPickedUpFromItsFile() {
        ContentFolder content = ContentFolder.withShippedContent(dir);
        // A copy of Spanish standing in for another translation.
        content.write("pt.yaml", content.read("es.yaml")
                .replace("  code: es", "  code: pt").replace("  name: Español", "  name: Português"));

        ContentCatalog catalog = content.load();

        assertThat(catalog.languages()).extracting(Language::name).containsExactly("English", "Español", "Português");
        assertThat(catalog.pack(Locale.forLanguageTag("pt")).language().name()).isEqualTo("Português");
    }

    /** Every string a visitor could be shown from this pack. */
    private static List<String> allTexts(LanguagePack pack) {
        List<String> texts = new ArrayList<>();
        collect(new ObjectMapper().valueToTree(pack), texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(child -> collect(child, texts));
    }
}
