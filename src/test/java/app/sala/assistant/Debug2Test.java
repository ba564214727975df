package app.sala.assistant;

import org.junit.jupiter.api.Test;

class Debug2Test {
    @Test
    void keys() {
        Assistant a = ShippedAssistant.get();
        for (String lang : a.languages()) {
            Phrasebook b = a.phrasebook(lang);
            TemplateExpander ex = new TemplateExpander(b.file().lists(), b.file().rules(), 100000);
            b.file().lists().forEach((name, list) -> list.values().forEach((v, ps) -> {
                for (SentenceTemplate p : ps) for (var ph : ex.expand(p)) {
                    var key = b.normalizer().keyTokens(b.normalizer().tokens(ph.words()));
                    if (key.size() == 1) System.out.println("KEY1 " + lang + " " + name + " " + v + " '" + String.join(" ", ph.words()) + "' -> " + key);
                }
            }));
            b.file().keywords().forEach((v, ps) -> {
                for (var p : ps) for (var ph : ex.expand(p.template())) {
                    var key = b.normalizer().keyTokens(b.normalizer().tokens(ph.words()));
                    if (key.size() == 1) System.out.println("KEY1 " + lang + " keyword " + v + " '" + String.join(" ", ph.words()) + "' -> " + key);
                }
            });
        }
    }
}
