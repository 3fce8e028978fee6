"""The provisioning service's CA and server certificate, kept in the database (local_settings).

Certificates are stored as PEM; private keys encrypted with the organisation data key (AES-256-GCM, bound to
their purpose), like every other secret. Keeping them in the database rather than in the home's key files lets
several `dps-station serve` instances on one PostgreSQL share one CA and one server certificate; a station's
SQLite has its own. local_settings never sync, so a site-local service keeps its own CA unless it serves the
central database.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import LocalSetting
from app.domain.errors import InputError, KeyMissingError, NotFoundError
from app.domain.messages import message
from app.domain.messages_station import (
    NO_FOLDER,
    NO_HOSTNAME,
    NO_SERVICE_CERTIFICATE,
    NOT_A_HOSTNAME,
    SERVICE_KEY_UNREADABLE,
)
from app.domain.permissions import Permission
from app.security.keyring import Keyring
from app.security.tls import (
    KeyPair,
    certificate_hostnames,
    certificate_not_after,
    make_ca,
    make_server_certificate,
)
from app.services.context import ServiceContext
from app.services.organisation import get_organisation

CA_CERT = "service.tls.ca.cert"
CA_KEY = "service.tls.ca.key"
SERVER_CERT = "service.tls.server.cert"
SERVER_KEY = "service.tls.server.key"
RENEW_BEFORE = timedelta(days=30)
HOSTNAME_MAX = 253


@dataclass(frozen=True)
class ServiceTlsInfo:
    hostnames: list[str]
    ca_fingerprint: str           # SHA-256 of the CA certificate (DER), hex
    server_not_after: datetime
    created_ca: bool
    created_server: bool


@dataclass(frozen=True)
class ServiceTls:
    ca_certificate_pem: bytes
    server: KeyPair

    def __repr__(self) -> str:
        return "ServiceTls(<certificates>, <key hidden>)"


def _get(session: Session, key: str) -> str | None:
    row = session.get(LocalSetting, key)
    return row.value if row else None


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(LocalSetting, key)
    if row is None:
        session.add(LocalSetting(key=key, value=value))
    else:
        row.value = value


def _seal(keyring: Keyring, pem: bytes, purpose: str) -> str:
    return base64.b64encode(keyring.require_data_key().encrypt(pem, purpose)).decode("ascii")


def _open(keyring: Keyring, value: str, purpose: str) -> bytes:
    return keyring.require_data_key().decrypt(base64.b64decode(value), purpose)


def check_hostnames(hostnames: list[str]) -> list[str]:
    cleaned = list(dict.fromkeys(name.strip().lower() for name in hostnames if name.strip()))
    if not cleaned:
        raise InputError(message(NO_HOSTNAME), field="--hostname")
    for name in cleaned:
        if len(name) > HOSTNAME_MAX or not all(ch.isalnum() or ch in "-.:*_" for ch in name):
            raise InputError(message(NOT_A_HOSTNAME, name=name), field="--hostname")
    return cleaned


def _fingerprint(pem: bytes) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding

    return hashlib.sha256(x509.load_pem_x509_certificate(pem).public_bytes(Encoding.DER)).hexdigest()


def init_service_tls(ctx: ServiceContext, hostnames: list[str]) -> ServiceTlsInfo:
    """Idempotent: the CA is made once; the server certificate is re-issued only when the names differ or it
    expires within 30 days."""
    ctx.require(Permission.MANAGE_GROUPS)
    names = check_hostnames(hostnames)
    keyring = ctx.keyring
    keyring.require_data_key()
    org = get_organisation(ctx.db)
    with ctx.write() as session:
        created_ca = created_server = False
        ca_pem = _get(session, CA_CERT)
        if ca_pem is None:
            ca = make_ca(org.name if org else "DPS Station")
            _put(session, CA_CERT, ca.certificate_pem.decode("ascii"))
            _put(session, CA_KEY, _seal(keyring, ca.private_key_pem, "service-tls:ca"))
            created_ca = True
        else:
            ca = KeyPair(ca_pem.encode("ascii"), _open(keyring, _get(session, CA_KEY) or "", "service-tls:ca"))
        server_pem = _get(session, SERVER_CERT)
        if (created_ca or server_pem is None
                or sorted(certificate_hostnames(server_pem.encode("ascii"))) != sorted(names)
                or certificate_not_after(server_pem.encode("ascii")) - datetime.now(UTC) < RENEW_BEFORE):
            server = make_server_certificate(ca, names)
            _put(session, SERVER_CERT, server.certificate_pem.decode("ascii"))
            _put(session, SERVER_KEY, _seal(keyring, server.private_key_pem, "service-tls:server"))
            server_pem = server.certificate_pem.decode("ascii")
            created_server = True
    return ServiceTlsInfo(certificate_hostnames(server_pem.encode("ascii")), _fingerprint(ca.certificate_pem),
                          certificate_not_after(server_pem.encode("ascii")), created_ca, created_server)


def ca_certificate(db: Database) -> bytes | None:
    """The CA certificate (PEM) devices trust; None before `service init`. Public: no permission needed."""
    with db.reader() as session:
        pem = _get(session, CA_CERT)
    return pem.encode("ascii") if pem else None


def provisioning_endpoint(db: Database) -> tuple[str | None, str | None]:
    """(the host devices dial: the server certificate's first name, the CA certificate PEM); (None, None) before
    `service init`."""
    with db.reader() as session:
        server_pem, ca_pem = _get(session, SERVER_CERT), _get(session, CA_CERT)
    names = certificate_hostnames(server_pem.encode("ascii")) if server_pem else []
    return (names[0] if names else None), ca_pem


def load_service_tls(db: Database, keyring: Keyring) -> ServiceTls:
    with db.reader() as session:
        values = {key: _get(session, key) for key in (CA_CERT, SERVER_CERT, SERVER_KEY)}
    if any(value is None for value in values.values()):
        raise NotFoundError(message(NO_SERVICE_CERTIFICATE))
    try:
        key_pem = _open(keyring, values[SERVER_KEY] or "", "service-tls:server")
    except (ValueError, KeyMissingError) as exc:
        raise KeyMissingError(message(SERVICE_KEY_UNREADABLE, reason=_reason(exc))) from None
    return ServiceTls((values[CA_CERT] or "").encode("ascii"),
                      KeyPair((values[SERVER_CERT] or "").encode("ascii"), key_pem))


def write_ca_certificate(db: Database, out: str) -> None:
    pem = ca_certificate(db)
    if pem is None:
        raise NotFoundError(message(NO_SERVICE_CERTIFICATE))
    from pathlib import Path

    from app.services.atomic_file import PUBLIC_MODE

    path = Path(out)
    if not path.parent.is_dir():
        raise InputError(message(NO_FOLDER, path=path.parent), field="--out")
    path.write_bytes(pem)
    path.chmod(PUBLIC_MODE)


def _reason(error: Exception) -> str:
    """Why a key could not be opened: the station's own message (translatable), else the error's text."""
    return error.message if isinstance(error, KeyMissingError) else str(error)
