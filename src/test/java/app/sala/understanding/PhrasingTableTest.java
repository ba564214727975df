package app.sala.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.content.CareGuide;
import app.sala.content.CareSetting;
import app.sala.content.Condition;
import app.sala.sentences.Intent;
import app.sala.sentences.IntentContract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The phrasing tables: what visitors type or say, as they say it (polite, terse, rambling,
 * with "um" and "please"), and what Sala must understand. Every row must pass: when one
 * fails, the sentence file is fixed, not the table. The accuracy is printed per language.
 */
class PhrasingTableTest {

    private static final Map<String, AtomicInteger[]> TALLY = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "en: {0}")
    @CsvFileSource(resources = "/assistant/phrasings-en.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void english(String text, String intent, String slots) {
        check("en", text, intent, slots);
    }

    @ParameterizedTest(name = "es: {0}")
    @CsvFileSource(resources = "/assistant/phrasings-es.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void spanish(String text, String intent, String slots) {
        check("es", text, intent, slots);
    }

    private static void check(String lang, String text, String intent, String slots) {
        Understanding understood = ShippedAssistant.get().understand(lang, text);
        Intent expected = new Intent(intent, parse(slots));
        boolean right = understood.intent().equals(expected);
        AtomicInteger[] tally = TALLY.computeIfAbsent(lang, l -> new AtomicInteger[] {new AtomicInteger(), new AtomicInteger()});
        tally[0].incrementAndGet();
        if (right) {
            tally[1].incrementAndGet();
        }
        assertThat(understood.intent()).as("'%s' was understood as %s (%s, '%s', %.2f)", text, understood.intent(),
                understood.source(), understood.phrase(), understood.score()).isEqualTo(expected);
    }

    @AfterAll
    static void printAccuracy() {
        new TreeMap<>(TALLY).forEach((lang, tally) -> System.out.printf(Locale.ROOT,
                "Phrasing table %s: %d of %d understood (%.1f%%)%n", lang, tally[1].get(), tally[0].get(),
                100.0 * tally[1].get() / tally[0].get()));
    }

    /** The tables themselves: big enough, and every condition of the content in them. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void theTableCoversEveryConditionAndEveryEmergencySeveralTimes(String lang) throws IOException {
        List<String[]> rows = rows(lang);
        CareGuide care = ShippedAssistant.catalog().pack(Locale.forLanguageTag(lang)).care();

        assertThat(rows).as("rows in phrasings-%s.csv", lang).hasSizeGreaterThanOrEqualTo(150);
        for (CareSetting setting : care.settings()) {
            for (Condition condition : setting.conditions()) {
                List<String[]> about = rows.stream()
                        .filter(row -> condition.id().equals(parse(row[2]).get(IntentContract.CONDITION))).toList();
                assertThat(about).as("rows about %s in phrasings-%s.csv", condition.id(), lang)
                        .hasSizeGreaterThanOrEqualTo(setting.isEmergency() ? 3 : 1);
                if (setting.isEmergency()) {
                    assertThat(about).as("every %s row expects the emergency", condition.id())
                            .allSatisfy(row -> assertThat(parse(row[2])).containsEntry(IntentContract.SETTING, CareSetting.EMERGENCY));
                }
            }
        }
    }

    static Map<String, String> parse(String slots) {
        Map<String, String> parsed = new TreeMap<>();
        if (slots != null && !slots.isBlank()) {
            for (String slot : slots.split(";")) {
                String[] pair = slot.split("=", 2);
                parsed.put(pair[0].strip(), pair[1].strip());
            }
        }
        return parsed;
    }

    /** The rows as text, intent, slots; a small reader for the quoted CSV the tables use. */
    static List<String[]> rows(String lang) throws IOException {
        try (InputStream in = PhrasingTableTest.class.getResourceAsStream("/assistant/phrasings-" + lang + ".csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(split(lines[i].strip()));
                }
            }
            return rows;
        }
    }

    private static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        while (fields.size() < 3) {
            fields.add("");
        }
        return fields.toArray(String[]::new);
    }
}
