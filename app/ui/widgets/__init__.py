"""Reusable widgets the views and dialogs are built from."""
