package app.sala.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clinic's figures: counted per local day, kept across restarts, and nothing but counts. */
class UsageFiguresTest {

    private static final ZoneId CLINIC = ZoneId.of("America/Los_Angeles");

    @TempDir
    Path folder;

    /** A clock the test moves forward. */
    private static final class TestClock extends Clock {
        private Instant now;

        TestClock(String instant) {
            now = Instant.parse(instant);
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return CLINIC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private UsageFigures figures(TestClock clock) {
        return new UsageFigures(new UsageProperties(folder.toString(), 90), clock);
    }

    @Test
    void countsEachKindPerDayAndStartsANewDayAtLocalMidnight() {
        // 23:30 in Los Angeles is already the next day in UTC: the clinic's date counts.
        TestClock clock = new TestClock("2026-11-28T07:30:00Z");
        UsageFigures figures = figures(clock);
        figures.countVisit();
        figures.countView("/");
        figures.countView("/exercises/bridge");
        figures.countView("/exercises/bridge");
        figures.countIntent("open_exercise");
        figures.countLanguage("es");
        figures.countReadAloud("es");
        figures.countMoreTime();
        figures.countReset();
        clock.advance(Duration.ofHours(1));
        figures.countView("/");

        List<DayCounts> days = figures.lastDays(7);

        assertThat(days).extracting(DayCounts::date).containsExactly("2026-11-28", "2026-11-27");
        DayCounts yesterday = days.get(1);
        assertThat(yesterday.visits()).isEqualTo(1);
        assertThat(yesterday.resets()).isEqualTo(1);
        assertThat(yesterday.moreTime()).isEqualTo(1);
        assertThat(yesterday.views()).isEqualTo(Map.of("/", 1L, "/exercises/bridge", 2L));
        assertThat(yesterday.intents()).isEqualTo(Map.of("open_exercise", 1L));
        assertThat(yesterday.languages()).isEqualTo(Map.of("es", 1L));
        assertThat(yesterday.readAloud()).isEqualTo(Map.of("es", 1L));
        assertThat(days.get(0).views()).isEqualTo(Map.of("/", 1L));
        assertThat(days.get(0).visits()).isZero();
    }

    @Test
    void keepsNoWordsAVisitorCouldHaveSaidOrTyped() {
        UsageFigures figures = figures(new TestClock("2026-11-28T18:00:00Z"));
        figures.countIntent("I have chest pain, my name is Ana");
        figures.countIntent(null);
        figures.countLanguage("español");
        figures.countView("/emergency/Ana García 555-0100");

        DayCounts today = figures.lastDays(1).get(0);

        assertThat(today.intents()).isEqualTo(Map.of("other", 2L));
        assertThat(today.languages()).isEqualTo(Map.of("other", 1L));
        assertThat(today.views()).isEqualTo(Map.of("other", 1L));
    }

    @Test
    void aRestartContinuesTheDayFromTheFileWhichHoldsOnlyCounts() throws IOException {
        TestClock clock = new TestClock("2026-11-28T18:00:00Z");
        UsageFigures before = figures(clock);
        before.countVisit();
        before.countView("/care");
        before.countIntent("where_to_go");
        before.saveAtShutdown();

        Path file = folder.resolve("usage-2026-11-28.json");
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("date", "visits", "resets", "moreTime", "views", "intents",
                "languages", "readAloud");
        System.out.println("Usage file " + file.getFileName() + ": " + Files.size(file) + " bytes");

        UsageFigures after = figures(clock);
        after.countVisit();

        DayCounts today = after.lastDays(1).get(0);
        assertThat(today.visits()).isEqualTo(2);
        assertThat(today.views()).isEqualTo(Map.of("/care", 1L));
        assertThat(today.intents()).isEqualTo(Map.of("where_to_go", 1L));
    }

    @Test
    void daysOlderThanTheKeptNumberAreForgottenAndTheirFilesDeleted() throws IOException {
        TestClock clock = new TestClock("2026-11-01T18:00:00Z");
        UsageFigures figures = new UsageFigures(new UsageProperties(folder.toString(), 3), clock);
        for (int day = 0; day < 5; day++) {
            figures.countVisit();
            figures.save();
            clock.advance(Duration.ofDays(1));
        }
        figures.countVisit();
        figures.save();

        assertThat(figures.lastDays(30)).extracting(DayCounts::date)
                .containsExactly("2026-11-06", "2026-11-05", "2026-11-04");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("usage-2026-11-04.json", "usage-2026-11-05.json", "usage-2026-11-06.json");
        }
    }

    @Test
    void withoutAFolderTheFiguresStayInMemory() {
        UsageFigures figures = new UsageFigures(new UsageProperties("", 90),
                Clock.fixed(Instant.parse("2026-11-28T18:00:00Z"), ZoneOffset.UTC));
        figures.countVisit();
        figures.save();

        assertThat(figures.folder()).isEmpty();
        assertThat(figures.lastDays(1).get(0).visits()).isEqualTo(1);
    }
}
