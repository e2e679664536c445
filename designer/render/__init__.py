"""designer.render (being built)."""
