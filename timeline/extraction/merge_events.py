"""An event's row from the tellings merged into it: the best telling (its date and type: shown_types.py may show
`other`), its time of day, title,
actors (one name per actor, lent ones last; a town that is only the row's scene left out: shown_places.py),
places, sources and confidence.

Split from merge.py (module size).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping

from timeline.extraction.actors.names import name_identity, place_name
from timeline.extraction.merge_apart import within
from timeline.extraction.merge_features import own_actors
from timeline.extraction.shown_places import scene_towns
from timeline.extraction.shown_types import shown_type
from timeline.models import COMPLEMENT_ROLE, UNCOUNTED_ROLES, Event, Mention

__all__ = ["PRECISION_RANK", "SOURCE_BONUS", "event_row"]

#: Confidence gained per extra article telling the event.
SOURCE_BONUS = 0.05

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _best(members: list[Mention]) -> Mention:
    """The telling the event's date and type come from: the finest date; of single days (a day apart:
    merge_families), the earlier (a night is dated by the day it began); a typed telling before an `other` one."""
    return min(members, key=lambda m: (PRECISION_RANK.get(m.precision, 4), 0 if m.end_date else 1,
                                       m.date if m.end_date is None else dt.date.min, m.event_type == "other",
                                       -m.confidence, m.article_id, m.mention_id))


def _time(best: Mention, members: list[Mention]) -> str | None:
    """The event's time of day: what the tellings dated on the best one's day say, when they agree.

    A clock time ('21:45') beats a part of the day ('evening') it falls in; two different clock times,
    two different parts, or a clock time outside the part another telling gives: no time.
    """
    if best.precision != "day":
        return None
    said = {m.time for m in members if m.time and m.precision == "day" and m.date == best.date}
    clocks = {t for t in said if ":" in t}
    parts = said - clocks
    if len(clocks) > 1 or (not clocks and len(parts) > 1):
        return None
    if clocks:
        clock = next(iter(clocks))
        return clock if all(within(clock, part) for part in parts) else None
    return next(iter(parts), None)


def _title(members: list[Mention]) -> str:
    def quality(m: Mention) -> tuple[object, ...]:
        return (not m.title.endswith("…"), min(len(m.title.split()), 10), m.confidence, m.mention_id)
    return max(members, key=quality).title if members else ""


def event_row(members: list[Mention], names: Mapping[str, str]) -> Event:
    best = _best(members)
    ordered = sorted(members, key=lambda m: (m is not best, m.article_id, m.sentence_start, m.date_start))
    actors: list[str] = []
    roles: dict[str, str] = {}
    seen: set[str] = set()
    role_of = {id(m): dict(m.roles) for m in ordered}
    lent = [(m, name) for m in ordered for name, role in m.roles if role in UNCOUNTED_ROLES]
    shown: set[str] = set()  # a country read only as a noun's complement is not shown (actors/country_complements.py)
    for mention, name in [(m, a) for m in ordered for a in own_actors(m)] + lent:  # lent ones after all own ones
        role = role_of[id(mention)].get(name, "")
        canonical = names.get(name, name)
        key = name_identity(canonical)
        if key not in seen:
            seen.add(key)
            actors.append(canonical)
        if role != COMPLEMENT_ROLE:
            shown.add(key)
        if role and role not in (*UNCOUNTED_ROLES, COMPLEMENT_ROLE) and canonical not in roles:
            roles[canonical] = role  # a lent actor is shown as any other, with no role
    actors = [a for a in actors if name_identity(a) in shown]
    places: dict[str, str] = {}
    for mention in ordered:
        for place in mention.locations:  # one name per place, without the corpus: "Hanoï", "Hà Nội" -> "Hanoi"
            shown = place_name(place)
            places.setdefault(name_identity(shown), shown)
    locations = list(places.values())
    sources = tuple(sorted({m.article_id for m in members}))
    by_position = sorted(members, key=lambda m: (m.article_id, m.sentence_start))
    urls = list(dict.fromkeys(m.url for m in by_position if m.url))
    evidence = list(dict.fromkeys(m.sentence for m in by_position))
    scenes = scene_towns(actors, locations, evidence)  # a town that is only the row's scene (shown_places.py)
    actors = [a for a in actors if a not in scenes]
    roles = {a: r for a, r in roles.items() if a not in scenes}
    first_id = min(m.mention_id for m in members)
    return Event(
        event_id=hashlib.sha1(f"event|{first_id}".encode()).hexdigest()[:16],
        date=best.date,
        end_date=best.end_date,
        precision=best.precision,
        date_text=best.date_text,
        date_source="text" if any(m.date_source == "text" for m in members) else best.date_source,
        status="held" if any(m.status == "held" for m in members) else "planned",
        event_type=shown_type(best, members),  # a ruling asked for, a summit of a mountain: `other` (shown_types.py)
        title=_title(members),
        actors=tuple(actors),
        roles=roles,
        locations=tuple(locations),
        sources=sources,
        urls=tuple(urls),
        evidence=tuple(evidence),
        n_sources=len(sources),
        confidence=round(min(0.99, max(m.confidence for m in members) + SOURCE_BONUS * (len(sources) - 1)), 3),
        lang=best.lang,
        time=_time(best, members),
        open_end=best.open_end,
    )
