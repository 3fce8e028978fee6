"""The window's views: one page each, presentation only."""
