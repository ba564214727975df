package app.sala.speech;

import app.sala.content.ContentCatalog;
import app.sala.content.Language;
import app.sala.content.LanguagePack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Synthesizes every content text in every language and rate once the kiosk is up, on one
 * low-priority thread, so a visitor's first "Read aloud" is a cache read. Normal speed goes
 * first: it is what most visitors hear.
 */
@Component
class SpeechPrewarmer {

    private static final Logger log = LoggerFactory.getLogger(SpeechPrewarmer.class);
    /** Fields that name things rather than say them. */
    private static final Set<String> NOT_SPOKEN = Set.of("id", "condition", "code", "picture");

    private final SpeechService speech;
    private final ContentCatalog catalog;
    private final boolean enabled;
    private final ObjectMapper mapper = new ObjectMapper();

    SpeechPrewarmer(SpeechService speech, ContentCatalog catalog, SpeechProperties properties) {
        this.speech = speech;
        this.catalog = catalog;
        this.enabled = properties.prewarm();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(this::prewarm, "speech-prewarm");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void prewarm() {
        long started = System.nanoTime();
        int made = 0;
        int failed = 0;
        for (SpeechRate rate : List.of(SpeechRate.NORMAL, SpeechRate.SLOWER, SpeechRate.FASTER)) {
            for (Language language : catalog.languages()) {
                if (!speech.availability(language.code()).available()) {
                    continue;
                }
                for (String text : texts(catalog.pack(language.locale()))) {
                    try {
                        if (!speech.isCached(text, language.code(), rate)) {
                            speech.wav(text, language.code(), rate);
                            made++;
                        }
                    } catch (SpeechException e) {
                        failed++;
                    }
                }
            }
        }
        log.info("Speech cache ready: {} clips made, {} failed, in {} s", made, failed,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    /** Every text a screen may read, in the order the content gives them. */
    List<String> texts(LanguagePack pack) {
        Set<String> texts = new LinkedHashSet<>(pack.ui().values());
        collect(mapper.valueToTree(Map.of("exercises", pack.exercises(), "care", pack.care(),
                "activities", pack.activities())), texts);
        return new ArrayList<>(texts);
    }

    private static void collect(JsonNode node, Set<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (!NOT_SPOKEN.contains(field.getKey())) {
                    collect(field.getValue(), texts);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, texts));
        }
    }
}
