"""Templates of the messages of import files, master data, allocation targets, batch numbers, exports and SN ranges.

Written as `app.domain.messages` (read its docstring): one template per kind of error, context "messages"; the
English text is what the CLI prints, the window translates the template (`app.ui.messages`). No Qt here.
"""

from __future__ import annotations

from app.domain.messages import QT_TRANSLATE_NOOP

# ---- reading an import file (app/services/import_parsing.py) -------------------------------------------------
FILE_MISSING = QT_TRANSLATE_NOOP("messages", "the file does not exist")
FILE_UNREADABLE = QT_TRANSLATE_NOOP("messages", "the file cannot be read ({reason})")
IS_DIRECTORY = QT_TRANSLATE_NOOP("messages", "is a directory, not a CSV or XLSX file")
FILE_EMPTY = QT_TRANSLATE_NOOP("messages", "the file is empty; expected a header row with at least the column 'sn'")
FILE_TOO_LARGE = QT_TRANSLATE_NOOP("messages", "the file is {size} MB; at most {limit} MB can be imported at once; "
                                             "split it into several files")
OLD_XLS = QT_TRANSLATE_NOOP("messages", "the old Excel format (.xls) is not supported; save it as CSV (UTF-8) or as "
                                      "an Excel workbook (.xlsx)")
ZIP_NOT_CSV = QT_TRANSLATE_NOOP("messages", "is a ZIP archive (an Excel workbook?), not CSV text; name it .xlsx or "
                                          "save it as CSV (UTF-8) or as an Excel workbook (.xlsx)")
NOT_TEXT = QT_TRANSLATE_NOOP("messages", "is not a text file (a NUL byte at byte offset {offset}); expected CSV or "
                                       "tab-separated text (UTF-8, or UTF-16 with a byte order mark) or an .xlsx "
                                       "workbook")
BAD_UTF8 = QT_TRANSLATE_NOOP("messages", "invalid UTF-8 at byte offset {offset} (byte 0x{byte}); the file must be "
                                       "UTF-8 (or UTF-16 with a byte order mark): in Excel save as 'CSV UTF-8' or "
                                       "'Unicode Text', in LibreOffice choose the character set UTF-8")
BAD_UTF16 = QT_TRANSLATE_NOOP("messages", "invalid UTF-16 at byte offset {offset}; the file starts with a UTF-16 "
                                        "byte order mark but is not UTF-16 text: save it again as 'Unicode Text' or "
                                        "'CSV UTF-8'")
BAD_CSV = QT_TRANSLATE_NOOP("messages", "is not valid CSV here ({reason}); a value with quotes is written "
                                      "\"like \"\"this\"\"\"")
QUOTE_NOT_CLOSED = QT_TRANSLATE_NOOP("messages", "a quoted value is never closed")
NOT_XLSX = QT_TRANSLATE_NOOP("messages", "is not an Excel workbook (.xlsx); save it as CSV (UTF-8) or as an Excel "
                                       "workbook (.xlsx)")
ZIP_WITHOUT_WORKBOOK = QT_TRANSLATE_NOOP("messages", "is not an Excel workbook (.xlsx); save it as CSV (UTF-8) or as "
                                                   "an Excel workbook (.xlsx) (a ZIP archive without a workbook)")
XLSX_DAMAGED = QT_TRANSLATE_NOOP("messages", "is not an Excel workbook (.xlsx); save it as CSV (UTF-8) or as an "
                                           "Excel workbook (.xlsx) ({error})")
WORKBOOK_TOO_LARGE = QT_TRANSLATE_NOOP("messages", "the workbook unpacks to {size} MB; at most {limit} MB can be "
                                                 "imported; split it")
NO_SHEET = QT_TRANSLATE_NOOP("messages", "the workbook has no sheet")
SHEET_UNREADABLE = QT_TRANSLATE_NOOP("messages", "the first sheet cannot be read ({error}); save it as CSV (UTF-8) "
                                               "or as an Excel workbook (.xlsx)")
TOO_MANY_DEVICES = QT_TRANSLATE_NOOP("messages", "has more than {count:,} devices; split it into several files")
TOO_MANY_FIELDS = QT_TRANSLATE_NOOP("messages", "too many fields: {count} instead of {width} as in the header; quote "
                                              "values that contain the separator {separator}")
TOO_FEW_FIELDS = QT_TRANSLATE_NOOP("messages", "too few fields: {count} instead of {width} as in the header; quote "
                                             "values that contain the separator {separator}")
VALUE_WITHOUT_HEADER = QT_TRANSLATE_NOOP("messages", "has a value in column {column}, which has no header")
CELL_TOO_LONG = QT_TRANSLATE_NOOP("messages", "a cell has {length:,} characters; at most {limit:,} are allowed")

# ---- workbook limits (app/services/xlsx_limits.py) -----------------------------------------------------------
XLSX_UNREADABLE = QT_TRANSLATE_NOOP("messages", "is not a readable Excel workbook ({error}); save it again as .xlsx")
SHARED_STRINGS_TOO_LARGE = QT_TRANSLATE_NOOP(
    "messages", "its shared strings unpack to {size:,} MB; at most {limit} MB are read; split it into several files, "
                "or save it again without the empty rows and columns")
SHARED_STRINGS_TOO_MANY = QT_TRANSLATE_NOOP(
    "messages", "has more than {limit:,} shared strings (the limit); split it into several files, or save it again "
                "without the empty rows and columns")
SHEET_COLUMN_BEYOND = QT_TRANSLATE_NOOP(
    "messages", "the first sheet has a cell in column {column} (cell {cell}); at most {limit} columns ({last}) are "
                "read; split it into several files, or save it again without the empty rows and columns")
SHEET_TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "messages", "the first sheet has more than {limit:,} cells (the limit, counting empty cells before each row's "
                "last one) by row {row:,}; split it into several files, or save it again without the empty rows and "
                "columns")
SHEET_ROW_BEYOND = QT_TRANSLATE_NOOP(
    "messages", "the first sheet has a row {row:,}; at most {limit:,} rows are read; split it into several files, or "
                "save it again without the empty rows and columns")
SHEET_SPANS_TOO_MUCH = QT_TRANSLATE_NOOP(
    "messages", "the first sheet says it spans {ref} ({rows:,} rows, {columns:,} columns); at most {max_rows:,} rows "
                "and {max_columns} columns are read; split it into several files, or save it again without the empty "
                "rows and columns")
FORMULA_WITHOUT_VALUE = QT_TRANSLATE_NOOP(
    "messages", "cell {cell} holds a formula without a saved value; open the workbook in a spreadsheet application "
                "and save it (or paste the values), then import it again")
FORMULA_TEXT_WITHOUT_VALUE = QT_TRANSLATE_NOOP(
    "messages", "cell {cell} holds a formula (={formula}) without a saved value; open the workbook in a spreadsheet "
                "application and save it (or paste the values), then import it again")

# ---- spreadsheet numbers and dates where text was meant (app/services/importing.py) --------------------------
TYPED_CELL = QT_TRANSLATE_NOOP(
    "messages", "cell {cell}: {reason}; format the column as Text before typing or pasting the values (or type each "
                "with a leading ', as '000123), then enter them again")
SN_IS_NUMBER = QT_TRANSLATE_NOOP(
    "messages", "the SN is a number in the spreadsheet ({value}), not text: a spreadsheet drops leading zeros and "
                "every digit after the 15th (000123 becomes 123, a 20-digit number 1.2345678901234567e+19), so it "
                "may not be the SN on the device")
BATCH_IS_NUMBER = QT_TRANSLATE_NOOP(
    "messages", "the batch number is a number in the spreadsheet ({value}), not text: a spreadsheet drops leading "
                "zeros and every digit after the 15th (000123 becomes 123, a 20-digit number "
                "1.2345678901234567e+19), so it may not be the batch number on the device")
SN_IS_DATE = QT_TRANSLATE_NOOP("messages", "the SN is a date in the spreadsheet ({value}), not text: the "
                                         "spreadsheet turned what was typed into a date")
BATCH_IS_DATE = QT_TRANSLATE_NOOP("messages", "the batch number is a date in the spreadsheet ({value}), not text: "
                                            "the spreadsheet turned what was typed into a date")
SN_IS_BOOLEAN = QT_TRANSLATE_NOOP("messages", "the SN is a yes/no value in the spreadsheet ({value}), not text: the "
                                            "spreadsheet turned what was typed into {value}")
BATCH_IS_BOOLEAN = QT_TRANSLATE_NOOP("messages", "the batch number is a yes/no value in the spreadsheet ({value}), "
                                               "not text: the spreadsheet turned what was typed into {value}")
NUMBER_LOSES_DIGITS = QT_TRANSLATE_NOOP("messages", "the value is a number in the spreadsheet ({value}) with more "
                                                  "digits than a spreadsheet keeps (15), so some are lost")

# ---- master data values (app/domain/masterdata.py, app/domain/patterns.py) ----------------------------------
NOT_ONE_OF = QT_TRANSLATE_NOOP("messages", "{value!r} is not one of: {choices}")
NOT_A_DATE = QT_TRANSLATE_NOOP("messages", "{value!r} is not a date; use YYYY-MM-DD")
NOT_YES_NO = QT_TRANSLATE_NOOP("messages", "{value!r} is not a yes/no value; use true or false")
YES_NO_NOT_NUMBER = QT_TRANSLATE_NOOP("messages", "a yes/no value is not a number")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("messages", "{value!r} is not a number")
NOT_FINITE = QT_TRANSLATE_NOOP("messages", "{value!r} is not a finite number")
BELOW_MINIMUM = QT_TRANSLATE_NOOP("messages", "{value} is below the minimum {minimum}")
ABOVE_MAXIMUM = QT_TRANSLATE_NOOP("messages", "{value} is above the maximum {maximum}")
OUTSIDE_GLOBE = QT_TRANSLATE_NOOP("messages", "{value!r} is outside the globe; latitude is -90..90, longitude "
                                            "-180..180")
LOCATION_TOO_LONG = QT_TRANSLATE_NOOP("messages", "a location is 'latitude,longitude' or a place name of at most "
                                                "{limit} characters")
NO_CONTROL_CHARACTERS = QT_TRANSLATE_NOOP("messages", "control characters are not allowed")
TOO_LONG = QT_TRANSLATE_NOOP("messages", "is {length} characters long; at most {limit} are allowed")
NOT_A_TIME_ZONE = QT_TRANSLATE_NOOP("messages", "{value!r} is not an IANA time zone such as Europe/Berlin")
PATTERN_UNCHECKABLE = QT_TRANSLATE_NOOP("messages", "cannot be checked: the attribute's pattern {reason}; ask a "
                                                  "technician to redefine the attribute")
NO_MATCH = QT_TRANSLATE_NOOP("messages", "{value!r} does not match the pattern {pattern}")
NOT_OF_GROUP = QT_TRANSLATE_NOOP("messages", "is not an attribute of this master data group (allowed: {allowed})")
IS_REQUIRED = QT_TRANSLATE_NOOP("messages", "is required")
PATTERN_UNSUPPORTED = QT_TRANSLATE_NOOP("messages", "is not a pattern this station can check ({reason}); use a "
                                                  "regular expression without backreferences (\\1) or look-around "
                                                  "((?=...), (?!...))")

# ---- master data definitions (app/services/masterdata.py) ---------------------------------------------------
NAME_PRINTABLE = QT_TRANSLATE_NOOP("messages", "must be 1 to {limit} printable characters")
NAME_HIDDEN_CHARACTER = QT_TRANSLATE_NOOP("messages", "contains the invisible or direction-changing character "
                                                    "U+{code}; type the name again without it")
KEY_INVALID = QT_TRANSLATE_NOOP("messages", "use lower-case letters, digits and '_', starting with a letter (at "
                                          "most 64)")
NOT_A_TYPE = QT_TRANSLATE_NOOP("messages", "{kind!r} is not a type; use one of: {kinds}")
CHOICES_NEEDED = QT_TRANSLATE_NOOP("messages", "a choice attribute needs its choices, comma-separated (e.g. "
                                             "red,green)")
CHOICES_ONLY_ENUM = QT_TRANSLATE_NOOP("messages", "choices are only for enum attributes")
MAX_BELOW_MIN = QT_TRANSLATE_NOOP("messages", "the maximum {maximum} is below the minimum {minimum}")
PATTERN_REFUSED = QT_TRANSLATE_NOOP("messages", "the pattern {reason}")
ATTRIBUTE_EXISTS = QT_TRANSLATE_NOOP("messages", "an attribute with key {key!r} already exists")
NO_ATTRIBUTE = QT_TRANSLATE_NOOP("messages", "no attribute with key {key!r}")
ATTRIBUTE_BUILTIN = QT_TRANSLATE_NOOP("messages", "{key!r} is a built-in attribute and cannot be changed")
NOT_DEFINED = QT_TRANSLATE_NOOP("messages", "{key!r} is not a defined attribute; known: {known}")
MASTERDATA_GROUP_EXISTS = QT_TRANSLATE_NOOP("messages", "a master data group named {name!r} already exists")
NO_MASTERDATA_GROUP = QT_TRANSLATE_NOOP("messages", "no master data group named {name!r}")

# ---- allocation targets (app/services/allocation.py) --------------------------------------------------------
GATEWAY_URL = QT_TRANSLATE_NOOP("messages", "must be a URL such as https://gateway.example.com or "
                                          "mqtts://host:8883")
TARGET_FORMAT = QT_TRANSLATE_NOOP("messages", "{text!r} is not URL,OU,ENVIRONMENT,PRODUCT_KEY[,WEIGHT]")
TARGET_NO_GATEWAY = QT_TRANSLATE_NOOP("messages", "a target needs a gateway URL")
TARGET_NO_PRODUCT_KEY = QT_TRANSLATE_NOOP("messages", "a target needs a product key (at most 128 characters)")
TARGET_WEIGHT = QT_TRANSLATE_NOOP("messages", "the weight must be a whole number from 1 to {limit}, not {value!r}")
TOO_MANY_TARGETS = QT_TRANSLATE_NOOP("messages", "at most {count} targets")
TARGET_REPEATS = QT_TRANSLATE_NOOP("messages", "target {index} repeats {gateway} {ou}/{environment}")
NO_PRODUCT_KEY_FOR = QT_TRANSLATE_NOOP("messages", "group {group!r} has no product key for {ou}/{environment}; "
                                                 "set one")
NO_GATEWAY_FOR = QT_TRANSLATE_NOOP("messages", "group {group!r} has no gateway for {ou}/{environment}; set one")

# ---- batch numbers (app/services/batch_rows.py) -------------------------------------------------------------
BATCH_NUMBER_INVALID = QT_TRANSLATE_NOOP("messages", "a batch number is 1 to {limit} printable ASCII characters "
                                                   "without spaces")
NO_BATCH = QT_TRANSLATE_NOOP("messages", "no batch {number!r} in group {group!r}")

# ---- output files (app/services/exporting.py, app/services/atomic_file.py) ----------------------------------
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("messages", "cannot tell the format from {name!r}; end the file name in "
                                             "{suffixes}")
OUT_IS_DIRECTORY = QT_TRANSLATE_NOOP("messages", "{path} is a directory; give a file name")
NO_DIRECTORY = QT_TRANSLATE_NOOP("messages", "the directory {path} does not exist")
CANNOT_WRITE_IN = QT_TRANSLATE_NOOP("messages", "cannot write in {path} ({reason})")

# ---- third-party codes of an import (app/services/thirdparty_transfer.py) -----------------------------------
DEVICE_NOT_REGISTERED = QT_TRANSLATE_NOOP("messages", "device {sn} was not registered")

# ---- serial numbers and ranges (app/domain/serials.py) ------------------------------------------------------
BETWEEN = QT_TRANSLATE_NOOP("messages", "must be between 1 and {limit}")
NOT_NEGATIVE = QT_TRANSLATE_NOOP("messages", "must be 0 or more")
COUNTER_DIGITS = QT_TRANSLATE_NOOP("messages", "the counter reaches {last}, which has {digits} digits; allow at "
                                             "least {digits} (or 0 for no padding)")
SDK_SN = QT_TRANSLATE_NOOP("messages", "SN {sn!r} contains {characters}: the Azure IoT device SDKs carry only "
                                     "{allowed} in a registration ID, so this device cannot provision itself with "
                                     "them")

# ---- values that appear inside these messages (context "message values") ------------------------------------
TAB = QT_TRANSLATE_NOOP("message values", "tab")
NOTHING = QT_TRANSLATE_NOOP("message values", "nothing")
NONE = QT_TRANSLATE_NOOP("message values", "none")
