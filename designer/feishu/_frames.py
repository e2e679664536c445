"""The frames of Feishu's long connection (callbacks and events over a WebSocket), both ways.

Each WebSocket binary message is one protobuf ``pbbp2.Frame`` (proto2)::

    message Header { required string key = 1; required string value = 2; }
    message Frame {
        required uint64 SeqID = 1;   required uint64 LogID = 2;
        required int32 service = 3;  required int32 method = 4;     // 0 control, 1 data
        repeated Header headers = 5;
        optional string payload_encoding = 6;  optional string payload_type = 7;
        optional bytes payload = 8;            optional string LogIDNew = 9;
    }

Nine fields and two wire types (varint, length-delimited): written here by hand rather than
with protobuf and generated code (docs/feishu/long-connection.md says why). The client
(``designer.feishu.CallbackListener``) and the sandbox's server both use this module; the
tests check it against the official SDK's generated ``Frame`` so a shared mistake cannot hide.

Also here, because both sides need them: the header names and frame types, the client's
answer to a data frame (``answer_payload`` / ``read_answer``), splitting a payload into
``sum``/``seq`` parts and putting them back together (``Reassembler``).
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

__all__ = [
    "FRAME_CONTROL",
    "FRAME_DATA",
    "Frame",
    "FrameError",
    "Reassembler",
    "answer_payload",
    "decode_frame",
    "encode_frame",
    "read_answer",
    "split_payload",
]

FRAME_CONTROL = 0  # method of ping / pong frames
FRAME_DATA = 1  # method of event / card frames and of the client's answers to them

# Header keys and the values of "type" (lark_oapi/ws/const.py, enum.py).
HEADER_TYPE = "type"
HEADER_MESSAGE_ID = "message_id"
HEADER_TRACE_ID = "trace_id"
HEADER_SUM = "sum"
HEADER_SEQ = "seq"
HEADER_BIZ_RT = "biz_rt"  # how long the client's handler took, in ms
TYPE_PING, TYPE_PONG, TYPE_EVENT, TYPE_CARD = "ping", "pong", "event", "card"

_VARINT, _FIXED64, _LENGTH, _FIXED32 = 0, 1, 2, 5
_UINT64 = (1 << 64) - 1


class FrameError(ValueError):
    """The bytes are not a Frame; the message says what is wrong and at which byte."""


@dataclass(frozen=True, slots=True)
class Frame:
    seq_id: int = 0
    log_id: int = 0
    service: int = 0
    method: int = FRAME_CONTROL
    headers: tuple[tuple[str, str], ...] = ()
    payload_encoding: str = ""
    payload_type: str = ""
    payload: bytes = b""
    log_id_new: str = ""

    def header(self, key: str) -> str | None:
        """The value of header ``key`` (the first, when repeated), None when absent."""
        return next((value for name, value in self.headers if name == key), None)

    def with_header(self, key: str, value: str) -> Frame:
        """This frame with header ``key`` set to ``value`` (replacing any already there)."""
        kept = tuple((name, old) for name, old in self.headers if name != key)
        return replace(self, headers=(*kept, (key, value)))


# --- writing --------------------------------------------------------------------------


def _varint(value: int) -> bytes:
    value &= _UINT64  # a negative int32 is written as its 64-bit two's complement (10 bytes)
    out = bytearray()
    while True:
        low = value & 0x7F
        value >>= 7
        if value:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def _key(number: int, wire_type: int) -> bytes:
    return _varint(number << 3 | wire_type)


def _length_delimited(number: int, data: bytes) -> bytes:
    return _key(number, _LENGTH) + _varint(len(data)) + data


def encode_frame(frame: Frame) -> bytes:
    """``frame`` as protobuf bytes: the four required fields always, the optional ones when set."""
    if not (0 <= frame.seq_id <= _UINT64 and 0 <= frame.log_id <= _UINT64):
        raise FrameError("SeqID and LogID must be 0 .. 2**64-1")
    if not all(-(1 << 31) <= number < (1 << 31) for number in (frame.service, frame.method)):
        raise FrameError("service and method must be 32-bit signed integers")
    parts = [
        _key(1, _VARINT) + _varint(frame.seq_id),
        _key(2, _VARINT) + _varint(frame.log_id),
        _key(3, _VARINT) + _varint(frame.service),
        _key(4, _VARINT) + _varint(frame.method),
    ]
    for name, value in frame.headers:
        header = _length_delimited(1, name.encode("utf-8")) + _length_delimited(2, value.encode("utf-8"))
        parts.append(_length_delimited(5, header))
    if frame.payload_encoding:
        parts.append(_length_delimited(6, frame.payload_encoding.encode("utf-8")))
    if frame.payload_type:
        parts.append(_length_delimited(7, frame.payload_type.encode("utf-8")))
    if frame.payload:
        parts.append(_length_delimited(8, frame.payload))
    if frame.log_id_new:
        parts.append(_length_delimited(9, frame.log_id_new.encode("utf-8")))
    return b"".join(parts)


# --- reading --------------------------------------------------------------------------


def _read_varint(data: bytes, at: int, what: str) -> tuple[int, int]:
    value = shift = 0
    start = at
    while True:
        if at >= len(data):
            raise FrameError(f"{what}: the number starting at byte {start} is cut short")
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value & _UINT64, at
        shift += 7
        if shift >= 70:
            raise FrameError(f"{what}: the number starting at byte {start} is longer than 10 bytes")


def _fields(data: bytes, what: str) -> Iterator[tuple[int, int, int | bytes, int]]:
    """(field number, wire type, value, offset) of each field in ``data``."""
    at = 0
    while at < len(data):
        start = at
        key, at = _read_varint(data, at, what)
        number, wire_type = key >> 3, key & 7
        if number == 0:
            raise FrameError(f"{what}: field number 0 at byte {start}")
        if wire_type == _VARINT:
            value, at = _read_varint(data, at, what)
            yield number, wire_type, value, start
        elif wire_type == _LENGTH:
            length, at = _read_varint(data, at, what)
            if length > len(data) - at:
                raise FrameError(
                    f"{what}: field {number} at byte {start} says {length} bytes, {len(data) - at} remain"
                )
            yield number, wire_type, data[at : at + length], start
            at += length
        elif wire_type in (_FIXED64, _FIXED32):  # unknown fixed-size fields: skipped
            size = 8 if wire_type == _FIXED64 else 4
            if size > len(data) - at:
                raise FrameError(f"{what}: field {number} at byte {start} is cut short")
            at += size
        else:
            raise FrameError(f"{what}: field {number} at byte {start} has wire type {wire_type}")


def _text(value: int | bytes, what: str) -> str:
    if not isinstance(value, bytes):
        raise FrameError(f"{what} is a number where text belongs")
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FrameError(f"{what} is not UTF-8 (byte {error.start})") from None


def _int32(value: int) -> int:
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value >= 1 << 31 else value


def decode_frame(data: bytes) -> Frame:
    """The Frame in ``data``; ``FrameError`` naming the field and byte when it is not one.

    Missing required fields read as 0 (an answer is still usable); unknown fields are
    skipped, as protobuf does, so a newer server's additions do not break the client.
    """
    values: dict[str, Any] = {}
    headers: list[tuple[str, str]] = []
    numbers = {1: "seq_id", 2: "log_id", 3: "service", 4: "method"}
    texts = {6: "payload_encoding", 7: "payload_type", 9: "log_id_new"}
    for number, wire_type, value, offset in _fields(bytes(data), "frame"):
        if number in numbers:
            if not isinstance(value, int):
                raise FrameError(f"frame: field {number} at byte {offset} is not a number")
            values[numbers[number]] = _int32(value) if number in (3, 4) else value
        elif number == 5:
            if not isinstance(value, bytes):
                raise FrameError(f"frame: header at byte {offset} is a number, not a Header")
            key = val = ""
            for sub_number, _, sub_value, _ in _fields(value, f"header at byte {offset}"):
                if sub_number == 1:
                    key = _text(sub_value, f"header at byte {offset}: its key")
                elif sub_number == 2:
                    val = _text(sub_value, f"header at byte {offset}: its value")
            headers.append((key, val))
        elif number in texts:
            values[texts[number]] = _text(value, f"frame: field {number} at byte {offset}")
        elif number == 8:
            if not isinstance(value, bytes):
                raise FrameError(f"frame: payload at byte {offset} is a number")
            values["payload"] = value
        del wire_type
    return Frame(headers=tuple(headers), **values)


# --- the client's answer to a data frame -----------------------------------------------


def answer_payload(answer: dict[str, Any] | None, status: int = 200, handler_ms: int = 0) -> bytes:
    """What the client puts in the payload of its answer frame.

    ``{"code": 200, "headers": {"biz_rt": "12"}, "data": "<base64 of the answer's JSON>"}``;
    ``data`` is left out when the handler answered nothing (the SDK does the same), and
    ``code`` is 500 when the handler failed.
    """
    body: dict[str, Any] = {"code": status, "headers": {HEADER_BIZ_RT: str(handler_ms)}}
    if answer is not None:
        text = json.dumps(answer, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        body["data"] = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return json.dumps(body, separators=(",", ":")).encode("utf-8")


def read_answer(payload: bytes) -> tuple[int, dict[str, Any] | None]:
    """(status code, decoded answer or None) of a client's answer frame; ``FrameError`` if unreadable."""
    try:
        body = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise FrameError(f"the answer's payload is not JSON ({error})") from None
    if not isinstance(body, dict) or not isinstance(body.get("code"), int):
        raise FrameError("the answer's payload has no numeric 'code'")
    data = body.get("data")
    if data in (None, ""):
        return body["code"], None
    if not isinstance(data, str):
        raise FrameError("the answer's 'data' is not base64 text")
    try:
        decoded = json.loads(base64.b64decode(data, validate=True).decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise FrameError(f"the answer's 'data' is not base64 of JSON ({error})") from None
    if not isinstance(decoded, dict):
        raise FrameError("the answer's 'data' is JSON but not an object")
    return body["code"], decoded


# --- multi-part payloads ----------------------------------------------------------------


def split_payload(payload: bytes, part_size: int) -> list[bytes]:
    """``payload`` in parts of at most ``part_size`` bytes (at least one part, maybe empty)."""
    if part_size <= 0:
        raise ValueError("part_size must be above 0")
    return [payload[i : i + part_size] for i in range(0, len(payload), part_size)] or [b""]


@dataclass(slots=True)
class _Partial:
    parts: list[bytes | None]
    expires: float


@dataclass(slots=True)
class Reassembler:
    """Puts the ``sum`` parts of one message (same ``message_id``) back together.

    ``add`` returns the whole payload once the last part is in, else None. Parts of a
    message not completed within ``ttl`` seconds are dropped (the SDK keeps them 5 s), so a
    lost part cannot make memory grow for ever; nor can a ``sum`` of a billion (``max_parts``).
    """

    ttl: float = 5.0
    max_parts: int = 1024
    clock: Callable[[], float] = time.monotonic
    _pending: dict[str, _Partial] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, message_id: str, total: int, seq: int, part: bytes) -> bytes | None:
        if total <= 1:
            return part
        if total > self.max_parts:
            raise FrameError(f"message {message_id}: {total} parts, more than the {self.max_parts} allowed")
        if not 0 <= seq < total:
            raise FrameError(f"message {message_id}: part {seq} of {total} is out of range")
        now = self.clock()
        with self._lock:
            for key in [k for k, v in self._pending.items() if v.expires <= now]:
                del self._pending[key]
            partial = self._pending.get(message_id)
            if partial is None or len(partial.parts) != total:
                partial = _Partial([None] * total, now + self.ttl)
                self._pending[message_id] = partial
            partial.parts[seq] = part
            if any(p is None for p in partial.parts):
                return None
            del self._pending[message_id]
            return b"".join(p for p in partial.parts if p is not None)

    def pending(self) -> int:
        with self._lock:
            return len(self._pending)
