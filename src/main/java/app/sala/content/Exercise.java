package app.sala.content;

import java.util.List;

/** One back exercise, told the way the article tells it, step by step. */
public record Exercise(
        String id,
        String name,
        String picture,
        String purpose,
        @OptionalField String startPosition,
        List<String> steps,
        @OptionalField List<String> tips,
        String stopIf,
        String howMany,
        String howOften) {

    public int stepCount() {
        return steps.size();
    }

    public String pictogram() {
        return "pictograms/" + id + ".svg";
    }
}
