"""Per-word respellings: a Spanish word's sounds covered by common English words, across syllables."""
import functools, os, re, sys, yaml
sys.path.insert(0, os.path.dirname(__file__))
from syllables import syllables
from vocabulary import load

words, phs = load()
COMMON = set(open(os.path.join(os.path.dirname(__file__), "common-words.txt")).read().split())
RARE = 1.2
BAD = re.compile(r"^[a-z]$|(.)\1\1|^[^aeiouy]+$|aa|ii|uu|hh|q|x")

def en_phones(p):
    toks = [re.sub(r"[',%=]", "", t) for t in p.split()]
    out = []
    for t in toks:
        if not t or t.startswith("_"):
            continue
        t = t.replace("#", "")
        if len(t) > 1 and t[-1].isdigit():
            t = t[:-1]
        out.append(t)
    return out

# English phone -> class
VOW = {"A:": "a", "a": "a", "V": "a", "aa": "a", "A@": "ar", "e@": "er", "eI": "e", "E": "e", "I": "i", "i:": "i", "i": "i",
       "oU": "o", "O:": "o", "0": "o", "O": "o", "o@": "or", "u:": "u", "U": "u", "@": "@", "3:": "er", "3": "er", "@L": "@l",
       "aI": "ay", "aU": "aw", "OI": "oy", "i@": "ir", "U@": "ur", "a@": "ar", "I2": "i", "@2": "@", "@5": "@", "e": "e",
       "IR": "ir", "VR": "er", "0@": "or", "aI@": "ay", "aU@": "aw", "i@3": "ir"}
CONS = {"p": "p", "b": "b", "t": "t", "d": "d", "k": "k", "g": "g", "f": "f", "v": "b", "s": "s", "z": "s", "m": "m",
        "n": "n", "l": "l", "r": "r", "h": "j", "tS": "ch", "j": "y", "w": "w", "D": "d", "T": "s", "dZ": "y",
        "N": "n", "S": "ch", "Z": "y", "t#": "r", "x": "j"}

index = {}
for w, p in zip(words, phs):
    if w not in COMMON and (BAD.search(w) or len(w) > 7):
        continue
    seq = []
    ok = True
    for t in en_phones(p):
        if t in VOW:
            c = VOW[t]
            if c in ("ar", "er", "or", "ir", "ur"):
                seq += [c[0] if c != "er" else "e", "r"]
            elif c in ("ay", "aw", "oy"):
                seq += [c[0], "y" if c[1] == "y" else "w"]
            elif c == "@l":
                seq += ["@", "l"]
            else:
                seq.append(c)
        elif t in CONS:
            seq.append(CONS[t])
        else:
            ok = False
            break
    if ok and seq:
        index.setdefault(seq[0] if seq[0] != "@" else "@", []).append((w, tuple(seq)))

def es_seq(word):
    out = []
    for s in syllables(word):
        i = 0
        while i < len(s):
            if s.startswith("ch", i):
                out.append("ch"); i += 2; continue
            c = s[i]
            if c == "ñ":
                out += ["n", "y"]
            elif c == "x":
                out += ["k", "s"]
            else:
                out.append(c)
            i += 1
    return out

VOWELS = set("aeiou")

def cost(en, es):
    if en == es:
        return 0.0
    if en == "@" and es in ("a", "e", "o"):
        return 0.6
    if en == "y" and es == "i" or en == "i" and es == "y":
        return 0.3
    if en == "w" and es == "u" or en == "u" and es == "w":
        return 0.3
    if en == "e" and es == "i" or en == "o" and es == "u":
        return 0.8
    return None

def best(word):
    target = es_seq(word)
    n = len(target)
    @functools.lru_cache(None)
    def go(i):
        if i == n:
            return (0.0, ())
        res = (1e9, ())
        for key in set([target[i], "@"]):
            for w, seq in index.get(key, []):
                if len(seq) > n - i:
                    continue
                c = 0.0
                for a, b in zip(seq, target[i:i + len(seq)]):
                    x = cost(a, b)
                    if x is None:
                        c = None
                        break
                    c += x
                if c is None:
                    continue
                rest = go(i + len(seq))
                total = c + 1.0 + (0 if w in COMMON else RARE) + rest[0]
                if total < res[0]:
                    res = (total, (w,) + rest[1])
        return res
    return go(0)

if __name__ == "__main__":
    # Usage: python3 src/tools/bridge/word_respellings.py src/main/resources/assistant/es.yaml
    d = yaml.safe_load(open(sys.argv[1]))
    texts = []
    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k in ("responses", "choices", "examples", "matching"): continue
                walk(v)
        elif isinstance(x, list):
            for v in x: walk(v)
        elif isinstance(x, str): texts.append(x)
    walk(d)
    toks = sorted(set(re.findall(r"[a-záéíóúüñ]+", " ".join(texts).lower())))
    B = {'no','yes','on','off','true','false','y','n','null'}
    q = lambda t: '"%s"' % t if t in B else t
    for t in toks:
        try:
            c, ws = best(t)
        except ValueError:
            continue
        if ws and c < 1e8:
            print("  %s: %s" % (q(t), q(" ".join(ws))))
        else:
            print("  # %s: no common words" % t, file=sys.stderr)
