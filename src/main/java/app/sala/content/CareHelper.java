package app.sala.content;

import java.util.List;

/** The "Where should I go?" questionnaire: groups of choices worded for patients. */
public record CareHelper(String title, String question, List<HelperGroup> groups) {
}
