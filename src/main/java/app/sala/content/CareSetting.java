package app.sala.content;

import java.util.List;

/** A place to get care (primary care doctor, urgent care, the ER) and what it is right for. */
public record CareSetting(
        String id,
        String name,
        String shortName,
        String picture,
        List<String> when,
        String listTitle,
        List<Condition> conditions,
        List<String> notes) {

    /** The id the content uses for the emergency room; the helper never downgrades it. */
    public static final String EMERGENCY = "emergency";

    public boolean isEmergency() {
        return EMERGENCY.equals(id);
    }

    public boolean covers(String conditionId) {
        return conditions.stream().anyMatch(c -> c.id().equals(conditionId));
    }

    public String pictogram() {
        return "pictograms/" + id + ".svg";
    }
}
