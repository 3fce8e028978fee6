"""The one keyset-paged table model: rows arrive page by page, each page read on the runner.

`load(fetch)` starts a list: `fetch(cursor)` (cursor None for the first page) runs on the runner's
database executor and returns `(records, next cursor or None[, extra])`, where the cursor is the key of
the last row (keyset paging in the database: `WHERE (key) > :last ORDER BY key LIMIT n`, never OFFSET).
`canFetchMore`/`fetchMore` ask for the next page when the view scrolls near the end, and the page is
inserted when it comes back. A generation counter tells the pages of the current list from late ones
of an older list, which are dropped. The device list, the anomalies and the audit trail use it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Signal

from app.ui.models.record_table import AnyIndex, RecordTableModel
from app.ui.tasks import TaskRunner

PageFetch = Callable[[Any], tuple[Any, ...]]
"""cursor (None: the first page) -> (records, next cursor or None[, extra: whatever the view wants with it])"""


class PagedTableModel(RecordTableModel):
    """A RecordTableModel filled page by page in the background."""

    loaded = Signal(int)  # rows held after a page arrived
    pageLoaded = Signal(int)  # rows in the page that just arrived
    loadingChanged = Signal(bool)
    failed = Signal(object)  # the exception of a page that could not be loaded

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._fetch: PageFetch | None = None
        self._cursor: Any = None
        self._more = False
        self._loading = False
        self._generation = 0
        self.page_extra: Any = None  # the optional third item of the last page

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        """No page is left to ask for (also before anything was loaded, and after a failed page)."""
        return not self._more

    @property
    def generation(self) -> int:
        """Changes with every new list: work started for an older one compares it and drops its result."""
        return self._generation

    def load(self, fetch: PageFetch | None) -> None:
        """Forget the rows and load the first page of `fetch` (None: show nothing)."""
        self._generation += 1
        was_loading = self._loading
        # the new list's state first: a view asks canFetchMore/fetchMore during the reset
        self._loading = False
        self._fetch = fetch
        self._cursor = None
        self._more = fetch is not None
        self.set_records([])
        if was_loading and not self._loading:
            self.loadingChanged.emit(False)
        if fetch is not None and not self._loading:  # a view may have asked for it during the reset already
            self._request()

    def clear(self) -> None:
        self.load(None)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt override
        """True while a page is left (also while one is on its way: the list is not complete)."""
        return not parent.isValid() and self._fetch is not None and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802 - Qt override
        if self.canFetchMore(parent) and not self._loading:
            self._request()

    def _request(self) -> None:
        fetch, cursor, generation = self._fetch, self._cursor, self._generation
        assert fetch is not None
        self._loading = True
        self.loadingChanged.emit(True)
        self._runner.call("load a page", lambda: fetch(cursor),
                          on_done=lambda result: self._arrived(generation, result),
                          on_failed=lambda error: self._failed(generation, error))

    def _arrived(self, generation: int, result: tuple[Any, ...]) -> None:
        if generation != self._generation:
            return
        records, cursor, *rest = result
        self.page_extra = rest[0] if rest else None
        self._loading = False
        self._cursor = cursor
        self._more = cursor is not None
        if records:
            first = len(self._records)
            self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
            self._records.extend(records)
            self.endInsertRows()
        self.loadingChanged.emit(False)
        self.pageLoaded.emit(len(records))
        self.loaded.emit(len(self._records))

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = False  # no endless retries: a new load tries again
        self.loadingChanged.emit(False)
        self.failed.emit(error)
