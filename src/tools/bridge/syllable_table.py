"""Makes the syllable table: each Spanish syllable to the English-model words that sound alike.

English pronunciations are espeak-ng's (en-us) for every word of the model's vocabulary; a
Spanish syllable's sounds are written in the same phoneme symbols, with the English vowels
nearest to each Spanish vowel, and the vocabulary word with the same sounds is taken (the
nearest vowel first, then the shortest, most ordinary spelling).
"""
import collections, os, re, sys, yaml
sys.path.insert(0, os.path.dirname(__file__))
from syllables import syllables
from vocabulary import load

words, phs = load()
COMMON = set(open(os.path.join(os.path.dirname(__file__), "common-words.txt")).read().split())
index = {}
for w, p in zip(words, phs):
    toks = [re.sub(r"[',%=#]", "", t) for t in p.split()]
    toks = [t[:-1] if len(t) > 1 and t[-1].isdigit() else t for t in toks]
    toks = [t for t in toks if t and t not in ("_", "_!")]
    key = " ".join(toks)
    index.setdefault(key, []).append(w)

ONSET = {"p": ["p"], "b": ["b"], "t": ["t"], "d": ["d"], "k": ["k"], "g": ["g"], "f": ["f"], "s": ["s"],
         "m": ["m"], "n": ["n"], "l": ["l"], "r": ["r"], "j": ["h"], "ch": ["tS"], "y": ["j"], "ñ": ["n", "j"],
         "w": ["w"]}
VOWEL = {"a": [("A:", 0), ("a", 1), ("V", 2), ("aa", 1)], "e": [("eI", 0), ("E", 1)], "i": [("i:", 0), ("I", 1), ("i", 1)],
         "o": [("oU", 0), ("O:", 1), ("0", 2)], "u": [("u:", 0), ("U", 1)]}
OFF = {("a", "y"): [("aI", 0)], ("e", "y"): [("eI", 0)], ("o", "y"): [("OI", 0)], ("a", "w"): [("aU", 0)],
       ("e", "w"): [("E u:", 1)], ("u", "y"): [("u: i:", 1)], ("i", "w"): [("i: u:", 1)]}
RVOWEL = {"a": [("A@", 0), ("A: r", 0)], "e": [("E r", 0), ("e@", 1), ("3:", 2)], "i": [("i@", 1), ("i: r", 0), ("I r", 1)],
          "o": [("o@", 0), ("oU r", 0), ("O: r", 1)], "u": [("U@", 0), ("u: r", 0)]}
CODA = {"n": ["n"], "s": ["s"], "l": ["l"], "d": ["d"], "k": ["k"], "p": ["p"], "b": ["b"], "t": ["t"], "m": ["m"],
        "g": ["g"], "j": ["h"], "ks": ["k s"], "f": ["f"]}

def parse(key):
    m = re.fullmatch(r"(ch|[pbtdkgfsmnlrjyñw]*?)(ch|[pbtdkgfsmnlrjyñ]?)([yw]?)([aeiou])([yw]?)(.*)", key)
    return m

def split_onset(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith("ch", i):
            out.append("ch"); i += 2
        else:
            out.append(s[i]); i += 1
    return out

def targets(key):
    m = re.fullmatch(r"((?:ch|[pbtdkgfsmnlrjñ])*)([yw]?)([aeiou])([yw]?)((?:ch|[pbtdkgfsmnlrjñ])*)", key)
    if not m:
        return []
    onset, glide, vowel, off, coda = m.groups()
    on = []
    for c in split_onset(onset):
        on += ONSET[c]
    if glide:
        on += ["j" if glide == "y" else "w"]
    res = []
    if off:
        nuclei = OFF.get((vowel, off), [])
        codas = [([], 0)] if not coda else [(CODA[coda].copy() if coda in CODA else None, 0)]
    else:
        nuclei = VOWEL[vowel]
        codas = None
    if coda == "r" and not off:
        for v, pen in RVOWEL[vowel]:
            res.append((" ".join(on + [v]), pen))
        return res
    if coda and coda not in CODA and coda != "r":
        cod = []
        for c in split_onset(coda):
            if c not in CODA:
                return []
            cod += CODA[c]
        codlist = [cod]
    elif coda == "r":
        codlist = [["r"]]
    elif coda:
        codlist = [CODA[coda]]
        if coda == "d":
            codlist.append([])  # final d is nearly silent
    else:
        codlist = [[]]
    for v, pen in nuclei:
        for k, cod in enumerate(codlist):
            res.append((" ".join(on + [v] + cod), pen + (1 if k else 0)))
    return res

def ordinary(w):
    # a plain English word first: short, no double letters at the ends
    return (len(w), w)

BAD = re.compile(r"^[a-z]$|(.)\1\1|^[^aeiouy]+$")
ODD = re.compile(r"aa|ii|uu|hh|q|x|^[^aeiouy]|[aeiou]{3}|e$")
VOWELPH = re.compile(r"[aeiouAEIOUV03@]")

def ordinary(w):
    return (0 if w in COMMON else 1, 1 if BAD.search(w) else 0, 1 if ODD.search(w) else 0, len(w), w)

def lookup(t):
    return [w for w in index.get(t, []) if not BAD.search(w) or w in ("a", "i", "o")]

def best(key):
    found = []
    alts = targets(key)
    extra = []
    for t, p in alts:
        ph = t.split()
        for k, x in enumerate(ph):
            if x in ("w", "j") and k + 1 < len(ph) and VOWELPH.search(ph[k + 1]):
                extra.append((" ".join(ph[:k] + ["u:" if x == "w" else "i:"] + ph[k + 1:]), p + 1))
    alts += extra
    for t, pen in alts:
        for w in lookup(t):
            found.append((pen, ordinary(w), w))
        if not found or pen > 0:
            ph = t.split()
            if ph and not VOWELPH.search(ph[-1]) and len(ph) > 2:
                for w in lookup(" ".join(ph[:-1])):
                    found.append((pen + 3, ordinary(w), w))
            for k in range(1, len(ph)):
                if not VOWELPH.search(" ".join(ph[:k])) or not VOWELPH.search(" ".join(ph[k:])):
                    continue
                a, b = lookup(" ".join(ph[:k])), lookup(" ".join(ph[k:]))
                if a and b:
                    wa = min(a, key=ordinary); wb = min(b, key=ordinary)
                    found.append((pen + 2, (0, len(wa) + len(wb), wa), wa + " " + wb))
    found.sort()
    out = []
    for f in found:
        if f[2] not in out:
            out.append(f[2])
    return out

if __name__ == "__main__":
        # Usage: python3 src/tools/bridge/syllable_table.py src/main/resources/assistant/es.yaml src/main/resources/content/es.yaml
    texts = []
    for f in sys.argv[1:]:
        if f.endswith(".yaml"):
            d = yaml.safe_load(open(f))
            def walk(x):
                if isinstance(x, dict):
                    for v in x.values(): walk(v)
                elif isinstance(x, list):
                    for v in x: walk(v)
                elif isinstance(x, str):
                    texts.append(x)
            walk(d)
        else:
            texts.append(open(f).read())
    toks = set(re.findall(r"[a-záéíóúüñ]+", " ".join(texts).lower()))
    sylls = collections.Counter()
    for t in toks:
        try:
            for s in syllables(t): sylls[s] += 1
        except ValueError: pass
    table = {}
    missing = []
    for s in sorted(sylls):
        b = best(s)
        if b:
            table[s] = b[0]
        else:
            missing.append(s)
    print("# missing:", " ".join(missing), file=sys.stderr)
    quoted = lambda t: '"%s"' % t if t in ("no", "yes", "on", "off", "true", "false", "y", "n", "null") else t
    for s in sorted(table):
        print("  %s: %s" % (quoted(s), quoted(table[s])))
