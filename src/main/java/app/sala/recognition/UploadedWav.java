package app.sala.recognition;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A WAV file from a client, turned into what Vosk hears right: {@link SpeechAudio}, 16 kHz,
 * mono, 16-bit little-endian. Accepts integer PCM of 8, 16, 24 or 32 bits and 32-bit float, any number of
 * channels (averaged: stereo fed as mono would be heard at half speed) and any rate from 8 to
 * 192 kHz (resampled). Everything else is rejected with the reason.
 */
public final class UploadedWav {

    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_FLOAT = 3;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;

    private UploadedWav() {
    }

    /**
     * @return 16 kHz mono 16-bit little-endian samples
     * @throws AudioRejectedException when the bytes are not a WAV Sala can use or are too long
     */
    public static byte[] toSpeechPcm(byte[] wav, double maxSeconds) {
        if (wav == null || wav.length < 12 || !tag(wav, 0).equals("RIFF") || !tag(wav, 8).equals("WAVE")) {
            throw new AudioRejectedException("the body is not a WAV file (it must start with RIFF....WAVE)");
        }
        ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int position = 12;
        int format = -1;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        while (position + 8 <= wav.length) {
            String id = tag(wav, position);
            long size = in.getInt(position + 4) & 0xFFFFFFFFL;
            int body = position + 8;
            if (id.equals("fmt ")) {
                if (size < 16 || body + 16 > wav.length) {
                    throw new AudioRejectedException("the WAV format chunk is cut short");
                }
                format = in.getShort(body) & 0xFFFF;
                channels = in.getShort(body + 2) & 0xFFFF;
                rate = in.getInt(body + 4);
                bits = in.getShort(body + 14) & 0xFFFF;
                if (format == FORMAT_EXTENSIBLE && size >= 40 && body + 26 <= wav.length) {
                    format = in.getShort(body + 24) & 0xFFFF;
                }
            } else if (id.equals("data")) {
                if (format < 0) {
                    throw new AudioRejectedException("the WAV has audio data before its format chunk");
                }
                checkFormat(format, channels, rate, bits);
                // Streamed WAVs carry placeholder sizes: trust the file's end over the header.
                long available = wav.length - body;
                int length = (int) Math.min(size, available);
                return convert(in, body, length, format, channels, rate, bits, maxSeconds);
            }
            if (size > wav.length) {
                break;
            }
            position = (int) (body + size + (size & 1));
        }
        throw new AudioRejectedException("the WAV file has no audio data chunk");
    }

    private static void checkFormat(int format, int channels, int rate, int bits) {
        boolean integer = format == FORMAT_PCM && (bits == 8 || bits == 16 || bits == 24 || bits == 32);
        boolean floating = format == FORMAT_FLOAT && bits == 32;
        if (!integer && !floating) {
            throw new AudioRejectedException("unsupported WAV encoding (format " + format + ", " + bits
                    + " bits): send PCM of 8, 16, 24 or 32 bits or 32-bit float");
        }
        if (channels < 1 || channels > 8) {
            throw new AudioRejectedException("unsupported channel count " + channels + " (1 to 8)");
        }
        if (rate < 8_000 || rate > 192_000) {
            throw new AudioRejectedException("unsupported sample rate " + rate + " Hz (8,000 to 192,000)");
        }
    }

    private static byte[] convert(ByteBuffer in, int start, int length, int format, int channels, int rate,
                                  int bits, double maxSeconds) {
        int frameBytes = channels * bits / 8;
        int frames = length / frameBytes;
        double seconds = (double) frames / rate;
        if (seconds > maxSeconds) {
            throw new AudioRejectedException(String.format(Locale.ROOT,
                    "the audio is %.1f s long; the limit is %.0f s", seconds, maxSeconds), true);
        }
        float[] mono = new float[frames];
        for (int frame = 0; frame < frames; frame++) {
            double sum = 0;
            int base = start + frame * frameBytes;
            for (int channel = 0; channel < channels; channel++) {
                sum += sample(in, base + channel * bits / 8, format, bits);
            }
            mono[frame] = (float) (sum / channels);
        }
        return toPcm16(resample(mono, rate));
    }

    /** One sample scaled to [-1, 1). */
    private static double sample(ByteBuffer in, int at, int format, int bits) {
        if (format == FORMAT_FLOAT) {
            float value = in.getFloat(at);
            return Float.isFinite(value) ? Math.max(-1, Math.min(1, value)) : 0;
        }
        return switch (bits) {
            case 8 -> ((in.get(at) & 0xFF) - 128) / 128.0;
            case 16 -> in.getShort(at) / 32768.0;
            case 24 -> ((in.get(at) & 0xFF) | ((in.get(at + 1) & 0xFF) << 8) | (in.get(at + 2) << 16)) / 8388608.0;
            default -> in.getInt(at) / 2147483648.0;
        };
    }

    /**
     * Linear interpolation; when going down, each output sample first averages the input
     * samples it covers, a cheap low-pass that keeps speech above 8 kHz from folding back.
     */
    static float[] resample(float[] input, int rate) {
        if (rate == SpeechAudio.SAMPLE_RATE) {
            return input;
        }
        int outLength = (int) ((long) input.length * SpeechAudio.SAMPLE_RATE / rate);
        float[] out = new float[outLength];
        double step = (double) rate / SpeechAudio.SAMPLE_RATE;
        for (int i = 0; i < outLength; i++) {
            double position = i * step;
            if (step > 1) {
                int from = (int) position;
                int to = Math.min(input.length, (int) Math.ceil(position + step));
                double sum = 0;
                for (int j = from; j < to; j++) {
                    sum += input[j];
                }
                out[i] = (float) (sum / Math.max(1, to - from));
            } else {
                int left = (int) position;
                int right = Math.min(input.length - 1, left + 1);
                double fraction = position - left;
                out[i] = (float) (input[left] * (1 - fraction) + input[right] * fraction);
            }
        }
        return out;
    }

    static byte[] toPcm16(float[] samples) {
        byte[] pcm = new byte[samples.length * SpeechAudio.BYTES_PER_SAMPLE];
        for (int i = 0; i < samples.length; i++) {
            int value = (int) Math.round(samples[i] * 32768.0);
            value = Math.max(-32768, Math.min(32767, value));
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        return pcm;
    }

    private static String tag(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }
}
