package app.sala.usage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The usage figures on disk: {@code usage-<date>.json}, one small file per day. */
class UsageFile {

    private static final Logger log = LoggerFactory.getLogger(UsageFile.class);
    private static final Pattern NAME = Pattern.compile("usage-(\\d{4}-\\d{2}-\\d{2})\\.json");

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    UsageFile(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** The days kept on disk from {@code since} on; a file that cannot be read is skipped and named in the log. */
    List<DayCounts> load(LocalDate since) {
        List<DayCounts> days = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return days;
        }
        for (Path file : files()) {
            LocalDate date = dateOf(file);
            if (date == null || date.isBefore(since)) {
                continue;
            }
            try {
                DayCounts counts = json.readValue(file.toFile(), DayCounts.class);
                if (date.toString().equals(counts.date())) {
                    days.add(counts);
                }
            } catch (IOException e) {
                log.warn("Usage figures in {} could not be read and are left out: {}", file, e.getMessage());
            }
        }
        return days;
    }

    void save(DayCounts day) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve("usage-" + day.date() + ".json");
        Path temporary = dir.resolve(target.getFileName() + ".tmp");
        json.writeValue(temporary.toFile(), day);
        // A power cut while writing leaves yesterday's complete file, never half of one.
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the files of days before {@code since}. */
    void deleteBefore(LocalDate since) {
        for (Path file : files()) {
            LocalDate date = dateOf(file);
            if (date != null && date.isBefore(since)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Old usage file {} could not be deleted: {}", file, e.getMessage());
                }
            }
        }
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(file -> NAME.matcher(file.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            log.warn("Usage folder {} could not be listed: {}", dir, e.getMessage());
            return List.of();
        }
    }

    private static LocalDate dateOf(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return null;
        }
        try {
            return LocalDate.parse(matcher.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
