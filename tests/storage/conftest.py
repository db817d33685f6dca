"""Fixtures: a fake Drive on loopback and a GoogleDriveStorage pointed at it."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.storage.drive_fake import FOLDER, FakeDrive
from vidyamitra.storage.drive import GoogleDriveStorage
from vidyamitra.storage.google_auth import ServiceAccountCredentials


@pytest.fixture(scope="session")
def rsa_pem() -> tuple[str, str]:
    """A throwaway RSA key pair (private PEM, public PEM)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    public = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    return private, public


@pytest.fixture
def fake_drive(rsa_pem: tuple[str, str]) -> Iterator[FakeDrive]:
    """A running fake Drive server."""
    drive = FakeDrive(rsa_pem[1])
    drive.start()
    yield drive
    drive.stop()


@pytest.fixture
def credentials(fake_drive: FakeDrive, rsa_pem: tuple[str, str]) -> ServiceAccountCredentials:
    """Service-account credentials whose token_uri is the fake's token endpoint."""
    key_json = {
        "type": "service_account",
        "client_email": "vidyamitra@test.iam.gserviceaccount.com",
        "private_key": rsa_pem[0],
        "token_uri": f"{fake_drive.base_url}/token",
    }
    return ServiceAccountCredentials.from_json(json.dumps(key_json))


@pytest.fixture
async def drive_storage(
    fake_drive: FakeDrive, credentials: ServiceAccountCredentials
) -> AsyncIterator[GoogleDriveStorage]:
    """A GoogleDriveStorage talking to the fake over real HTTP."""
    async with httpx.AsyncClient(timeout=10) as http:
        yield GoogleDriveStorage(http, credentials, FOLDER, api_base=fake_drive.base_url)
