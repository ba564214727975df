package app.sala.recognition;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The words a Vosk model can hear. Vosk drops a grammar phrase's unknown words with only a
 * warning, so a phrase made of words the model does not know is silently never heard: whoever
 * writes phrases for a model checks them here first. Big models list the words in
 * {@code graph/words.txt}; small ones keep them only as the output symbols of the grammar
 * FST ({@code graph/Gr.fst}, OpenFst's binary format), read here without the rest of the file.
 */
public final class ModelVocabulary {

    private static final int FST_MAGIC = 2125659606;
    private static final int SYMBOL_TABLE_MAGIC = 2125658996;
    private static final int HAS_INPUT_SYMBOLS = 1;
    private static final int HAS_OUTPUT_SYMBOLS = 2;
    private static final int MAX_STRING_BYTES = 1 << 16;
    private static final long MAX_SYMBOLS = 10_000_000;

    private ModelVocabulary() {
    }

    /** The model's words, or empty when it lists none that can be read. */
    public static Optional<Set<String>> of(Path modelFolder) {
        Path wordsFile = modelFolder.resolve("graph/words.txt");
        try {
            if (Files.isRegularFile(wordsFile)) {
                try (Stream<String> lines = Files.lines(wordsFile, StandardCharsets.UTF_8)) {
                    Set<String> words = new HashSet<>();
                    lines.map(line -> line.split("\\s+")[0]).filter(w -> !w.isEmpty()).forEach(words::add);
                    return Optional.of(words);
                }
            }
            for (String fst : List.of("graph/Gr.fst", "graph/HCLG.fst")) {
                Path file = modelFolder.resolve(fst);
                if (Files.isRegularFile(file)) {
                    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                        Optional<Set<String>> words = outputSymbols(in);
                        if (words.isPresent()) {
                            return words;
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** OpenFst's header: magic, type, arc type, version, flags, properties, start, states, arcs, then the symbol tables. */
    static Optional<Set<String>> outputSymbols(InputStream stream) throws IOException {
        LittleEndian in = new LittleEndian(stream);
        if (in.int32() != FST_MAGIC) {
            return Optional.empty();
        }
        in.string();
        in.string();
        in.int32();
        int flags = in.int32();
        in.int64();
        in.int64();
        in.int64();
        in.int64();
        if ((flags & HAS_OUTPUT_SYMBOLS) == 0) {
            return Optional.empty();
        }
        if ((flags & HAS_INPUT_SYMBOLS) != 0) {
            symbols(in);
        }
        return Optional.of(symbols(in));
    }

    private static Set<String> symbols(LittleEndian in) throws IOException {
        if (in.int32() != SYMBOL_TABLE_MAGIC) {
            throw new IOException("not an OpenFst symbol table");
        }
        in.string();
        in.int64();
        long size = in.int64();
        if (size < 0 || size > MAX_SYMBOLS) {
            throw new IOException("implausible symbol table size " + size);
        }
        Set<String> words = new HashSet<>((int) size * 2);
        for (long i = 0; i < size; i++) {
            words.add(in.string());
            in.int64();
        }
        return words;
    }

    private static final class LittleEndian {
        private final DataInputStream in;

        LittleEndian(InputStream in) {
            this.in = new DataInputStream(in);
        }

        int int32() throws IOException {
            return Integer.reverseBytes(in.readInt());
        }

        long int64() throws IOException {
            return Long.reverseBytes(in.readLong());
        }

        String string() throws IOException {
            int length = int32();
            if (length < 0 || length > MAX_STRING_BYTES) {
                throw new EOFException("implausible string length " + length);
            }
            byte[] bytes = in.readNBytes(length);
            if (bytes.length != length) {
                throw new EOFException();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
