"""Three ways a sentence names a place the event does not happen in, beside the one it does.

- A region in brackets after a town qualifies the town: "à Montferrant (Haut-Pays)", "in Dunmorrow (Kent)". The guide
  lists where a happening is, the town, else the country (docs/ANNOTATION.md, "locations"); the bracketed region is
  the town's address, so it is left out when the town is among the event's places (``without_qualifiers``).
- A people named by its nationality, "59 % des Italiens ont rejeté", "millions of Americans", is read as a place by
  the model: the place is the people's country ("Italie", "United States"), through the nationality forms that
  ``page_places.main_country`` reads too (lang/<lang>/actors.yaml ``joined_nationalities``; ``as_countries``).
- The people of a town, "une réunion avec des Toulousains", "une soixantaine d'Annonéens", "Scottish", read as a
  place, is no place: a place written in the shape of a people (lang/<lang>/actors.yaml ``people_forms``: its
  endings, and in French the article before it: "des", "les", "d'") that the gazetteer knows as no town nor country
  is left out (``without_peoples``): its town is not sure, "Annonéens" -> "Annonay" is no rule.
- The territory of an official's title, "la préfète du Bas-Rhin a ordonné", "the Mayor of Dunmorrow said", is where
  the official rules, not where the happening is (the prefect orders a plant in a town shut): left out when the
  sentence names another place and writes this one only after the title (``without_titles``; lang/<lang>/actors.yaml
  ``territorial_titles``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from timeline import lang as lexicon
from timeline.extraction.actors.names import name_identity
from timeline.extraction.sentences import fold_keep

__all__ = ["as_countries", "nationality_forms", "without_peoples", "without_qualifiers", "without_titles"]


def _written(name: str) -> str:
    return r"\s+".join(re.escape(w) for w in name.split())


def without_qualifiers(text: str, places: Sequence[str]) -> list[str]:
    """``places`` but those ``text`` writes in brackets right after another of them ("Nantes (Loire-Atlantique)")."""
    if len(places) < 2 or "(" not in text:
        return list(places)
    out = []
    for place in places:
        qualifies = any(re.search(rf"(?<!\w){_written(town)}\s*\(\s*{_written(place)}\s*\)", text)
                        for town in places if town != place)
        if not qualifies:
            out.append(place)
    return out


@functools.cache
def nationality_forms(lang: str) -> dict[str, str]:
    """Each folded nationality form ("italiens", "americans") -> its country, from ``joined_nationalities`` (not the
    combining forms "franco", "russo"); ``page_places._country_words`` reads them too."""
    data = lexicon.load(f"{lang}/actors")
    endings = ("", "e", "s", "es") if lang == "fr" else ("", "s")
    out: dict[str, str] = {}
    for word, country in (data.get("joined_nationalities") or {}).items():
        if len(str(word)) >= 4 and not str(word).endswith("o"):
            out.update({fold_keep(str(word)) + end: str(country) for end in endings})
    return out


def as_countries(lang: str, places: Sequence[str]) -> list[str]:
    """``places`` with a people's name ("Italiens", "Americans") made its country ("Italie", "Italy")."""
    forms = nationality_forms(lang)
    out: list[str] = []
    for place in places:
        name = forms.get(fold_keep(place), place) if place[:1].isupper() else place
        if lexicon.fold(name) not in {lexicon.fold(p) for p in out}:
            out.append(name)
    return out


_AFTER_TITLE = r"\s+(?:de\s+la\s+|de\s+l'\s*|du\s+|des\s+|de\s+|d'\s*|of\s+(?:the\s+)?)"


@functools.cache
def _titles(lang: str) -> str:
    words = sorted((fold_keep(str(w)) for w in lexicon.load(f"{lang}/actors").get("territorial_titles") or []),
                   key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


def without_titles(lang: str, text: str, places: Sequence[str]) -> list[str]:
    """``places`` but those ``text`` writes only as an official's territory ("le préfet de l'Isère"), while another
    place stays."""
    titles = _titles(lang)
    if len(places) < 2 or not titles:
        return list(places)
    folded = fold_keep(text)
    out = []
    for place in places:
        name = _written(fold_keep(place))
        every = len(re.findall(rf"(?<![\w-]){name}(?![\w-])", folded))
        titled = len(re.findall(rf"(?<![\w-])(?:{titles}){_AFTER_TITLE}{name}(?![\w-])", folded))
        if not (every and titled == every):
            out.append(place)
    return out or list(places)


@functools.cache
def _people_forms(lang: str) -> tuple[str, str]:
    data = lexicon.load(f"{lang}/actors").get("people_forms") or {}
    endings = "|".join(re.escape(fold_keep(str(e))) for e in sorted(map(str, data.get("endings") or []), key=len,
                                                                    reverse=True))
    before = "|".join(re.escape(fold_keep(str(w))) for w in data.get("before") or [])
    return endings, before


def without_peoples(lang: str, text: str, places: Sequence[str]) -> list[str]:
    """``places`` but those written as a people ("des Toulousains", "Scottish") that the gazetteer knows as no town
    nor country."""
    from timeline.extraction.gazetteer import town_country
    from timeline.extraction.merge_apart import every_country

    endings, before = _people_forms(lang)
    if not endings or not places:
        return list(places)
    folded = fold_keep(text)
    out = []
    for place in places:
        name = fold_keep(place)
        shaped = " " not in name.strip() and re.search(rf"(?:{endings})$", name)
        if shaped and before:
            shaped = re.search(rf"(?<![\w-])(?:{before})\s*{re.escape(name)}(?![\w-])", folded)
        if shaped and town_country(place) is None and name_identity(place) not in every_country():
            continue
        out.append(place)
    return out
