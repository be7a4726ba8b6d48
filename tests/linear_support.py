"""Counting work instead of timing it: the line events (``sys.settrace``) one call costs, a deterministic
measure that the linear-time tests compare across input sizes."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import TypeVar

T = TypeVar("T")


def line_events(call: Callable[[], T]) -> tuple[int, T]:
    """(how many trace events ``call()`` raised, what it returned)."""
    count = 0

    def tracer(frame: FrameType, event: str, arg: object) -> Callable[..., object]:
        nonlocal count
        count += 1
        return tracer

    sys.settrace(tracer)
    try:
        result = call()
    finally:
        sys.settrace(None)
    return count, result


def repeat(unit: str) -> Callable[[int], str]:
    """A maker of adversarial text: ``unit`` repeated and cut to ``n`` characters."""
    return lambda n: (unit * (n // len(unit) + 1))[:n]
