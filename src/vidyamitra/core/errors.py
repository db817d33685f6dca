"""One error hierarchy: every domain error carries its HTTP status and renders as RFC 9457."""

from __future__ import annotations

from typing import Any, ClassVar


class AppError(Exception):
    """Root of every error the service raises on purpose.

    Subclasses set ``status`` and ``title``; ``detail`` says what went wrong in this case,
    ``extra`` adds members to the problem document (never secrets or resume text).
    """

    status: ClassVar[int] = 500
    title: ClassVar[str] = "Internal error"
    type_slug: ClassVar[str] = "internal-error"

    def __init__(self, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class BadRequest(AppError):
    status = 400
    title = "Bad request"
    type_slug = "bad-request"


class Unauthorized(AppError):
    status = 401
    title = "Not signed in"
    type_slug = "unauthorized"


class NotFound(AppError):
    status = 404
    title = "Not found"
    type_slug = "not-found"


class Conflict(AppError):
    status = 409
    title = "Conflict"
    type_slug = "conflict"


class PayloadTooLarge(AppError):
    status = 413
    title = "Payload too large"
    type_slug = "payload-too-large"


class UnsupportedMediaType(AppError):
    status = 415
    title = "Unsupported media type"
    type_slug = "unsupported-media-type"


class UnprocessableContent(AppError):
    status = 422
    title = "Unprocessable content"
    type_slug = "unprocessable-content"


class UnreadableDocument(UnprocessableContent):
    """A document whose text cannot be read (encrypted, scanned, garbled, empty)."""

    title = "Unreadable document"
    type_slug = "unreadable-document"


class UnknownRole(UnprocessableContent):
    """A target role that maps to nothing in the role library; ``extra['closest']`` lists roles."""

    title = "Unknown role"
    type_slug = "unknown-role"


class EngineUnavailable(AppError):
    """The configured AI engine failed; never answered with an invented result."""

    status = 503
    title = "AI engine unavailable"
    type_slug = "engine-unavailable"
