package app.sala.sentences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The template syntax a clinic writes: what it expands to, and what it says when it is wrong. */
class SentenceTemplateTest {

    private static final Map<String, SlotList> LISTS = Map.of(
            "exercise", new SlotList("exercise", Map.of(
                    "bridge", List.of(SentenceTemplate.parse("bridge"), SentenceTemplate.parse("glute bridge")),
                    "cat-cow", List.of(SentenceTemplate.parse("cat [and] cow")))),
            "fact", new SlotList("fact", Map.of("how_often", List.of(SentenceTemplate.parse("how often")))));
    private static final Map<String, SentenceTemplate> RULES = Map.of(
            "the_exercise", SentenceTemplate.parse("[the] {exercise}"),
            "loop", SentenceTemplate.parse("again <loop>"));

    private static List<String> sentences(String template) {
        return new TemplateExpander(LISTS, RULES, 1000).expand(SentenceTemplate.parse(template)).stream()
                .map(phrase -> String.join(" ", phrase.words())).sorted().toList();
    }

    @Test
    void optionalWordsAndAlternativesMultiply() {
        assertThat(sentences("[please] (read | say) it [again]")).containsExactly(
                "please read it", "please read it again", "please say it", "please say it again",
                "read it", "read it again", "say it", "say it again");
    }

    @Test
    void aTopLevelBarSeparatesWholeSentences() {
        assertThat(sentences("next step | go on")).containsExactly("go on", "next step");
    }

    @Test
    void nestedGroupsExpandInside() {
        assertThat(sentences("(a [b | c (d | e)] | f)")).containsExactly("a", "a b", "a c d", "a c e", "f");
    }

    @Test
    void aListFillsItsSlotWithTheValueId() {
        List<TemplateExpander.Phrase> phrases = new TemplateExpander(LISTS, RULES, 1000)
                .expand(SentenceTemplate.parse("show me <the_exercise>"));

        Map<String, String> slotBySentence = phrases.stream().collect(Collectors.toMap(
                p -> String.join(" ", p.words()), p -> p.slots().get("exercise")));
        assertThat(slotBySentence).containsOnly(
                Map.entry("show me bridge", "bridge"), Map.entry("show me the bridge", "bridge"),
                Map.entry("show me glute bridge", "bridge"), Map.entry("show me the glute bridge", "bridge"),
                Map.entry("show me cat cow", "cat-cow"), Map.entry("show me the cat cow", "cat-cow"),
                Map.entry("show me cat and cow", "cat-cow"), Map.entry("show me the cat and cow", "cat-cow"));
    }

    @Test
    void twoListsFillTwoSlots() {
        List<TemplateExpander.Phrase> phrases = new TemplateExpander(LISTS, RULES, 1000)
                .expand(SentenceTemplate.parse("{fact} should i do the {exercise}"));

        assertThat(phrases).hasSize(4)
                .allSatisfy(p -> assertThat(p.slots()).containsEntry("fact", "how_often").containsKey("exercise"));
    }

    @Test
    void spanishLettersAreWords() {
        assertThat(sentences("(muéstreme | enséñeme) el pingüino")).containsExactly("enséñeme el pingüino", "muéstreme el pingüino");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = ';', value = {
            "show me [the bridge;'[' is never closed with ']' at column 9",
            "show me (the bridge;'(' is never closed with ')' at column 9",
            "show me the bridge];unexpected ']' at column 19",
            "show {exercise;'{' is never closed with '}' at column 6",
            "show <rule;'<' is never closed with '>' at column 6",
            "show me {Exercise};'{Exercise}' is not a valid name",
            "show me };'}' has no opening partner",
            "call 911;digits must be spelled out",
            "Show me;words are written in lowercase",
            "what's next;words are lowercase letters only",
            "next step.;words are lowercase letters only",
            "next [] step;is empty at column 7",
            "next ( | step);is empty at column 7",
            "a | ;the sentence or one of its alternatives is empty",
            "' ';the sentence is empty",
    })
    void aBrokenTemplateSaysWhatAndWhere(String template, String message) {
        assertThatThrownBy(() -> SentenceTemplate.parse(template))
                .isInstanceOf(TemplateSyntaxException.class)
                .hasMessageContaining(message);
    }

    @Test
    void unknownNamesCyclesAndExplosionsAreRefusedWithTheirCause() {
        TemplateExpander expander = new TemplateExpander(LISTS, RULES, 1000);

        assertThatThrownBy(() -> expander.expand(SentenceTemplate.parse("show {exercises}")))
                .hasMessageContaining("unknown list {exercises}").hasMessageContaining("exercise");
        assertThatThrownBy(() -> expander.expand(SentenceTemplate.parse("show <exercise>")))
                .hasMessageContaining("unknown rule <exercise>");
        assertThatThrownBy(() -> expander.expand(SentenceTemplate.parse("<loop>")))
                .hasMessageContaining("rule <loop> refers to itself");
        assertThatThrownBy(() -> expander.expand(SentenceTemplate.parse("{exercise} and {exercise}")))
                .hasMessageContaining("the slot {exercise} is used twice");
        String tenOptional = "[a] [b] [c] [d] [e] [f] [g] [h] [i] [j] [k]";
        assertThatThrownBy(() -> expander.expand(SentenceTemplate.parse(tenOptional)))
                .hasMessageContaining("expands to more than 1000 sentences");
    }

    @Test
    void aListPhrasingCannotReferToAnotherList() {
        Map<String, SlotList> lists = Map.of("exercise", new SlotList("exercise",
                Map.of("bridge", List.of(SentenceTemplate.parse("{fact} bridge")))));
        assertThatThrownBy(() -> new TemplateExpander(lists, Map.of(), 100).expand(SentenceTemplate.parse("{exercise}")))
                .hasMessageContaining("cannot refer to another list {fact}");
    }
}
