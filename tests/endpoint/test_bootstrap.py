"""The bootstrap route's canonical string, signature and replay window (docs/bootstrap.md)."""

from __future__ import annotations

import base64
import json

import pytest

from app.endpoint import bootstrap

KEY = base64.b64decode("Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc=")


def test_documented_vector() -> None:
    """The worked example of docs/bootstrap.md."""
    canonical = bootstrap.canonical_string("0ne00ABC", "sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6", 1765000000000,
                                           '{"fw":"1.2"}')
    assert canonical == (b"DPS-BOOTSTRAP-V1\n0ne00ABC\nsn-007-888-abc-mac-a1-b2-c3-d4-e5-f6\n1765000000000\n"
                         b'{"fw":"1.2"}')
    assert bootstrap.signature(KEY, "0ne00ABC", "sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6", 1765000000000,
                               '{"fw":"1.2"}') == DOC_SIGNATURE


DOC_SIGNATURE = "c04190e51c7b7c94641bf2e7aebceb06183d6153c0030dd854eaf4895e09f2d4"  # also: openssl dgst (docs)


def _body(**changes: object) -> bytes:
    fields: dict[str, object] = {"groupId": "G1", "sn": "dev-1", "timestamp": 1765000000000, "payload": "",
                                 "signMethod": "hmacsha256"}
    fields["sign"] = bootstrap.signature(KEY, "G1", "dev-1", 1765000000000, "")
    fields.update(changes)
    return json.dumps(fields).encode()


def test_parse_and_verify() -> None:
    request = bootstrap.parse_request(_body())
    assert bootstrap.verify(request, KEY) and request.payload is None
    assert not bootstrap.verify(request, b"x" * 32)
    tampered = bootstrap.parse_request(_body(sn="dev-2"))
    assert not bootstrap.verify(tampered, KEY)


@pytest.mark.parametrize("changes", [
    {"timestamp": "1765000000000"}, {"timestamp": True}, {"timestamp": 1.5}, {"sn": ""}, {"sn": "a/b"},
    {"groupId": 7}, {"signMethod": "sha256"}, {"sign": "ABC"}, {"payload": "[1]"}, {"payload": "{"},
    {"payload": {"a": 1}}, {"extra": 1},
])
def test_bad_fields_are_400(changes: dict[str, object]) -> None:
    with pytest.raises(bootstrap.BootstrapError) as refused:
        bootstrap.parse_request(_body(**changes))
    assert refused.value.status == 400


def test_not_json() -> None:
    for body in (b"hello", b"\xff\xfe", b"[]"):
        with pytest.raises(bootstrap.BootstrapError):
            bootstrap.parse_request(body)


def test_replay_window_and_second_use() -> None:
    guard = bootstrap.ReplayGuard()
    guard.check_time(1_000_000, now_ms=1_000_000 + 300_000)
    with pytest.raises(bootstrap.BootstrapError, match="window"):
        guard.check_time(1_000_000, now_ms=1_000_000 + 300_001)
    with pytest.raises(bootstrap.BootstrapError, match="window"):
        guard.check_time(1_000_000 + 300_001, now_ms=1_000_000)
    guard.remember("a" * 64, now_ms=1)
    with pytest.raises(bootstrap.BootstrapError, match="already used"):
        guard.remember("a" * 64, now_ms=2)
    guard.remember("a" * 64, now_ms=700_000)  # long after the window: forgotten, and refused by check_time anyway
