"""SAS tokens exactly as the three SDK families write them (docs/provisioning-service.md, PROVISIONING.md)."""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import quote

import pytest

from app.security.derivation import derive_device_key
from app.security.sas import SasError, make_token, parse_token, sign, verify_token

KEY = base64.b64decode(derive_device_key(base64.b64encode(b"k" * 64).decode(), "dev-1"))
NOW = 1_800_000_000


def _token(sr: str, se: int, key: bytes = KEY, skn: str | None = None, order: str = "sr,sig,se") -> str:
    sig = quote(base64.b64encode(sign(key, sr, se)).decode(), safe="")
    fields = {"sr": sr, "sig": sig, "se": str(se)}
    parts = [f"{name}={fields[name]}" for name in order.split(",")]
    if skn:
        parts.append(f"skn={skn}")
    return "SharedAccessSignature " + "&".join(parts)


def _verify(token: str, *, scope: str = "0ne00ABC", rid: str = "dev-1", now: int = NOW, key: bytes = KEY) -> None:
    verify_token(parse_token(token), key, id_scope=scope, registration_id=rid, now=now)


def test_published_azure_derivation_vector() -> None:
    assert derive_device_key("8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==",
                             "sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6") == "Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc="


@pytest.mark.parametrize("sr", ["0ne00ABC%2Fregistrations%2Fdev-1",   # Python SDK
                                "0ne00ABC/registrations/dev-1",       # Node SDK
                                "0ne00ABC%2fregistrations%2fdev-1"])  # C SDK
def test_each_sdk_style_of_sr_verifies(sr: str) -> None:
    _verify(_token(sr, NOW + 3600))
    _verify(_token(sr, NOW + 3600, skn="registration", order="se,sig,sr"))


def test_token_made_like_the_python_sdk_verifies_and_signs_the_raw_sr() -> None:
    token = make_token(KEY, "0ne00ABC/registrations/dev-1", NOW + 60)
    parsed = parse_token(token)
    assert parsed.resource == "0ne00ABC%2Fregistrations%2Fdev-1"
    expected = hmac.new(KEY, f"{parsed.resource}\n{NOW + 60}".encode(), hashlib.sha256).digest()
    assert parsed.signature == expected
    _verify(token)


def test_resource_compare_is_case_insensitive_but_names_the_identity() -> None:
    _verify(_token("0NE00abc/REGISTRATIONS/DEV-1", NOW + 60))
    with pytest.raises(SasError, match="another resource"):
        _verify(_token("0ne00ABC/registrations/dev-2", NOW + 60))
    with pytest.raises(SasError, match="another resource"):
        _verify(_token("0ne00ABC/registrations/dev-1", NOW + 60), scope="0ne00XYZ")


def test_wrong_key_expired_and_skew() -> None:
    with pytest.raises(SasError, match="signature does not match"):
        _verify(_token("0ne00ABC/registrations/dev-1", NOW + 60), key=b"x" * 32)
    _verify(_token("0ne00ABC/registrations/dev-1", NOW - 200))  # within the 300 s skew
    with pytest.raises(SasError, match="expired"):
        _verify(_token("0ne00ABC/registrations/dev-1", NOW - 301))


def test_signature_over_the_received_sr_not_a_normalised_one() -> None:
    """A token signed over the decoded sr but sent encoded does not verify (no normalisation before signing)."""
    se = NOW + 60
    sig = quote(base64.b64encode(sign(KEY, "0ne00ABC/registrations/dev-1", se)).decode(), safe="")
    token = f"SharedAccessSignature sr=0ne00ABC%2Fregistrations%2Fdev-1&sig={sig}&se={se}"
    with pytest.raises(SasError, match="signature"):
        _verify(token)


@pytest.mark.parametrize("garbled", [
    "", "Bearer abc", "SharedAccessSignature ", "SharedAccessSignature sr=a&se=1",
    "SharedAccessSignature sr=a&sig=!!!&se=1", "SharedAccessSignature sr=a&sig=AAAA&se=soon",
    "SharedAccessSignature sr=a&sig=AAAA&se=1&se=2", "SharedAccessSignature sr=a&sig=AAAA&se=1&broken",
    "SharedAccessSignature sr=" + "a" * 5000 + "&sig=AAAA&se=1",
])
def test_garbled_tokens_are_refused_without_echoing_them(garbled: str) -> None:
    with pytest.raises(SasError) as refused:
        parse_token(garbled)
    assert "AAAA" not in refused.value.reason and len(refused.value.reason) < 80


def test_repr_hides_the_signature() -> None:
    parsed = parse_token(_token("0ne00ABC/registrations/dev-1", NOW))
    assert "hidden" in repr(parsed) and base64.b64encode(parsed.signature).decode() not in repr(parsed)
