package app.sala.content;

import java.util.List;

public record HelperGroup(String id, String title, List<HelperChoice> choices) {
}
