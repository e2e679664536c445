"""``import designer.feishu`` is cheap (issue 10): the window imports the package for its data
types, errors and region table; httpx, the client and the answers' validators come with the
first use. Checked in a fresh interpreter (this test process has loaded them all)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = """
import json, sys
from pydantic import BaseModel
import designer.feishu
from designer.feishu import _models

def built():
    return sorted(
        name for name, value in vars(_models).items()
        if isinstance(value, type) and issubclass(value, BaseModel) and value.__pydantic_complete__
    )

report = {"httpx_at_import": "httpx" in sys.modules, "built_at_import": built()}
answer = _models.ChatsAnswer.model_validate({"items": [{"chat_id": "oc_1", "name": "产品 🚀"}], "has_more": False})
report["chat_name"] = answer.items[0].name
report["built_after_an_answer"] = built()
client_class = designer.feishu.FeishuClient
report["client"] = f"{client_class.__module__}.{client_class.__name__}"
report["httpx_with_the_client"] = "httpx" in sys.modules
try:
    designer.feishu.NoSuchThing
except AttributeError as error:
    report["unknown"] = str(error)
print(json.dumps(report, ensure_ascii=False))
"""


def test_the_package_loads_httpx_and_validators_only_when_used() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    report = json.loads(done.stdout)
    assert report["httpx_at_import"] is False
    assert report["built_at_import"] == []
    assert report["chat_name"] == "产品 🚀"
    assert report["built_after_an_answer"] == ["ChatsAnswer"]
    assert report["client"] == "designer.feishu._client.FeishuClient"
    assert report["httpx_with_the_client"] is True
    assert report["unknown"] == "module 'designer.feishu' has no attribute 'NoSuchThing'"


def test_every_public_name_resolves_from_the_module_that_has_it() -> None:
    # The lazily loaded names are listed in the package (for PEP 562) as well as in their
    # modules: a name added to one list and not the other would fail only when first used.
    import designer.feishu as feishu
    from designer.feishu import _callbacks, _longconn, _models

    for name in feishu.__all__:
        assert getattr(feishu, name) is not None, name
    homes = {
        _models: feishu._MODEL_NAMES,
        _longconn: feishu._LONG_CONNECTION_NAMES,
        _callbacks: feishu._CALLBACK_NAMES,
    }
    for module, names in homes.items():
        for name in names:
            assert getattr(feishu, name) is getattr(module, name), name
    # Every data type the package's users may name is offered (the token answer is the client's own).
    assert set(feishu._MODEL_NAMES) == set(_models.__all__) - {"TokenAnswer"}
