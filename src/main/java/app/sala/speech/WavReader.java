package app.sala.speech;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads 16-bit mono PCM WAV as espeak-ng streams it: the RIFF and data sizes are
 * placeholders when writing to a pipe, so the samples are taken as "everything after the
 * data chunk header" rather than trusting the sizes.
 */
final class WavReader {

    private WavReader() {
    }

    static AudioClip read(byte[] wav) {
        try {
            return parse(wav);
        } catch (IndexOutOfBoundsException e) {
            throw new SpeechException("truncated WAV stream (" + wav.length + " bytes)", e);
        }
    }

    private static AudioClip parse(byte[] wav) {
        ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 12 || !tag(wav, 0).equals("RIFF") || !tag(wav, 8).equals("WAVE")) {
            throw new SpeechException("not a WAV stream (" + wav.length + " bytes)");
        }
        int position = 12;
        int sampleRate = 0;
        while (position + 8 <= wav.length) {
            String id = tag(wav, position);
            int size = in.getInt(position + 4);
            if (id.equals("fmt ")) {
                short format = in.getShort(position + 8);
                short channels = in.getShort(position + 10);
                sampleRate = in.getInt(position + 12);
                short bits = in.getShort(position + 22);
                if (format != 1 || channels != 1 || bits != 16) {
                    throw new SpeechException("unsupported WAV format " + format + "/" + channels + "ch/" + bits + "bit");
                }
            } else if (id.equals("data")) {
                if (sampleRate <= 0) {
                    throw new SpeechException("WAV data before its format");
                }
                int start = position + 8;
                int length = (wav.length - start) & ~1;
                byte[] pcm = new byte[length];
                System.arraycopy(wav, start, pcm, 0, length);
                return new AudioClip(pcm, sampleRate);
            }
            if (size < 0 || size > wav.length) {
                break;
            }
            position += 8 + size + (size & 1);
        }
        throw new SpeechException("WAV stream without audio data");
    }

    private static String tag(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }
}
