package app.sala.security;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a careless or hostile caller sends: odd text, broken JSON, broken WAV files, odd
 * content types. Named, so a failure says which one.
 */
final class HostileInput {

    private HostileInput() {
    }

    /** Text that is valid to send but hard to handle. Lone surrogates travel as JSON escapes. */
    static Map<String, String> strings() {
        Map<String, String> strings = new LinkedHashMap<>();
        strings.put("lone high surrogate", "\uD800");
        strings.put("lone low surrogate", "\uDC00 help");
        strings.put("surrogates reversed", "\uDC00\uD800");
        strings.put("right-to-left marks", "\u200F\u202Eexercises\u202C\u200E");
        strings.put("zero-width characters", "\u200B\u200C\u200D\u2060\uFEFFhelp\u200B");
        strings.put("4-byte emoji and sequences", "\uD83D\uDE00 \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08");
        strings.put("NUL", "\u0000");
        strings.put("NUL inside", "help\u0000me");
        strings.put("terminal escapes", "\u0007\u001B[31mred\u001B[0m\r\n");
        strings.put("5000 combining marks", "a" + "\u0301".repeat(5000));
        strings.put("private use and unassigned", "\uE000\uF8FF\uFFFF\uFFFE");
        strings.put("only spaces of every kind", "\u00A0\u2007\u202F\u3000\t\n");
        strings.put("path traversal", "../../../../etc/passwd");
        strings.put("markup", "<script>alert(1)</script><img src=x onerror=alert(1)>");
        strings.put("log4shell pattern", "${jndi:ldap://127.0.0.1:1/a}");
        strings.put("template syntax", "{{7*7}} ${7*7} #{7*7} <%= 7*7 %>");
        strings.put("SQL", "' OR 1=1; DROP TABLE visitors; --");
        strings.put("shell", "$(touch /tmp/sala-fuzz-pwned); `reboot`");
        strings.put("2000 characters", "Breathe in. ".repeat(167).substring(0, 2000));
        strings.put("12 KB of two-byte letters", "é".repeat(6000));
        strings.put("empty", "");
        return strings;
    }

    /** JSON bodies: the edge strings in every field, and JSON that is broken or the wrong shape. */
    static Map<String, byte[]> jsonBodies() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        strings().forEach((name, text) -> {
            bodies.put("text: " + name, utf8("{\"text\":" + jsonString(text) + ",\"lang\":\"en\"}"));
            bodies.put("lang: " + name, utf8("{\"text\":\"help\",\"lang\":" + jsonString(text) + "}"));
        });
        bodies.put("invalid UTF-8 inside a string", concat(utf8("{\"text\":\""),
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE}, utf8("\",\"lang\":\"en\"}")));
        bodies.put("UTF-16 with BOM", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "{\"text\":\"help\"}".getBytes(StandardCharsets.UTF_16BE)));
        for (String broken : List.of("{", "}", "[]", "null", "true", "\"text\"", "{\"text\":", "{\"text\" \"help\"}",
                "{\"text\":\"help\",}", "{'text':'help'}", "{\"text\":\"help\",\"text\":\"stop\"}", "{\"text\":5}",
                "{\"text\":[\"help\"]}", "{\"text\":{\"$gt\":\"\"}}", "{\"text\":null,\"lang\":null}",
                "{\"text\":1e999999999}", "{\"text\":\"help\",\"lang\":\"en\",\"extra\":" + "1".repeat(5000) + "}",
                "{\"__proto__\":{\"admin\":true},\"text\":\"help\"}")) {
            bodies.put("JSON " + abbreviate(broken), utf8(broken));
        }
        bodies.put("nested 5000 deep", utf8("[".repeat(5000) + "]".repeat(5000)));
        bodies.put("nested objects 3000 deep", utf8("{\"a\":".repeat(3000) + "1" + "}".repeat(3000)));
        return bodies;
    }

    /** WAV files, valid and broken, as an endpoint taking recorded speech may get them. */
    static Map<String, byte[]> wavs() {
        Map<String, byte[]> wavs = new LinkedHashMap<>();
        wavs.put("valid 1 s 16 kHz mono", wav(1, 16000, 1, 16, 16000 * 2, null, null));
        wavs.put("valid 1 s 48 kHz stereo", wav(1, 48000, 2, 16, 48000 * 4, null, null));
        wavs.put("15.5 s 48 kHz stereo (longer than an utterance, under 4 MB)", wav(1, 48000, 2, 16, (int) (15.5 * 48000 * 4), null, null));
        wavs.put("valid 8 kHz", wav(1, 8000, 1, 16, 8000 * 2, null, null));
        wavs.put("8-bit", wav(1, 16000, 1, 8, 16000, null, null));
        wavs.put("32-bit float", wav(3, 16000, 1, 32, 16000 * 4, null, null));
        wavs.put("header only", wav(1, 16000, 1, 16, 0, null, null));
        wavs.put("odd number of data bytes", wav(1, 16000, 1, 16, 1001, null, null));
        wavs.put("sample rate 0", wav(1, 0, 1, 16, 3200, null, null));
        wavs.put("negative sample rate", wav(1, Integer.MIN_VALUE, 1, 16, 3200, null, null));
        wavs.put("sample rate 4 GHz", wav(1, -1, 1, 16, 3200, null, null));
        wavs.put("0 channels", wav(1, 16000, 0, 16, 3200, null, null));
        wavs.put("65535 channels", wav(1, 16000, 65535, 16, 3200, null, null));
        wavs.put("7 bits", wav(1, 16000, 1, 7, 3200, null, null));
        wavs.put("0 bits", wav(1, 16000, 1, 0, 3200, null, null));
        wavs.put("unknown format 0x1234", wav(0x1234, 16000, 1, 16, 3200, null, null));
        wavs.put("extensible format with garbage", wav(0xFFFE, 16000, 1, 16, 3200, null, null));
        wavs.put("RIFF and data sizes 0xFFFFFFFF", wav(1, 16000, 1, 16, 3200, 0xFFFFFFFF, 0xFFFFFFFF));
        wavs.put("data size larger than the file", wav(1, 16000, 1, 16, 3200, null, 1_000_000));
        wavs.put("data size negative", wav(1, 16000, 1, 16, 3200, null, Integer.MIN_VALUE));
        wavs.put("fmt chunk 0xFFFFFFF0 long", fmtChunkSize(0xFFFFFFF0));
        wavs.put("fmt chunk 2 bytes long", fmtChunkSize(2));
        byte[] valid = wav(1, 16000, 1, 16, 3200, null, null);
        wavs.put("truncated to 20 bytes", java.util.Arrays.copyOf(valid, 20));
        wavs.put("truncated to 43 bytes", java.util.Arrays.copyOf(valid, 43));
        wavs.put("RIFF then random", concat(utf8("RIFF"), random(2000, 7)));
        wavs.put("RIFX big-endian", replace(valid, 0, "RIFX"));
        wavs.put("RF64", replace(valid, 0, "RF64"));
        wavs.put("WAVE missing", replace(valid, 8, "AVIF"));
        wavs.put("no data chunk", java.util.Arrays.copyOf(valid, 36));
        wavs.put("1000 empty LIST chunks before data", listChunks(1000));
        return wavs;
    }

    static byte[] wav(int format, int sampleRate, int channels, int bits, int dataBytes, Integer riffSize, Integer dataSize) {
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put(utf8("RIFF")).putInt(riffSize != null ? riffSize : 36 + dataBytes).put(utf8("WAVE"));
        header.put(utf8("fmt ")).putInt(16).putShort((short) format).putShort((short) channels).putInt(sampleRate);
        int blockAlign = Math.max(1, channels * Math.max(1, bits / 8));
        header.putInt(sampleRate * blockAlign).putShort((short) blockAlign).putShort((short) bits);
        header.put(utf8("data")).putInt(dataSize != null ? dataSize : dataBytes);
        byte[] data = new byte[dataBytes];
        // A quiet tone: something to decode, nothing anyone would say.
        for (int i = 0; i + 1 < dataBytes; i += 2) {
            short sample = (short) (800 * Math.sin(i / 20.0));
            data[i] = (byte) sample;
            data[i + 1] = (byte) (sample >> 8);
        }
        return concat(header.array(), data);
    }

    private static byte[] fmtChunkSize(int size) {
        byte[] wav = wav(1, 16000, 1, 16, 3200, null, null);
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(16, size);
        return wav;
    }

    private static byte[] listChunks(int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] valid = wav(1, 16000, 1, 16, 3200, null, null);
        out.write(valid, 0, 36);
        for (int i = 0; i < count; i++) {
            out.writeBytes(utf8("LIST"));
            out.writeBytes(new byte[4]);
        }
        out.write(valid, 36, valid.length - 36);
        return out.toByteArray();
    }

    /** Content types a client might send, right, wrong and malformed. */
    static List<String> contentTypes() {
        List<String> types = new ArrayList<>();
        types.add(null);
        types.add("application/json");
        types.add("application/json; charset=utf-16");
        types.add("application/json; charset=no-such-charset");
        types.add("application/json;;;;charset=");
        types.add("audio/wav");
        types.add("audio/wav; rate=abc");
        types.add("audio/x-wav");
        types.add("text/plain; charset=utf-8");
        types.add("application/x-www-form-urlencoded");
        types.add("multipart/form-data; boundary=x");
        types.add("multipart/form-data");
        types.add("application/xml");
        types.add("application/octet-stream");
        types.add("*/*");
        types.add("garbage");
        types.add("a/b/c/d");
        types.add("application/json; " + "x=y; ".repeat(500));
        return types;
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** A string of random code points from every plane, surrogate halves included. */
    static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append((char) random.nextInt(0x20));
                case 1 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                case 2 -> text.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
                case 3 -> text.append((char) (0x2000 + random.nextInt(0x70)));
                default -> text.append((char) (0x20 + random.nextInt(0x250)));
            }
        }
        return text.toString();
    }

    /** A JSON string literal that keeps lone surrogates and NUL as \\u escapes. */
    static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) || c == 0x2028 || c == 0x2029) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] replace(byte[] bytes, int at, String ascii) {
        byte[] copy = bytes.clone();
        System.arraycopy(utf8(ascii), 0, copy, at, ascii.length());
        return copy;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
