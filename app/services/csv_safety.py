"""CSV injection: cells a spreadsheet would run as a formula are escaped with a leading quote, reversibly.

The rule, in both directions (docs/import-format.md, "Formulas"):

- `safe_cell` (CSV export): a value that starts with a formula character (`=`, `+`, `-`, `@`, tab, carriage
  return) gets a leading `'`; so does a value that starts with one or more `'` followed by a formula character
  (`'+49` is written `''+49`), so that the guard can be told from a quote that belongs to the value.
- `quote_guarded_text` (XLSX export): formula-like values are text cells there and need no guard, but a value
  of the second kind still gets its extra `'`, so that one import rule reads both formats.
- `unguard` (import, CSV and XLSX): a value that starts with one or more `'` followed by a formula character
  loses its first `'`. Any other value, also one starting with `'` followed by anything else, is kept as it is.

So unguard(safe_cell(v)) == v for every v, and unguard never touches a value the export wrote unguarded.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_GUARDED = re.compile(r"'+[=+\-@\t\r]")


def safe_cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text."""
    return "'" + value if value.startswith(FORMULA_STARTS) or _GUARDED.match(value) else value


def quote_guarded_text(value: str) -> str:
    """An XLSX text cell: only a value that would read as guarded gets its extra `'`."""
    return "'" + value if _GUARDED.match(value) else value


def unguard(value: str) -> str:
    """The value before `safe_cell` (or `quote_guarded_text`): the formula guard removed where there is one."""
    return value[1:] if value.startswith("'") and _GUARDED.match(value) else value
