"""Messages of scanning and of the codes a scanner reads: outcomes, refusals, damaged codes, frame sources.

Written like app/domain/messages.py (one template per kind, context "messages"); the classifier
(app/scan/outcomes.py), the code readers (app/qr/) and the frame sources (app/scan/) make Messages of them, the
CLI prints their English text and the window translates them (app.ui.messages.translate_message).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.messages import QT_TRANSLATE_NOOP, Message, message

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
LIST_MORE = QT_TRANSLATE_NOOP("messages", "{list}, {item}")
LIST_NEXT_PAYLOAD = QT_TRANSLATE_NOOP("messages", "{list}; {item}")
NUMBERED_PAYLOAD = QT_TRANSLATE_NOOP("messages", "#{number}: {summary}")
# what a code holds (app/qr/matter.py, zwave.py summary(); never the passcode or the DSK)
SUMMARY_VENDOR_ID = QT_TRANSLATE_NOOP("messages", "vendor ID 0x{id:04X}")
SUMMARY_PRODUCT_ID = QT_TRANSLATE_NOOP("messages", "product ID 0x{id:04X}")
SUMMARY_DISCRIMINATOR = QT_TRANSLATE_NOOP("messages", "discriminator {value}")
SUMMARY_SHORT_DISCRIMINATOR = QT_TRANSLATE_NOOP("messages", "discriminator {value} (short)")
SUMMARY_DISCOVERY = QT_TRANSLATE_NOOP("messages", "discovery {names}")
SUMMARY_FLOW = QT_TRANSLATE_NOOP("messages", "flow {flow}")
SUMMARY_SERIAL_NUMBER = QT_TRANSLATE_NOOP("messages", "serial number {serial}")
SUMMARY_MANUFACTURER_ID = QT_TRANSLATE_NOOP("messages", "manufacturer ID 0x{id:04X}")
SUMMARY_PRODUCT_TYPE = QT_TRANSLATE_NOOP("messages", "product type 0x{id:04X}")
SUMMARY_APPLICATION_VERSION = QT_TRANSLATE_NOOP("messages", "application version {version}")
SUMMARY_DEVICE_CLASS = QT_TRANSLATE_NOOP("messages", "device class 0x{generic:02X}/0x{specific:02X}")
SUMMARY_KEYS = QT_TRANSLATE_NOOP("messages", "keys {names}")
SUMMARY_PROTOCOLS = QT_TRANSLATE_NOOP("messages", "protocols {names}")
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

# ---- the signed label payload (app/qr/payload.py): why a label in our format is refused ---------------------
PAYLOAD_BAD_ESCAPE = QT_TRANSLATE_NOOP("messages", "malformed label payload: bad escape in the {field}")
PAYLOAD_NOT_UTF8 = QT_TRANSLATE_NOOP("messages", "malformed label payload: the {field} is not valid UTF-8")
PAYLOAD_NOT_CANONICAL = QT_TRANSLATE_NOOP("messages", "malformed label payload: the {field} is not in canonical form")
PAYLOAD_VERSION_UNREAD = QT_TRANSLATE_NOOP(
    "messages", "label payload version {version} is not supported by this station (it reads version {supported})")
PAYLOAD_NOT_ASCII = QT_TRANSLATE_NOOP("messages", "malformed label payload: characters outside ASCII")
PAYLOAD_BAD_REGISTRATION = QT_TRANSLATE_NOOP(
    "messages", "malformed label payload: the fifth field is not R and a registration number")
PAYLOAD_FIELD_COUNT = QT_TRANSLATE_NOOP("messages", "malformed label payload: {count} fields instead of 5")
PAYLOAD_EMPTY_FIELD = QT_TRANSLATE_NOOP("messages", "malformed label payload: empty Group ID or SN")
PAYLOAD_BAD_KEY_ID = QT_TRANSLATE_NOOP("messages", "malformed label payload: the key id is not 4 hexadecimal digits")
PAYLOAD_SIGNATURE_DIGITS = QT_TRANSLATE_NOOP(
    "messages", "malformed label payload: the signature is not {count} digits")
PAYLOAD_SIGNATURE_RANGE = QT_TRANSLATE_NOOP("messages", "malformed label payload: the signature is out of range")
PAYLOAD_GROUP_ID_EMPTY = QT_TRANSLATE_NOOP("messages", "the Group ID is empty")
PAYLOAD_TOO_LONG = QT_TRANSLATE_NOOP(
    "messages", "the label payload for SN {sn!r} is too long for a QR code of version {version} at level {level}; "
                "shorten the SN, the Group ID or the batch number")

# ---- frame sources and the scan pipeline (app/scan/camera_source.py, file_sources.py, pipeline.py) ----------
CAMERA_NAME = QT_TRANSLATE_NOOP("messages", "camera {index}")
CAMERA_CANNOT_OPEN = QT_TRANSLATE_NOOP("messages", "{camera} cannot be opened ({error})")
CAMERA_NOT_AT_INDEX = QT_TRANSLATE_NOOP(
    "messages", "no camera at index {index} (video devices found: {found}); plug one in or choose another with "
                "--camera N")
NONE = QT_TRANSLATE_NOOP("messages", "none")
CAMERA_IN_USE = QT_TRANSLATE_NOOP(
    "messages", "{camera} (/dev/video{index}) cannot be opened: another program is using it, or this user may not "
                "access it (group 'video')")
CAMERA_NOT_CONNECTED = QT_TRANSLATE_NOOP(
    "messages", "{camera} cannot be opened: it is not connected or another program uses it")
CAMERA_WAITING = QT_TRANSLATE_NOOP("messages", "{problem}; waiting for it to come back")
CAMERA_NO_PICTURE = QT_TRANSLATE_NOOP(
    "messages", "{camera} opened but sent no picture within {seconds:g} s; another program may be using it")
CAMERA_NO_PICTURES = QT_TRANSLATE_NOOP(
    "messages", "{camera} opened but cannot deliver pictures; another program may be using it")
CAMERA_STOPPED = QT_TRANSLATE_NOOP("messages", "{camera} stopped sending pictures (unplugged?)")
CAMERA_GONE = QT_TRANSLATE_NOOP("messages", "{camera} did not come back within {seconds:g} s")
CAMERA_BACK = QT_TRANSLATE_NOOP("messages", "{camera} is back")
VIDEO_MISSING = QT_TRANSLATE_NOOP("messages", "video file {path} does not exist")
VIDEO_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "messages", "video file {path} cannot be opened: not reachable, or not a format this station can decode")
STREAM_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "messages", "stream {path} cannot be opened: not reachable, or not a format this station can decode")
SOURCE_NO_FRAME = QT_TRANSLATE_NOOP("messages", "{source} sent no frame within {seconds:g} s")
FOLDER_WITHOUT_IMAGES = QT_TRANSLATE_NOOP("messages", "folder {path} holds no PNG, JPEG or WebP image")
PATH_MISSING = QT_TRANSLATE_NOOP("messages", "{path} does not exist")
IMAGE_UNREADABLE = QT_TRANSLATE_NOOP("messages", "not an image this station can read")
IMAGE_SKIPPED = QT_TRANSLATE_NOOP("messages", "{path}: {problem}; skipped")
IMAGE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "messages", "{width} x {height} pixels ({megapixels:.0f} megapixels) is more than this station decodes "
                "({limit:.0f} megapixels); scale the image down")
IMAGES_SOURCE = QT_TRANSLATE_NOOP("messages", "images")
KEYBOARD_SOURCE = QT_TRANSLATE_NOOP("messages", "keyboard")
SCANNER_SOURCE = QT_TRANSLATE_NOOP("messages", "scanner")
PIPELINE_STOPPED = QT_TRANSLATE_NOOP("messages", "stopped")
PIPELINE_ENDED = QT_TRANSLATE_NOOP("messages", "ended")
PIPELINE_TIME_LIMIT = QT_TRANSLATE_NOOP("messages", "time limit of {seconds:g} s reached")
PIPELINE_IMAGES_READ = QT_TRANSLATE_NOOP("messages", "{count} image(s) read")
PIPELINE_SOURCE_ENDED = QT_TRANSLATE_NOOP("messages", "{source} ended after {count} frame(s)")
PIPELINE_SOURCE_FAILED = QT_TRANSLATE_NOOP("messages", "{source} failed ({error})")


def listed(items: Sequence[Message], template: str = LIST_MORE) -> Message:
    """Messages one after the other ("a, b, c"), each still translated on its own: a Message of Messages."""
    joined = items[0]
    for item in items[1:]:
        joined = message(template, list=joined, item=item)
    return joined
