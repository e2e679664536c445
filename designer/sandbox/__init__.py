"""designer.sandbox (being built)."""
