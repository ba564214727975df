package app.sala.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.sentences.Intent;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ways visitors really ask: politely and indirectly ("could you...", "I'd like to...",
 * "¿me puede...?"), by what is wrong ("I can't read the screen", "it's too quiet"), and about
 * someone else or in the past ("she passed out", "a mi hija le dio una convulsión").
 */
class HowVisitorsTalkTest {

    private static Understanding understand(String lang, String text) {
        return ShippedAssistant.get().understand(lang, text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; could you make the text larger; text_bigger; ",
            "en; could you please make the letters bigger; text_bigger; ",
            "en; it's really hard to read the screen; text_bigger; ",
            "en; i would like to see the cat cow; open_exercise; cat-cow",
            "en; i want to see the pelvic tilt; open_exercise; pelvic-tilt",
            "en; pull up the bird dog; open_exercise; bird-dog",
            "en; is it possible to read this to me; read_aloud; ",
            "en; can you turn it up i can barely hear; louder; ",
            "en; the sound is too low; louder; ",
            "en; can somebody help me; call_staff; ",
            "en; i'd like to talk to someone from the front desk; call_staff; ",
            "en; is there a phone number i can call; clinic_phone; ",
            "en; what number should i call; clinic_phone; ",
            "en; what time does the clinic open; call_staff; ",
            "en; where's the restroom; call_staff; ",
            "es; ¿me puede poner la letra más grande?; text_bigger; ",
            "es; no puedo leer la pantalla; text_bigger; ",
            "es; quisiera ver el gato vaca; open_exercise; cat-cow",
            "es; ¿me lo puede leer?; read_aloud; ",
            "es; ¿podría subirle? casi no oigo; louder; ",
            "es; casi no se escucha; louder; ",
            "es; ¿puede alguien ayudarme?; call_staff; ",
            "es; ¿a qué número puedo llamar?; clinic_phone; ",
            "es; ¿me da el teléfono de la clínica?; clinic_phone; ",
            "es; ¿están abiertos el sábado?; call_staff; ",
            "es; necesito ir al baño; call_staff; "})
    void politeAndIndirectRequests(String lang, String text, String intent, String exercise) {
        Map<String, String> slots = exercise == null ? Map.of() : Map.of("exercise", exercise);

        assertThat(understand(lang, text).intent()).as(text).isEqualTo(new Intent(intent, slots));
    }

    /** "Quiet" alone stops the reading; "too quiet" asks for more of it. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; it's too quiet; louder", "en; i can barely hear it; louder", "en; be quiet; stop", "en; quiet; stop",
            "es; está muy bajito; louder", "es; más bajito; quieter", "es; silencio; stop"})
    void tooQuietIsLouderNotStop(String lang, String text, String intent) {
        assertThat(understand(lang, text).intent().name()).as(text).isEqualTo(intent);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; my wife passed out in the car; emergency; loss-of-consciousness",
            "en; my dad is having a heart attack; emergency; stroke-heart-attack",
            "en; he's not breathing; emergency; difficulty-breathing",
            "en; she fell and hit her head on the table; emergency; head-injury",
            "en; my grandson had a seizure this morning; emergency; seizure",
            "en; my son is bleeding from his head; emergency; heavy-bleeding",
            "en; he threw up all night; primary-care; vomiting",
            "en; she twisted her ankle at school; urgent-care; sprain-strain",
            "es; mi esposa se desmayó en el carro; emergency; loss-of-consciousness",
            "es; a mi papá le está dando un infarto; emergency; stroke-heart-attack",
            "es; no respira; emergency; difficulty-breathing",
            "es; mi hijo se cayó y se pegó en la cabeza; emergency; head-injury",
            "es; mi nieto tuvo una convulsión esta mañana; emergency; seizure",
            "es; vomitó toda la noche; primary-care; vomiting",
            "es; se torció el tobillo en la escuela; urgent-care; sprain-strain"})
    void someoneElseOrEarlierIsStillWhereToGo(String lang, String text, String setting, String condition) {
        assertThat(understand(lang, text).intent()).as(text)
                .isEqualTo(new Intent(Intent.WHERE_TO_GO, Map.of("setting", setting, "condition", condition)));
    }
}
