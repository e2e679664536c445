"""designer.feishu (being built)."""
