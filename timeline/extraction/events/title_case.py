"""A headline in title case ("Nordvik Seafood Reports Third Quarter Fiscal 2026 Results, Declares Dividend") capitalises
every word: the actor finder would read "Seafood Reports Third Quarter Fiscal" or "Declares Dividend" as names. Before
the finder reads such a line, its words that the rest of the article never writes with a capital are put in lower
case ("Nordvik Seafood reports third quarter fiscal 2026 results, declares dividend"); names the body writes again
("Nordvik Seafood ASA") keep their capitals, and so does the line's first word. Offsets do not move (same lengths).
"""

from __future__ import annotations

import re

__all__ = ["TITLE_CASE_SHARE", "TITLE_CASE_WORDS", "sentence_case", "title_case"]

#: A line is in title case when at least this share of its words of 4 letters or more starts with a capital ...
TITLE_CASE_SHARE = 0.8
#: ... and it has at least this many such words.
TITLE_CASE_WORDS = 5

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def title_case(line: str) -> bool:
    """Whether a line capitalises (nearly) every word of 4 letters or more, as an English headline in title case; a
    headline ends without a full stop ("Mayor Pierre Lenoir has refused to pay." is a sentence of names)."""
    words = [w for w in _WORD.findall(line) if len(w) >= 4]
    if len(words) < TITLE_CASE_WORDS or "\n" in line.strip() or line.rstrip().endswith((".", "!", "?", ")")):
        return False
    return sum(1 for w in words if w[0].isupper()) >= TITLE_CASE_SHARE * len(words)


def sentence_case(line: str, start: int, text: str) -> str:
    """``line`` (at offset ``start`` of ``text``) with the capitalised words the rest of ``text`` never writes with a
    capital put in lower case, when the line is in title case; the line itself otherwise."""
    if not title_case(line):
        return line
    rest = text[:start] + " " + text[start + len(line):]
    out = list(line)
    for number, m in enumerate(_WORD.finditer(line)):
        word = m.group()
        if number == 0 or not word[0].isupper() or word.isupper():
            continue  # the first word, a word in small letters, an acronym ("CEO", "ASA")
        if re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", rest):
            continue  # the body writes it with its capital: a name
        out[m.start()] = word[0].lower()
    return "".join(out)
