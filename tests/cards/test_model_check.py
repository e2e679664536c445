"""The card check of ``schema.py`` reports what pydantic's strict mode would, without pydantic.

``check_model`` reproduces pydantic for the type forms ``models.py`` uses, so that
`card-designer validate` and the window need not import pydantic nor build its validators
(two thirds of `validate`'s start-up, issue 10). The oracle here is pydantic itself: a twin of
every model is built from the same declarations, and both check the same cards -- every
catalog sample, broken at random -- error for error (type, loc, message, context, order), and
agree on the unknown members of a valid card.
"""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
import typing
from pathlib import Path
from typing import Annotated, Any, Literal

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from designer.cards import CATALOG, models, schema
from designer.cards.schema import model_errors

ROOT = Path(__file__).resolve().parents[2]


def _after_validator(check: Any) -> Any:
    """A pydantic after-validator raising what a model's ``content_problem`` finds."""

    def after(self: Any) -> Any:
        problem = check(self)
        if problem is not None:
            raise PydanticCustomError("missing_content", problem)
        return self

    return model_validator(mode="after")(after)


def _pydantic_twins() -> dict[str, Any]:
    """A pydantic model for every card model, from the same annotation text and defaults."""
    namespace: dict[str, Any] = {
        "Any": Any,
        "Literal": Literal,
        "Annotated": Annotated,
        "TAGGED": Field(discriminator="tag"),
        "Alias": lambda name: Field(alias=name),
    }

    class Base(BaseModel):
        model_config = ConfigDict(extra="allow", strict=True, populate_by_name=True, defer_build=True)

    twins: dict[type, type[BaseModel]] = {models.CardModel: Base}
    for value in vars(models).values():
        if not (isinstance(value, type) and issubclass(value, models.CardModel)) or value in twins:
            continue
        body: dict[str, Any] = {"__annotations__": dict(value.__annotations__), "__module__": __name__}
        body.update({name: vars(value)[name] for name in value.__annotations__ if name in vars(value)})
        if "content_problem" in vars(value):
            body["_content"] = _after_validator(vars(value)["content_problem"])
        twins[value] = type(value.__name__, (twins[value.__mro__[1]],), body)
        namespace[value.__name__] = twins[value]
    for name, value in vars(models).items():
        if typing.get_origin(value) is Annotated:
            inner, *meta = typing.get_args(value)
            members = tuple(twins[member] for member in typing.get_args(inner))
            namespace[name] = Annotated[typing.Union[members], Field(discriminator=meta[0].key)]  # noqa: UP007
        elif typing.get_origin(value) is Literal:
            namespace[name] = value
    for twin in twins.values():
        if twin is not Base:
            twin.model_rebuild(_types_namespace=namespace)
    return {model.__name__: twin for model, twin in twins.items()}


TWINS = _pydantic_twins()

VALUES: list[Any] = [
    0, 1, -3, 2.5, 3.0, True, False, None, "", "x", "div", "plain_text", "lark_md", "markdown",
    "button", "${v}", "drop", "primary", "2.0", "1.0", [], [1], {}, {"a": 1}, {"tag": 5},
    {"tag": "bogus"}, {"tag": "plain_text"}, {"tag": "plain_text", "content": "a 👋"}, {"tag": "img"},
    [{"tag": "markdown", "content": "a"}],
]  # fmt: skip
NAMES = ["contnet", "tagg", "zzz", "_varloop", "schema_", "text", "tag", "elements", "content"]


def _cards() -> list[tuple[str, dict[str, Any]]]:
    cards: list[tuple[str, dict[str, Any]]] = []
    title = {"title": {"tag": "plain_text", "content": "t"}}
    for item in CATALOG:
        for version in sorted(item.schema_versions):
            element = item.snippet_for(version)
            if version == "2.0":
                cards.append(("CardV2", {"schema": "2.0", "header": title, "body": {"elements": [element]}}))
            else:
                cards.append(("CardV1", {"header": title, "elements": [element], "config": {}}))
    example = json.loads((ROOT / "tests" / "cards" / "data" / "ephemeral_example.json").read_text("utf-8"))
    cards += [("CardV1", example["card"]), ("RequestBody", example)]
    cards.append(("TemplateCard", {"type": "template", "data": {"template_id": "x", "template_variable": {}}}))
    return cards


CARDS = _cards()


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def _broken(card: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """``card`` with 1 to 3 values replaced, members deleted, renamed or added."""
    card = copy.deepcopy(card)
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(_paths(card)[1:])
        parent: Any = card
        for step in path[:-1]:
            parent = parent[step]
        how = rng.random()
        if how < 0.5:
            parent[path[-1]] = copy.deepcopy(rng.choice(VALUES))
        elif isinstance(parent, dict) and how < 0.7:
            del parent[path[-1]]
        elif isinstance(parent, dict) and how < 0.85:
            parent[f"{path[-1]}x"] = parent.pop(path[-1])
        elif isinstance(parent, dict):
            parent[rng.choice(NAMES)] = copy.deepcopy(rng.choice(VALUES))
    return card


def _extras(value: Any) -> list[str]:
    """The unknown member names of every object of a validated pydantic model."""
    names: list[str] = []
    if isinstance(value, BaseModel):
        names += list(value.model_extra or {})
        value = dict(value)
    if isinstance(value, dict):
        for item in value.values():
            names += _extras(item)
    elif isinstance(value, list):
        for item in value:
            names += _extras(item)
    return names


def _compare(model: str, card: dict[str, Any]) -> None:
    found, checked = model_errors(getattr(models, model), card)
    ours = [
        (item.error["type"], item.error["loc"], item.error["msg"], item.error.get("ctx"))
        for item in found
        if item.error is not None
    ]
    try:
        validated = TWINS[model].model_validate(card)
    except ValidationError as exc:
        theirs = [(e["type"], e["loc"], e["msg"], e.get("ctx")) for e in exc.errors(include_url=False)]
        assert ours == theirs, json.dumps(card, ensure_ascii=False)
        assert checked is None
        return
    assert ours == [], json.dumps(card, ensure_ascii=False)
    assert isinstance(checked, getattr(models, model))
    assert sorted(name for item in found for name in item.names) == sorted(_extras(validated))


def test_every_catalog_sample_checks_as_pydantic_does() -> None:
    for model, card in CARDS:
        _compare(model, card)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.sampled_from(CARDS), st.randoms(use_true_random=False))
def test_broken_cards_get_the_errors_pydantic_gives(case: tuple[str, dict[str, Any]], rng: random.Random) -> None:
    model, card = case
    _compare(model, _broken(card, rng))


def test_the_alias_reads_before_the_python_name() -> None:
    # "schema_" is the Python name of "schema": read only where "schema" is absent (as pydantic).
    for card in ({"schema_": "x", "body": {}}, {"schema": "2.0", "schema_": "x"}, {"body": {}}):
        _compare("CardV2", card)


def test_checking_a_card_imports_no_pydantic() -> None:
    code = (
        "import sys, designer.cards as c\n"
        "d = c.parse('{\"elements\": [{\"tag\": \"div\", \"text\": {\"tag\": \"plain_text\"}}]}')\n"
        "print([p.rule for p in d.errors], sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('pydantic', 'pydantic_core')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "['missing-required'] []"


def test_a_card_compiles_the_checks_of_the_components_it_holds_only() -> None:
    # In a fresh interpreter (this one has compiled them all): the window's first card and
    # `validate` pay for what the card holds, not for all ~60 models.
    code = (
        "import designer.cards as c\n"
        "from designer.cards import schema\n"
        "before = sorted(m.__name__ for m, k in schema._MODEL_CHECKS.items() if k.ready)\n"
        "d = c.parse('{\"elements\": [{\"tag\": \"markdown\", \"content\": \"hi 👋\"}, {\"tag\": \"tabel\"}]}')\n"
        "print(before, sorted(m.__name__ for m, k in schema._MODEL_CHECKS.items() if k.ready),"
        " [p.rule for p in d.errors])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    # The misspelt tag is still named with its did-you-mean from every component's tag.
    assert done.stdout.strip() == "[] ['CardV1', 'Markdown'] ['unknown-tag']"


def test_every_model_uses_only_type_forms_the_check_knows() -> None:
    # A model is compiled when a card first holds it: an unknown form must fail here, not in
    # the parse of some card (parse never raises).
    for value in vars(models).values():
        if isinstance(value, type) and issubclass(value, models.CardModel) and value is not models.CardModel:
            check = schema._model_check(value)
            if not check.ready:
                check.compile()
            assert check.ready and check.known, value
