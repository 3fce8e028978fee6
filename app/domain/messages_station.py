"""Messages of the station's own machinery: users and sign-in, organisation and keys, audit trail, sync and the
central database, the data home and the database, the provisioning service's set-up and exports.

Written like app/domain/messages.py (one template per kind of error, context "messages"); the window translates
them with app.ui.messages. No Qt here.
"""

from __future__ import annotations

from app.domain.messages import QT_TRANSLATE_NOOP

# ---- users and sign-in ---------------------------------------------------------------------------------------
USER_NAME_INVALID = QT_TRANSLATE_NOOP("messages", "use 1-64 letters, digits, '.', '_', '@' or '-', starting with a "
                                                "letter or digit")
PASSWORD_TOO_SHORT = QT_TRANSLATE_NOOP("messages", "must be at least {count} characters long")
NOT_A_ROLE = QT_TRANSLATE_NOOP("messages", "{role!r} is not a role; use one of: {roles}")
HAS_USERS = QT_TRANSLATE_NOOP("messages", "this station already has users; sign in as a supervisor to add more")
FIRST_USER_SUPERVISOR = QT_TRANSLATE_NOOP("messages", "this station has no users yet: the first user must be a "
                                                    "supervisor")
USER_EXISTS = QT_TRANSLATE_NOOP("messages", "a user named {name!r} already exists")
NO_USER = QT_TRANSLATE_NOOP("messages", "no user named {name!r}")
LAST_SUPERVISOR_DEACTIVATE_SELF = QT_TRANSLATE_NOOP(
    "messages", "cannot deactivate yourself: {name} is the last active supervisor of this station; make another "
                "user a supervisor first")
LAST_SUPERVISOR_DEACTIVATE = QT_TRANSLATE_NOOP(
    "messages", "cannot deactivate {name}: {name} is the last active supervisor of this station; make another user "
                "a supervisor first")
LAST_SUPERVISOR_ROLE_SELF = QT_TRANSLATE_NOOP(
    "messages", "cannot make {role} yourself: {name} is the last active supervisor of this station; make another "
                "user a supervisor first")
LAST_SUPERVISOR_ROLE = QT_TRANSLATE_NOOP(
    "messages", "cannot make {role} {name}: {name} is the last active supervisor of this station; make another "
                "user a supervisor first")
ACCOUNT_LOCKED = QT_TRANSLATE_NOOP(
    "messages", "the account {name!r} is locked after repeated wrong passwords until {until:%Y-%m-%d %H:%M:%S} UTC; "
                "try again then, or ask a supervisor to unlock it (Users page, or 'dps-station user unlock {name}')")

# ---- organisation and keys -----------------------------------------------------------------------------------
ORG_NAME_INVALID = QT_TRANSLATE_NOOP("messages", "must be 1 to {count} printable characters")
ORG_KEY_NOT_OURS = QT_TRANSLATE_NOOP("messages", "the organisation key in {folder} does not belong to the "
                                               "organisation '{org}' of this database")
NO_ORGANISATION = QT_TRANSLATE_NOOP("messages", "this database has no organisation: run 'dps-station init' (new "
                                              "station) or 'dps-station central enroll URL'")
ORG_CHANGED_OUTSIDE = QT_TRANSLATE_NOOP(
    "messages", "the organisation '{org}' in the database was changed outside the station (its public key {key_id} "
                "is not the one the organisation key vouches for); labels are neither signed nor verified: restore "
                "the database from a backup, or enroll the station again from the central database")
SIGNING_KEY_NOT_ORGS = QT_TRANSLATE_NOOP(
    "messages", "the signing key in keys/signing.key (key id {key_id}) is not the signing key of the organisation "
                "'{org}' (key id {org_key_id}): labels signed with it would scan as forged. Restore keys/signing.key "
                "from the key backup, or remove it: the station then takes the organisation's signing key from the "
                "database (with keys/org.key)")
MISSING_DATA_KEY = QT_TRANSLATE_NOOP(
    "messages", "this station has no organisation key (keys/org.key is missing): restore the key directory "
                "(DPS_HOME/keys) from the key backup you made when the organisation was created, or enroll this "
                "station again from the central database ('dps-station central enroll URL'); see 'Keys and their "
                "backup' in docs/architecture.md; 'dps-station init' cannot bring it back, since a new key opens "
                "none of the stored secrets")
MISSING_SIGNING_KEY = QT_TRANSLATE_NOOP(
    "messages", "this station has no signing key (keys/signing.key) and no organisation key to restore it with: "
                "restore the key directory (DPS_HOME/keys) from the key backup you made when the organisation was "
                "created, or enroll this station again from the central database ('dps-station central enroll "
                "URL'); see 'Keys and their backup' in docs/architecture.md")
KEY_FILE_DAMAGED = QT_TRANSLATE_NOOP("messages", "the key file {path} is damaged (not base64)")
KEY_FILE_LENGTH = QT_TRANSLATE_NOOP("messages", "a key file in {folder} has the wrong length")
SECRET_DAMAGED = QT_TRANSLATE_NOOP("messages", "a stored secret ({purpose}) is damaged or in an unknown format")
KEY_OPENS_NOTHING = QT_TRANSLATE_NOOP("messages", "this station's organisation key does not open the stored secrets "
                                                "(the database belongs to another organisation, or the key file "
                                                "was replaced)")

# ---- audit trail ---------------------------------------------------------------------------------------------
NOT_A_CHECKPOINT = QT_TRANSLATE_NOOP("messages", "not an audit checkpoint (expected {prefix}.STATION.SEQ.HASH.TIME."
                                               "KEY.SIGNATURE)")
CHECKPOINT_NOT_BASE64 = QT_TRANSLATE_NOOP("messages", "the checkpoint's signature is not base64url")
CHECKPOINT_FORGED = QT_TRANSLATE_NOOP("messages", "checkpoint of station {station} #{seq}: its signature is not the "
                                                "organisation's (the checkpoint was altered or is not ours)")
CHECKPOINT_MISSING = QT_TRANSLATE_NOOP("messages", "checkpoint of station {station} #{seq} ({at}): the event is "
                                                 "missing: events were removed")
CHECKPOINT_REWRITTEN = QT_TRANSLATE_NOOP("messages", "checkpoint of station {station} #{seq} ({at}): the event was "
                                                   "rewritten since")
NO_CHECKPOINT = QT_TRANSLATE_NOOP("messages", "(none: {reason})")
CHAIN_PROBLEM = QT_TRANSLATE_NOOP("messages", "station {station}, event #{seq} ({event}): {problem}")
ROW_PROBLEM = QT_TRANSLATE_NOOP("messages", "table {table}, {row}: {problem}")
KEYS_PROBLEM = QT_TRANSLATE_NOOP("messages", "keys: {problem}")
CHECKPOINT_PROBLEM = QT_TRANSLATE_NOOP("messages", "checkpoint: {problem}")
EVENT_OUT_OF_PLACE = QT_TRANSLATE_NOOP("messages", "expected event #{seq} here: an event was removed or reordered")
EVENT_UNLINKED = QT_TRANSLATE_NOOP("messages", "does not link to the event before it (removed, inserted or "
                                             "reordered)")
EVENT_EDITED = QT_TRANSLATE_NOOP("messages", "was edited after it was written")
EVENT_UNKEYED = QT_TRANSLATE_NOOP("messages", "was rewritten without the organisation key (an unkeyed hash where "
                                            "the chain is keyed)")
NEWEST_EVENT_MISSING = QT_TRANSLATE_NOOP("messages", "the newest event #{seq} is missing: events were removed from "
                                                   "the end")
ANCHOR_UNREADABLE = QT_TRANSLATE_NOOP("messages", "the chain's anchor in the key directory cannot be read; restore "
                                                "the key directory from its backup")
ANCHOR_EMPTIED = QT_TRANSLATE_NOOP("messages", "the key directory anchors event #{seq}, but the audit trail holds "
                                             "no event of this station: it was emptied")
ANCHOR_CUT = QT_TRANSLATE_NOOP("messages", "the key directory anchors event #{seq}, but the chain ends at #{last}: "
                                         "the newest events were removed")
ANCHOR_REWRITTEN = QT_TRANSLATE_NOOP("messages", "the key directory anchors event #{seq}, but the chain holds "
                                               "another event there: it was rewritten")
ROW_NOT_SEALED = QT_TRANSLATE_NOOP("messages", "has no integrity value (added or cleared outside the station)")
ROW_CHANGED = QT_TRANSLATE_NOOP("messages", "one of {columns} was changed outside the station (its integrity value "
                                          "does not match)")
ROW_OF_DEVICE = QT_TRANSLATE_NOOP("messages", "row SN {sn!r} (id {id})")
ROW_OF_BATCH = QT_TRANSLATE_NOOP("messages", "row batch {number!r} (id {id})")
ROW_OF_GROUP = QT_TRANSLATE_NOOP("messages", "row group {name!r} (id {id})")
ROW_NAMED = QT_TRANSLATE_NOOP("messages", "row {name!r} (id {id})")

# ---- device files and the provisioning service ---------------------------------------------------------------
OUT_IS_FILE = QT_TRANSLATE_NOOP("messages", "{path} is a file; give a directory (one file per device) or FILE.json")
NO_FOLDER = QT_TRANSLATE_NOOP("messages", "the directory {path} does not exist")
NOTHING_IN_GROUP = QT_TRANSLATE_NOOP("messages", "no devices to export in group {group!r}")
NOTHING_IN_BATCH = QT_TRANSLATE_NOOP("messages", "no devices to export in batch {batch!r} of group {group!r}")
NOTHING_IN_GROUP_SNS = QT_TRANSLATE_NOOP("messages", "no devices to export in group {group!r} with these SNs")
NOTHING_IN_BATCH_SNS = QT_TRANSLATE_NOOP("messages", "no devices to export in batch {batch!r} of group {group!r} "
                                                   "with these SNs")
DEVICE_IN_OTHER_BATCH = QT_TRANSLATE_NOOP("messages", "device {sn} is in batch {found}, not in {batch}")
DEVICE_IN_NO_BATCH = QT_TRANSLATE_NOOP("messages", "device {sn} is in batch (none), not in {batch}")
CANNOT_WRITE_IN = QT_TRANSLATE_NOOP("messages", "cannot write in {path} ({reason})")
WEBHOOK_NOT_HTTPS = QT_TRANSLATE_NOOP("messages", "must be an https:// URL such as "
                                                "https://alloc.example.com/allocate")
WEBHOOK_BAD_PORT = QT_TRANSLATE_NOOP("messages", "the port of the URL is not a number from 1 to 65535")
NOT_CA_PEM = QT_TRANSLATE_NOOP("messages", "is not a PEM file of CA certificates (-----BEGIN CERTIFICATE-----)")
NO_READABLE_CA = QT_TRANSLATE_NOOP("messages", "holds no readable CA certificate")
NO_HOSTNAME = QT_TRANSLATE_NOOP("messages", "give at least one host name or IP address devices dial")
NOT_A_HOSTNAME = QT_TRANSLATE_NOOP("messages", "{name!r} is not a host name or IP address")
NO_SERVICE_CERTIFICATE = QT_TRANSLATE_NOOP("messages", "no provisioning service certificate in this database: run "
                                                     "'dps-station service init --hostname NAME' first")
SERVICE_KEY_UNREADABLE = QT_TRANSLATE_NOOP("messages", "the provisioning service's key cannot be opened: {reason}")

# ---- data home and database ----------------------------------------------------------------------------------
HOME_IS_FILE = QT_TRANSLATE_NOOP("messages", "{path} is a file; the data home (--home or DPS_HOME) must be a folder")
HOME_PART_IS_FILE = QT_TRANSLATE_NOOP("messages", "{path} is a file where the data home keeps its {name} folder; "
                                                "move the file away (it may have been put there by mistake)")
HOME_NOT_WRITABLE = QT_TRANSLATE_NOOP("messages", "cannot create {path} ({reason}); give a --home you may write to")
NOT_A_DB_URL = QT_TRANSLATE_NOOP("messages", "not a database URL: {url!r} (expected sqlite:///PATH or "
                                           "postgresql+psycopg://...)")
NO_DB_FOLDER = QT_TRANSLATE_NOOP("messages", "the folder {folder} of the database {path} does not exist; check --db "
                                           "(or DPS_DB) for a typo")
NO_STATION_DB = QT_TRANSLATE_NOOP("messages", "there is no station database at {database}; run 'dps-station init' "
                                            "to create one (or check --home, --db and DPS_DB for a typo)")
RESOURCE_MISSING = QT_TRANSLATE_NOOP("messages", "resource {name!r} is missing from this installation (looked in "
                                               "{places})")
UNSUPPORTED_DB = QT_TRANSLATE_NOOP("messages", "unsupported database {backend!r}: use sqlite:/// or "
                                             "postgresql+psycopg://")
DB_LOCKED = QT_TRANSLATE_NOOP("messages", "The database {where} is locked by another program; try again in a "
                                        "moment.")
DB_DISK_FULL = QT_TRANSLATE_NOOP("messages", "The disk holding {where} is full.")
DB_UNREACHABLE = QT_TRANSLATE_NOOP("messages", "The database server {where} cannot be reached (is it running, and is "
                                             "the address right?).")
DB_OTHER = QT_TRANSLATE_NOOP("messages", "Database {where}: {detail}")
WAITING_FOR = QT_TRANSLATE_NOOP("messages", "waiting for the database: {holder}; this continues by itself when it "
                                          "is done")
WAITING_FOR_SOMEONE = QT_TRANSLATE_NOOP("messages", "waiting for the database: another program is writing to it; "
                                                  "this continues by itself when it is done")
WRITER_NOTE = QT_TRANSLATE_NOOP("messages", "{actor} is {what} (process {pid}, since {since})")

# ---- sync and the central database ---------------------------------------------------------------------------
NOT_POSTGRES = QT_TRANSLATE_NOOP("messages", "the central database must be PostgreSQL: "
                                           "postgresql+psycopg://USER@HOST/DB")
CENTRAL_NOT_INITIALISED = QT_TRANSLATE_NOOP("messages", "the central database is not initialised: run 'dps-station "
                                                      "central init URL'")
CENTRAL_INIT_FIRST = QT_TRANSLATE_NOOP("messages", "{problem} (run 'dps-station central init URL' first)")
ALREADY_SYNCS = QT_TRANSLATE_NOOP("messages", "this station already syncs with the central database {url}; 'central "
                                            "init' does not move it: to re-point it, run 'dps-station central "
                                            "repoint URL'")
CENTRAL_NOT_EMPTY = QT_TRANSLATE_NOOP("messages", "the database {url} is not empty: it holds tables of another "
                                                "application ({tables}); 'central init' needs an empty database (or "
                                                "one that is already this organisation's central); nothing was "
                                                "changed")
TABLES_AND_MORE = QT_TRANSLATE_NOOP("messages", "{tables} and {count} more")
PASSPHRASE_NEEDED = QT_TRANSLATE_NOOP("messages", "a passphrase is needed to store the organisation key")
CENTRAL_HAS_NO_ORG_YET = QT_TRANSLATE_NOOP("messages", "the central database holds no organisation yet: run 'central "
                                                     "init' first")
CENTRAL_KEY_MISMATCH = QT_TRANSLATE_NOOP("messages", "the central database's organisation does not verify with the "
                                                   "key stored in it; nothing was written")
OTHER_ORG_HERE = QT_TRANSLATE_NOOP("messages", "this station already holds another organisation ('{org}'); enroll a "
                                             "new data home (--home) instead")
OTHER_ORG_KEYS = QT_TRANSLATE_NOOP("messages", "the key files in {folder} belong to another organisation; enroll a "
                                             "new data home (--home) instead")
NO_CENTRAL_SET = QT_TRANSLATE_NOOP("messages", "no central database is set: run 'dps-station central init URL' or "
                                             "'central enroll URL'")
CONNECTION_LOST = QT_TRANSLATE_NOOP("messages", "the connection to the central database was lost during the sync; "
                                              "run it again")
SCHEMA_NEWER = QT_TRANSLATE_NOOP(
    "messages", "the central database has schema version {version}, newer than this station understands (this "
                "station knows up to {head}): update this station (install the newer DPS Station) before syncing "
                "with it; nothing was pulled or pushed")
SCHEMA_OLDER = QT_TRANSLATE_NOOP(
    "messages", "the central database has schema version {version}, older than this station's ({head}): run "
                "'dps-station central init URL' on this station to upgrade it; nothing was pulled or pushed")
CENTRAL_HAS_NO_ORG = QT_TRANSLATE_NOOP("messages", "the central database {url} holds no organisation: run "
                                                 "'dps-station central init URL' from the organisation's first "
                                                 "station")
CENTRAL_HAS_ORGS = QT_TRANSLATE_NOOP("messages", "the central database {url} holds {count} organisations; a central "
                                               "serves exactly one: nothing was pulled or pushed")
CENTRAL_OTHER_ORG = QT_TRANSLATE_NOOP(
    "messages", "the central database {url} belongs to another organisation (organisation '{org}' (signing key "
                "{key_id})), not to this station's ('{mine}', signing key {my_key_id}): check the URL; nothing was "
                "pulled or pushed")
CENTRAL_NOT_PROVEN = QT_TRANSLATE_NOOP(
    "messages", "the central database {url} names this organisation but its identity does not verify with the "
                "organisation's key (it was not made by a holder of the key): nothing was pulled or pushed")
NEW_CENTRAL_HAS_NO_ORG = QT_TRANSLATE_NOOP("messages", "the new central database holds no organisation")
PASSPHRASE_TOO_SHORT = QT_TRANSLATE_NOOP("messages", "the passphrase needs at least {count} characters")
UNKNOWN_KDF = QT_TRANSLATE_NOOP("messages", "the central database names an unknown key derivation {kdf!r}")
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("messages", "wrong passphrase: the organisation key could not be unwrapped; "
                                               "nothing was changed")
UNEXPECTED_SYNC_ERROR = QT_TRANSLATE_NOOP("messages", "unexpected error ({kind}); details are in the log file")
AUDIT_CLASH = QT_TRANSLATE_NOOP("messages", "{count} audit event(s) of this station clash with the central's events "
                                          "of the same numbers; run the sync again (a restored station is repaired "
                                          "first)")

# ---- sync conflicts ------------------------------------------------------------------------------------------
BULK_KEEP_ONE = QT_TRANSLATE_NOOP("messages", "a bulk resolution keeps one whole version: local or central")
NO_MATCHING_CONFLICT = QT_TRANSLATE_NOOP("messages", "no open conflict matches {which} (see 'dps-station sync "
                                                   "conflicts')")
ALL_CONFLICTS = QT_TRANSLATE_NOOP("messages", "all")
SEVERAL_KEEP = QT_TRANSLATE_NOOP("messages", "several conflicts are resolved together by keeping one whole version "
                                           "(local or central) or by retiring this station's copies of devices")
CHOOSE_A_CONFLICT = QT_TRANSLATE_NOOP("messages", "choose at least one conflict")
CONFLICT_GONE = QT_TRANSLATE_NOOP("messages", "no open sync conflict {id} (resolved meanwhile?); nothing was "
                                            "resolved")
ONLY_SN_RETIRES = QT_TRANSLATE_NOOP("messages", "{label}: only the same SN at two stations can be resolved by "
                                              "retiring this station's copy; nothing was resolved")
KEEP_ONE_OF = QT_TRANSLATE_NOOP("messages", "keep must be one of {choices}")
NO_CONFLICT = QT_TRANSLATE_NOOP("messages", "no sync conflict {id}")
CONFLICT_RESOLVED = QT_TRANSLATE_NOOP("messages", "conflict {id} was already resolved ({resolution})")
NO_SUCH_FIELD = QT_TRANSLATE_NOOP("messages", "{table} has no field {name!r}; fields: {fields}")
CHOOSE_SIDE = QT_TRANSLATE_NOOP("messages", "{name}={side!r}: choose local or central")
DUPLICATE_IN_USE = QT_TRANSLATE_NOOP(
    "messages", "the local duplicate ({label}) already has records that depend on it on this station (an "
                "allocation, a request); keep the central device and retire this station's copy instead ('sync "
                "resolve ID --retire'); nothing was changed")
ONLY_RENAMEABLE = QT_TRANSLATE_NOOP("messages", "only a unique conflict of {tables} can be resolved by renaming; keep "
                                              "local or central instead")
GIVE_NEW_NAME = QT_TRANSLATE_NOOP("messages", "give the new {column} for this station's {label}")
LOCAL_ROW_GONE = QT_TRANSLATE_NOOP("messages", "this station's {label} is no longer here; keep the central version")
NAME_TAKEN_HERE = QT_TRANSLATE_NOOP("messages", "{column} {name!r} is taken on this station too; choose another")
CENTRAL_COPY_UNKNOWN = QT_TRANSLATE_NOOP("messages", "the central copy of this device is not known here; sync again "
                                                   "first")
ONLY_DEVICE_RETIRES_HERE = QT_TRANSLATE_NOOP("messages", "only a unique conflict of a device (the same SN at two "
                                                       "stations) can be resolved by retiring this station's copy")
ONLY_DEVICE_RETIRES_CENTRAL = QT_TRANSLATE_NOOP("messages", "only a unique conflict of a device (the same SN at two "
                                                          "stations) can be resolved by retiring the central copy")
