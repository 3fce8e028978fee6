"""The window's language: English, German or Simplified Chinese, chosen in the settings or by the system locale.

Two translators are installed: Qt's own (`qtbase_<lang>.qm` from PySide6's translations folder, for the standard
dialog buttons and Qt's dialogs) and the app's (`dps_station_<lang>.qm`, built from the `.ts` sources in
resources/translations by `pyside6-lrelease` during set-up; see docs/translations.md). `QLocale.setDefault`
makes dates and numbers follow the language. English needs no file; a missing `.qm` leaves the text English
and says so in the log.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.domain.errors import NotFoundError
from app.resources import resource_path

log = logging.getLogger(__name__)

SYSTEM = ""
ENGLISH = "en"
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "zh_CN": "简体中文"}
"""Language code -> its name in that language (how a language menu shows it)."""
APP_CATALOGUE = "dps_station"


def language_for(setting: str, system: QLocale | None = None) -> str:
    """The language to use: the setting when it names one, else the first of the system's UI languages we have."""
    if setting in LANGUAGES:
        return setting
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("-", "_")
        if code.startswith("de"):
            return "de"
        if code.startswith("zh"):
            # Simplified Chinese for zh, zh_CN, zh_SG and zh_Hans*; Traditional (zh_TW, zh_HK, zh_Hant) is not
            # Simplified: English rather than the other script
            traditional = any(mark in code for mark in ("Hant", "TW", "HK", "MO"))
            return ENGLISH if traditional else "zh_CN"
        if code.startswith("en"):
            return ENGLISH
    return ENGLISH


def translations_dir() -> Path | None:
    try:
        return resource_path("translations")
    except NotFoundError:
        return None


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


class WindowLanguage:
    """The translators of the running application; `use(language)` replaces them."""

    def __init__(self) -> None:
        self.language = ENGLISH
        self._translators: list[QTranslator] = []

    def use(self, language: str) -> str:
        """Install the translators for `language` (a code of LANGUAGES); returns the language now in use."""
        app = QCoreApplication.instance()
        for translator in self._translators:
            if app is not None:
                QCoreApplication.removeTranslator(translator)
        self._translators = []
        self.language = language if language in LANGUAGES else ENGLISH
        QLocale.setDefault(_locale_for(self.language))
        if self.language == ENGLISH or app is None:
            return self.language
        qt = QTranslator(app)
        if qt.load(f"qtbase_{self.language}", qt_translations_dir()):
            self._install(qt)
        else:
            log.warning("Qt's own translations for %s are missing from %s", self.language, qt_translations_dir())
        ours = QTranslator(app)
        folder = translations_dir()
        if folder is not None and ours.load(f"{APP_CATALOGUE}_{self.language}", str(folder)):
            self._install(ours)
        else:
            log.warning("no %s_%s.qm in %s: the window stays in English (run packaging/setup.sh, which builds the "
                        ".qm files)", APP_CATALOGUE, self.language, folder)
        return self.language

    def _install(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._translators.append(translator)


def _locale_for(language: str) -> QLocale:
    """Dates and numbers: the system's own English (en_GB, en_AU, ...) when it is English, else en_US; de; zh_CN."""
    if language == ENGLISH:
        system = QLocale.system()
        return system if system.language() == QLocale.Language.English else QLocale("en_US")
    return QLocale(language)


_current = WindowLanguage()


def use_language(language: str) -> str:
    """Install the translators of `language` for the whole application (replacing the ones installed before)."""
    return _current.use(language)


def current_language() -> str:
    return _current.language
