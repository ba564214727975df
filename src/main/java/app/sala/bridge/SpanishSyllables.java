package app.sala.bridge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spanish spelling to the syllables it sounds as. Spanish spelling is phonetic, so a few rules
 * give the sounds: "c" before e or i and "z" sound as "s", "qu" and the other "c" as "k", "g"
 * before e or i and "j" as "j" (the throat sound), "v" as "b", "ll" and "y" before a vowel as
 * "y", "h" is silent, "x" is "ks". An unstressed i or u beside another vowel glides into it
 * ("duele" is "dwe le", "hay" is "ay"); consonants between vowels start the next syllable,
 * except the first of two that cannot begin one ("des pa syo"). A syllable is written in
 * these sound letters, the keys of the bridge's syllable table.
 */
public final class SpanishSyllables {

    private static final String VOWELS = "aeiouáéíóúü";
    private static final String FRONT = "eéií";
    private static final Set<String> ONSET_PAIRS = Set.of("pl", "pr", "bl", "br", "fl", "fr", "gl", "gr", "kl", "kr", "dr", "tr");

    private SpanishSyllables() {
    }

    /**
     * @throws IllegalArgumentException for a letter Spanish does not write (digits, other scripts)
     */
    public static List<String> of(String word) {
        List<String> phones = phones(word.toLowerCase(Locale.ROOT));
        char[] kinds = kinds(phones);
        List<Integer> vowels = new ArrayList<>();
        for (int k = 0; k < kinds.length; k++) {
            if (kinds[k] == 'V') {
                vowels.add(k);
            }
        }
        if (vowels.isEmpty()) {
            return List.of(String.join("", phones));
        }
        List<String> syllables = new ArrayList<>();
        int start = 0;
        for (int n = 0; n < vowels.size(); n++) {
            int end = vowels.get(n) + 1;
            while (end < phones.size() && kinds[end] == 'O') {
                end++;
            }
            int split;
            if (n + 1 < vowels.size()) {
                int next = vowels.get(n + 1);
                while (next - 1 >= end && kinds[next - 1] == 'G') {
                    next--;
                }
                int consonants = next - end;
                if (consonants <= 1) {
                    split = end;
                } else if (consonants == 2) {
                    split = ONSET_PAIRS.contains(phones.get(end) + phones.get(end + 1)) ? end : end + 1;
                } else {
                    split = ONSET_PAIRS.contains(phones.get(next - 2) + phones.get(next - 1)) ? next - 2 : next - 1;
                }
            } else {
                split = phones.size();
            }
            syllables.add(written(phones, kinds, start, split));
            start = split;
        }
        return syllables;
    }

    private static String written(List<String> phones, char[] kinds, int from, int to) {
        StringBuilder syllable = new StringBuilder();
        for (int k = from; k < to; k++) {
            String phone = phones.get(k);
            if (kinds[k] == 'G' || kinds[k] == 'O') {
                syllable.append(phone.equals("i") ? "y" : "w");
            } else if (kinds[k] == 'V') {
                syllable.append(plain(phone));
            } else {
                syllable.append(phone);
            }
        }
        return syllable.toString();
    }

    /** V a vowel, G an i or u gliding into the next vowel, O one gliding out of the last, C a consonant. */
    private static char[] kinds(List<String> phones) {
        char[] kinds = new char[phones.size()];
        for (int k = 0; k < phones.size(); k++) {
            String phone = phones.get(k);
            String previous = k > 0 ? phones.get(k - 1) : "";
            String next = k + 1 < phones.size() ? phones.get(k + 1) : "";
            if (phone.equals("i") || phone.equals("u")) {
                boolean nextIsWeakToo = next.equals("i") || next.equals("u");
                if (isVowel(next) && !next.equals(phone) && !(nextIsWeakToo && isVowel(previous))) {
                    kinds[k] = 'G';
                } else if (isVowel(previous) && !previous.equals(phone) && kinds[k - 1] == 'V') {
                    kinds[k] = 'O';
                } else {
                    kinds[k] = 'V';
                }
            } else {
                kinds[k] = isVowel(phone) ? 'V' : 'C';
            }
        }
        return kinds;
    }

    private static List<String> phones(String word) {
        List<String> phones = new ArrayList<>();
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            char after = i + 2 < word.length() ? word.charAt(i + 2) : 0;
            if (c == 'c' && next == 'h') {
                phones.add("ch");
                i += 2;
            } else if ((c == 'l' && next == 'l') || (c == 'r' && next == 'r')) {
                phones.add(c == 'l' ? "y" : "r");
                i += 2;
            } else if (c == 'q' && next == 'u') {
                phones.add("k");
                i += 2;
            } else if (c == 'g' && next == 'u' && after != 0 && FRONT.indexOf(after) >= 0) {
                phones.add("g");
                i += 2;
            } else {
                switch (c) {
                    case 'c' -> phones.add(next != 0 && FRONT.indexOf(next) >= 0 ? "s" : "k");
                    case 'g' -> phones.add(next != 0 && FRONT.indexOf(next) >= 0 ? "j" : "g");
                    case 'z' -> phones.add("s");
                    case 'v' -> phones.add("b");
                    case 'h' -> { }
                    case 'x' -> {
                        phones.add("k");
                        phones.add("s");
                    }
                    // "y" alone or after a vowel at the end of a word is the vowel i ("y", "hay", "muy").
                    case 'y' -> phones.add(next == 0 || VOWELS.indexOf(next) < 0 ? "i" : "y");
                    case 'ü' -> phones.add("u");
                    default -> {
                        if ("aeiouáéíóúbdfjklmnprstwñ".indexOf(c) < 0) {
                            throw new IllegalArgumentException("'" + c + "' is not a letter of Spanish spelling (in \"" + word + "\")");
                        }
                        phones.add(String.valueOf(c));
                    }
                }
                i++;
            }
        }
        return phones;
    }

    private static boolean isVowel(String phone) {
        return phone.length() == 1 && VOWELS.indexOf(phone.charAt(0)) >= 0;
    }

    private static String plain(String vowel) {
        return Normalizer.normalize(vowel, Normalizer.Form.NFD).substring(0, 1);
    }
}
