package app.sala.assistant;

import org.junit.jupiter.api.Test;

class DebugTest {
    @Test
    void debug() {
        Assistant a = ShippedAssistant.get();
        String lang = System.getProperty("lang", "es");
        for (String text : System.getProperty("texts", "").split("\\|")) {
            Phrasebook b = a.phrasebook(lang);
            var tokens = b.normalizer().tokens(text);
            var key = b.normalizer().keyTokens(tokens);
            System.out.println("DBG " + text + " tokens=" + tokens + " key=" + key);
            System.out.println("DBG   all=" + b.mentions().all(key));
            System.out.println("DBG   snap=" + b.snapper().nearest(tokens));
            System.out.println("DBG   => " + a.understand(lang, text));
        }
    }
}
