package app.sala.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.content.LanguagePack;
import app.sala.sentences.Expansion;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmergencySentencesTest {

    private static Assistant assistant() {
        return ShippedAssistant.get();
    }

    /** Safety, exhaustively: every sentence of the files that names an ER condition, typed or heard, gets the ER. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void everySentenceNamingAnEmergencyGivesTheEmergency(String lang) {
        LanguagePack pack = ShippedAssistant.catalog().pack(Locale.forLanguageTag(lang));
        List<Expansion> emergencies = assistant().phrasebook(lang).expansions().stream()
                .filter(e -> e.slots().containsKey("condition"))
                .filter(e -> pack.care().settingFor(e.slots().get("condition")).orElseThrow().isEmergency())
                .toList();
        assertThat(emergencies).isNotEmpty();
        for (Expansion sentence : emergencies) {
            for (Understanding understood : List.of(assistant().understand(lang, sentence.text()),
                    assistant().snap(lang, sentence.text()))) {
                assertThat(understood.intent().slots()).as(sentence.text())
                        .containsEntry("setting", "emergency")
                        .containsEntry("condition", sentence.slots().get("condition"));
            }
        }
        System.out.printf("%s: %d sentences naming an emergency condition, all answered with the emergency%n",
                lang, emergencies.size());
    }
}
