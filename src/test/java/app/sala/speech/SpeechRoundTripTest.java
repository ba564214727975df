package app.sala.speech;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.content.Exercise;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Proof that the words are right, not only that there is sound: each step of the Bridge is
 * spoken by FreeTTS and transcribed back by the Vosk English model, and the transcript has the
 * step's key words.
 *
 * <p>Vosk (com.alphacephei:vosk) and its model (models/en) are not part of Sala yet; they come
 * with the voice assistant. Until then this test is skipped and says why. It reaches Vosk by
 * reflection so that it compiles without the dependency.
 */
class SpeechRoundTripTest {

    private static final Path MODEL = Path.of("models", "en");
    private static final int SAMPLE_RATE = 16000;

    /**
     * Key words of each Bridge step, as Vosk writes them (lower case, no punctuation). Free
     * recognition of the FreeTTS voice misses about one word in five (docs/STACK-NOTES.md), so a step
     * passes with at least half of its key words, and the exercise with at least three quarters.
     */
    private static final List<List<String>> KEY_WORDS = List.of(
            List.of("lie", "flat", "ground", "knees", "toes"),
            List.of("muscles", "legs", "lift", "hips", "ground"),
            List.of("push", "heels", "floor", "squeeze", "belly", "two seconds"),
            List.of("lower", "back", "floor"));

    @Test
    void eachStepOfTheBridgeSpokenByFreeTtsIsTranscribedBackWithItsKeyWords() throws Exception {
        if (!Files.isDirectory(MODEL.resolve("am"))) {
            Assumptions.abort("Vosk English model not installed: " + MODEL.resolve("am").toAbsolutePath()
                    + " does not exist (it arrives with the voice assistant's issue)");
        }
        Class<?> modelClass;
        Class<?> recognizerClass;
        try {
            modelClass = Class.forName("org.vosk.Model");
            recognizerClass = Class.forName("org.vosk.Recognizer");
        } catch (ClassNotFoundException | LinkageError e) {
            Assumptions.abort("com.alphacephei:vosk is not on the test classpath (" + e + ")");
            return;
        }

        Exercise bridge = Engines.catalog().pack(Locale.ENGLISH).exercises().find("bridge").orElseThrow();
        assertThat(bridge.steps()).hasSameSizeAs(KEY_WORDS);
        int heard = 0;
        int expected = 0;
        List<String> report = new ArrayList<>();
        Object model = modelClass.getConstructor(String.class).newInstance(MODEL.toString());
        try {
            for (int i = 0; i < bridge.steps().size(); i++) {
                String step = bridge.steps().get(i);
                List<String> keys = KEY_WORDS.get(i);
                assertThat(keys).as("key words come from the step's text").allSatisfy(
                        key -> assertThat(words(step)).contains(" " + key + " "));

                AudioClip clip = Engines.freeTts().synthesize(step, "en", SpeechRate.NORMAL);
                assertThat(clip.sampleRate()).isEqualTo(SAMPLE_RATE);
                String transcript = transcribe(modelClass, recognizerClass, model, clip.pcm());

                List<String> found = keys.stream().filter(key -> words(transcript).contains(" " + key + " ")).toList();
                report.add("step " + (i + 1) + ": heard \"" + transcript + "\", key words " + found + " of " + keys);
                assertThat(found.size() * 2).as("step %d: \"%s\" heard as \"%s\"", i + 1, step, transcript)
                        .isGreaterThanOrEqualTo(keys.size());
                heard += found.size();
                expected += keys.size();
            }
        } finally {
            close(model);
        }
        assertThat(heard * 4).as("key words heard over the whole exercise:%n%s", String.join("\n", report))
                .isGreaterThanOrEqualTo(expected * 3);
    }

    /** One recognizer per stream, fed 16-bit little-endian mono in even-length chunks, closed once. */
    private static String transcribe(Class<?> modelClass, Class<?> recognizerClass, Object model, byte[] pcm)
            throws ReflectiveOperationException {
        Constructor<?> create = recognizerClass.getConstructor(modelClass, float.class);
        Method accept = recognizerClass.getMethod("acceptWaveForm", byte[].class, int.class);
        Method result = recognizerClass.getMethod("getResult");
        Method finalResult = recognizerClass.getMethod("getFinalResult");
        ObjectMapper json = new ObjectMapper();
        List<String> parts = new ArrayList<>();
        Object recognizer = create.newInstance(model, (float) SAMPLE_RATE);
        try {
            // A little silence after the speech lets the recognizer close the last word.
            byte[] audio = Arrays.copyOf(pcm, pcm.length + SAMPLE_RATE);
            for (int offset = 0; offset < audio.length; offset += 8000) {
                byte[] chunk = Arrays.copyOfRange(audio, offset, Math.min(offset + 8000, audio.length));
                if ((Boolean) accept.invoke(recognizer, chunk, chunk.length)) {
                    parts.add(text(json, (String) result.invoke(recognizer)));
                }
            }
            parts.add(text(json, (String) finalResult.invoke(recognizer)));
        } finally {
            close(recognizer);
        }
        return String.join(" ", parts).replaceAll("\\s+", " ").strip();
    }

    private static String text(ObjectMapper json, String result) {
        try {
            return json.readTree(result).path("text").asText("");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Vosk result is not JSON: " + result, e);
        }
    }

    private static String words(String text) {
        return " " + Pattern.compile("[^a-z']+").matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
    }

    private static void close(Object closeable) throws ReflectiveOperationException {
        try {
            closeable.getClass().getMethod("close").invoke(closeable);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("closing " + closeable.getClass().getName(), e.getCause());
        }
    }
}
