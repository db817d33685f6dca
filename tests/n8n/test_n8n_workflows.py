"""The n8n workflows are importable and only call real app routes with the right credentials."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import APIRoute

from tests.n8n.n8n_runner import Expression, UnsupportedExpressionError, expressions_in
from vidyamitra.app import create_app
from vidyamitra.core.settings import Settings

N8N_DIR = Path(__file__).resolve().parents[2] / "n8n"
WORKFLOWS = sorted(N8N_DIR.glob("*.json"))
WORKFLOW_FILES = [p for p in WORKFLOWS if p.name != "credentials.json"]
BASE = "={{ $('Config').first().json.base_url }}"
KNOWN_TYPES = {
    "n8n-nodes-base.webhook": 2,
    "n8n-nodes-base.httpRequest": 4.2,
    "n8n-nodes-base.scheduleTrigger": 1.2,
    "n8n-nodes-base.respondToWebhook": 1.1,
    "n8n-nodes-base.splitInBatches": 3,
    "n8n-nodes-base.splitOut": 1,
    "n8n-nodes-base.if": 2.2,
    "n8n-nodes-base.set": 3.4,
    "n8n-nodes-base.emailSend": 2.1,
    "n8n-nodes-base.code": 2,
}
OUTPUTS = {"n8n-nodes-base.if": 2, "n8n-nodes-base.splitInBatches": 2}
TRIGGERS = {"n8n-nodes-base.webhook", "n8n-nodes-base.scheduleTrigger"}


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def credentials() -> dict[str, dict[str, Any]]:
    return {c["name"]: c for c in load(N8N_DIR / "credentials.json")["credentials"]}


@pytest.fixture(scope="module")
def routes(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, VIDYAMITRA_DATA_DIR=tmp_path_factory.mktemp("routes")
    )
    app = create_app(settings)
    return {
        (method, re.sub(r"\{[^}]+\}", "{}", route.path))
        for route in app.routes
        if isinstance(route, APIRoute)
        for method in route.methods
    }


def test_the_three_workflows_exist() -> None:
    assert [p.name for p in WORKFLOW_FILES] == [
        "interview-loop.json",
        "resume-analysis.json",
        "weekly-learning-reminder.json",
    ]


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_nodes_and_connections_are_valid(path: Path) -> None:
    workflow = load(path)
    nodes = {node["name"]: node for node in workflow["nodes"]}
    assert len(nodes) == len(workflow["nodes"])
    assert len({node["id"] for node in workflow["nodes"]}) == len(nodes)
    for node in nodes.values():
        assert KNOWN_TYPES.get(node["type"]) == node["typeVersion"], node["name"]
        assert isinstance(node["parameters"], dict)
        assert len(node["position"]) == 2
    for source, outputs in workflow["connections"].items():
        assert source in nodes
        assert set(outputs) == {"main"}
        assert len(outputs["main"]) <= OUTPUTS.get(nodes[source]["type"], 1)
        for branch in outputs["main"]:
            for target in branch:
                assert target["node"] in nodes
                assert (target["type"], target["index"]) == ("main", 0)
    triggers = [n for n in nodes.values() if n["type"] in TRIGGERS]
    assert len(triggers) == 1
    assert _reachable(triggers[0]["name"], workflow["connections"]) == set(nodes)


def _reachable(start: str, connections: dict[str, Any]) -> set[str]:
    seen, queue = {start}, [start]
    while queue:
        for branch in connections.get(queue.pop(), {}).get("main", []):
            for target in branch:
                if target["node"] not in seen:
                    seen.add(target["node"])
                    queue.append(target["node"])
    return seen


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_http_nodes_target_real_routes_with_the_right_credential(
    path: Path, routes: set[tuple[str, str]]
) -> None:
    known = credentials()
    http_nodes = [n for n in load(path)["nodes"] if n["type"] == "n8n-nodes-base.httpRequest"]
    assert http_nodes
    for node in http_nodes:
        params = node["parameters"]
        assert params["url"].startswith(BASE), node["name"]
        route_path = re.sub(r"\{\{.+?\}\}", "{}", params["url"][len(BASE) :])
        assert (params["method"], route_path) in routes, (node["name"], route_path)
        assert (params["authentication"], params["genericAuthType"]) == (
            "genericCredentialType",
            "httpHeaderAuth",
        )
        credential = known[node["credentials"]["httpHeaderAuth"]["name"]]
        expected = "/webhook/*" if route_path.startswith("/webhook/") else "/api/*"
        assert credential["used_for"] == expected, node["name"]
        assert route_path.startswith(("/webhook/", "/api/"))


def test_credentials_are_placeholders_only() -> None:
    known = credentials()
    assert known["VidyaMitra webhook secret"]["header"] == "X-Webhook-Secret"
    assert known["VidyaMitra API token"]["header"] == "Authorization"
    for path in WORKFLOW_FILES:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"whsec_|Bearer ey|sk-[A-Za-z0-9]{10}", text)
        for node in load(path)["nodes"]:
            for credential in node.get("credentials", {}).values():
                assert set(credential) == {"id", "name"}
                assert credential["name"] in known


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_every_expression_is_in_the_supported_subset(path: Path) -> None:
    nodes = load(path)["nodes"]
    names: dict[str, list[dict[str, Any]]] = {node["name"]: [] for node in nodes}
    checked = 0
    for node in nodes:
        for source in expressions_in(node["parameters"]):
            try:
                Expression(source, {}, names, dry=True).value()
            except UnsupportedExpressionError as exc:
                pytest.fail(f"{path.name}/{node['name']}: {exc}")
            checked += 1
    assert checked >= 3


def test_http_calls_retry_three_times_except_interview_start() -> None:
    for path in WORKFLOW_FILES:
        for node in load(path)["nodes"]:
            if node["type"] != "n8n-nodes-base.httpRequest" or node["name"] == "Start interview":
                continue
            assert (node.get("retryOnFail"), node.get("maxTries")) == (True, 3), node["name"]
