"""The desktop window: presentation only. Every use case runs through app.services on a worker."""
