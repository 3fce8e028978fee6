"""The device services' messages (lifecycle, groups, batches, registering, listing, supervision): one template
per kind of error or refusal, with its parameters (see app.domain.messages for how they are made and shown).

The lifecycle table's refusals are here too (app.domain.lifecycle fills in `{device}` and `{state}`): `{device}`
is a Message itself (`DEVICE_NAMED` or `THE_DEVICE`), `{state}` a device state, both translated in the window.
"""

from __future__ import annotations

from app.domain.messages import QT_TRANSLATE_NOOP

# ---- the lifecycle table's refusals ({device}: DEVICE_NAMED or THE_DEVICE; {state}: the device's state) ---------
DEVICE_NAMED = QT_TRANSLATE_NOOP("messages", "device {sn}")
THE_DEVICE = QT_TRANSLATE_NOOP("messages", "the device")
REFUSED_NOTHING_MORE = QT_TRANSLATE_NOOP("messages", "{device} is {state}; nothing can be done with it any more")
REFUSED_ENABLE_FIRST = QT_TRANSLATE_NOOP("messages", "{device} is disabled; enable it first")
REFUSED_ONLY_ACTIVE_CONNECTS = QT_TRANSLATE_NOOP("messages", "{device} is {state}; only an activated device can "
                                                           "connect")
REFUSED_ONLY_ACTIVE_REPROVISIONS = QT_TRANSLATE_NOOP("messages", "{device} is {state}; only an activated device can "
                                                               "be reprovisioned")
REFUSED_NOT_DISABLED = QT_TRANSLATE_NOOP("messages", "{device} is not disabled (it is {state})")
REFUSED_NOT_DELETED = QT_TRANSLATE_NOOP("messages", "{device} is registered already (it is {state}); only a deleted "
                                                  "device is registered again")
REFUSED_NO_LABEL = QT_TRANSLATE_NOOP("messages", "{device} is {state}; it cannot get a label")
REFUSED_NO_FILE = QT_TRANSLATE_NOOP("messages", "{device} is {state}; it gets no provisioning file")
REFUSED_NO_SPARE = QT_TRANSLATE_NOOP("messages", "{device} is {state} and cannot be used as a replacement")
REFUSED_ALREADY_ACTIVATED = QT_TRANSLATE_NOOP("messages", "{device} is already activated ({state})")
REFUSED_SPARE_ALLOCATED = QT_TRANSLATE_NOOP("messages", "{device} is already allocated; a replacement must not be "
                                                      "allocated yet")
REFUSED_DELETE_ACTIVATED = QT_TRANSLATE_NOOP("messages", "{device} is activated; disable it before deleting it")
REFUSED_DISABLED_NO_LABEL = QT_TRANSLATE_NOOP("messages", "{device} is disabled; it cannot get a label")
REFUSED_ALREADY_DISABLED = QT_TRANSLATE_NOOP("messages", "{device} is already disabled")
REFUSED_ALREADY_DELETED = QT_TRANSLATE_NOOP("messages", "{device} was already deleted")

# ---- activating, deleting, replacing -------------------------------------------------------------------------
ALLOCATION_FAILED = QT_TRANSLATE_NOOP("messages", "allocation of {sn} failed: {failure}")
GROUP_NO_PRODUCT_KEY = QT_TRANSLATE_NOOP("messages", "group {group!r} has no product key; set one before activating "
                                                   "devices")
DEVICE_ALREADY_DELETED = QT_TRANSLATE_NOOP("messages", "device {sn} in group {group!r} was already deleted")
DELETE_FROM_BATCH = QT_TRANSLATE_NOOP("messages", "delete device {sn} from it")
NEW_SN_IS_OWN = QT_TRANSLATE_NOOP("messages", "the new SN is the faulty device's own SN")
SPARE_IN_OTHER_GROUP = QT_TRANSLATE_NOOP("messages", "device {sn} belongs to group {elsewhere!r}; a replacement must "
                                                   "come from group {group!r}")
NO_SPARE = QT_TRANSLATE_NOOP("messages", "no device with SN {sn!r} in group {group!r}; register it first")

# ---- reprovisioning --------------------------------------------------------------------------------------------
REPROVISION_NEVER = QT_TRANSLATE_NOOP("messages", "group {group!r} does not allow reprovisioning (policy: never)")
ALREADY_ALLOCATED_IN = QT_TRANSLATE_NOOP("messages", "the device is already allocated in {ou}/{environment}")
REPROVISION_OPEN = QT_TRANSLATE_NOOP("messages", "device {sn} already has a reprovision that is {state}")
REPROVISION_FAILED = QT_TRANSLATE_NOOP("messages", "reprovisioning of {sn} failed: {failure}")
NO_PRODUCT_KEY_FOR = QT_TRANSLATE_NOOP("messages", "no product key for {ou}/{environment}; give one or set one on "
                                                 "group {group!r}")
NO_REPROVISION_REQUEST = QT_TRANSLATE_NOOP("messages", "no reprovision request {id}")
REQUEST_NOT_AWAITING = QT_TRANSLATE_NOOP("messages", "this request is {state}, not awaiting approval")
REJECTION_NEEDS_COMMENT = QT_TRANSLATE_NOOP("messages", "a rejection needs a comment saying why")

# ---- registration groups ---------------------------------------------------------------------------------------
NOT_AN_ALLOCATION_POLICY = QT_TRANSLATE_NOOP("messages", "{value!r} is not an allocation policy; use one of: {valid}")
HASHED_NEEDS_TARGET = QT_TRANSLATE_NOOP("messages", "the hashed allocation policy needs at least one target "
                                                  "(URL,OU,ENV,PRODUCT_KEY,WEIGHT)")
WEBHOOK_NEEDS_URL = QT_TRANSLATE_NOOP("messages", "the webhook allocation policy needs an https:// webhook URL")
NOT_A_REPROVISION_POLICY = QT_TRANSLATE_NOOP("messages", "{value!r} is not a reprovision policy; use one of: {valid}")
NO_LABEL_TEMPLATE = QT_TRANSLATE_NOOP("messages", "there is no label template {name!r}; use one of: {valid}")
GROUP_EXISTS = QT_TRANSLATE_NOOP("messages", "a registration group named {name!r} already exists")
MORE_SDK_WARNINGS = QT_TRANSLATE_NOOP("messages", "(and {count} more SNs the device SDKs cannot carry)")

# ---- batches ---------------------------------------------------------------------------------------------------
BATCH_EXISTS = QT_TRANSLATE_NOOP("messages", "batch {number!r} already exists in group {group!r}")
BATCH_APPROVED = QT_TRANSLATE_NOOP("messages", "batch {number!r} of group {group!r} was approved by {by} on {when}; "
                                             "confirm that you want to {what} (or reopen its review first)")
EARLIER = QT_TRANSLATE_NOOP("messages", "earlier")
BATCH_ALREADY_REVIEWED = QT_TRANSLATE_NOOP("messages", "batch {number!r} was already {review} by {by}")
REOPEN_NEEDS_COMMENT = QT_TRANSLATE_NOOP("messages", "reopening a review needs a comment saying why")
BATCH_NOT_REVIEWED = QT_TRANSLATE_NOOP("messages", "batch {number!r} is not reviewed yet; there is nothing to reopen")
ADD_DEVICES_TO_BATCH = QT_TRANSLATE_NOOP("messages", "add devices to it")

# ---- registering -----------------------------------------------------------------------------------------------
NO_PREFIX = QT_TRANSLATE_NOOP("messages", "give a prefix (such as PUMP-), so the SNs are not bare numbers; if they "
                                        "really are only numbers, say so explicitly")
REQUIRED_COLUMN_EMPTY = QT_TRANSLATE_NOOP("messages", "is required; fill it in, or leave the column out of the file "
                                                    "to fill it in on site")
REGISTRATION_CANCELLED = QT_TRANSLATE_NOOP("messages", "registration cancelled; nothing was registered")
SNS_REGISTERED_MEANWHILE = QT_TRANSLATE_NOOP("messages", "another program registered some of these SNs at the same "
                                                       "moment; nothing was registered")

# ---- lists -----------------------------------------------------------------------------------------------------
CANNOT_SORT = QT_TRANSLATE_NOOP("messages", "cannot sort by {sort!r}; use one of: {valid}")
AT_LEAST_ONE = QT_TRANSLATE_NOOP("messages", "must be 1 or more")
DAYS_NOT_NEGATIVE = QT_TRANSLATE_NOOP("messages", "a number of days is 0 or more")

# ---- a batch's approval warnings (batch_review.ApprovalWarnings.lines) ---------------------------------------
NOT_INSTALLED_ONE = QT_TRANSLATE_NOOP("messages", "{count:,} device is not installed yet ({parts})")
NOT_INSTALLED_MANY = QT_TRANSLATE_NOOP("messages", "{count:,} devices are not installed yet ({parts})")
COUNT_REGISTERED = QT_TRANSLATE_NOOP("messages", "{count:,} registered")
COUNT_LABELLED = QT_TRANSLATE_NOOP("messages", "{count:,} labelled")
OPEN_ANOMALY_ONE = QT_TRANSLATE_NOOP("messages", "{count:,} open anomaly ({parts})")
OPEN_ANOMALIES = QT_TRANSLATE_NOOP("messages", "{count:,} open anomalies ({parts})")
ANOMALY_COUNT = QT_TRANSLATE_NOOP("messages", "{kind}: {count:,}")  # kind: an anomaly title (a message value)
LIST_OF_TWO = QT_TRANSLATE_NOOP("messages", "{first}, {rest}")  # a list: the first item and the rest

# ---- bulk actions: why a device was skipped (by its state) or refused -----------------------------------------
BULK_REASON_TOO_LONG = QT_TRANSLATE_NOOP("messages", "at most {count:,} characters")
BULK_QUERY_OTHER_GROUP = QT_TRANSLATE_NOOP("messages", "the query is for group {query!r}, not {group!r}")
SKIPPED_RETIRED = QT_TRANSLATE_NOOP("messages", "{state}: nothing can be done with it any more")
SKIPPED_ALREADY_DISABLED = QT_TRANSLATE_NOOP("messages", "already disabled")
SKIPPED_NOT_DISABLED = QT_TRANSLATE_NOOP("messages", "not disabled (it is {state})")
SKIPPED_ACTIVE = QT_TRANSLATE_NOOP("messages", "{state} (activated): disable it before deleting it")
ALREADY_DELETED = QT_TRANSLATE_NOOP("messages", "device {sn} in group {group!r} was already deleted")
DELETED_MEANWHILE = QT_TRANSLATE_NOOP("messages", "device {sn} was deleted meanwhile")
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP("messages", "device {sn} changed meanwhile; try again")
APPROVED_CONFIRM_DELETE = QT_TRANSLATE_NOOP("messages", "batch {batch!r} was approved by {by}; confirm deleting "
                                                      "devices of approved batches (or reopen its review first)")

# ---- values that appear inside these messages (context "message values") -----------------------------------
_VALUES = (
    QT_TRANSLATE_NOOP("message values", "awaiting approval"),
    QT_TRANSLATE_NOOP("message values", "pending"),
    QT_TRANSLATE_NOOP("message values", "done"),
    QT_TRANSLATE_NOOP("message values", "rejected"),
    QT_TRANSLATE_NOOP("message values", "failed"),
    QT_TRANSLATE_NOOP("message values", "approved"),
    # the anomaly titles (app.services.supervision.ANOMALY_TITLES)
    QT_TRANSLATE_NOOP("message values", "refused labels"),
    QT_TRANSLATE_NOOP("message values", "never labelled"),
    QT_TRANSLATE_NOOP("message values", "labelled, not installed"),
    QT_TRANSLATE_NOOP("message values", "duplicate scans"),
    QT_TRANSLATE_NOOP("message values", "failed allocation"),
)

# ---- what an anomaly is about (supervision.Anomaly.what; app/services/anomaly_text.py) ----------------------
ANOMALY_NEVER_LABELLED = QT_TRANSLATE_NOOP("messages", "registered, no label printed")
ANOMALY_NOT_INSTALLED = QT_TRANSLATE_NOOP("messages", "labelled, not installed after {days} days")
ANOMALY_REPROVISION = QT_TRANSLATE_NOOP("messages", "reprovision to {ou}/{environment}, requested by {user}")
ANOMALY_SCANNED_TWICE_ONE = QT_TRANSLATE_NOOP("messages", "scanned twice in one session ({count} time)")
ANOMALY_SCANNED_TWICE = QT_TRANSLATE_NOOP("messages", "scanned twice in one session ({count} times)")
# a refused label: problem (a refusal title, a message value), where it was read, who scanned it
ANOMALY_REFUSED = QT_TRANSLATE_NOOP("messages", "{problem}, read by {source} by {actor}")
ANOMALY_REFUSED_CLAIMING = QT_TRANSLATE_NOOP("messages", "{problem}; claims SN {sn}, read by {source} by {actor}")
READ_FROM_FILE = QT_TRANSLATE_NOOP("messages", "{source} ({file})")
READ_IN_FRAME = QT_TRANSLATE_NOOP("messages", "{source} (frame {frame})")

_ANOMALY_VALUES = (
    # the checks that refuse a label (app.scan.outcomes.REFUSAL_TITLES), and a refusal without one
    QT_TRANSLATE_NOOP("message values", "malformed payload"),
    QT_TRANSLATE_NOOP("message values", "unknown signing key"),
    QT_TRANSLATE_NOOP("message values", "signature does not match"),
    QT_TRANSLATE_NOOP("message values", "refused"),
    QT_TRANSLATE_NOOP("message values", "image"),  # a code read from an image file (app.scan.session)
)
