"""Dates, times and numbers as the window's locale writes them (QLocale's default, set with the language).

Times are stored in UTC; the window shows them in the local time zone unless it says UTC.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QDateTime, QLocale, QTimeZone


def _qt(moment: datetime, *, utc: bool) -> QDateTime:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)
    shown = aware.astimezone(timezone.utc) if utc else aware.astimezone()
    value = QDateTime(shown.date(), shown.time().replace(microsecond=0))
    if utc:
        value.setTimeZone(QTimeZone.utc())
    return value


def moment_text(moment: datetime | None, *, seconds: bool = False, utc: bool = False) -> str:
    """A date and time: "06.12.26 18:34" in German, "2026/12/6 18:34" in Chinese, "12/6/26 6:34 PM" in English."""
    if moment is None:
        return ""
    locale = QLocale()
    date = locale.toString(_qt(moment, utc=utc).date(), QLocale.FormatType.ShortFormat)
    time_format = locale.timeFormat(QLocale.FormatType.LongFormat if seconds else QLocale.FormatType.ShortFormat)
    # the long time format adds the zone name: keep hours, minutes and seconds only
    time_format = time_format.replace(" t", "").replace("t", "").strip()
    return f"{date} {locale.toString(_qt(moment, utc=utc).time(), time_format)}"


def time_text(moment: datetime, *, seconds: bool = True) -> str:
    locale = QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.LongFormat if seconds else QLocale.FormatType.ShortFormat)
    return locale.toString(_qt(moment, utc=False).time(), time_format.replace(" t", "").replace("t", "").strip())


def number_text(value: int | float) -> str:
    """A number with the locale's grouping and decimal separator: 12.345 in German, 12,345 in English."""
    return QLocale().toString(value)
