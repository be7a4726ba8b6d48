"""The lunar new year (Tết, the Spring Festival), computed: the first day of the first month of the lunisolar
calendar kept in Vietnam (at UTC+7) and China (at UTC+8).

The rules of that calendar: a month starts on the local day of a new moon; the eleventh month is the one in which
the winter solstice falls; a year with thirteen months between two eleventh months has a leap month, the first
after the eleventh that holds no principal solar term (no multiple of 30 degrees of the Sun's longitude); the
first month is the second after the eleventh, or the third when the leap month comes before it.

Astronomy (our own code from the published series, J. Meeus, *Astronomical Algorithms*, 2nd ed., 1998): the
true new moon, chapter 49 (the periodic terms above 0.0001 day; about a minute off), and the Sun's apparent
longitude, chapter 25 (low accuracy, 0.01 degree). A new moon within a couple of minutes of local midnight could
land on the wrong day; none does between 1950 and 2050 for the two time zones (``tests/test_dates_anaphora.py``
checks the published dates of 1985-2030, including the years the two calendars differ: 1985, 2007).
"""

from __future__ import annotations

import datetime as dt
import functools
import math

_SYNODIC = 29.530588861
#: The Julian day number of the proleptic Gregorian ordinal 0 (``date.toordinal() + _JDN`` is the Julian day number).
_JDN = 1721425

# (coefficient, power of E, multiples of (M, M', F, Omega)) of the new moon's correction (Meeus, table 49.A)
_NEW_MOON_TERMS = (
    (-0.40720, 0, (0, 1, 0, 0)), (0.17241, 1, (1, 0, 0, 0)), (0.01608, 0, (0, 2, 0, 0)),
    (0.01039, 0, (0, 0, 2, 0)), (0.00739, 1, (-1, 1, 0, 0)), (-0.00514, 1, (1, 1, 0, 0)),
    (0.00208, 2, (2, 0, 0, 0)), (-0.00111, 0, (0, 1, -2, 0)), (-0.00057, 0, (0, 1, 2, 0)),
    (0.00056, 1, (1, 2, 0, 0)), (-0.00042, 0, (0, 3, 0, 0)), (0.00042, 1, (1, 0, 2, 0)),
    (0.00038, 1, (1, 0, -2, 0)), (-0.00024, 1, (-1, 2, 0, 0)), (-0.00017, 0, (0, 0, 0, 1)),
    (-0.00007, 0, (2, 1, 0, 0)), (0.00004, 0, (0, 2, -2, 0)), (0.00004, 0, (3, 0, 0, 0)),
    (0.00003, 0, (1, 1, -2, 0)), (0.00003, 0, (0, 2, 2, 0)), (-0.00003, 0, (1, 1, 2, 0)),
    (0.00003, 0, (-1, 1, 2, 0)), (-0.00002, 0, (-1, 1, -2, 0)), (-0.00002, 0, (0, 3, 2, 0)),
    (0.00002, 0, (0, 4, 0, 0)),
)


def _new_moon(k: int) -> float:
    """The Julian ephemeris day of the k-th new moon after that of 6 January 2000."""
    t = k / 1236.85
    jde = 2451550.09766 + _SYNODIC * k + 0.00015437 * t * t - 0.000000150 * t ** 3 + 0.00000000073 * t ** 4
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    args = (
        math.radians(2.5534 + 29.10535670 * k - 0.0000014 * t * t - 0.00000011 * t ** 3),
        math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t ** 3 - 0.000000058 * t ** 4),
        math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t ** 3 + 0.000000011 * t ** 4),
        math.radians(124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t ** 3),
    )
    for coefficient, power, multiples in _NEW_MOON_TERMS:
        jde += coefficient * e ** power * math.sin(sum(n * a for n, a in zip(multiples, args, strict=True)))
    return jde


def _new_moon_day(k: int, zone: int) -> int:
    """The Julian day number of the local day (UTC + ``zone`` hours) of the k-th new moon."""
    return math.floor(_new_moon(k) + 0.5 + zone / 24)


def _sun_longitude(jd: float) -> float:
    """The Sun's apparent longitude in degrees at Julian day ``jd``."""
    t = (jd - 2451545.0) / 36525
    mean = math.radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t)
    center = ((1.914602 - 0.004817 * t - 0.000014 * t * t) * math.sin(mean)
              + (0.019993 - 0.000101 * t) * math.sin(2 * mean) + 0.000289 * math.sin(3 * mean))
    omega = math.radians(125.04 - 1934.136 * t)
    return (280.46646 + 36000.76983 * t + 0.0003032 * t * t + center - 0.00569 - 0.00478 * math.sin(omega)) % 360


def _term(day: int, zone: int) -> int:
    """Which twelfth of the ecliptic (0 = from 0 degrees) the Sun is in at the start of local day ``day``."""
    return int(_sun_longitude(day - 0.5 - zone / 24) // 30)


def _solstice_day(year: int, zone: int) -> int:
    """The Julian day number of the local day of the winter solstice of ``year`` (270 degrees)."""
    day = dt.date(year, 12, 18).toordinal() + _JDN
    while _sun_longitude(day + 1 - 0.5 - zone / 24) < 270:  # the Sun reaches 270 degrees before the next day starts
        day += 1
    return day


def _eleventh_month(year: int, zone: int) -> int:
    """k of the new moon that starts the month holding the winter solstice of ``year``."""
    solstice = _solstice_day(year, zone)
    k = math.floor((solstice - 2451550.1) / _SYNODIC)
    while _new_moon_day(k, zone) > solstice:
        k -= 1
    while _new_moon_day(k + 1, zone) <= solstice:
        k += 1
    return k


@functools.lru_cache(maxsize=256)
def lunar_new_year(year: int, zone: int = 7) -> dt.date:
    """The first day of the lunar year that starts in ``year`` (Tết at ``zone`` 7, the Spring Festival at 8)."""
    k11, k11_next = _eleventh_month(year - 1, zone), _eleventh_month(year, zone)
    months = 2
    if k11_next - k11 == 13:  # a leap month: the first after the eleventh with no principal term
        leap = next(i for i in range(1, 14)
                    if _term(_new_moon_day(k11 + i, zone), zone) == _term(_new_moon_day(k11 + i + 1, zone), zone))
        if leap <= 2:
            months = 3
    return dt.date.fromordinal(_new_moon_day(k11 + months, zone) - _JDN)
