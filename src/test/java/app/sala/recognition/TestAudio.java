package app.sala.recognition;

import app.sala.speech.AudioClip;
import app.sala.speech.EspeakSynthesizer;
import app.sala.speech.FreeTtsSynthesizer;
import app.sala.speech.SpeechRate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Speech made for recognition tests: the kiosk's own voices (FreeTTS, espeak-ng) saying a
 * phrase, resampled to the microphone's 16 kHz, padded with silence as a visitor pauses, and
 * mixed with noise at a chosen signal-to-noise ratio. Samples are floats in [-1, 1].
 */
public final class TestAudio {

    public static final int RATE = SpeechAudio.SAMPLE_RATE;
    private static FreeTtsSynthesizer freeTts;

    private TestAudio() {
    }

    public enum Voice {
        FREETTS("FreeTTS kevin16"), ESPEAK_EN("espeak-ng en-us"), ESPEAK_ES("espeak-ng es-419");

        public final String label;

        Voice(String label) {
            this.label = label;
        }
    }

    public static synchronized float[] speak(String text, Voice voice) {
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
        float[] samples = new float[clip.pcm().length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((clip.pcm()[2 * i] & 0xff) | (clip.pcm()[2 * i + 1] << 8)) / 32768f;
        }
        return UploadedWav.resample(samples, clip.sampleRate());
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

    /** Speech plus noise scaled so that speech is {@code snrDb} louder than the noise. */
    public static float[] mix(float[] speech, float[] noise, double snrDb) {
        double scale = speechRms(speech) / (rms(noise) * Math.pow(10, snrDb / 20));
        float[] mixed = new float[speech.length];
        for (int i = 0; i < speech.length; i++) {
            mixed[i] = clamp(speech[i] + (float) (noise[i % noise.length] * scale));
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
