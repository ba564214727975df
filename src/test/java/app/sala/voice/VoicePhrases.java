package app.sala.voice;

import app.sala.recognition.TestAudio;
import app.sala.sentences.Intent;
import app.sala.understanding.Assistant;
import app.sala.understanding.ShippedAssistant;
import java.util.List;

/**
 * The spoken requests the voice tests and the benchmark say to the kiosk: every command with
 * the intent it asks for, Spanish requests that the English model must not act on, and the
 * waiting-room chatter that makes babble noise. One list, so the round-trip test and the
 * benchmark's accuracy figures describe the same phrases.
 */
public final class VoicePhrases {

    private VoicePhrases() {
    }

    /** A visitor's command and the intent it asks for. */
    public record Command(String text, String intent) {
    }

    public static final List<Command> COMMANDS = List.of(
            new Command("show me the bridge", Intent.OPEN_EXERCISE),
            new Command("open the cat cow", Intent.OPEN_EXERCISE),
            new Command("show me the bird dog", Intent.OPEN_EXERCISE),
            new Command("open the pelvic tilt", Intent.OPEN_EXERCISE),
            new Command("show me the knee to chest stretch", Intent.OPEN_EXERCISE),
            new Command("open the quad stretch", Intent.OPEN_EXERCISE),
            new Command("how often should i do the cat cow", Intent.EXERCISE_FACT),
            new Command("how many times should i do the bridge", Intent.EXERCISE_FACT),
            new Command("what is the bird dog for", Intent.EXERCISE_FACT),
            new Command("i twisted my ankle where should i go", Intent.WHERE_TO_GO),
            new Command("i have chest pain", Intent.WHERE_TO_GO),
            new Command("i threw up", Intent.WHERE_TO_GO),
            new Command("i have a high fever", Intent.WHERE_TO_GO),
            new Command("where should i go for an ear infection", Intent.WHERE_TO_GO),
            new Command("next step", Intent.NEXT_STEP),
            new Command("go back a step", Intent.PREVIOUS_STEP),
            new Command("say that again", Intent.REPEAT),
            new Command("read it to me", Intent.READ_ALOUD),
            new Command("stop", Intent.STOP),
            new Command("speak slower", Intent.SLOWER),
            new Command("speak faster", Intent.FASTER),
            new Command("louder please", Intent.LOUDER),
            new Command("make it quieter", Intent.QUIETER),
            new Command("spanish", Intent.SET_LANGUAGE),
            new Command("make the text bigger", Intent.TEXT_BIGGER),
            new Command("make the text smaller", Intent.TEXT_SMALLER),
            new Command("high contrast", Intent.HIGH_CONTRAST),
            new Command("help", Intent.HELP),
            new Command("i need to talk to someone", Intent.CALL_STAFF),
            new Command("go home", Intent.NAVIGATE),
            new Command("show me the exercises", Intent.NAVIGATE),
            new Command("show me the care guide", Intent.NAVIGATE),
            new Command("outdoor activities", Intent.NAVIGATE));

    public static final List<String> SPANISH = List.of(
            "muéstreme el puente", "siguiente paso", "léamelo en voz alta", "me torcí el tobillo",
            "tengo dolor de pecho", "quiero hablar con alguien", "más despacio por favor", "ayuda",
            "ejercicios para la espalda", "dónde debo ir", "letra más grande", "vomité toda la noche",
            "cuántas veces debo hacer el puente", "regresar a la pantalla de inicio", "actividades al aire libre",
            "a qué hora cierra la clínica", "tengo fiebre alta", "alto contraste", "repita por favor", "detenga la lectura");

    public static final List<String> CHATTER = List.of(
            "the parking lot was full again this morning",
            "did you see the game last night it was a close one",
            "my sister is picking up the kids after school today",
            "hay que comprar tortillas y frijoles para la cena",
            "the appointment was moved to next tuesday at ten",
            "we should take the bus because the traffic is terrible");

    /**
     * What the lobby's babble is made of: the even lines of {@link #CHATTER} and a few more; the
     * odd lines of CHATTER are room talk said to the kiosk in the corpus's tuning part, so no
     * clip is heard over its own words.
     */
    public static final List<String> BABBLE_CHATTER = List.of(
            CHATTER.get(0), CHATTER.get(2), CHATTER.get(4),
            "she said the pharmacy closes early on sundays",
            "i brought a sandwich but i left it in the car",
            "how long have you been waiting here",
            "my grandson starts kindergarten next month",
            "they are painting the house green this summer");

    /** A clinic lobby, {@code length} samples long: the four flite voices talking about other things at once. */
    public static float[] lobbyBabble(int length, long seed) {
        return TestAudio.lobbyBabble(length, BABBLE_CHATTER, seed);
    }

    /** The assistant over the shipped content and sentences, without Spring. */
    public static Assistant assistant() {
        return ShippedAssistant.get();
    }
}
