package app.sala.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public record CareGuide(
        String title,
        String subtitle,
        List<String> intro,
        String disclaimer,
        List<CareSetting> settings,
        TextSection lastNote,
        CareHelper helper,
        EmergencyAdvice emergency) {

    /** The setting whose list names this condition; the content guarantees exactly one. */
    public Optional<CareSetting> settingFor(String conditionId) {
        return settings.stream().filter(s -> s.covers(conditionId)).findFirst();
    }

    public Optional<Condition> condition(String conditionId) {
        return settings.stream()
                .flatMap(s -> s.conditions().stream())
                .filter(c -> c.id().equals(conditionId))
                .findFirst();
    }

    public Optional<CareSetting> setting(String id) {
        return settings.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The rules the helper's safety depends on: every condition belongs to exactly one
     * setting, the ER is one of them, every helper choice points at a real condition, and
     * every condition of the guide can be reached from the helper.
     */
    public List<String> consistencyProblems() {
        List<String> problems = new ArrayList<>();
        if (setting(CareSetting.EMERGENCY).isEmpty()) {
            problems.add("at care.settings, no setting has id '" + CareSetting.EMERGENCY + "'");
        }
        Set<String> conditionIds = new HashSet<>();
        for (CareSetting setting : settings) {
            for (Condition condition : setting.conditions()) {
                if (!conditionIds.add(condition.id())) {
                    problems.add("at care.settings[id=" + setting.id() + "].conditions, condition id '"
                            + condition.id() + "' is listed under more than one setting");
                }
            }
        }
        Set<String> reachable = new HashSet<>();
        for (HelperGroup group : helper.groups()) {
            for (HelperChoice choice : group.choices()) {
                if (!conditionIds.contains(choice.condition())) {
                    problems.add("at care.helper.groups[id=" + group.id() + "], choice '" + choice.label()
                            + "' points at unknown condition '" + choice.condition() + "'");
                }
                reachable.add(choice.condition());
            }
        }
        conditionIds.stream()
                .filter(id -> !reachable.contains(id))
                .sorted()
                .forEach(id -> problems.add("at care.helper, condition '" + id
                        + "' cannot be reached: no helper choice points at it"));
        return problems;
    }
}
