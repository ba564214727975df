package app.sala.sentences;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A sentence file as written, bound from YAML before {@link SentenceFileReader} checks it
 * and parses its templates. A key that is not here is reported as unknown.
 */
record SentenceFileYaml(
        String language,
        Matching matching,
        Map<String, Map<String, Texts>> lists,
        @JsonProperty("expansion_rules") Map<String, String> expansionRules,
        Map<String, List<IntentItem>> intents,
        Map<String, Texts> keywords,
        Map<String, Response> responses,
        Map<String, Response> choices,
        List<String> examples) {

    record Matching(
            @JsonProperty("word_forms") String wordForms,
            Map<String, String> rewrites,
            List<String> digits,
            List<String> fillers,
            List<String> stopwords,
            List<String> intensifiers) {
    }

    /** One text, or a list of texts; {@code one} keeps where a message points. */
    @JsonClassDescription("a text, or a list of texts")
    record Texts(List<String> items, boolean one) {

        @JsonCreator(mode = JsonCreator.Mode.DISABLED)
        Texts {
        }

        @JsonCreator
        static Texts of(String text) {
            return new Texts(Collections.singletonList(text), true);
        }

        @JsonCreator
        static Texts of(List<String> texts) {
            return new Texts(texts, false);
        }
    }

    /** An intent's sentence, or a group of sentences that share fixed slots. */
    @JsonClassDescription("a sentence, or a {sentences, slots} group")
    record IntentItem(String sentence, Texts sentences, Map<String, String> slots) {

        @JsonCreator
        static IntentItem of(String sentence) {
            return new IntentItem(sentence, null, null);
        }

        @JsonCreator
        IntentItem(@JsonProperty("sentences") Texts sentences, @JsonProperty("slots") Map<String, String> slots) {
            this(null, sentences, slots);
        }
    }

    /** The response of an intent: one text, or a text for each case. */
    @JsonClassDescription("a text, or a mapping of case: text")
    record Response(String text, Map<String, String> cases) {

        @JsonCreator(mode = JsonCreator.Mode.DISABLED)
        Response {
        }

        @JsonCreator
        static Response of(String text) {
            return new Response(text, null);
        }

        @JsonCreator
        static Response of(Map<String, String> cases) {
            return new Response(null, cases);
        }
    }
}
