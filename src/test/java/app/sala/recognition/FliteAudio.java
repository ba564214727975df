package app.sala.recognition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Test speech from Debian's flite, whose voices (awb, kal16, rms, slt) were trained on recorded
 * people: closer to a visitor than the kiosk's own FreeTTS and espeak-ng voices, which the
 * recognizer has in effect been tuned on by the round-trip tests. Samples are floats in
 * [-1, 1] at {@link TestAudio#RATE}, as {@link TestAudio} makes them, so they mix with its noise.
 */
public final class FliteAudio {

    /** The four voices, in a fixed order (clips and babble pick them by index). */
    public static final List<String> VOICES = List.of("awb", "kal16", "rms", "slt");

    /** What people in a waiting room say to each other: the babble under a visitor's request. */
    public static final List<String> CHATTER = List.of(
            "the parking lot was full again this morning so we parked across the street",
            "did you see the game last night it went to overtime",
            "my sister is picking up the kids after school today",
            "the appointment was moved to next tuesday at ten in the morning",
            "we should take the bus home because the traffic is terrible",
            "they said the wait would be about forty minutes",
            "i forgot my reading glasses in the car again",
            "is it going to rain this afternoon or tomorrow");

    private static final Path FLITE = Path.of("/usr/bin/flite");
    private static final Map<String, float[]> SPOKEN = new ConcurrentHashMap<>();

    private FliteAudio() {
    }

    public static boolean available() {
        return Files.isExecutable(FLITE);
    }

    /** flite saying the text in one of {@link #VOICES}, at 16 kHz (cached: the same call gives the same array). */
    public static float[] speak(String text, String voice) {
        return SPOKEN.computeIfAbsent(voice + "|" + text, key -> synthesize(text, voice));
    }

    private static float[] synthesize(String text, String voice) {
        Path wav = null;
        try {
            wav = Files.createTempFile("sala-flite-", ".wav");
            Process flite = new ProcessBuilder(FLITE.toString(), "-voice", voice, "-t", text, "-o", wav.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!flite.waitFor(30, TimeUnit.SECONDS) || flite.exitValue() != 0) {
                flite.destroyForcibly();
                throw new IllegalStateException("flite -voice " + voice + " failed for \"" + text + "\"");
            }
            return floats(UploadedWav.toSpeechPcm(Files.readAllBytes(wav), 60));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run flite: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (wav != null) {
                try {
                    Files.deleteIfExists(wav);
                } catch (IOException e) {
                    // A temporary file left behind is harmless.
                }
            }
        }
    }

    /**
     * A waiting room: {@code talkers} flite voices (3 or 4) each saying chatter, one line after
     * another with short pauses, all at once.
     */
    public static float[] babble(int length, int talkers, long seed) {
        Random random = new Random(seed);
        float[] mix = new float[length];
        for (int talker = 0; talker < talkers; talker++) {
            String voice = VOICES.get(talker % VOICES.size());
            int start = -random.nextInt(TestAudio.RATE * 2);
            while (start < length) {
                float[] speech = speak(CHATTER.get(random.nextInt(CHATTER.size())), voice);
                for (int i = 0; i < speech.length && start + i < length; i++) {
                    if (start + i >= 0) {
                        mix[start + i] += speech[i];
                    }
                }
                start += speech.length + random.nextInt(TestAudio.RATE / 3);
            }
        }
        return mix;
    }

    /** The same samples this many dB louder (negative: quieter), clipped to [-1, 1]. */
    public static float[] gain(float[] samples, double db) {
        float factor = (float) Math.pow(10, db / 20);
        float[] out = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = Math.max(-1f, Math.min(1f, samples[i] * factor));
        }
        return out;
    }

    /** 16-bit little-endian PCM (what the page sends) as floats. */
    public static float[] floats(byte[] pcm) {
        float[] samples = new float[pcm.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8)) / 32768f;
        }
        return samples;
    }
}
