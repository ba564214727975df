package app.sala.content;

import java.util.List;

/** Advice that applies to all the exercises ("Get the most from your efforts"). */
public record ClosingAdvice(String id, String title, List<String> paragraphs) {
}
