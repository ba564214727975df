package app.sala.sentences;

/**
 * Reduces a word to a rough stem so that word forms match: "hurts", "hurting" and "hurt";
 * "torcido" and "torcida"; "ankles" and "ankle". Deliberately crude and the same on both
 * sides of every comparison: it only has to make forms of one word meet, not to be
 * linguistics. Words arrive lowercase and without accents.
 */
public enum WordForms {

    /** Plurals, -ing, -ed, a final silent e and y/i. */
    ENGLISH {
        @Override
        public String stem(String word) {
            int n = word.length();
            if (n <= 3) {
                return word;
            }
            String w = word;
            if (w.endsWith("ies") && n > 4) {
                w = w.substring(0, n - 3) + "y";
            } else if (w.endsWith("ing") && n >= 5) {
                w = undouble(w.substring(0, n - 3));
            } else if (w.endsWith("ed") && n >= 5 && !w.endsWith("eed")) {
                w = undouble(w.substring(0, n - 2));
            } else if (w.endsWith("es") && n >= 5 && endsWithSibilant(w.substring(0, n - 2))) {
                w = w.substring(0, n - 2);
            } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
                w = w.substring(0, n - 1);
            }
            if (w.length() >= 4 && w.endsWith("e")) {
                w = w.substring(0, w.length() - 1);
            }
            if (w.length() >= 4 && w.endsWith("y")) {
                w = w.substring(0, w.length() - 1) + "i";
            }
            return w;
        }

        private static boolean endsWithSibilant(String w) {
            return w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh");
        }

        /** "stopp" (from stopping) to "stop"; l, s and z stay doubled ("fall", "pass"). */
        private static String undouble(String w) {
            int n = w.length();
            if (n >= 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0
                    && !isVowel(w.charAt(n - 1))) {
                return w.substring(0, n - 1);
            }
            return w;
        }
    },

    /** Plurals (-s, -es) and gender endings (-o, -a, -e). Accents are already gone. */
    SPANISH {
        @Override
        public String stem(String word) {
            int n = word.length();
            if (n <= 3) {
                return word;
            }
            String w = word;
            if (w.endsWith("es") && n >= 5 && !isVowel(w.charAt(n - 3))) {
                w = w.substring(0, n - 2);
            } else if (w.endsWith("s")) {
                w = w.substring(0, n - 1);
            }
            if (w.length() >= 4 && "aoe".indexOf(w.charAt(w.length() - 1)) >= 0) {
                w = w.substring(0, w.length() - 1);
            }
            return w;
        }
    },

    /** For a language without its own rules: words must match as written (accents aside). */
    NONE {
        @Override
        public String stem(String word) {
            return word;
        }
    };

    public abstract String stem(String word);

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
