package app.sala.content;

import java.util.List;

/** A heading with its paragraphs: the shape of most closing notes in the articles. */
public record TextSection(String title, List<String> paragraphs) {
}
