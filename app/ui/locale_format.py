"""Dates, times and numbers as the window's locale writes them (QLocale's default, set with the language).

Times are stored in UTC; the window shows them in the local time zone unless it says UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from app.domain.messages import QT_TRANSLATE_NOOP


def _qt(moment: datetime, *, utc: bool) -> QDateTime:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    shown = aware.astimezone(UTC) if utc else aware.astimezone()
    value = QDateTime(shown.year, shown.month, shown.day, shown.hour, shown.minute, shown.second)
    if utc:
        value.setTimeZone(QTimeZone.utc())
    return value


def moment_text(moment: datetime | None, *, seconds: bool = False, utc: bool = False) -> str:
    """A date and time: "06.12.26 18:34" in German, "2026/12/6 18:34" in Chinese, "12/6/26 6:34 PM" in English."""
    if moment is None:
        return ""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no language (LANG=C): ISO 8601, not C's "6 12 2026"
        return _qt(moment, utc=utc).toString("yyyy-MM-dd HH:mm:ss" if seconds else "yyyy-MM-dd HH:mm")
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
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no language chosen (a bare test run): English digits grouping
        return f"{value:,}"
    return locale.toString(value)


def count_text(count: int, singular: str, plural: str | None = None) -> str:
    """`count` and the noun in the right number, in the window's language: "1 device", "5 Geräte", "5 台设备".

    The nouns are translated in the context "counts" (each marked below); the number follows the locale."""
    noun = singular if count == 1 else (plural if plural is not None else singular + "s")
    return f"{number_text(count)} {QCoreApplication.translate('counts', noun)}"


_COUNTED_NOUNS = (  # the nouns count_text() is given, for pyside6-lupdate
    QT_TRANSLATE_NOOP("counts", "device"), QT_TRANSLATE_NOOP("counts", "devices"),
    QT_TRANSLATE_NOOP("counts", "anomaly"), QT_TRANSLATE_NOOP("counts", "anomalies"),
    QT_TRANSLATE_NOOP("counts", "batch"), QT_TRANSLATE_NOOP("counts", "batches"),
    QT_TRANSLATE_NOOP("counts", "event"), QT_TRANSLATE_NOOP("counts", "events"),
    QT_TRANSLATE_NOOP("counts", "instance"), QT_TRANSLATE_NOOP("counts", "instances"),
    QT_TRANSLATE_NOOP("counts", "problem"), QT_TRANSLATE_NOOP("counts", "problems"),
    QT_TRANSLATE_NOOP("counts", "request"), QT_TRANSLATE_NOOP("counts", "requests"),
    QT_TRANSLATE_NOOP("counts", "row"), QT_TRANSLATE_NOOP("counts", "rows"),
    QT_TRANSLATE_NOOP("counts", "scan"), QT_TRANSLATE_NOOP("counts", "scans"),
    QT_TRANSLATE_NOOP("counts", "station"), QT_TRANSLATE_NOOP("counts", "stations"),
    QT_TRANSLATE_NOOP("counts", "warning"), QT_TRANSLATE_NOOP("counts", "warnings"),
    QT_TRANSLATE_NOOP("counts", "pending change"), QT_TRANSLATE_NOOP("counts", "pending changes"),
    QT_TRANSLATE_NOOP("counts", "conflict"), QT_TRANSLATE_NOOP("counts", "conflicts"),
    QT_TRANSLATE_NOOP("counts", "pulled change"), QT_TRANSLATE_NOOP("counts", "pulled changes"),
)
