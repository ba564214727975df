package app.sala.answers;

import static app.sala.Screen.open;
import static app.sala.Screen.view;
import static org.assertj.core.api.Assertions.assertThat;

import app.sala.KaribuTest;
import app.sala.activities.ActivitiesView;
import app.sala.care.CareAdviceView;
import app.sala.care.CareGuideView;
import app.sala.care.EmergencyView;
import app.sala.exercises.ExerciseView;
import app.sala.exercises.ExercisesView;
import app.sala.kiosk.HomeView;
import app.sala.understanding.Assistant;
import com.vaadin.flow.component.Component;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The routes in the assistant's answers open the screens they mean, in the real router:
 * asked in words, answered with the same screen a tap would show.
 */
class AssistantRoutesTest extends KaribuTest {

    @Autowired
    private Assistant assistant;
    @Autowired
    private Answers answers;

    @Test
    void eachAnswerOpensItsScreen() {
        Map<String, Class<? extends Component>> expected = new LinkedHashMap<>();
        expected.put("go home", HomeView.class);
        expected.put("show me the exercises", ExercisesView.class);
        expected.put("show me the bridge", ExerciseView.class);
        expected.put("how often should I do the cat cow", ExerciseView.class);
        expected.put("open the care guide", CareGuideView.class);
        expected.put("what is urgent care for", CareGuideView.class);
        expected.put("I twisted my ankle", CareAdviceView.class);
        expected.put("I hit my head", EmergencyView.class);
        expected.put("call an ambulance", EmergencyView.class);
        expected.put("outdoor activities", ActivitiesView.class);

        expected.forEach((said, screen) -> {
            Reply reply = answers.reply("en", assistant.understand("en", said), null);
            open(reply.route());
            assertThat(view()).as("'%s' -> route '%s'", said, reply.route()).isInstanceOf(screen);
        });
    }

    @Test
    void anEmergencyAnswerShowsTheConditionOnTheEmergencyScreen() {
        Reply reply = answers.reply("es", assistant.understand("es", "creo que me está dando un infarto"), null);
        open(reply.route());

        assertThat(view(EmergencyView.class).conditionId()).isEqualTo("stroke-heart-attack");
    }

    @Test
    void theAdviceScreenShowsTheSettingTheAnswerNamed() {
        Reply reply = answers.reply("en", assistant.understand("en", "my daughter got bitten by a dog"), null);
        open(reply.route());

        assertThat(view(CareAdviceView.class).settingId()).isEqualTo(reply.intent().slot("setting")).isEqualTo("urgent-care");
    }
}
