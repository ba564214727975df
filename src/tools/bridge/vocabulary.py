"""The English model's words and espeak-ng's en-us pronunciation of each, written once to
target/bridge/ (vocab.txt, vocab-phonemes.txt) for the other tools. Run from the repository root
after the build has installed models/en."""
import os, struct, subprocess

OUT = "target/bridge"
WORDS = os.path.join(OUT, "vocab.txt")
PHONEMES = os.path.join(OUT, "vocab-phonemes.txt")


def model_words(fst="models/en/graph/Gr.fst"):
    """The output symbols of the grammar FST (OpenFst binary): the words the model can hear."""
    data = open(fst, "rb").read()
    pos = 0

    def i32():
        nonlocal pos
        pos += 4
        return struct.unpack_from("<i", data, pos - 4)[0]

    def i64():
        nonlocal pos
        pos += 8
        return struct.unpack_from("<q", data, pos - 8)[0]

    def text():
        nonlocal pos
        n = i32()
        pos += n
        return data[pos - n:pos].decode()

    i32(); text(); text(); i32(); flags = i32(); i64(); i64(); i64(); i64()
    tables = []
    for _ in range(bin(flags & 3).count("1")):
        i32(); text(); i64(); size = i64()
        table = []
        for _ in range(size):
            table.append(text()); i64()
        tables.append(table)
    return tables[-1]


def load():
    if not os.path.exists(PHONEMES):
        os.makedirs(OUT, exist_ok=True)
        words = [w for w in model_words() if w.isalpha() and w.isascii() and w.islower()]
        open(WORDS, "w").write("\n".join(words) + "\n")
        spoken = subprocess.run(["espeak-ng", "-v", "en-us", "-q", "-x", "--sep= "],
                                input="".join(w + ".\n" for w in words), capture_output=True, text=True, check=True)
        open(PHONEMES, "w").write(spoken.stdout)
    words = open(WORDS).read().split("\n")
    phonemes = open(PHONEMES).read().split("\n")
    return words, phonemes
