# Part of pg_capabilities. License LGPL-3.0-or-later (https://www.gnu.org/licenses/lgpl-3.0).
"""Which catalog keywords a text holds, for the scanner's prefilter: the answer of
`keyword in lower_text` for every keyword, without a pass over the text per keyword.

The text is cut into words (runs of [a-z0-9_]) once; a word seen before in the scan is known to
hold no keyword, or which ones. Only new words are searched, all at once. A keyword with other
characters (":9200", "gs://") is looked for in the text itself, and only when its longest word is
there.
"""
import re

WORD = re.compile(r"[a-z0-9_]+")
# bytes -> the same byte for [a-z0-9_] (A-Z lowered), a space for any other: text.split() then
# yields the words; a UTF-8 byte of a non-ASCII character is never part of one
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_")
WORDS_ONLY = bytes(b if b in _WORD_BYTES else (b + 32 if 65 <= b <= 90 else 32) for b in range(256))


class KeywordFinder:
    def __init__(self, keywords):
        self.keywords = sorted(set(keywords))
        # each keyword's longest word: a word keyword is its own
        self.word_of = {k: max(WORD.findall(k), key=len, default="") for k in self.keywords}
        self.words = sorted({w for w in self.word_of.values() if w})
        # a keyword without any word ("::") is looked for in every text
        self.always = [k for k in self.keywords if not self.word_of[k]]
        self.other = [k for k in self.keywords if self.word_of[k] and self.word_of[k] != k]
        self._none = set()  # words (bytes) that hold no keyword word
        self._some = {}  # word (bytes) -> frozenset of the keyword words it holds

    def present(self, text):
        """The set of keywords k with `k in text.lower()`."""
        if text.isascii():
            # WORDS_ONLY lowers A-Z itself: the lowered text is needed only for a keyword with other
            # characters whose word is there
            raw, lower_text = text.encode("ascii"), None
        else:
            lower_text = text.lower()  # a non-ASCII letter may lower to an ASCII one (K, U+212A)
            raw = lower_text.encode("utf-8", "surrogatepass")
        words = set(raw.translate(WORDS_ONLY).split())
        words -= self._none
        found = set()
        new = []
        some = self._some
        for w in words:
            held = some.get(w)
            if held is None:
                new.append(w)
            else:
                found |= held
        if new:
            joined = b"\n".join(new).decode("ascii")
            hits = [k for k in self.words if k in joined]
            if not hits:
                self._none.update(new)
            else:
                for w in new:
                    word = w.decode("ascii")
                    held = frozenset(k for k in hits if k in word)
                    if held:
                        some[w] = held
                        found |= held
                    else:
                        self._none.add(w)
        out = {k for k in found if k == self.word_of.get(k)} if found else set()
        for k in self.other + self.always:
            if k in self.always or self.word_of[k] in found:
                if lower_text is None:
                    lower_text = text.lower()
                if k in lower_text:
                    out.add(k)
        return out
