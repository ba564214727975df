package app.sala.content;

import java.util.Map;

/** Everything a visitor can see in one language: one content file. */
public record LanguagePack(
        Language language,
        Map<String, String> ui,
        ExerciseGuide exercises,
        CareGuide care,
        ActivityGuide activities) {
}
