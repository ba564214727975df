package app.sala.bridge;

import app.sala.recognition.Grammar;
import app.sala.recognition.Heard;
import app.sala.recognition.SafeRecognizer;
import app.sala.recognition.SpeechAudio;
import app.sala.recognition.SpeechModel;
import app.sala.recognition.TestAudio;
import app.sala.recognition.TestAudio.Voice;
import app.sala.recognition.TestModels;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which of two respellings of each Spanish word the English model hears better: the spelling
 * rules' (syllable by syllable) or the one in the bridge file's {@code heard} section (common
 * English words across syllables, from the generator in src/tools/bridge). Every word is said
 * alone by the TUNING voices of the Spanish corpus (never the held-out ones) and heard in
 * grammar mode among both respellings of every word; the respelling heard more often wins (the
 * rules' on a tie). A tool, not a test: {@code ./mvnw test -Dtest=BridgeCalibration} (about five
 * minutes); it writes target/bridge/heard-es.yaml, the {@code heard} section to keep.
 */
class BridgeCalibration {

    static final List<Voice> TUNING_VOICES = List.of(Voice.ESPEAK_ES, Voice.ESPEAK_ES_F3, Voice.ESPEAK_ES419_M3);
    private static final Path BRIDGE_FILE = Path.of("src/main/resources/bridge/es.yaml");
    private static final Path OUT = Path.of("target/bridge/heard-es.yaml");

    @Test
    void chooseRespellings() throws IOException {
        BridgeFile file = new ObjectMapper(new YAMLFactory()).readValue(BRIDGE_FILE.toFile(), BridgeFile.class);
        PhoneticBridge rules = new PhoneticBridge(new BridgeFile(file.language(), file.model(), file.listensFor(), file.words(), file.syllables(),
                Map.of()));
        SpeechModel model = TestModels.english();
        Map<String, String> ruled = new TreeMap<>();
        for (String word : file.heard().keySet()) {
            try {
                ruled.put(word, String.join(" ", rules.respell(word)));
            } catch (IllegalArgumentException e) {
                ruled.put(word, null);
            }
        }
        TreeSet<String> phrases = new TreeSet<>();
        ruled.values().stream().filter(v -> v != null && v.split(" ").length > 0).forEach(phrases::add);
        file.heard().values().forEach(phrases::add);
        file.words().values().forEach(phrases::add);
        Grammar grammar = Grammar.of(phrases.stream().filter(p -> List.of(p.split(" ")).stream().allMatch(model::knows))
                .toList());
        Map<String, String> kept = new TreeMap<>();
        List<String> report = new ArrayList<>();
        int rulesWon = 0;
        for (Map.Entry<String, String> entry : file.heard().entrySet()) {
            String word = entry.getKey();
            String rule = ruled.get(word);
            int byRule = 0;
            int byHeard = 0;
            List<String> heard = new ArrayList<>();
            for (Voice voice : TUNING_VOICES) {
                byte[] pcm = TestAudio.pcm(TestAudio.pad(TestAudio.speak(word, voice), 0.5, 0.8));
                String text = hear(model, grammar, pcm);
                heard.add(text);
                byRule += text.equals(rule) ? 1 : 0;
                byHeard += text.equals(entry.getValue()) ? 1 : 0;
            }
            boolean keep = rule == null || byHeard > byRule;
            if (keep) {
                kept.put(word, entry.getValue());
            } else {
                rulesWon++;
            }
            report.add(word + ": rule '" + rule + "' " + byRule + ", heard '" + entry.getValue() + "' " + byHeard + "  "
                    + heard);
        }
        Files.createDirectories(OUT.getParent());
        Files.writeString(OUT, "# kept " + kept.size() + " of " + file.heard().size() + " (the rules won or tied "
                + rulesWon + "), by " + TUNING_VOICES.stream().map(v -> v.label).toList() + "\n"
                + kept.entrySet().stream().map(e -> "  " + quoted(e.getKey()) + ": " + quoted(e.getValue()))
                .collect(Collectors.joining("\n")) + "\n\n"
                + report.stream().map(line -> "#  " + line).collect(Collectors.joining("\n")) + "\n");
        System.out.println("Kept " + kept.size() + " of " + file.heard().size() + ": " + OUT);
    }
    private static String hear(SpeechModel model, Grammar grammar, byte[] pcm) {
        List<Heard> parts = new ArrayList<>();
        try (SafeRecognizer recognizer = model.grammarRecognizer(grammar, SpeechAudio.SAMPLE_RATE, 30)) {
            for (int offset = 0; offset < pcm.length; offset += SpeechAudio.CHUNK_BYTES) {
                if (recognizer.accept(pcm, offset, Math.min(SpeechAudio.CHUNK_BYTES, pcm.length - offset))) {
                    parts.add(recognizer.result());
                }
            }
            parts.add(recognizer.finalResult());
        }
        return parts.stream().map(Heard::text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
    }

    private static String quoted(String text) {
        return text.matches("(?i)yes|no|on|off|true|false|null|y|n|~") ? "\"" + text + "\"" : text;
    }
}
