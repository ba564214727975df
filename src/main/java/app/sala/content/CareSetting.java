package app.sala.content;

import java.util.List;
import java.util.stream.Stream;

/** A place to get care (primary care doctor, urgent care, the ER), what it is right for and what it may cost. */
public record CareSetting(
        String id,
        String name,
        String shortName,
        String picture,
        List<String> when,
        String listTitle,
        List<Condition> conditions,
        String cost,
        List<String> notes) {

    /** The id the content uses for the emergency room; the helper never downgrades it. */
    public static final String EMERGENCY = "emergency";

    public boolean isEmergency() {
        return EMERGENCY.equals(id);
    }

    public boolean covers(String conditionId) {
        return conditions.stream().anyMatch(c -> c.id().equals(conditionId));
    }

    /**
     * What the guide says under the list, in order: what it may cost, then the other notes. The
     * cost is its own field because the assistant answers "is urgent care cheaper than the ER?" with it.
     */
    public List<String> goodToKnow() {
        return Stream.concat(Stream.of(cost), notes.stream()).toList();
    }

    public String pictogram() {
        return "pictograms/" + id + ".svg";
    }
}
