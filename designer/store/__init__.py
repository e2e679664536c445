"""designer.store (being built)."""
