package app.sala.usage;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Anonymous usage figures for the clinic: how often each screen, voice request, language and
 * read-aloud was used, per day (the server's local date). Only counts are kept: no time of
 * day, no order of screens, no session, nothing typed or said, so no visitor can be told
 * apart. Kept in memory and written to one small file per day every hour and at shutdown
 * (a lobby kiosk is often switched off at night, and a power cut should cost an hour at most).
 */
@Service
public class UsageFigures {

    private static final Logger log = LoggerFactory.getLogger(UsageFigures.class);
    /** Intent names are a closed set of code words; anything else is counted as "other". */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern VIEW = Pattern.compile("[A-Za-z0-9/:()_-]{1,80}");
    static final String OTHER = "other";

    private final Clock clock;
    private final int daysKept;
    private final UsageFile file;
    private final Map<LocalDate, Day> days = new TreeMap<>();
    private final Set<LocalDate> unsaved = new HashSet<>();

    @Autowired
    public UsageFigures(UsageProperties properties) {
        this(properties, Clock.systemDefaultZone());
    }

    UsageFigures(UsageProperties properties, Clock clock) {
        this.clock = clock;
        this.daysKept = properties.days();
        this.file = properties.dir().isBlank() ? null : new UsageFile(Path.of(properties.dir()));
        if (file != null) {
            for (DayCounts counts : file.load(oldestKept())) {
                days.put(LocalDate.parse(counts.date()), Day.of(counts));
            }
            log.info("Usage figures: {} day(s) read from {}", days.size(), file.dir().toAbsolutePath());
        } else {
            log.info("Usage figures are kept in memory only (sala.usage.dir is empty)");
        }
    }

    public void countView(String view) {
        add(Category.VIEWS, VIEW.matcher(view).matches() ? view : OTHER);
    }

    /** A voice request understood as this intent (the intent names of the sentence files). */
    public void countIntent(String name) {
        add(Category.INTENTS, name != null && NAME.matcher(name).matches() ? name : OTHER);
    }

    public void countLanguage(String languageCode) {
        add(Category.LANGUAGES, languageOrOther(languageCode));
    }

    public void countReadAloud(String languageCode) {
        add(Category.READ_ALOUD, languageOrOther(languageCode));
    }

    public void countVisit() {
        add(Category.VISITS, null);
    }

    public void countReset() {
        add(Category.RESETS, null);
    }

    public void countMoreTime() {
        add(Category.MORE_TIME, null);
    }

    /** The days with any figures among the last {@code count} days, newest first. */
    public synchronized List<DayCounts> lastDays(int count) {
        LocalDate since = today().minusDays(Math.max(1, Math.min(count, daysKept)) - 1L);
        List<DayCounts> result = new ArrayList<>();
        days.forEach((date, day) -> {
            if (!date.isBefore(since)) {
                result.add(day.counts(date));
            }
        });
        result.sort(Comparator.comparing(DayCounts::date).reversed());
        return result;
    }

    public int daysKept() {
        return daysKept;
    }

    /** Where the figures are written, or empty when they are kept in memory only. */
    public Optional<Path> folder() {
        return Optional.ofNullable(file).map(UsageFile::dir);
    }

    /** Writes the days counted since the last save. Hourly, and at shutdown. */
    @Scheduled(cron = "0 0 * * * *")
    public void save() {
        List<DayCounts> toWrite;
        synchronized (this) {
            forgetOldDays();
            if (file == null || unsaved.isEmpty()) {
                return;
            }
            toWrite = unsaved.stream().filter(days::containsKey).map(date -> days.get(date).counts(date)).toList();
            unsaved.clear();
        }
        for (DayCounts day : toWrite) {
            try {
                file.save(day);
            } catch (IOException e) {
                synchronized (this) {
                    unsaved.add(LocalDate.parse(day.date()));
                }
                log.warn("Usage figures for {} could not be written to {}: {}", day.date(), file.dir(), e.getMessage());
            }
        }
        file.deleteBefore(oldestKept());
    }

    @PreDestroy
    void saveAtShutdown() {
        save();
    }

    private synchronized void add(Category category, String key) {
        LocalDate today = today();
        days.computeIfAbsent(today, date -> new Day()).add(category, key);
        unsaved.add(today);
    }

    private void forgetOldDays() {
        days.keySet().removeIf(date -> date.isBefore(oldestKept()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate oldestKept() {
        return today().minusDays(daysKept - 1L);
    }

    private static String languageOrOther(String code) {
        return code != null && LANGUAGE.matcher(code).matches() ? code : OTHER;
    }

    private enum Category { VIEWS, INTENTS, LANGUAGES, READ_ALOUD, VISITS, RESETS, MORE_TIME }

    /** One day's counts while they are being counted. Guarded by the enclosing instance. */
    private static final class Day {

        private final Map<Category, Map<String, Long>> byName = new TreeMap<>();
        private long visits;
        private long resets;
        private long moreTime;

        static Day of(DayCounts counts) {
            Day day = new Day();
            day.visits = counts.visits();
            day.resets = counts.resets();
            day.moreTime = counts.moreTime();
            day.byName.put(Category.VIEWS, new TreeMap<>(counts.views()));
            day.byName.put(Category.INTENTS, new TreeMap<>(counts.intents()));
            day.byName.put(Category.LANGUAGES, new TreeMap<>(counts.languages()));
            day.byName.put(Category.READ_ALOUD, new TreeMap<>(counts.readAloud()));
            return day;
        }

        void add(Category category, String key) {
            switch (category) {
                case VISITS -> visits++;
                case RESETS -> resets++;
                case MORE_TIME -> moreTime++;
                default -> byName.computeIfAbsent(category, c -> new TreeMap<>()).merge(key, 1L, Long::sum);
            }
        }

        DayCounts counts(LocalDate date) {
            return new DayCounts(date.toString(), visits, resets, moreTime, named(Category.VIEWS),
                    named(Category.INTENTS), named(Category.LANGUAGES), named(Category.READ_ALOUD));
        }

        private Map<String, Long> named(Category category) {
            return new TreeMap<>(byName.getOrDefault(category, Map.of()));
        }
    }
}
