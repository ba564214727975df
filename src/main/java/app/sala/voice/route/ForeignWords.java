package app.sala.voice.route;

import app.sala.recognition.Heard;
import app.sala.recognition.HeardWord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Words of another language in a language's sentences ("español" among the English ones) that
 * the model cannot hear as written: Vosk drops them from a grammar. They are given to the model
 * as that language's phonetic bridge says them, and read back as the word when heard, so a
 * Spanish speaker at an English screen can say "español".
 */
final class ForeignWords {

    private final Map<String, List<String>> respellings;

    ForeignWords(Map<String, List<String>> respellings) {
        this.respellings = Map.copyOf(respellings);
    }

    boolean isEmpty() {
        return respellings.isEmpty();
    }

    /** A phrase with each foreign word in the model's words. */
    String respell(String phrase) {
        if (respellings.isEmpty()) {
            return phrase;
        }
        return String.join(" ", Arrays.stream(phrase.split(" "))
                .map(word -> respellings.containsKey(word) ? String.join(" ", respellings.get(word)) : word).toList());
    }

    /** What the model heard, with each run of a foreign word's respelling read back as the word. */
    Heard restore(Heard heard) {
        if (respellings.isEmpty() || heard.isEmpty()) {
            return heard;
        }
        List<HeardWord> words = heard.words().isEmpty()
                ? Arrays.stream(heard.text().split(" ")).map(w -> new HeardWord(w, 1, 0, 0)).toList() : heard.words();
        List<HeardWord> restored = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String found = null;
            int length = 0;
            for (Map.Entry<String, List<String>> entry : respellings.entrySet()) {
                List<String> sounds = entry.getValue();
                if (sounds.size() > length && i + sounds.size() <= words.size() && matches(words, i, sounds)) {
                    found = entry.getKey();
                    length = sounds.size();
                }
            }
            if (found == null) {
                restored.add(words.get(i));
                i++;
            } else {
                List<HeardWord> part = words.subList(i, i + length);
                double confidence = part.stream().mapToDouble(HeardWord::confidence).average().orElse(0);
                restored.add(new HeardWord(found, confidence, part.get(0).start(), part.get(length - 1).end()));
                i += length;
            }
        }
        String text = String.join(" ", restored.stream().map(HeardWord::word).toList());
        return new Heard(text, heard.words().isEmpty() ? List.of() : restored);
    }

    private static boolean matches(List<HeardWord> words, int from, List<String> sounds) {
        for (int k = 0; k < sounds.size(); k++) {
            if (!words.get(from + k).word().equals(sounds.get(k))) {
                return false;
            }
        }
        return true;
    }
}
