package app.sala.content;

import app.sala.activities.ActivityGuide;
import app.sala.care.CareGuide;
import app.sala.exercises.ExerciseGuide;
import java.util.Map;

/** Everything a visitor can see in one language: one content file. */
public record LanguagePack(
        Language language,
        Map<String, String> ui,
        ExerciseGuide exercises,
        CareGuide care,
        ActivityGuide activities) {
}
