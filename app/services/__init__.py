"""Use cases. Each takes a ServiceContext and returns plain records; no Qt here."""
