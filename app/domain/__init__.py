"""Plain domain types, enums, rules and errors: no Qt, no SQLAlchemy."""
