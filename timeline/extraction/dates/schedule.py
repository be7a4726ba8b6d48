"""Schedule cues that outrank the tense of a sentence (issue 12): a schedule word right before a date ("scheduled for
Feb. 28", "payable Dec. 7", "prévu le 3 juin", "reporté au 5 mai") points ahead, and an "-ed" participle after a
modal ("would keep banks closed until Tuesday", "should stay shut on Monday") is a state ahead, no simple past.
The words are data: ``future_bound_before`` and ``modals_before_participle`` in ``lang/*/words.yaml``."""

from __future__ import annotations

import functools
import re

from timeline.extraction.dates.lexicon import _accent_variants, _alt, lexicon

#: How far before a date a schedule word may start ("postponed until the " is 20 characters).
BOUND_REACH = 28
#: How far before a past-tense match its modal may start ("would keep the plant " is 21 characters).
MODAL_REACH = 60

_NEGATED = re.compile(r"(?<![^\W\d_])non[^\S\n]*-?[^\S\n]*$", re.IGNORECASE)


@functools.cache
def _bound(lang: str) -> re.Pattern[str]:
    """A word of ``future_bound_before`` ("pour", "d'ici", "prévu", "scheduled for"), then an optional "au"/"à" and
    article, right before the date."""
    words = _alt(_accent_variants(lexicon(lang).lists["future_bound_before"]))
    return re.compile(rf"(?<![^\W\d_])(?:{words})[^\S\n]*(?:(?:au|aux|à)[^\S\n]+)?"
                      rf"(?:(?:le|la|l['’]|the)[^\S\n]*)?$", re.IGNORECASE)


def schedule_ahead(lang: str, text: str, start: int) -> bool:
    """Whether a schedule word stands right before ``start`` and no "non" denies it ("un point presse non prévu
    samedi" happened)."""
    bound = _bound(lang).search(text, max(0, start - BOUND_REACH), start)
    return bool(bound) and not _NEGATED.search(text, max(0, bound.start() - 5), bound.start())


@functools.cache
def _after_modal(lang: str) -> re.Pattern[str]:
    words = _alt(_accent_variants(lexicon(lang).lists["modals_before_participle"])) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?:n['’]t|[^\S\n]+not)?(?![^\S\n]+have\b)"
                      rf"(?:[^\S\n]+[^\W\d_]+){{1,3}}[^\S\n]+$", re.IGNORECASE)


def after_modal(lang: str, text: str, pos: int) -> bool:
    """Whether a modal (``modals_before_participle``) and one to three words stand right before ``pos``: "would keep
    banks [closed]", "could remain [blocked]"; not "would have [closed]", a past of its own."""
    return bool(_after_modal(lang).search(text, max(0, pos - MODAL_REACH), pos))
