package app.sala.answers;

import app.sala.content.CareSetting;
import app.sala.content.ClinicProperties;
import app.sala.content.ContentCatalog;
import app.sala.content.LanguagePack;
import app.sala.sentences.Intent;
import app.sala.sentences.IntentContract;
import app.sala.sentences.SentenceFile;
import app.sala.sentences.SlotList;
import app.sala.understanding.Assistant;
import app.sala.understanding.Understanding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Sala's answer to what was understood, whichever way it came (typed, spoken, or an
 * integration's intent): the words of the sentence file's response filled in from the content,
 * and the screen to show. An intent whose slots the content cannot answer gets the answer to
 * "not understood".
 */
@Service
public class Answers {

    /** Few enough to read at a glance and to say "the first one", "the second one". */
    public static final int MAX_CHOICES = 3;

    private final Assistant assistant;
    private final ContentCatalog catalog;
    private final ReplyWriter writer;

    public Answers(Assistant assistant, ContentCatalog catalog, ClinicProperties clinic) {
        this.assistant = assistant;
        this.catalog = catalog;
        this.writer = new ReplyWriter(clinic);
    }

    /**
     * The answer in {@code lang}.
     *
     * @param currentExerciseId the exercise on screen, for "how often should I do it?"; may be null
     */
    public Reply reply(String lang, Understanding understanding, String currentExerciseId) {
        SentenceFile file = assistant.sentenceFile(lang);
        Intent intent = understanding == null ? Intent.unknown() : understanding.intent();
        LanguagePack pack = catalog.pack(Locale.forLanguageTag(lang));
        if (!valid(intent, file)) {
            intent = Intent.unknown();
        }
        return writer.write(file, pack, catalog.languages(), Assistant.withContentSetting(pack.care(), intent), currentExerciseId);
    }

    /**
     * Sala is not sure which of these readings the visitor meant, best first: it asks. Readings
     * the content cannot answer and repeats are left out, at most {@link #MAX_CHOICES} are
     * offered, and an emergency among them is offered first, asked as "Is this an emergency?".
     * With no reading left, the answer is "not understood".
     */
    public Reply ask(String lang, List<Intent> readings, String currentExerciseId) {
        SentenceFile file = assistant.sentenceFile(lang);
        LanguagePack pack = catalog.pack(Locale.forLanguageTag(lang));
        List<Intent> candidates = readings.stream().filter(reading -> !reading.isUnknown() && valid(reading, file))
                .map(reading -> Assistant.withContentSetting(pack.care(), reading)).toList();
        List<Intent> offered = new ArrayList<>();
        candidates.stream().filter(Answers::isEmergency).findFirst().ifPresent(offered::add);
        for (Intent candidate : candidates) {
            if (offered.size() < MAX_CHOICES && offered.stream().noneMatch(o -> same(o, candidate))) {
                offered.add(candidate);
            }
        }
        if (offered.isEmpty()) {
            return reply(lang, Understanding.unknown(), currentExerciseId);
        }
        List<Choice> choices = offered.stream()
                .map(reading -> writer.choice(file, pack, catalog.languages(), reading, currentExerciseId)).toList();
        return writer.ask(file, choices, isEmergency(offered.get(0)));
    }

    /** An emergency reading: the 911 screen, with or without the condition named. */
    public static boolean isEmergency(Intent intent) {
        return Intent.WHERE_TO_GO.equals(intent.name())
                && CareSetting.EMERGENCY.equals(intent.slot(IntentContract.SETTING));
    }

    /** Two readings that would do the same (a condition's setting is filled in from the content). */
    private static boolean same(Intent a, Intent b) {
        return a.name().equals(b.name()) && (a.slots().equals(b.slots())
                || (isEmergency(a) && isEmergency(b)));
    }

    /** The answer to an intent asked for directly (the voice panel's language switch). */
    public Reply reply(String lang, Intent intent) {
        return reply(lang, new Understanding(intent, Understanding.Source.TEMPLATE, null, 1), null);
    }

    /** An intent from outside (an integration) whose slots the content cannot answer is treated as unknown. */
    private static boolean valid(Intent intent, SentenceFile file) {
        Set<String> allowed = IntentContract.SLOTS.get(intent.name());
        if (allowed == null || !allowed.containsAll(intent.slots().keySet())) {
            return false;
        }
        for (String required : IntentContract.REQUIRED.getOrDefault(intent.name(), Set.of())) {
            if (intent.slot(required) == null) {
                return false;
            }
        }
        for (Map.Entry<String, String> slot : intent.slots().entrySet()) {
            SlotList list = file.lists().get(slot.getKey());
            if (list == null || !list.values().containsKey(slot.getValue())) {
                return false;
            }
        }
        if (intent.name().equals(Intent.WHERE_TO_GO)) {
            return intent.slot(IntentContract.CONDITION) != null || intent.slot(IntentContract.SETTING) != null;
        }
        return true;
    }
}
