package app.sala.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinic edits its sentence files. Every mistake that would leave a visitor unheard, an
 * answer half-filled or a slot pointing nowhere stops Sala at startup, with a message that
 * names the file and the place to fix.
 */
class SentenceValidationTest {

    @TempDir
    Path dir;

    private SentenceFolder files;

    @BeforeEach
    void copyShippedFiles() {
        files = SentenceFolder.withShippedFiles(dir);
    }

    @Test
    void theShippedFilesLoadFromACopiedFolder() {
        assertThat(files.load().languages()).containsExactly("en", "es");
    }

    @Test
    void aLanguageWithoutASentenceFileIsSimplyNotUnderstood() {
        files.delete("es.yaml");

        assertThat(files.load().languages()).containsExactly("en");
    }

    @Test
    void anUnclosedBracketIsNamedWithItsPlace() {
        files.edit("en.yaml", "- \"(show me | open | see) {target}\"", "- \"(show me | open | see {target}\"");

        assertThat(files.failure().problems()).singleElement().asString()
                .contains("en.yaml", "intents.navigate[item 3]", "'(' is never closed with ')'", "column 1");
    }

    @Test
    void digitsAndPunctuationInASentenceAreNamed() {
        files.edit("en.yaml", "\"call nine one one\"", "\"call 911\"");
        files.edit("es.yaml", "- \"qué sigue\"", "- \"¿qué sigue?\"");

        assertThat(files.failure().problems()).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).contains("en.yaml", "intents.where_to_go", "digits must be spelled out"),
                p -> assertThat(p).contains("es.yaml", "intents.next_step", "lowercase letters only"));
    }

    @Test
    void anExerciseTheContentDoesNotHaveIsNamed() {
        files.edit("en.yaml", "    bird-dog: [", "    plank: [\"plank\"]\n    bird-dog: [");

        assertThat(files.failure().problems()).singleElement().asString()
                .contains("en.yaml", "lists.exercise.plank", "'plank' is not one of the exercises in the content");
    }

    @Test
    void anExerciseWithoutPhrasingsIsNamed() {
        files.edit("es.yaml", "    bird-dog: [\"perro de caza\", ", "    bird-doggo: [\"perro de caza\", ");

        assertThat(files.failure().problems()).anySatisfy(p -> assertThat(p)
                .contains("es.yaml", "lists.exercise", "'bird-dog' has no phrasings"));
    }

    @Test
    void aConditionWithoutPhrasingsIsNamed() {
        files.edit("en.yaml", "    vomiting: [\"vomiting\", ", "    vomit: [\"vomiting\", ");

        assertThat(files.failure().problems()).anySatisfy(p -> assertThat(p)
                        .contains("en.yaml", "lists.condition", "'vomiting' has no phrasings", "care.settings[].conditions"))
                .anySatisfy(p -> assertThat(p).contains("lists.condition.vomit", "not one of the conditions"));
    }

    @Test
    void anIntentWithoutSentencesIsNamed() {
        files.edit("es.yaml", "  help:\n    - \"ayuda\"", "  helpp:\n    - \"ayuda\"");

        assertThat(files.failure().problems())
                .anySatisfy(p -> assertThat(p).contains("es.yaml", "intent 'help' has no sentences"))
                .anySatisfy(p -> assertThat(p).contains("es.yaml", "intents.helpp", "'helpp' is not an intent of the contract"));
    }

    @Test
    void aMissingResponseOrCaseIsNamed() {
        files.edit("en.yaml", "  stop: Stopped.\n", "");
        files.edit("en.yaml", "    emergency: \"{emergencyTitle}. {emergencyStep}\"\n", "");

        assertThat(files.failure().problems()).containsExactlyInAnyOrder(
                "en.yaml: at responses, intent 'stop' has no response",
                "en.yaml: at responses.where_to_go, the case 'emergency' is missing (cases: [condition, setting, emergency,"
                        + " emergency_condition])");
    }

    @Test
    void anUnknownPlaceholderIsNamedWithWhatTheCaseCanUse() {
        files.edit("en.yaml", "\"Here is the {exerciseName}.\"", "\"Here is the {exerciseNme}.\"");
        files.edit("es.yaml", "home: Esta es la pantalla de inicio.", "home: \"Esta es la pantalla de {exerciseName}.\"");

        assertThat(files.failure().problems()).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).contains("en.yaml", "responses.open_exercise", "unknown placeholder {exerciseNme}",
                        "{exerciseName}"),
                p -> assertThat(p).contains("es.yaml", "responses.navigate.home", "unknown placeholder {exerciseName}",
                        "{clinicName}"));
    }

    @Test
    void aFixedSlotOutsideItsListIsNamed() {
        files.edit("en.yaml", "slots: {target: home}", "slots: {target: garden}");

        assertThat(files.failure().problems()).anySatisfy(p -> assertThat(p)
                .contains("en.yaml", "intents.navigate", "slots.target", "'garden' is not a value of the list 'target'"));
    }

    @Test
    void aSlotTheIntentDoesNotTakeIsNamed() {
        files.edit("en.yaml", "    - \"pause\"\n", "    - \"pause <the_exercise>\"\n");

        assertThat(files.failure().problems()).anySatisfy(p -> assertThat(p)
                .contains("en.yaml", "intents.stop", "intent 'stop' has no slot 'exercise'"));
    }

    @Test
    void aSentenceThatReadsLikeOneOfAnotherIntentIsNamed() {
        files.edit("en.yaml", "    - \"the step before\"\n", "    - \"the step before\"\n    - \"keep going\"\n");

        assertThat(files.failure().problems()).singleElement().asString()
                .contains("en.yaml", "'keep going' means previous_step", "reads the same and means next_step");
    }

    @Test
    void anExampleSalaWouldNotUnderstandIsNamed() {
        files.edit("es.yaml", "  - Siguiente paso\n", "  - Cuénteme un chiste\n");

        assertThat(files.failure().problems()).singleElement().asString()
                .contains("es.yaml", "examples[item 2]", "'Cuénteme un chiste' is not understood");
    }

    @Test
    void aFileForALanguageWithoutContentIsNamed() {
        files.write("vi.yaml", SentenceFolder.shipped("en.yaml").replace("language: en", "language: vi"));

        assertThat(files.failure().problems()).singleElement().asString()
                .contains("vi.yaml", "Sala has no content in 'vi'", "content/vi.yaml");
    }

    @Test
    void aFileNamedForAnotherLanguageIsNamed() {
        files.edit("es.yaml", "language: es", "language: en");

        assertThat(files.failure().problems()).singleElement().asString()
                .contains("es.yaml", "'en' but the file is named for 'es'");
    }

    @Test
    void brokenYamlAndUnknownSectionsAreNamed() {
        files.write("es.yaml", "language: es\nintents: [unclosed\n");
        files.edit("en.yaml", "expansion_rules:", "expansion_rule:");

        assertThat(files.failure().problems())
                .anySatisfy(p -> assertThat(p).contains("es.yaml", "is not valid YAML", "line"))
                .anySatisfy(p -> assertThat(p).contains("en.yaml", "unknown section 'expansion_rule'"));
    }

    @Test
    void aKeywordForAnIntentWithSlotsIsNamed() {
        files.edit("en.yaml", "keywords:\n", "keywords:\n  navigate: [\"go places\"]\n");

        assertThat(files.failure().problems()).singleElement().asString()
                .contains("en.yaml", "keywords.navigate", "keywords are for the intents without slots");
    }

    @Test
    void aPhrasingOfOnlyCommonWordsIsNamed() {
        files.edit("en.yaml", "    seizure: [\"a seizure\", ", "    seizure: [\"it is\", \"a seizure\", ");

        assertThat(files.failure().problems()).anySatisfy(p -> assertThat(p)
                .contains("en.yaml", "lists.condition.seizure", "'it is' has only common words"));
    }

    @Test
    void aSentenceThatExplodesIsRefusedWithItsCount() {
        files.edit("en.yaml", "    - \"pause\"\n",
                "    - \"pause [a] [b] [c] [d] [e] [f] [g] [h] [i] [j] [k] [l] [m] [n] [o] [p] [q]\"\n");

        assertThat(files.failure().problems()).anySatisfy(p -> assertThat(p)
                .contains("en.yaml", "intents.stop", "expands to more than " + Phrasebook.MAX_EXPANSIONS + " sentences"));
    }
}
