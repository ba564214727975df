package app.sala.voice;

import app.sala.sentences.Intent;
import app.sala.answers.Choice;
import app.sala.answers.Reply;
import java.util.List;
import java.util.Map;

/**
 * The answer to one spoken request, as the microphone stream and /api/v1/transcribe return it
 * and as the screen acts on it.
 *
 * @param heard      what the visitor said, as shown back to them
 * @param confidence how sure Sala is of the reading it acted on or offered first, 0..1 (the
 *                   decision's combined score; 0 when it understood nothing)
 * @param intent     the intent name ({@link Intent})
 * @param answer     the visible and spoken answer, in the screen's language
 * @param route      where the screen goes, or null to stay
 * @param examples   things to say, when the visitor needs them (help, not understood)
 * @param choices    when Sala asks "Did you mean…?" (intent unknown), what it offers, best
 *                   first and an emergency always first; empty otherwise
 */
public record VoiceReply(String heard, double confidence, String intent, Map<String, String> slots, String answer,
                         String route, List<String> examples, List<Choice> choices) {

    /** The same reply showing only these examples (when it shows any): those the voice path can hear. */
    public VoiceReply withExamples(List<String> heardExamples) {
        return examples.isEmpty() ? this : new VoiceReply(heard, confidence, intent, slots, answer, route,
                examples.stream().filter(heardExamples::contains).toList(), choices);
    }

    public static VoiceReply of(String heard, double confidence, Reply reply) {
        return new VoiceReply(heard, confidence, reply.intent().name(), reply.intent().slots(), reply.answer(),
                reply.route(), reply.examples(), reply.choices());
    }

    public boolean asks() {
        return !choices.isEmpty();
    }
}
