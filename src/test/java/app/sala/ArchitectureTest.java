package app.sala;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of docs/ARCHITECTURE.md, checked on the compiled classes: imports flow from the
 * kiosk shell down to the ground, never back up, and no package grows past one room's size.
 * A new import that points up, or closes a loop, fails here with the classes that do it.
 */
class ArchitectureTest {

    private static final String SHELL = "Shell";
    private static final String FEATURES = "Feature screens";
    private static final String VOICE_PANEL = "Voice panel";
    private static final String READ_ALOUD = "Read-aloud";
    private static final String VOICE = "Voice";
    private static final String VOICE_ROUTE = "Voice routes";
    private static final String BRIDGE = "Phonetic bridge";
    private static final String ANSWERS = "Answers";
    private static final String UNDERSTANDING = "Understanding";
    private static final String SENTENCES = "Sentences";
    private static final String RECOGNITION = "Recognition";
    private static final String SPEECH = "Speech";
    private static final String USAGE = "Usage";
    private static final String CONTENT = "Content";
    private static final String UI = "Shared UI";
    private static final String API = "API errors";
    private static final String INFRASTRUCTURE = "Infrastructure";

    /** About one concern's worth: past this a package is doing two jobs. */
    private static final int MAX_PACKAGE_LINES = 1_500;

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.sala");
    }

    @Test
    void packagesHaveNoImportCycle() {
        slices().matching("app.sala.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void importsFlowFromTheShellDownToTheGround() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer(SHELL).definedBy("app.sala.kiosk..")
                .layer(FEATURES).definedBy("app.sala.exercises..", "app.sala.care..", "app.sala.activities..")
                .layer(VOICE_PANEL).definedBy("app.sala.voice.panel..")
                .layer(READ_ALOUD).definedBy("app.sala.readaloud..")
                .layer(VOICE).definedBy("app.sala.voice")
                .layer(VOICE_ROUTE).definedBy("app.sala.voice.route..")
                .layer(BRIDGE).definedBy("app.sala.bridge..")
                .layer(ANSWERS).definedBy("app.sala.answers..")
                .layer(UNDERSTANDING).definedBy("app.sala.understanding..")
                .layer(SENTENCES).definedBy("app.sala.sentences..")
                .layer(RECOGNITION).definedBy("app.sala.recognition..")
                .layer(SPEECH).definedBy("app.sala.speech..")
                .layer(USAGE).definedBy("app.sala.usage..")
                .layer(CONTENT).definedBy("app.sala.content..")
                .layer(UI).definedBy("app.sala.ui..")
                .layer(API).definedBy("app.sala.api..")
                .layer(INFRASTRUCTURE).definedBy("app.sala.security..", "app.sala.bench..")

                .whereLayer(SHELL).mayNotBeAccessedByAnyLayer()
                .whereLayer(FEATURES).mayOnlyBeAccessedByLayers(SHELL)
                .whereLayer(VOICE_PANEL).mayOnlyBeAccessedByLayers(SHELL)
                .whereLayer(READ_ALOUD).mayOnlyBeAccessedByLayers(SHELL, FEATURES, VOICE_PANEL)
                .whereLayer(VOICE).mayOnlyBeAccessedByLayers(SHELL, VOICE_PANEL)
                .whereLayer(VOICE_ROUTE).mayOnlyBeAccessedByLayers(VOICE)
                .whereLayer(BRIDGE).mayOnlyBeAccessedByLayers(VOICE, VOICE_ROUTE)
                .whereLayer(ANSWERS).mayOnlyBeAccessedByLayers(SHELL, FEATURES, VOICE_PANEL, VOICE, VOICE_ROUTE)
                .whereLayer(UNDERSTANDING).mayOnlyBeAccessedByLayers(SHELL, FEATURES, VOICE_PANEL, VOICE, VOICE_ROUTE,
                        ANSWERS)
                .whereLayer(SENTENCES).mayOnlyBeAccessedByLayers(SHELL, FEATURES, VOICE_PANEL, VOICE, VOICE_ROUTE, ANSWERS,
                        UNDERSTANDING)
                .whereLayer(RECOGNITION).mayOnlyBeAccessedByLayers(SHELL, FEATURES, VOICE_PANEL, VOICE, VOICE_ROUTE, BRIDGE)
                .whereLayer(SPEECH).mayOnlyBeAccessedByLayers(SHELL, FEATURES, VOICE_PANEL, READ_ALOUD, VOICE)
                .whereLayer(USAGE).mayOnlyBeAccessedByLayers(SHELL, FEATURES, VOICE_PANEL, READ_ALOUD, VOICE)
                .whereLayer(CONTENT).mayOnlyBeAccessedByLayers(SHELL, FEATURES, VOICE_PANEL, READ_ALOUD, VOICE,
                        ANSWERS, UNDERSTANDING, SENTENCES, RECOGNITION, SPEECH, UI, BRIDGE)
                .whereLayer(UI).mayOnlyBeAccessedByLayers(SHELL, FEATURES, VOICE_PANEL, READ_ALOUD, ANSWERS)
                .whereLayer(API).mayOnlyBeAccessedByLayers(VOICE, ANSWERS, RECOGNITION, SPEECH, INFRASTRUCTURE)
                .check(classes);
    }

    @Test
    void noPackageIsBiggerThanOneRoom() {
        Map<String, Long> lines = new TreeMap<>();
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .forEach(file -> lines.merge(root.relativize(file.getParent()).toString().replace('/', '.'),
                            lineCount(file), Long::sum));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(lines).as("lines of main code per package").isNotEmpty()
                .allSatisfy((pkg, count) -> assertThat(count).as(pkg).isLessThanOrEqualTo(MAX_PACKAGE_LINES));
    }

    private static long lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
