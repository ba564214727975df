package app.sala.content;

import static app.sala.content.ContentFolder.array;
import static app.sala.content.ContentFolder.careSetting;
import static app.sala.content.ContentFolder.exercise;
import static app.sala.content.ContentFolder.helperGroup;
import static app.sala.content.ContentFolder.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinic edits its own language files. Every mistake that would show a visitor a missing
 * step, a half-translated screen or a wrong place to go must stop Sala at startup, with a
 * message that names the file, the item and the field to fix.
 */
class ContentValidationTest {

    @TempDir
    Path dir;

    private ContentFolder content;

    @BeforeEach
    void copyShippedContent() {
        content = ContentFolder.withShippedContent(dir);
    }

    @Test
    void theShippedFilesLoadFromACopiedFolder() {
        ContentCatalog catalog = content.load();

        assertThat(catalog.languages()).extracting(Language::code).containsExactly("en", "es");
    }

    // Translations that do not match the default language.

    @Test
    void aButtonLabelMissingFromTheTranslationIsNamed() {
        content.editTree("es.yaml", es -> object(es, "/ui").remove("exercises.finish"));

        assertThat(content.failure().problems()).singleElement().asString()
                .contains("es.yaml", "ui", "exercises.finish", "missing", "en.yaml");
    }

    @Test
    void anExerciseMissingFromTheTranslationIsNamed() {
        content.editTree("es.yaml", es -> array(es, "/exercises/items").remove(indexOf(array(es, "/exercises/items"), "bridge")));

        assertThat(content.failure().problems()).singleElement().asString()
                .contains("es.yaml", "exercises.items", "'bridge'", "missing");
    }

    @Test
    void anExerciseOnlyInTheTranslationIsNamed() {
        content.editTree("es.yaml", es -> {
            ObjectNode plank = exercise(es, "bridge").deepCopy();
            plank.put("id", "plank");
            plank.put("name", "Plancha");
            array(es, "/exercises/items").add(plank);
        });

        assertThat(content.failure().problems()).singleElement().asString()
                .contains("es.yaml", "exercises.items", "'plank'", "not in en.yaml");
    }

    @Test
    void aTranslationWithAStepLessIsNamedWithBothCounts() {
        content.editTree("es.yaml", es -> ((ArrayNode) exercise(es, "bridge").get("steps")).remove(3));

        assertThat(content.failure().problems()).singleElement().asString()
                .contains("es.yaml", "id=bridge", "steps", "3 items", "en.yaml has 4");
    }

    @Test
    void aStepAddedOnlyToTheDefaultLanguageIsNamedInTheTranslation() {
        content.editTree("en.yaml", en -> ((ArrayNode) exercise(en, "bird-dog").get("steps")).add("Rest for a moment."));

        assertThat(content.failure().problems()).singleElement().asString()
                .contains("es.yaml", "id=bird-dog", "steps", "6 items", "en.yaml has 7");
    }

    @Test
    void aRenamedConditionIdInTheTranslationIsNamed() {
        content.editTree("es.yaml", es -> ((ObjectNode) careSetting(es, "urgent-care").get("conditions").get(0))
                .put("id", "torcedura"));

        assertThat(content.failure().problems())
                .anySatisfy(problem -> assertThat(problem).contains("es.yaml", "'sprain-strain'", "missing"))
                .anySatisfy(problem -> assertThat(problem).contains("es.yaml", "'torcedura'", "not in en.yaml"));
    }

    // Fields that are missing, empty or misspelt.

    @Test
    void anEmptyListOfStepsIsNamed() {
        content.editEveryLanguage(file -> ((ArrayNode) exercise(file, "bridge").get("steps")).removeAll());

        assertThat(content.failure().problems())
                .anySatisfy(problem -> assertThat(problem).contains("en.yaml", "id=bridge", "'steps'", "empty list"))
                .anySatisfy(problem -> assertThat(problem).contains("es.yaml", "id=bridge", "'steps'", "empty list"));
    }

    @Test
    void anEmptyStepIsNamedWithItsNumber() {
        content.editTree("es.yaml", es -> ((ArrayNode) exercise(es, "bridge").get("steps")).set(1, "  "));

        assertThat(content.failure().problems()).singleElement().asString()
                .contains("es.yaml", "id=bridge", "'steps'", "empty item", "number 2");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        content.editTree("es.yaml", es -> exercise(es, "bridge").remove("howOften"));

        assertThat(content.failure().problems())
                .anySatisfy(problem -> assertThat(problem).contains("es.yaml", "id=bridge", "'howOften'", "is missing"));
    }

    @Test
    void anEmptyRequiredTextIsNamed() {
        content.editEveryLanguage(file -> careSetting(file, "urgent-care").put("name", ""));

        assertThat(content.failure().problems())
                .anySatisfy(problem -> assertThat(problem).contains("en.yaml", "id=urgent-care", "'name'", "empty"))
                .anySatisfy(problem -> assertThat(problem).contains("es.yaml", "id=urgent-care", "'name'", "empty"));
    }

    @Test
    void anExerciseMayLeaveOutItsStartPositionAndTips() {
        content.editEveryLanguage(file -> {
            exercise(file, "bridge").remove("tips");
            exercise(file, "pelvic-tilt").remove("startPosition");
        });

        assertThat(content.load().pack(Locale.ENGLISH).exercises().find("bridge").orElseThrow().tips())
                .isNull();
    }

    @Test
    void aMisspeltFieldIsNamedRatherThanSilentlyDropped() {
        content.editTree("es.yaml", es -> {
            ObjectNode bridge = exercise(es, "bridge");
            bridge.set("howOfen", bridge.remove("howOften"));
        });

        List<String> problems = content.failure().problems();

        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("es.yaml", "howOfen"));
        // The binding error itself counts items; the comparison with en.yaml names the exercise.
        assertThat(String.join("\n", problems)).contains("id=bridge");
    }

    @Test
    void invalidYamlNamesTheFileAndTheLine() {
        String line = "  title: Ejercicios para una espalda sana";
        int lineNumber = lineNumberOf(content.read("es.yaml"), line);
        // An unquoted colon inside a text is the classic YAML slip.
        content.edit("es.yaml", text -> replaceOnce(text, line, "  title: Ejercicios: para una espalda sana"));

        assertThat(content.failure().problems()).singleElement().asString()
                .contains("es.yaml", "not valid YAML", "line " + lineNumber);
    }

    @Test
    void anEmptyFileIsNamed() {
        content.write("es.yaml", "# nothing yet\n");

        assertThat(content.failure().problems()).singleElement().asString()
                .contains("es.yaml", "empty");
    }

    // Placeholders and language codes.

    @Test
    void aMisspeltPlaceholderIsNamedWithTheKnownOnes() {
        content.edit("es.yaml", text -> replaceOnce(text, "al {clinicPhone}. Ofrecemos", "al {clinicPhon}. Ofrecemos"));

        assertThat(content.failure().problems()).singleElement().asString()
                .contains("es.yaml", "exercises.closing", "paragraphs", "{clinicPhon}", "{clinicPhone}", "{clinicName}",
                        "{emergencyNumber}");
    }

    @Test
    void aLanguageCodeThatDoesNotMatchTheFileNameIsNamed() {
        content.editTree("es.yaml", es -> object(es, "/language").put("code", "en"));

        assertThat(content.failure().problems()).singleElement().asString()
                .contains("es.yaml", "language", "'code'", "'en'", "'es'");
    }

    @Test
    void withoutTheDefaultLanguageFileSalaDoesNotStart() {
        content.delete("en.yaml");

        assertThat(content.failure().problems()).singleElement().asString()
                .contains("en.yaml", "default language", "sala.content.default-language=en");
    }

    @Test
    void aDefaultLanguageWithoutAFileIsNamed() {
        assertThat(content.failure("fr").problems()).singleElement().asString()
                .contains("fr.yaml", "default language", "sala.content.default-language=fr");
    }

    @Test
    void anEmptyFolderIsNamed() {
        content.delete("en.yaml").delete("es.yaml");

        assertThat(content.failure().problems())
                .anySatisfy(problem -> assertThat(problem).contains(dir.toString(), "no language files"));
    }

    // The care helper: where a visitor is sent must follow from the guide's own lists.

    @Test
    void aHelperChoicePointingAtAnUnknownConditionIsNamed() {
        content.editEveryLanguage(file -> choice(file, "injuries", "animal-bite").put("condition", "animal-bites"));

        assertThat(content.failure().problems())
                .anySatisfy(problem -> assertThat(problem)
                        .contains("en.yaml", "id=injuries", "unknown condition 'animal-bites'"))
                .anySatisfy(problem -> assertThat(problem)
                        .contains("es.yaml", "id=injuries", "unknown condition 'animal-bites'"));
    }

    @Test
    void aConditionNoHelperChoiceReachesIsNamed() {
        content.editEveryLanguage(file -> {
            ArrayNode choices = array(helperGroup(file, "fever-infections"), "/choices");
            choices.remove(indexOfCondition(choices, "pneumonia"));
        });

        assertThat(content.failure().problems())
                .anySatisfy(problem -> assertThat(problem).contains("en.yaml", "'pneumonia'", "cannot be reached"))
                .anySatisfy(problem -> assertThat(problem).contains("es.yaml", "'pneumonia'", "cannot be reached"));
    }

    @Test
    void anEmergencyConditionAlsoListedUnderALesserSettingIsRefused() {
        // Otherwise "A seizure" could send a visitor to their doctor instead of the ER.
        content.editEveryLanguage(file -> ((ArrayNode) careSetting(file, "primary-care").get("conditions"))
                .addObject().put("id", "seizure").put("label", "Seizures"));

        assertThat(content.failure().problems())
                .anySatisfy(problem -> assertThat(problem).contains("en.yaml", "'seizure'", "more than one setting"))
                .anySatisfy(problem -> assertThat(problem).contains("es.yaml", "'seizure'", "more than one setting"));
    }

    @Test
    void withoutAnEmergencySettingSalaDoesNotStart() {
        content.editEveryLanguage(file -> careSetting(file, "emergency").put("id", "er"));

        assertThat(content.failure().problems())
                .anySatisfy(problem -> assertThat(problem).contains("en.yaml", "no setting has id 'emergency'"));
    }

    // Everything at once.

    @Test
    void severalProblemsInSeveralFilesAreReportedTogether() {
        content.editTree("es.yaml", es -> object(es, "/ui").remove("staff.close"));
        content.editTree("en.yaml", en -> ((ArrayNode) exercise(en, "cat-cow").get("steps")).set(0, ""));
        content.edit("es.yaml", text -> replaceOnce(text, "Llame al {emergencyNumber} ahora", "Llame al {emergencyNumbr} ahora"));

        ContentException failure = content.failure();

        assertThat(failure.problems()).hasSizeGreaterThanOrEqualTo(3)
                .anySatisfy(problem -> assertThat(problem).contains("es.yaml", "staff.close"))
                .anySatisfy(problem -> assertThat(problem).contains("en.yaml", "id=cat-cow", "'steps'", "number 1"))
                .anySatisfy(problem -> assertThat(problem).contains("es.yaml", "{emergencyNumbr}"));
        assertThat(failure.getMessage()).contains(failure.problems());
    }

    private static ObjectNode choice(JsonNode root, String groupId, String conditionId) {
        ArrayNode choices = array(helperGroup(root, groupId), "/choices");
        return (ObjectNode) choices.get(indexOfCondition(choices, conditionId));
    }

    private static int indexOf(ArrayNode items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(items.get(i).path("id").asText())) {
                return i;
            }
        }
        throw new AssertionError("no item with id " + id);
    }

    private static int indexOfCondition(ArrayNode choices, String conditionId) {
        for (int i = 0; i < choices.size(); i++) {
            if (conditionId.equals(choices.get(i).path("condition").asText())) {
                return i;
            }
        }
        throw new AssertionError("no choice for condition " + conditionId);
    }

    private static String replaceOnce(String text, String target, String replacement) {
        assertThat(text.indexOf(target)).as("'%s' occurs once", target)
                .isNotNegative().isEqualTo(text.lastIndexOf(target));
        return text.replace(target, replacement);
    }

    private static int lineNumberOf(String text, String line) {
        List<String> lines = text.lines().toList();
        assertThat(lines).containsOnlyOnce(line);
        return lines.indexOf(line) + 1;
    }
}
