"""Spanish spelling to phonetic syllables (same rules as the Java SpanishSyllables)."""
import re, unicodedata

STRONG = set("aeoáéíóú")
VOWELS = set("aeiouáéíóúü")
ONSETS2 = {"pl", "pr", "bl", "br", "fl", "fr", "gl", "gr", "kl", "kr", "dr", "tr"}

def phones(word):
    w = word.lower()
    out = []
    i = 0
    while i < len(w):
        c = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if c == "c" and nxt == "h":
            out.append("ch"); i += 2; continue
        if c == "l" and nxt == "l":
            out.append("y"); i += 2; continue
        if c == "r" and nxt == "r":
            out.append("r"); i += 2; continue
        if c == "q" and nxt == "u":
            out.append("k"); i += 2; continue
        if c == "g" and nxt == "u" and i + 2 < len(w) and w[i + 2] in "eéií":
            out.append("g"); i += 2; continue
        if c == "g" and nxt == "ü":
            out.append("g"); out.append("u"); i += 2; continue
        if c == "c":
            out.append("s" if nxt in "eéií" else "k"); i += 1; continue
        if c == "g":
            out.append("j" if nxt in "eéií" else "g"); i += 1; continue
        if c == "z":
            out.append("s"); i += 1; continue
        if c == "v":
            out.append("b"); i += 1; continue
        if c == "h":
            i += 1; continue
        if c == "x":
            out.append("k"); out.append("s"); i += 1; continue
        if c == "y":
            # a vowel at the end of a word or alone ("hay", "y"), else a consonant
            if nxt == "" or nxt not in VOWELS:
                out.append("i")
            else:
                out.append("y")
            i += 1; continue
        if c == "ü":
            out.append("u"); i += 1; continue
        if c in "áéíóú":
            out.append(c); i += 1; continue
        if c in "abdefijklmnoprstuwñ":
            out.append(c); i += 1; continue
        raise ValueError("not a Spanish letter: %r in %r" % (c, word))
    return out

def plain(v):
    return unicodedata.normalize("NFD", v)[0]

def syllables(word):
    ph = phones(word)
    # mark vowels: unaccented i/u next to another vowel are glides
    kinds = []
    for k, p in enumerate(ph):
        if p in ("i", "u"):
            prev = ph[k - 1] if k > 0 else ""
            nxt = ph[k + 1] if k + 1 < len(ph) else ""
            if nxt in VOWELS and nxt != p and not (nxt in ("i", "u") and prev in VOWELS):
                kinds.append("G")  # on-glide of the next vowel
            elif prev in VOWELS and prev != p and kinds[-1] == "V":
                kinds.append("O")  # off-glide of the previous vowel
            else:
                kinds.append("V")
        elif p in VOWELS:
            kinds.append("V")
        else:
            kinds.append("C")
    # nuclei: each V with its glides
    sylls = []
    idx = [k for k, t in enumerate(kinds) if t == "V"]
    if not idx:
        return ["".join(ph)]
    bounds = []
    start = 0
    for n, v in enumerate(idx):
        # the syllable's nucleus ends after the vowel and any off-glide
        end = v + 1
        while end < len(ph) and kinds[end] == "O":
            end += 1
        if n + 1 < len(idx):
            nv = idx[n + 1]
            # consonants (and on-glide) between this nucleus and the next vowel
            g = nv
            while g - 1 >= end and kinds[g - 1] == "G":
                g -= 1
            cons = ph[end:g]
            if len(cons) <= 1:
                split = end
            elif len(cons) == 2:
                split = end if "".join(cons) in ONSETS2 else end + 1
            else:
                split = g - 2 if "".join(cons[-2:]) in ONSETS2 else g - 1
            bounds.append((start, split))
            start = split
        else:
            bounds.append((start, len(ph)))
    out = []
    for a, b in bounds:
        s = ""
        for k in range(a, b):
            p = ph[k]
            if kinds[k] == "G":
                s += "y" if p == "i" else "w"
            elif kinds[k] == "O":
                s += "y" if p == "i" else "w"
            else:
                s += plain(p) if p in VOWELS else p
        out.append(s)
    return out

if __name__ == "__main__":
    import sys
    for w in sys.argv[1:]:
        print(w, syllables(w))
