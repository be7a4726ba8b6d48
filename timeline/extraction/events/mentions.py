"""Step 10 of event detection: one ``Mention`` per dated happening, with its title, status, confidence, stable id
and actors (its own, then those its story lent it).

Split from events/__init__.py (module size).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from timeline import lang as lexicon
from timeline.extraction.events.layout import Page
from timeline.extraction.events.pairing import _Proto
from timeline.extraction.events.parts import PUBLISHED_RULE
from timeline.extraction.events.protesters import counted
from timeline.extraction.events.spans import _stable_id
from timeline.extraction.events.status import _clause, _confidence, _status
from timeline.extraction.events.titles import _title
from timeline.extraction.events.triggers import _Trigger
from timeline.models import LENT_ROLE, Mention

__all__ = ["known", "mention_of"]


def known(name: str, actors: Iterable[str]) -> bool:
    """Is ``name`` one of ``actors`` already, or part of one ("Apple" beside "Apple Computer", "Raffarin" beside
    "Jean-Pierre Raffarin"), or one of them part of it?"""
    words = set(lexicon.fold(name).split())
    others = [set(lexicon.fold(other).split()) for other in actors]
    return any(words <= other or other <= words for other in others if other and words)


def mention_of(page: Page, proto: _Proto, actors: dict[str, str], places: list[str], title_text: str,
             triggers_by_sentence: dict[int, list[_Trigger]], crowd: int = 1, lent: Sequence[str] = ()) -> Mention:
    """Step 10: one Mention with its title, status, confidence and stable id (one of ``crowd`` in its article);
    ``lent`` (step 9e) joins its actors with role LENT_ROLE, after its own, and does not count for its confidence."""
    own = counted(actors)  # a protest's group read from its grammar aside (events/protesters.py)
    actors = {**actors, **{name: LENT_ROLE for name in lent if not known(name, actors)}}
    article, text, rules = page.article, page.text, page.rules
    story = next(s for s in page.stories if s.index == proto.story)
    date = proto.date
    end_date = proto.end_date or date.end_value
    if end_date is not None and end_date <= date.value:
        end_date = None
    headline_index = page.headlines.get(proto.story)
    return Mention(
        mention_id=_stable_id(article.id, date.start, proto.trigger.start),
        article_id=article.id,
        date=date.value,
        end_date=end_date,
        precision=date.precision,
        date_text=date.text,
        date_start=date.start,
        date_end=date.end,
        sentence=proto.sentence.text,
        sentence_start=proto.sentence.start,
        event_type=proto.trigger.event_type,
        trigger=text[proto.trigger.start : proto.trigger.end],
        title=_title(rules, title_text, page.folded, proto, story, page.leads.get(proto.story),
                     page.sentences[headline_index] if headline_index is not None else None,
                     triggers_by_sentence.get(proto.sentence_index, ())),
        status=_status(rules, page.folded, _clause(page.folded, proto), date.value, end_date, date.precision,
                       page.reference),
        date_source="published" if date.rule == PUBLISHED_RULE else "text",
        actors=tuple(actors),
        roles=tuple((name, role) for name, role in actors.items() if role),
        locations=tuple(places),
        url=article.url,
        lang=article.lang,
        story_index=proto.story,
        confidence=_confidence(rules, proto, own, crowd),
        resolution=date.explanation,
        time=date.time if date.precision == "day" else None,
        open_end=date.open_end,
    )
