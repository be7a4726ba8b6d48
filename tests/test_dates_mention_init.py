"""``DateMention``'s own ``__init__`` (round thirty-four, spd34: the instance dict set at once, not a field at a time)
does what the one ``dataclass`` would generate does: the same fields in the same order, the same defaults, the same
instance, still frozen."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect

import pytest

from timeline.models import DateMention


def test_the_parameters_are_the_fields_in_order_with_their_defaults() -> None:
    params = list(inspect.signature(DateMention.__init__).parameters.values())[1:]
    fields = [f for f in dataclasses.fields(DateMention) if f.init]
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        assert f.default_factory is dataclasses.MISSING  # a factory would need a fresh value each call
        expected = inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
        assert p.default == expected, f.name


@pytest.mark.parametrize("kwargs", [
    {"text": "mardi 3 mars", "start": 4, "end": 16, "value": dt.date(2026, 3, 3), "precision": "day",
     "rule": "day_month", "confidence": 0.85, "explanation": "year from the reference date", "relative": True},
    {"text": "from 3 to 5 June", "start": 0, "end": 16, "value": dt.date(2025, 6, 3), "precision": "day",
     "rule": "range_same_month", "end_value": dt.date(2025, 6, 5), "end_start": 10, "time": "18:00",
     "end_time": "23:00", "open_end": "until"},
])
def test_an_instance_is_the_one_the_fields_make(kwargs: dict) -> None:
    m = DateMention(**kwargs)
    names = [f.name for f in dataclasses.fields(DateMention)]
    assert list(vars(m)) == names  # the generated __init__ sets them in this order
    assert {n: getattr(m, n) for n in names} == {n: kwargs.get(n, f.default)
                                                  for n, f in zip(names, dataclasses.fields(DateMention), strict=True)}
    again = DateMention(*(getattr(m, n) for n in names))  # by position too
    assert again == m and hash(again) == hash(m) and repr(again) == repr(m)
    moved = dataclasses.replace(m, start=m.start + 1)
    assert moved.start == m.start + 1 and moved.text == m.text and moved != m
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 0  # type: ignore[misc]
