package app.sala.recognition;

import app.sala.speech.AudioClip;
import app.sala.speech.EspeakSynthesizer;
import app.sala.speech.FreeTtsSynthesizer;
import app.sala.speech.SpeechRate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Speech made for recognition tests: the kiosk's own voices (FreeTTS, espeak-ng) and Debian's
 * flite voices (trained on recordings of people, so closer to a visitor than the kiosk's own)
 * saying a phrase, resampled to the microphone's 16 kHz, padded with silence as a visitor
 * pauses, and mixed with noise at a chosen signal-to-noise ratio. Samples are floats in [-1, 1].
 */
public final class TestAudio {

    public static final int RATE = SpeechAudio.SAMPLE_RATE;
    /**
     * flite's clips, kept on disk by voice and text as flite wrote them (before resampling), so
     * that a rerun of a corpus of a thousand clips starts no process and hears the same samples.
     */
    static final Path CACHE = Path.of("target", "tts-cache");
    private static FreeTtsSynthesizer freeTts;
    private static String fliteProblem;

    private TestAudio() {
    }

    public enum Voice {
        FREETTS("FreeTTS kevin16", null), ESPEAK_EN("espeak-ng en-us", null), ESPEAK_ES("espeak-ng es-419", null),
        FLITE_SLT("flite slt", "slt"), FLITE_RMS("flite rms", "rms"), FLITE_AWB("flite awb", "awb"),
        FLITE_KAL16("flite kal16", "kal16"),
        /** espeak-ng's Spanish voices with other speakers' pitch and timbre (its variants), for Spanish corpora. */
        ESPEAK_ES_F3("espeak-ng es+f3", null, "es+f3"), ESPEAK_ES419_M3("espeak-ng es-419+m3", null, "es-419+m3"),
        ESPEAK_ES419_F4("espeak-ng es-419+f4", null, "es-419+f4"), ESPEAK_ES_PABLO("espeak-ng es+pablo", null, "es+pablo");

        public final String label;
        /** The voice name for {@code flite -voice}, or null for the kiosk's own engines. */
        public final String flite;
        /** The voice for {@code espeak-ng -v} when the clip is made outside the kiosk's engine, else null. */
        public final String espeak;

        Voice(String label, String flite) {
            this(label, flite, null);
        }

        Voice(String label, String flite, String espeak) {
            this.label = label;
            this.flite = flite;
            this.espeak = espeak;
        }
    }

    /** The flite voices (trained on recorded people), in a fixed order: clips pick them by index. */
    public static final List<Voice> FLITE_VOICES = List.of(Voice.FLITE_AWB, Voice.FLITE_KAL16, Voice.FLITE_RMS, Voice.FLITE_SLT);

    public static boolean fliteAvailable() {
        return fliteUnavailableReason() == null;
    }

    /** Why flite cannot speak here (apt-get install flite), or null when it can. */
    public static synchronized String fliteUnavailableReason() {
        if (fliteProblem == null) {
            Path probe = null;
            try {
                probe = Files.createTempFile("flite", ".wav");
                run(List.of("flite", "-voice", "slt", "-t", "test", "-o", probe.toString()));
                fliteProblem = "";
            } catch (IOException | RuntimeException e) {
                fliteProblem = "flite is not usable: " + e.getMessage();
            } finally {
                if (probe != null) {
                    probe.toFile().delete();
                }
            }
        }
        return fliteProblem.isEmpty() ? null : fliteProblem;
    }

    public static float[] speak(String text, Voice voice) {
        AudioClip clip = voice.flite != null
                ? cachedClip(text, voice.flite, file -> List.of("flite", "-voice", voice.flite, "-t", text, "-o", file))
                : voice.espeak != null
                ? cachedClip(text, voice.espeak, file -> List.of("espeak-ng", "-v", voice.espeak, "-w", file, text))
                : kioskClip(text, voice);
        float[] samples = new float[clip.pcm().length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((clip.pcm()[2 * i] & 0xff) | (clip.pcm()[2 * i + 1] << 8)) / 32768f;
        }
        return UploadedWav.resample(samples, clip.sampleRate());
    }

    private static synchronized AudioClip kioskClip(String text, Voice voice) {
        AudioClip clip;
        if (voice == Voice.FREETTS) {
            if (freeTts == null) {
                freeTts = new FreeTtsSynthesizer();
            }
            clip = freeTts.synthesize(text, "en", SpeechRate.NORMAL);
        } else {
            String language = voice == Voice.ESPEAK_EN ? "en" : "es";
            EspeakSynthesizer espeak = new EspeakSynthesizer("espeak-ng", Map.of("en", "en-us", "es", "es-419"),
                    Duration.ofSeconds(10));
            clip = espeak.synthesize(text, language, SpeechRate.NORMAL);
        }
        return clip;
    }

    /**
     * The WAV a speech program (flite, espeak-ng) writes for the text, from the cache or written
     * into it; each voice says at its own rate.
     */
    private static AudioClip cachedClip(String text, String voice, java.util.function.Function<String, List<String>> command) {
        Path cached = CACHE.resolve(voice).resolve(sha1(text) + ".wav");
        try {
            if (!Files.exists(cached)) {
                Files.createDirectories(cached.getParent());
                Path written = Files.createTempFile(cached.getParent(), "clip", ".wav");
                run(command.apply(written.toString()));
                Files.move(written, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return readWav(Files.readAllBytes(cached));
        } catch (IOException e) {
            throw new UncheckedIOException(voice + " \"" + text + "\"", e);
        }
    }

    /** A speech program without a shell, the text as one argument, within 20 s. */
    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 20 s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + process.exitValue());
        }
    }

    /** 16-bit mono PCM WAV, as flite writes it: the rate from the format chunk, the samples of the data chunk. */
    static AudioClip readWav(byte[] wav) {
        ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int position = 12;
        int rate = 0;
        while (position + 8 <= wav.length) {
            String id = new String(wav, position, 4, StandardCharsets.US_ASCII);
            int size = in.getInt(position + 4);
            if (id.equals("fmt ")) {
                if (in.getShort(position + 8) != 1 || in.getShort(position + 10) != 1 || in.getShort(position + 22) != 16) {
                    throw new IllegalArgumentException("not 16-bit mono PCM");
                }
                rate = in.getInt(position + 12);
            } else if (id.equals("data")) {
                int length = Math.min(size, wav.length - position - 8) & ~1;
                byte[] pcm = new byte[length];
                System.arraycopy(wav, position + 8, pcm, 0, length);
                return new AudioClip(pcm, rate);
            }
            position += 8 + size + (size & 1);
        }
        throw new IllegalArgumentException("WAV without data");
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Silence before and after, in seconds, as a visitor leaves around a request. */
    public static float[] pad(float[] speech, double before, double after) {
        int lead = (int) (before * RATE);
        float[] padded = new float[lead + speech.length + (int) (after * RATE)];
        System.arraycopy(speech, 0, padded, lead, speech.length);
        return padded;
    }

    public static double rms(float[] samples) {
        double sum = 0;
        for (float s : samples) {
            sum += s * s;
        }
        return Math.sqrt(sum / Math.max(1, samples.length));
    }

    /** RMS over the loud part only: the SNR of speech is measured where there is speech. */
    public static double speechRms(float[] samples) {
        double sum = 0;
        int count = 0;
        for (float s : samples) {
            if (Math.abs(s) > 0.01) {
                sum += s * s;
                count++;
            }
        }
        return Math.sqrt(sum / Math.max(1, count));
    }

    public static float[] whiteNoise(int length, long seed) {
        Random random = new Random(seed);
        float[] noise = new float[length];
        for (int i = 0; i < length; i++) {
            noise[i] = (float) random.nextGaussian() * 0.1f;
        }
        return noise;
    }

    /** Several voices talking over each other about other things: the sound of a waiting room. */
    public static float[] babble(int length, List<String> chatter, long seed) {
        Random random = new Random(seed);
        float[] mix = new float[length];
        Voice[] voices = {Voice.ESPEAK_EN, Voice.FREETTS, Voice.ESPEAK_ES};
        for (int talker = 0; talker < 6; talker++) {
            int start = -random.nextInt(RATE);
            while (start < length) {
                float[] speech = speak(chatter.get(random.nextInt(chatter.size())), voices[talker % voices.length]);
                for (int i = 0; i < speech.length && start + i < length; i++) {
                    if (start + i >= 0) {
                        mix[start + i] += speech[i];
                    }
                }
                start += speech.length + random.nextInt(RATE / 4);
            }
        }
        return mix;
    }

    /**
     * A clinic lobby: four people (the four flite voices, each at its own distance) talking at
     * once about other things, each starting at a different moment and pausing between
     * sentences, so that three or four voices overlap most of the time.
     */
    public static float[] lobbyBabble(int length, List<String> chatter, long seed) {
        Random random = new Random(seed);
        float[] mix = new float[length];
        Voice[] talkers = {Voice.FLITE_SLT, Voice.FLITE_RMS, Voice.FLITE_AWB, Voice.FLITE_KAL16};
        for (Voice talker : talkers) {
            float gain = 0.6f + 0.4f * random.nextFloat();
            int start = random.nextInt(2 * RATE) - RATE;
            while (start < length) {
                float[] speech = speak(chatter.get(random.nextInt(chatter.size())), talker);
                for (int i = 0; i < speech.length && start + i < length; i++) {
                    if (start + i >= 0) {
                        mix[start + i] += gain * speech[i];
                    }
                }
                start += speech.length + RATE / 5 + random.nextInt(4 * RATE / 5);
            }
        }
        return mix;
    }

    /** The same samples this many dB louder (negative: quieter), clipped to [-1, 1]. */
    public static float[] gain(float[] samples, double db) {
        float factor = (float) Math.pow(10, db / 20);
        float[] out = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = clamp(samples[i] * factor);
        }
        return out;
    }

    /** Speech plus noise scaled so that speech is {@code snrDb} louder than the noise. */
    public static float[] mix(float[] speech, float[] noise, double snrDb) {
        return mix(speech, noise, snrDb, 0);
    }

    /**
     * Speech plus the noise from {@code offset} on (wrapping around), scaled so that speech is
     * {@code snrDb} louder than the noise: a long recording of the room cut at different places.
     */
    public static float[] mix(float[] speech, float[] noise, double snrDb, int offset) {
        double scale = speechRms(speech) / (rms(noise) * Math.pow(10, snrDb / 20));
        float[] mixed = new float[speech.length];
        for (int i = 0; i < speech.length; i++) {
            mixed[i] = clamp(speech[i] + (float) (noise[(offset + i) % noise.length] * scale));
        }
        return mixed;
    }

    /** Noise alone at a plausible room level. */
    public static float[] scaled(float[] noise, double rms) {
        double scale = rms / Math.max(1e-9, rms(noise));
        float[] out = new float[noise.length];
        for (int i = 0; i < noise.length; i++) {
            out[i] = clamp((float) (noise[i] * scale));
        }
        return out;
    }

    public static byte[] pcm(float[] samples) {
        return UploadedWav.toPcm16(samples);
    }

    public static byte[] wav(float[] samples) {
        return new AudioClip(pcm(samples), RATE).wav();
    }

    private static float clamp(float value) {
        return Math.max(-1f, Math.min(1f, value));
    }
}
