"""Messages of scanning and of the codes a scanner reads: outcomes, refusals, damaged codes, frame sources.

Written like app/domain/messages.py (one template per kind, context "messages"); the classifier
(app/scan/outcomes.py), the code readers (app/qr/) and the frame sources (app/scan/) make Messages of them, the
CLI prints their English text and the window translates them (app.ui.messages.translate_message).
"""

from __future__ import annotations

from app.domain.messages import QT_TRANSLATE_NOOP

# ---- scan outcomes: the Field banner's second line (app/scan/outcomes.py) -----------------------------------
MALFORMED_LABEL = QT_TRANSLATE_NOOP("messages", "forged or damaged label: {reason}; do not onboard this device")
UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "messages", "label signed with an unknown key ({key_id}): not a label of this organisation, or forged; "
                "do not onboard")
SIGNATURE_MISMATCH = QT_TRANSLATE_NOOP(
    "messages", "the signature of this label does not match its content (SN {sn}): altered or forged; "
                "do not onboard")
GENUINE_NOT_HERE = QT_TRANSLATE_NOOP(
    "messages", "genuine label, but SN {sn} (group ID {group_id}) is not in this station's database; sync, or "
                "register it")
EARLIER_REGISTRATION = QT_TRANSLATE_NOOP(
    "messages", "genuine label, but of an earlier registration of SN {sn} (registration {registration}; the SN "
                "was deleted and registered again since, now registration {current}): do not onboard with it; "
                "print a new label")
UNSIGNED_NOT_AN_SN = QT_TRANSLATE_NOOP("messages", "unsigned code {code!r}, not a serial number ({problem})")
UNSIGNED_UNKNOWN = QT_TRANSLATE_NOOP("messages", "unsigned code; no device with SN {sn!r} is registered")
UNSIGNED_KNOWN = QT_TRANSLATE_NOOP(
    "messages", "unsigned code: SN {sn} of group {group}, {status}; not verified, check the device itself")
UNSIGNED_KNOWN_ELSEWHERE = QT_TRANSLATE_NOOP(
    "messages", "unsigned code: SN {sn} of group {group} (and {others} other group(s)), {status}; not verified, "
                "check the device itself")
UNSIGNED_NOT_VERIFIED = QT_TRANSLATE_NOOP("messages", "unsigned code: SN {sn}; not verified")
MANUAL_WRONG_LENGTH = QT_TRANSLATE_NOOP(
    "messages", "manual code {code!r} has the wrong number of digits (12): check it against the label and type "
                "it again")
MANUAL_WRONG_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "messages", "manual code {code!r} has a wrong check digit: check it against the label and type it again")
MANUAL_NO_DEVICE = QT_TRANSLATE_NOOP("messages", "no device has the manual code {code}")
MANUAL_AMBIGUOUS = QT_TRANSLATE_NOOP("messages", "manual code {code} matches {count} devices; type the SN instead")
NEITHER_MANUAL_CODE = QT_TRANSLATE_NOOP(
    "messages", "this code is neither a manual code of this station (12 digits) nor a valid Matter manual "
                "pairing code ({reason}): check it against the label and type it again")
DEVICE_DISABLED = QT_TRANSLATE_NOOP("messages", "SN {sn} is disabled; it cannot be onboarded")
DEVICE_ALREADY_ACTIVE = QT_TRANSLATE_NOOP("messages", "SN {sn} is already active ({status})")
DEVICE_RETIRED = QT_TRANSLATE_NOOP("messages", "SN {sn} was {status}; it cannot be onboarded")
READY_GENUINE = QT_TRANSLATE_NOOP("messages", "genuine label: SN {sn}, group {group}, {status}; ready to onboard")
READY_MANUAL = QT_TRANSLATE_NOOP("messages", "manual code: SN {sn}, group {group}, {status}; ready to onboard")
DEVICE_OTHER_GROUP = QT_TRANSLATE_NOOP("messages", "SN {sn} belongs to group {group}, not to {session_group}")
DEVICE_SCANNED_BEFORE = QT_TRANSLATE_NOOP("messages", "SN {sn} was already scanned in this session")
ALSO_SCANNED_BEFORE = QT_TRANSLATE_NOOP("messages", "{message} (scanned before in this session)")
ALSO_UNSIGNED = QT_TRANSLATE_NOOP("messages", "{message} (unsigned code: not verified)")

# ---- third-party codes (app/scan/thirdparty.py) ------------------------------------------------------------
THIRD_PARTY_CODE = QT_TRANSLATE_NOOP(
    "messages", "{what}: {summary}; {secret} hidden (reveal it if needed). A third-party device, not a label of "
                "this organisation: add it with its own controller or app")
CODE_OF_DEVICES = QT_TRANSLATE_NOOP("messages", "{what} of {count} devices")
DAMAGED_THIRD_PARTY = QT_TRANSLATE_NOOP(
    "messages", "damaged {format}: {reason}; scan it again or type it, and check the print")

# ---- damaged Matter and Z-Wave codes: OnboardingCodeError's reason (app/qr/) --------------------------------
DAMAGED_CODE_NAMED = QT_TRANSLATE_NOOP("messages", "{format}: {reason}")
HOLDS_NON_DIGITS = QT_TRANSLATE_NOOP("messages", "holds something other than digits")
# Matter QR code (app/qr/matter.py, base38.py, matter_tlv.py)
MATTER_NO_PREFIX = QT_TRANSLATE_NOOP("messages", "does not start with MT:")
MATTER_IN_PAYLOAD = QT_TRANSLATE_NOOP("messages", "payload {number} of {count}: {reason}")
MATTER_EMPTY_PAYLOAD = QT_TRANSLATE_NOOP("messages", "empty payload")
MATTER_PAYLOAD_TOO_SHORT = QT_TRANSLATE_NOOP("messages", "{count} characters; a payload has at least {minimum}")
MATTER_PAYLOAD_VERSION = QT_TRANSLATE_NOOP("messages", "payload version {version}; only version 0 is defined")
MATTER_FLOW_UNDEFINED = QT_TRANSLATE_NOOP("messages", "commissioning flow 3 is not defined")
MATTER_BAD_PASSCODE = QT_TRANSLATE_NOOP(
    "messages", "its passcode is not a valid Matter passcode (0, 8 equal digits, 12345678, 87654321 and values "
                "above 99999998 are not allowed)")
BASE38_CHARACTER = QT_TRANSLATE_NOOP("messages", "character {position} ({character!r}) is not base-38 (0-9, A-Z, "
                                                 "'-', '.')")
BASE38_LENGTH = QT_TRANSLATE_NOOP("messages", "{count} base-38 characters is not a whole number of bytes")
BASE38_RANGE = QT_TRANSLATE_NOOP("messages", "base-38 characters {first}-{last} are out of range")
TLV_NO_STRUCTURE = QT_TRANSLATE_NOOP("messages", "the optional data does not start with a TLV structure")
TLV_ENDS_IN_STRUCTURE = QT_TRANSLATE_NOOP("messages", "the optional data ends inside its TLV structure")
TLV_TAG_FORM = QT_TRANSLATE_NOOP("messages", "TLV member with tag form 0x{form:02x}; only context tags are used here")
TLV_ENDS_IN_TAG = QT_TRANSLATE_NOOP("messages", "the optional data ends inside a TLV tag")
TLV_TRAILING_BYTES = QT_TRANSLATE_NOOP("messages", "bytes after the end of the optional data")
TLV_ENDS_IN_VALUE = QT_TRANSLATE_NOOP("messages", "the optional data ends inside a TLV value")
TLV_NOT_UTF8 = QT_TRANSLATE_NOOP("messages", "a TLV string is not UTF-8")
TLV_UNUSED_TYPE = QT_TRANSLATE_NOOP("messages", "TLV element type 0x{type:02x} is not used in a setup payload")
# Matter manual pairing code
MANUAL_PAIRING_LENGTH = QT_TRANSLATE_NOOP(
    "messages", "has {count} digits; it has 11 (or 21 with vendor and product ID)")
MANUAL_PAIRING_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "messages", "has a wrong check digit (last digit): a digit was misread or mistyped")
MANUAL_PAIRING_FIRST_DIGIT = QT_TRANSLATE_NOOP("messages", "starts with {digit}; only 0-7 are defined")
MANUAL_PAIRING_LENGTH_SAID = QT_TRANSLATE_NOOP("messages", "its first digit says {said} digits, it has {count}")
MANUAL_PAIRING_RANGE = QT_TRANSLATE_NOOP("messages", "digits 2-10 are out of range")
MANUAL_PAIRING_IDS = QT_TRANSLATE_NOOP("messages", "vendor or product ID above 65535")
# Z-Wave QR code (app/qr/zwave.py)
ZWAVE_NO_LEAD_IN = QT_TRANSLATE_NOOP("messages", "does not start with 90")
ZWAVE_TOO_SHORT = QT_TRANSLATE_NOOP("messages", "has {count} digits; it has at least {minimum}")
ZWAVE_VERSION = QT_TRANSLATE_NOOP("messages", "version {version}; 00 (S2) and 01 (SmartStart) are defined")
ZWAVE_CHECKSUM = QT_TRANSLATE_NOOP(
    "messages", "its checksum does not match its content: a digit was misread or changed")
ZWAVE_ENDS_INSIDE = QT_TRANSLATE_NOOP("messages", "ends inside its {name}")
ZWAVE_OUT_OF_RANGE = QT_TRANSLATE_NOOP("messages", "{name} is out of range at digit {digit}")
ZWAVE_HIDDEN_OUT_OF_RANGE = QT_TRANSLATE_NOOP("messages", "{name} (hidden) is out of range at digit {digit}")
ZWAVE_DSK_BLOCK = QT_TRANSLATE_NOOP("messages", "DSK block {number}")
ZWAVE_IN_BLOCK = QT_TRANSLATE_NOOP("messages", "TLV block at digit {digit} {reason}")
ZWAVE_IN_TYPED_BLOCK = QT_TRANSLATE_NOOP("messages", "TLV block {type} at digit {digit} {reason}")
ZWAVE_BLOCK_CUT_SHORT = QT_TRANSLATE_NOOP(
    "messages", "TLV block at digit {digit} is cut short ({got} of {length} digits)")
ZWAVE_UNKNOWN_CRITICAL = QT_TRANSLATE_NOOP("messages", "critical TLV block of unknown type {type} at digit {digit}")
ZWAVE_BLOCK_MISSING = QT_TRANSLATE_NOOP("messages", "the required {name} block is missing")
ZWAVE_BLOCK_LENGTHS = QT_TRANSLATE_NOOP("messages", "has {count} digits, not 2, 3 or 5")
ZWAVE_BLOCK_LENGTH = QT_TRANSLATE_NOOP("messages", "has {count} digits, not {expected}")
