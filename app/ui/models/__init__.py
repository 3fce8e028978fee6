"""Qt item models that present service records to the views."""
