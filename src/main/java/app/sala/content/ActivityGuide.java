package app.sala.content;

import java.util.List;
import java.util.Optional;

public record ActivityGuide(String title, String subtitle, List<String> intro, List<Activity> items, TextSection closing) {

    public Optional<Activity> find(String id) {
        return items.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
