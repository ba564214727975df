package app.sala.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synthesized WAV files on disk, keyed by engine, voice, rate and text. Disk rather than
 * heap: all content in two languages and three rates is a few hundred megabytes, and the
 * operating system's page cache keeps the hot clips in memory anyway. Only content and
 * kiosk texts are spoken, never anything a visitor said.
 */
public class ClipCache {

    private static final Logger log = LoggerFactory.getLogger(ClipCache.class);

    private final Path directory;
    private final long maxBytes;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong bytesSinceTrim = new AtomicLong();

    public ClipCache(Path directory, long maxBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new SpeechException("cannot create the speech cache " + directory, e);
        }
    }

    public Optional<byte[]> get(String key) {
        Path file = file(key);
        try {
            byte[] wav = Files.readAllBytes(file);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            hits.incrementAndGet();
            return Optional.of(wav);
        } catch (IOException e) {
            misses.incrementAndGet();
            return Optional.empty();
        }
    }

    public boolean contains(String key) {
        return Files.exists(file(key));
    }

    public void put(String key, byte[] wav) {
        Path file = file(key);
        try {
            // Write aside, then move: a reader never sees half a file.
            Path partial = Files.createTempFile(directory, "clip", ".part");
            Files.write(partial, wav);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Cannot keep a speech clip in {}: {}", directory, e.getMessage());
            return;
        }
        if (bytesSinceTrim.addAndGet(wav.length) > maxBytes / 10) {
            bytesSinceTrim.set(0);
            trim();
        }
    }

    /** Drops the least recently used clips until the cache is within its limit. */
    synchronized void trim() {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> clips = files.filter(f -> f.toString().endsWith(".wav"))
                    .sorted((a, b) -> lastUsed(a).compareTo(lastUsed(b)))
                    .toList();
            long total = clips.stream().mapToLong(ClipCache::size).sum();
            for (Path clip : clips) {
                if (total <= maxBytes) {
                    break;
                }
                total -= size(clip);
                Files.deleteIfExists(clip);
            }
        } catch (IOException e) {
            log.warn("Cannot trim the speech cache {}: {}", directory, e.getMessage());
        }
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    private Path file(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(digest) + ".wav");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileTime lastUsed(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
