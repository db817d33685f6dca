"""Every /api route refuses a missing, expired or wrongly signed token with a 401 problem."""

from __future__ import annotations

import re
import time

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi.routing import APIRoute

from vidyamitra.auth.dev import DEV_ISSUER, DEV_KID, DEV_PARTY, ensure_dev_keys
from vidyamitra.core.settings import Settings


def _api_routes(app: object) -> list[tuple[str, str]]:
    routes = []
    for route in app.routes:  # type: ignore[attr-defined]
        if isinstance(route, APIRoute) and route.path.startswith("/api"):
            path = re.sub(r"\{[^}]+\}", "some-id", route.path)
            routes += [(method, path) for method in sorted(route.methods)]
    return routes


def _claims(**overrides: object) -> dict[str, object]:
    now = int(time.time())
    return {
        "sub": "mallory",
        "iss": DEV_ISSUER,
        "azp": DEV_PARTY,
        "iat": now,
        "nbf": now,
        "exp": now + 600,
        **overrides,
    }


def _bad_tokens(settings: Settings) -> dict[str, str | None]:
    private_pem, _ = ensure_dev_keys(settings.data_dir)
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    headers = {"kid": DEV_KID}
    return {
        "missing": None,
        "expired": jwt.encode(
            _claims(exp=int(time.time()) - 3600), private_pem, algorithm="RS256", headers=headers
        ),
        "wrong signature": jwt.encode(_claims(), stranger, algorithm="RS256", headers=headers),
    }


async def test_every_api_route_requires_a_valid_token(
    app_client: httpx.AsyncClient, settings: Settings
) -> None:
    routes = _api_routes(app_client.app)  # type: ignore[attr-defined]
    assert len(routes) >= 18
    for kind, token in _bad_tokens(settings).items():
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        for method, path in routes:
            response = await app_client.request(method, path, headers=headers)
            assert response.status_code == 401, (kind, method, path, response.text)
            assert response.headers["content-type"] == "application/problem+json"
            assert response.json()["detail"]


@pytest.mark.parametrize("path", ["/health", "/ready", "/openapi.json", "/docs"])
async def test_public_endpoints(app_client: httpx.AsyncClient, path: str) -> None:
    response = await app_client.get(path)
    assert response.status_code == 200
    assert response.headers["x-request-id"]


async def test_ready_reports_database_and_engine(app_client: httpx.AsyncClient) -> None:
    body = (await app_client.get("/ready")).json()
    assert body["status"] == "ready"
    assert body["checks"]["database"]["ok"] is True
    assert body["checks"]["engine"]["name"].startswith("offline")


async def test_request_id_is_echoed_and_in_problems(app_client: httpx.AsyncClient) -> None:
    response = await app_client.get("/api/me", headers={"X-Request-ID": "req-12345678"})
    assert response.headers["x-request-id"] == "req-12345678"
    assert response.json()["request_id"] == "req-12345678"
    missing = await app_client.get("/no/such/route")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"


async def test_openapi_documents_every_route_with_schemas(app_client: httpx.AsyncClient) -> None:
    spec = (await app_client.get("/openapi.json")).json()
    for method, path in _api_routes(app_client.app):  # type: ignore[attr-defined]
        template = next(p for p in spec["paths"] if re.sub(r"\{[^}]+\}", "some-id", p) == path)
        operation = spec["paths"][template][method.lower()]
        assert operation["responses"], (method, path)
        assert operation.get("summary"), (method, path)
