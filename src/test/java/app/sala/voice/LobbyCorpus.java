package app.sala.voice;

import app.sala.answers.Answers;
import app.sala.answers.Choice;
import app.sala.content.CareSetting;
import app.sala.recognition.TestAudio.Voice;
import app.sala.sentences.Intent;
import app.sala.sentences.IntentContract;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lobby corpus as data: the rows of {@code voice/lobby-tuning.tsv} and
 * {@code voice/lobby-heldout.tsv} (phrasing, expected intent and slots, kind, part), the clips
 * they make (phrasing × voice × condition, plus noise alone), and how one reply to a clip is
 * judged. The tuning part is what the decision may be fitted to; the held-out part is only
 * reported.
 */
final class LobbyCorpus {


    private LobbyCorpus() {
    }

    enum Part {
        TUNING("tuning", "lobby-tuning.tsv", List.of(Voice.FREETTS, Voice.ESPEAK_EN, Voice.FLITE_SLT, Voice.FLITE_RMS)),
        HELDOUT("held-out", "lobby-heldout.tsv", List.of(Voice.FLITE_AWB, Voice.FLITE_KAL16));

        final String label;
        final String file;
        final List<Voice> voices;

        Part(String label, String file, List<Voice> voices) {
            this.label = label;
            this.file = file;
            this.voices = voices;
        }
    }

    enum Kind {
        COMMAND, EMERGENCY, ROOM_TALK, SPANISH, NOISE;

        /** Commands and emergencies ask for something; the rest must be left alone. */
        boolean asks() {
            return this == COMMAND || this == EMERGENCY;
        }
    }

    enum Condition {
        CLEAN("clean", Double.NaN), BABBLE_10("babble 10 dB", 10), BABBLE_5("babble 5 dB", 5), ALONE("noise alone", Double.NaN);

        final String label;
        final double snrDb;

        Condition(String label, double snrDb) {
            this.label = label;
            this.snrDb = snrDb;
        }

        static final List<Condition> SPOKEN = List.of(CLEAN, BABBLE_10, BABBLE_5);
    }

    /** How one clip was answered. For room talk, Spanish and noise only the last three can happen. */
    enum Outcome {
        /** Acted on what was asked (an emergency: on the emergency screen). */
        ACTED_RIGHT("acted right"),
        /** Asked "Did you mean…?" with what was asked among the choices (an emergency: first). */
        OFFERED_RIGHT("offered right"),
        /** An emergency acted on as a where_to_go with another setting: the worst outcome. */
        DOWNGRADED("downgraded"),
        /** Acted on something else; for room talk, Spanish and noise: acted at all. */
        ACTED_WRONG("acted wrong"),
        /** Asked without what was asked among the choices; for room talk, Spanish and noise: asked. */
        ASKED_WRONG("asked without it"),
        NOT_UNDERSTOOD("not understood");

        final String label;

        Outcome(String label) {
            this.label = label;
        }

        boolean acted() {
            return this == ACTED_RIGHT || this == DOWNGRADED || this == ACTED_WRONG;
        }

        boolean rightOrOffered() {
            return this == ACTED_RIGHT || this == OFFERED_RIGHT;
        }

        /** An action that should not have happened. */
        boolean wrongAction() {
            return this == DOWNGRADED || this == ACTED_WRONG;
        }
    }

    /**
     * One phrasing.
     *
     * @param intent       the intent to act on or offer, or null when nothing may be acted on
     * @param slots        slots the reply must carry (it may carry more)
     * @param anyEmergency any where_to_go with setting=emergency is right
     */
    record Row(String text, String intent, Map<String, String> slots, boolean anyEmergency, Kind kind, Part part) {

        boolean matches(String name, Map<String, String> replySlots) {
            if (anyEmergency) {
                return Intent.WHERE_TO_GO.equals(name) && CareSetting.EMERGENCY.equals(replySlots.get(IntentContract.SETTING));
            }
            return intent != null && intent.equals(name) && replySlots.entrySet().containsAll(slots.entrySet());
        }

        String expected() {
            if (intent == null) {
                return "(nothing)";
            }
            return anyEmergency ? "emergency" : intent + (slots.isEmpty() ? "" : slots.toString());
        }
    }

    /**
     * One recording to hear: a phrasing said by a voice in a condition, or noise alone.
     *
     * @param voice null for noise alone
     * @param seed  for noise alone, which noise; else unused
     */
    record Clip(Row row, Voice voice, Condition condition, int seed) {

        String voiceLabel() {
            return voice == null ? "-" : voice.label;
        }
    }

    static List<Row> rows(Part part) {
        String resource = "/voice/" + part.file;
        List<Row> rows = new ArrayList<>();
        try (InputStream in = LobbyCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header) {
                    if (!String.join("\t", cells).equals("text\tintent\tslots\tkind\tpart")) {
                        throw new IllegalStateException(resource + ":" + number + ": expected the header text, intent, slots, kind, part");
                    }
                    header = false;
                    continue;
                }
                if (cells.length != 5) {
                    throw new IllegalStateException(resource + ":" + number + ": 5 tab-separated cells expected: " + line);
                }
                Kind kind = Kind.valueOf(cells[3].toUpperCase(Locale.ROOT));
                if (!cells[4].equals(part.name().toLowerCase(Locale.ROOT))) {
                    throw new IllegalStateException(resource + ":" + number + ": part " + cells[4] + " in the file of " + part);
                }
                String intent = cells[1].equals("-") ? null : cells[1];
                if (kind.asks() != (intent != null)) {
                    throw new IllegalStateException(resource + ":" + number + ": " + kind + " with intent " + cells[1]);
                }
                boolean anyEmergency = cells[2].equals("emergency");
                if ((kind == Kind.EMERGENCY) != anyEmergency) {
                    throw new IllegalStateException(resource + ":" + number + ": emergencies, and only they, have slots \"emergency\"");
                }
                rows.add(new Row(cells[0], intent, anyEmergency ? Map.of() : slots(cells[2]), anyEmergency, kind, part));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Map<String, String> slots(String cell) {
        Map<String, String> slots = new LinkedHashMap<>();
        if (!cell.equals("-")) {
            for (String pair : cell.split(";")) {
                String[] kv = pair.split("=", 2);
                slots.put(kv[0].strip(), kv[1].strip());
            }
        }
        return slots;
    }

    /** Noise alone: babble and white noise at room levels, seeds apart per part so neither part sees the other's. */
    static final int NOISE_CLIPS_PER_KIND = 10;

    /**
     * Every clip of a part ({@code every} = 1), or a deterministic sample. Emergencies and room
     * talk keep every phrasing in every condition, said by one voice per phrasing and condition
     * in turn; commands, Spanish and noise alone keep one clip in {@code every}, where
     * (row + voice + condition) is a multiple of it, so each voice and each condition keeps its
     * share.
     */
    static List<Clip> clips(Part part, int every) {
        List<Clip> clips = new ArrayList<>();
        List<Row> rows = rows(part);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<Voice> voices = row.kind() == Kind.SPANISH ? List.of(Voice.ESPEAK_ES) : part.voices;
            boolean always = row.kind() == Kind.EMERGENCY || row.kind() == Kind.ROOM_TALK;
            int keep = every == 1 ? 1 : always ? voices.size() : every;
            for (int v = 0; v < voices.size(); v++) {
                for (int c = 0; c < Condition.SPOKEN.size(); c++) {
                    if ((r + v + c) % keep == 0) {
                        clips.add(new Clip(row, voices.get(v), Condition.SPOKEN.get(c), 0));
                    }
                }
            }
        }
        int firstSeed = part == Part.TUNING ? 0 : 100;
        for (int i = 0; i < NOISE_CLIPS_PER_KIND; i++) {
            if (i % every == 0) {
                clips.add(new Clip(new Row("babble alone " + i, null, Map.of(), false, Kind.NOISE, part), null,
                        Condition.ALONE, firstSeed + i));
                clips.add(new Clip(new Row("white noise alone " + i, null, Map.of(), false, Kind.NOISE, part), null,
                        Condition.ALONE, firstSeed + i));
            }
        }
        return clips;
    }

    /** How a reply (intent and slots when acting, choices when asking) answers a row. */
    static Outcome judge(Row row, String intent, Map<String, String> slots, List<Choice> choices) {
        boolean asked = !choices.isEmpty();
        boolean acted = !asked && !Intent.UNKNOWN.equals(intent);
        if (!row.kind().asks()) {
            return acted ? Outcome.ACTED_WRONG : asked ? Outcome.ASKED_WRONG : Outcome.NOT_UNDERSTOOD;
        }
        if (acted) {
            if (row.matches(intent, slots)) {
                return Outcome.ACTED_RIGHT;
            }
            return row.kind() == Kind.EMERGENCY && Intent.WHERE_TO_GO.equals(intent) ? Outcome.DOWNGRADED : Outcome.ACTED_WRONG;
        }
        if (asked) {
            boolean right = row.kind() == Kind.EMERGENCY
                    ? isEmergency(choices.get(0))
                    : choices.stream().anyMatch(choice -> row.matches(choice.intent(), choice.slots()));
            return right ? Outcome.OFFERED_RIGHT : Outcome.ASKED_WRONG;
        }
        return Outcome.NOT_UNDERSTOOD;
    }

    private static boolean isEmergency(Choice choice) {
        return Answers.isEmergency(new Intent(choice.intent(), choice.slots()));
    }
}
