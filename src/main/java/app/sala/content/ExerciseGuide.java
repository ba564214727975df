package app.sala.content;

import java.util.List;
import java.util.Optional;

public record ExerciseGuide(
        String title,
        String subtitle,
        List<String> intro,
        List<Exercise> items,
        List<ClosingAdvice> closing) {

    public Optional<Exercise> find(String id) {
        return items.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
