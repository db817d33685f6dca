"""Inbound webhooks: n8n resume intake (upload tickets, idempotency) and Clerk user events."""
