"""Card Designer: design Feishu / Lark message cards and send them as ephemeral cards."""

__version__ = "0.1.0"
