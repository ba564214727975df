package app.sala.content;

import java.util.List;

/** An outdoor activity and the places the article suggests for it. */
public record Activity(String id, String name, String picture, List<String> paragraphs, List<String> places) {

    public String pictogram() {
        return "pictograms/" + id + ".svg";
    }
}
