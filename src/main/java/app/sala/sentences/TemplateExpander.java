package app.sala.sentences;

import app.sala.sentences.SentenceTemplate.Choice;
import app.sala.sentences.SentenceTemplate.ListRef;
import app.sala.sentences.SentenceTemplate.Part;
import app.sala.sentences.SentenceTemplate.RuleRef;
import app.sala.sentences.SentenceTemplate.Word;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns templates into every sentence they stand for, with the slots each one fills. The
 * number of sentences is bounded: a template that would explode (a clinic adding one more
 * optional word to a rule used everywhere) fails with its count instead of eating memory.
 */
public final class TemplateExpander {

    /** A sentence with the slots its list references filled in. */
    public record Phrase(List<String> words, Map<String, String> slots) {
    }

    private final Map<String, SlotList> lists;
    private final Map<String, SentenceTemplate> rules;
    private final int limit;

    public TemplateExpander(Map<String, SlotList> lists, Map<String, SentenceTemplate> rules, int limit) {
        this.lists = lists;
        this.rules = rules;
        this.limit = limit;
    }

    /** Every sentence of the template; {@link TemplateSyntaxException} for unknown names, cycles or too many. */
    public List<Phrase> expand(SentenceTemplate template) {
        return expand(template, new ArrayDeque<>(), true);
    }

    private List<Phrase> expand(SentenceTemplate template, Deque<String> ruleStack, boolean slotsAllowed) {
        List<Phrase> result = new ArrayList<>();
        for (List<Part> sequence : template.alternatives()) {
            result.addAll(sequence(template, sequence, ruleStack, slotsAllowed));
            checkLimit(template, result.size());
        }
        return result;
    }

    private List<Phrase> sequence(SentenceTemplate template, List<Part> parts, Deque<String> ruleStack, boolean slotsAllowed) {
        List<Phrase> result = List.of(new Phrase(List.of(), Map.of()));
        for (Part part : parts) {
            List<Phrase> options = part(template, part, ruleStack, slotsAllowed);
            List<Phrase> joined = new ArrayList<>(result.size() * options.size());
            for (Phrase head : result) {
                for (Phrase tail : options) {
                    joined.add(join(template, head, tail));
                }
                checkLimit(template, joined.size());
            }
            result = joined;
        }
        return result;
    }

    private List<Phrase> part(SentenceTemplate template, Part part, Deque<String> ruleStack, boolean slotsAllowed) {
        if (part instanceof Word word) {
            return List.of(new Phrase(List.of(word.text()), Map.of()));
        }
        if (part instanceof Choice choice) {
            List<Phrase> options = new ArrayList<>();
            if (choice.optional()) {
                options.add(new Phrase(List.of(), Map.of()));
            }
            for (List<Part> alternative : choice.alternatives()) {
                options.addAll(sequence(template, alternative, ruleStack, slotsAllowed));
            }
            return options;
        }
        if (part instanceof RuleRef ref) {
            SentenceTemplate rule = rules.get(ref.name());
            if (rule == null) {
                throw new TemplateSyntaxException("unknown rule <" + ref.name() + "> (known: " + rules.keySet() + ")",
                        template.source());
            }
            if (ruleStack.contains(ref.name())) {
                throw new TemplateSyntaxException("rule <" + ref.name() + "> refers to itself through " + ruleStack,
                        template.source());
            }
            ruleStack.push(ref.name());
            List<Phrase> expanded = expand(rule, ruleStack, slotsAllowed);
            ruleStack.pop();
            return expanded;
        }
        ListRef ref = (ListRef) part;
        if (!slotsAllowed) {
            throw new TemplateSyntaxException("a list phrasing cannot refer to another list {" + ref.name() + "}",
                    template.source());
        }
        SlotList list = lists.get(ref.name());
        if (list == null) {
            throw new TemplateSyntaxException("unknown list {" + ref.name() + "} (known: " + lists.keySet() + ")",
                    template.source());
        }
        List<Phrase> options = new ArrayList<>();
        list.values().forEach((value, phrasings) -> {
            for (SentenceTemplate phrasing : phrasings) {
                for (Phrase phrase : expand(phrasing, ruleStack, false)) {
                    options.add(new Phrase(phrase.words(), Map.of(ref.name(), value)));
                }
            }
        });
        return options;
    }

    private static Phrase join(SentenceTemplate template, Phrase head, Phrase tail) {
        List<String> words = new ArrayList<>(head.words().size() + tail.words().size());
        words.addAll(head.words());
        words.addAll(tail.words());
        Map<String, String> slots = head.slots();
        if (!tail.slots().isEmpty()) {
            slots = new HashMap<>(head.slots());
            for (Map.Entry<String, String> slot : tail.slots().entrySet()) {
                if (slots.put(slot.getKey(), slot.getValue()) != null) {
                    throw new TemplateSyntaxException("the slot {" + slot.getKey() + "} is used twice in one sentence",
                            template.source());
                }
            }
        }
        return new Phrase(words, slots);
    }

    private void checkLimit(SentenceTemplate template, int count) {
        if (count > limit) {
            throw new TemplateSyntaxException("expands to more than " + limit + " sentences; split it or use fewer optional words",
                    template.source());
        }
    }
}
