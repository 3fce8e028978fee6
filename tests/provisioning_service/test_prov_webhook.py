"""The webhook allocation policy against a real HTTPS server on 127.0.0.1 with its own CA."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.services import device_registration as reg
from app.services import device_lookup, groups, registering, webhook
from app.services.context import ServiceContext
from tests.provisioning_service.prov_support import (
    GROUP,
    allocation_count,
    request,
    service,
)
from tests.provisioning_service.webhook_server import WebhookServer, make_ca_and_server
from tests.support.ctx import add_standard_setup, build_service_context

ALLOW = {"allow": True, "target": {"gateway": "mqtts://hub-7.example.com:8883", "ou": "ou-web", "environment": "qa",
                                   "productKey": "PK-WEB"}, "payload": {"site": "north", "interval": 30}}


class Answers:
    def __init__(self) -> None:
        self.next: tuple[int, Any, float] = (200, ALLOW, 0.0)

    def __call__(self, _request: dict[str, Any]) -> tuple[int, Any, float]:
        return self.next


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def hook(tmp_path: Path, answers: Answers) -> Iterator[WebhookServer]:
    (tmp_path / "hook").mkdir()
    server = WebhookServer(tmp_path / "hook", answers)
    yield server
    server.stop()


@pytest.fixture
def ctx(db_url: str, tmp_path: Path, hook: WebhookServer) -> Iterator[ServiceContext]:
    context = build_service_context(db_url, tmp_path)
    add_standard_setup(context)
    registering.register_device(context, GROUP, "SN-1", name="pump 1", master_data={"colour": "green"})
    groups.update_group(context, GROUP, groups.GroupChanges(allocation_policy="webhook", webhook_url=hook.url,
                                                            webhook_ca_pem=hook.ca_pem))
    yield context
    context.db.dispose()


def test_the_webhook_gets_the_registration_and_its_answer_is_the_allocation(ctx: ServiceContext,
                                                                             hook: WebhookServer) -> None:
    state = reg.register(service(ctx), request(ctx, "SN-1", payload={"model": "P-20"}))
    assert (state.status, state.substatus, state.assigned_hub) == ("assigned", "initialAssignment", "hub-7.example.com")
    assert state.payload is not None
    assert {k: state.payload[k] for k in ("productKey", "ou", "environment", "site", "interval")} == {
        "productKey": "PK-WEB", "ou": "ou-web", "environment": "qa", "site": "north", "interval": 30}
    sent = hook.requests[0]
    assert sent["registrationId"] == "SN-1" and sent["groupId"] == groups.get_group(ctx, GROUP).group_id
    assert sent["payload"] == {"model": "P-20"} and sent["transport"] == "mqtt"
    assert sent["device"]["masterData"]["colour"] == "green" and sent["device"]["name"] == "pump 1"
    assert sent["defaultTarget"]["productKey"] == "PK-1"
    assert "secret" not in str(sent).lower()
    assert hook.headers[0]["Content-Type"].startswith("application/json")
    again = reg.register(service(ctx), request(ctx, "SN-1"))  # the allocation is kept: the webhook is not asked
    assert len(hook.requests) == 1
    assert (again.etag, again.payload) == (state.etag, state.payload)


def test_a_webhook_that_refuses_fails_the_registration_with_its_message(ctx: ServiceContext,
                                                                         answers: Answers) -> None:
    answers.next = (200, {"allow": False, "message": "not on the whitelist"}, 0.0)
    state = reg.register(service(ctx), request(ctx, "SN-1"))
    assert (state.status, state.error_code, state.device_id) == ("failed", reg.ERROR_WEBHOOK_REFUSED, None)
    assert "not on the whitelist" in state.error_message
    assert allocation_count(ctx) == 0
    assert "webhook refused" in device_lookup.get_device(ctx, GROUP, "SN-1").status_error


def test_a_webhook_that_does_not_answer_within_5_seconds_fails_the_registration(ctx: ServiceContext,
                                                                                 answers: Answers) -> None:
    answers.next = (200, ALLOW, 30.0)
    started = time.monotonic()
    state = reg.register(service(ctx), request(ctx, "SN-1"))
    took = time.monotonic() - started
    assert (state.status, state.error_code) == ("failed", reg.ERROR_WEBHOOK_FAILED)
    assert "within 5 s" in state.error_message
    assert 4.5 <= took < 15
    assert allocation_count(ctx) == 0


@pytest.mark.parametrize(("status", "body", "message"), [(500, {"allow": True}, "HTTP 500"),
                                                         (200, b"<html>", "not JSON"),
                                                         (200, {"allowed": True}, '"allow"'),
                                                         (200, {"allow": True, "target": {"gateway": "x"}}, "target")])
def test_a_webhook_answer_that_is_not_the_documented_json_fails_the_registration(
        ctx: ServiceContext, answers: Answers, status: int, body: Any, message: str) -> None:
    answers.next = (status, body, 0.0)
    state = reg.register(service(ctx), request(ctx, "SN-1"))
    assert state.status == "failed" and message in state.error_message


def test_a_webhook_whose_certificate_is_not_from_the_configured_ca_is_not_trusted(ctx: ServiceContext,
                                                                                   tmp_path: Path) -> None:
    (tmp_path / "other").mkdir()
    other_ca, _cert, _key = make_ca_and_server(tmp_path / "other", "Some other CA")
    groups.update_group(ctx, GROUP, groups.GroupChanges(webhook_ca_pem=other_ca))
    state = reg.register(service(ctx), request(ctx, "SN-1"))
    assert state.status == "failed" and "not trusted" in state.error_message


def test_the_client_refuses_an_oversized_answer(hook: WebhookServer, answers: Answers) -> None:
    answers.next = (200, {"allow": True, "payload": {"x": "y" * (webhook.MAX_ANSWER_BYTES + 10)}}, 0.0)
    with pytest.raises(webhook.WebhookFailed, match="larger than"):
        webhook.call(hook.url, hook.ca_pem, {"registrationId": "x"})
