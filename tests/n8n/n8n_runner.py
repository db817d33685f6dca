"""Run an n8n workflow's nodes in Python against the app: a small interpreter for our workflows.

It understands exactly the node types and the expression forms the committed workflows use
(`$json.a.b`, `$('Node').first().json.a[0]`, `[$json.i]` indexes, `.toJsonString()`), and
fails loudly on anything else, so a workflow edited beyond that subset fails the tests.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import httpx

Item = dict[str, Any]
_TEMPLATE = re.compile(r"\{\{\s*((?:(?!\}\}).)+?)\s*\}\}", re.DOTALL)
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
TRIGGERS = {"n8n-nodes-base.webhook", "n8n-nodes-base.scheduleTrigger"}


class UnsupportedExpressionError(ValueError):
    """An expression outside the subset this interpreter (and the tests) understand."""


@dataclass
class Call:
    """One HTTP request a node made."""

    node: str
    method: str
    path: str
    status: int
    headers: dict[str, str]


@dataclass
class RunResult:
    """What a run did: HTTP calls, the webhook response and e-mails it would send."""

    calls: list[Call] = field(default_factory=list)
    responses: list[Item] = field(default_factory=list)
    emails: list[Item] = field(default_factory=list)


class _Anything:
    """Stands for any value when an expression is only checked, not evaluated."""

    def __getitem__(self, key: object) -> _Anything:
        return self


ANY = _Anything()


class Expression:
    """Evaluates one expression of the supported subset (``dry``: only check its shape)."""

    def __init__(
        self, source: str, current: Item, outputs: dict[str, list[Item]], *, dry: bool = False
    ) -> None:
        self.src, self.pos, self.current, self.outputs = source.strip(), 0, current, outputs
        self.dry = dry

    def value(self) -> Any:
        result = self._path()
        if self.pos != len(self.src):
            raise UnsupportedExpressionError(f"unexpected {self.src[self.pos :]!r} in {self.src!r}")
        return result

    def _eat(self, token: str) -> bool:
        if self.src.startswith(token, self.pos):
            self.pos += len(token)
            return True
        return False

    def _path(self) -> Any:
        value = self._root()
        while True:
            if self._eat(".toJsonString()"):
                return value if self.dry else json.dumps(value)
            if self._eat("."):
                match = _IDENT.match(self.src, self.pos)
                if not match:
                    raise UnsupportedExpressionError(f"bad member access in {self.src!r}")
                self.pos = match.end()
                value = value[match.group()]
            elif self._eat("["):
                value = value[self._index()]
            else:
                return value

    def _index(self) -> Any:
        match = re.compile(r"\d+\]").match(self.src, self.pos)
        if match:
            self.pos = match.end()
            return int(match.group()[:-1])
        index = self._path()
        if not self._eat("]"):
            raise UnsupportedExpressionError(f"unclosed index in {self.src!r}")
        return index

    def _root(self) -> Any:
        if self._eat("$json"):
            return ANY if self.dry else self.current
        match = re.compile(r"\$\('([^']+)'\)\.first\(\)\.json").match(self.src, self.pos)
        if not match:
            raise UnsupportedExpressionError(f"unsupported expression {self.src!r}")
        self.pos = match.end()
        if match.group(1) not in self.outputs:
            raise UnsupportedExpressionError(f"no node named {match.group(1)!r}")
        return ANY if self.dry else self.outputs[match.group(1)][0]


def _text(value: Any) -> str:
    """How n8n prints a value inside a template."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dict | list):
        return json.dumps(value)
    return "" if value is None else str(value)


def render(template: Any, current: Item, outputs: dict[str, list[Item]]) -> Any:
    """Evaluate an n8n parameter: plain values as is, `={{ x }}` typed, templates as text."""
    if not isinstance(template, str) or not template.startswith("="):
        return template
    body = template[1:]
    whole = _TEMPLATE.fullmatch(body.strip())
    if whole:
        return Expression(whole.group(1), current, outputs).value()
    return _TEMPLATE.sub(lambda m: _text(Expression(m.group(1), current, outputs).value()), body)


def expressions_in(value: Any) -> list[str]:
    """Every `{{ … }}` expression inside a node's parameters."""
    if isinstance(value, dict):
        return [e for v in value.values() for e in expressions_in(v)]
    if isinstance(value, list):
        return [e for v in value for e in expressions_in(v)]
    if isinstance(value, str) and value.startswith("="):
        return [m.group(1) for m in _TEMPLATE.finditer(value)]
    return []


class WorkflowRunner:
    """Executes a workflow from its trigger, one node at a time, like n8n's v1 order."""

    def __init__(
        self,
        workflow: dict[str, Any],
        client: httpx.AsyncClient,
        credential_headers: dict[str, dict[str, str]],
        *,
        overrides: dict[str, Item] | None = None,
    ) -> None:
        self.nodes = {node["name"]: node for node in workflow["nodes"]}
        self.connections: dict[str, Any] = workflow["connections"]
        self.client = client
        self.credential_headers = credential_headers
        self.overrides = overrides or {}
        self.outputs: dict[str, list[Item]] = {}
        self.loops: dict[str, dict[str, list[Item]]] = {}
        self.result = RunResult()

    async def run(self, trigger_input: Item) -> RunResult:
        """Start at the trigger with ``trigger_input`` as the webhook body."""
        [trigger] = [n for n in self.nodes.values() if n["type"] in TRIGGERS]
        await self._run(trigger["name"], [trigger_input])
        return self.result

    async def _run(self, name: str, items: list[Item]) -> None:
        node = self.nodes[name]
        if node.get("executeOnce"):
            items = items[:1]
        handler = {
            "webhook": self._webhook,
            "scheduleTrigger": self._schedule,
            "set": self._set,
            "httpRequest": self._http,
            "splitOut": self._split_out,
            "splitInBatches": self._loop,
            "if": self._if,
            "respondToWebhook": self._respond,
            "emailSend": self._email,
        }.get(node["type"].removeprefix("n8n-nodes-base."))
        if handler is None:
            raise UnsupportedExpressionError(f"the test runner cannot execute {node['type']}")
        outputs: list[list[Item]] = await handler(node, items)
        self.outputs[name] = [item for out in outputs for item in out]
        for index, out_items in enumerate(outputs):
            targets = self.connections.get(name, {}).get("main", [])
            if not out_items or index >= len(targets):
                continue
            for target in targets[index]:
                await self._run(target["node"], out_items)

    async def _webhook(self, node: Item, items: list[Item]) -> list[list[Item]]:
        return [[{"body": items[0], "headers": {}, "query": {}, "params": {}}]]

    async def _schedule(self, node: Item, items: list[Item]) -> list[list[Item]]:
        return [[{"timestamp": "2026-12-07T08:00:00Z"}]]

    async def _set(self, node: Item, items: list[Item]) -> list[list[Item]]:
        params = node["parameters"]
        out = []
        for item in items:
            new: Item = dict(item) if params.get("includeOtherFields") else {}
            for assignment in params["assignments"]["assignments"]:
                value = render(assignment["value"], item, self.outputs)
                new[assignment["name"]] = _cast(value, assignment["type"])
            new.update(self.overrides.get(node["name"], {}))
            out.append(new)
        return [out]

    async def _http(self, node: Item, items: list[Item]) -> list[list[Item]]:
        params = node["parameters"]
        out: list[Item] = []
        for item in items:
            url = httpx.URL(render(params["url"], item, self.outputs))
            credential = node["credentials"]["httpHeaderAuth"]["name"]
            headers = dict(self.credential_headers[credential])
            query = {
                p["name"]: render(p["value"], item, self.outputs)
                for p in params.get("queryParameters", {}).get("parameters", [])
            }
            body = (
                render(params["jsonBody"], item, self.outputs) if params.get("sendBody") else None
            )
            payload = json.loads(body) if isinstance(body, str) else body
            response = await self.client.request(
                params["method"], url.path, params=query or None, json=payload, headers=headers
            )
            self.result.calls.append(
                Call(node["name"], params["method"], url.path, response.status_code, headers)
            )
            assert response.is_success, f"{node['name']}: {response.status_code} {response.text}"
            data = response.json()
            out.extend(data if isinstance(data, list) else [data])
        return [out]

    async def _split_out(self, node: Item, items: list[Item]) -> list[list[Item]]:
        name = node["parameters"]["fieldToSplitOut"]
        out = [v if isinstance(v, dict) else {name: v} for item in items for v in item[name]]
        return [out]

    async def _loop(self, node: Item, items: list[Item]) -> list[list[Item]]:
        size = int(node["parameters"].get("batchSize", 1))
        state = self.loops.get(node["name"])
        if state is None:
            state = self.loops[node["name"]] = {"pending": list(items), "processed": []}
        else:
            state["processed"].extend(items)
        if state["pending"]:
            batch, state["pending"] = state["pending"][:size], state["pending"][size:]
            return [[], batch]
        del self.loops[node["name"]]
        return [state["processed"], []]

    async def _if(self, node: Item, items: list[Item]) -> list[list[Item]]:
        true, false = [], []
        for item in items:
            (true if self._conditions(node["parameters"]["conditions"], item) else false).append(
                item
            )
        return [true, false]

    def _conditions(self, spec: Item, item: Item) -> bool:
        results = []
        for cond in spec["conditions"]:
            left = render(cond["leftValue"], item, self.outputs)
            right = render(cond["rightValue"], item, self.outputs)
            results.append(_compare(left, cond["operator"], right))
        return all(results) if spec.get("combinator", "and") == "and" else any(results)

    async def _respond(self, node: Item, items: list[Item]) -> list[list[Item]]:
        assert node["parameters"]["respondWith"] == "firstIncomingItem"
        self.result.responses.append(items[0])
        return [items]

    async def _email(self, node: Item, items: list[Item]) -> list[list[Item]]:
        params = node["parameters"]
        for item in items:
            self.result.emails.append(
                {
                    key: render(params[key], item, self.outputs)
                    for key in ("fromEmail", "toEmail", "subject", "text")
                }
            )
        return [items]


def _cast(value: Any, kind: str) -> Any:
    """Apply a Set assignment's declared type."""
    if kind == "number":
        return float(value) if not isinstance(value, int) else value
    if kind == "string":
        return value if isinstance(value, str) else _text(value)
    return value


def _compare(left: Any, operator: Item, right: Any) -> bool:
    """The IF node operators the workflows use."""
    kind, operation = operator["type"], operator["operation"]
    if kind == "number":
        ops = {
            "gt": left > right,
            "gte": left >= right,
            "lt": left < right,
            "equals": left == right,
        }
        return ops[operation]
    if kind == "string" and operation == "notEmpty":
        return bool(left)
    raise UnsupportedExpressionError(f"unsupported IF operator {operator}")
