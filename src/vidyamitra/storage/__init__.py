"""File storage port and its adapters (local disk, Google Drive)."""
