"""The long connection's frame codec, checked against the official SDK's generated protobuf code.

Our client and the sandbox share ``designer.feishu._frames``; a mistake in it would be the
same on both sides and pass every loopback test. lark-oapi's ``pbbp2_pb2.Frame`` is the
reference: what we write it must read, what it writes we must read.
"""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lark_oapi.ws.pb.pbbp2_pb2 import Frame as SdkFrame

from designer.feishu._frames import (
    Frame,
    FrameError,
    Reassembler,
    answer_payload,
    decode_frame,
    encode_frame,
    read_answer,
    split_payload,
)

_text = st.text(max_size=30)  # any Unicode, emoji and CJK included
frames = st.builds(
    Frame,
    seq_id=st.integers(0, 2**64 - 1),
    log_id=st.integers(0, 2**64 - 1),
    service=st.integers(-(2**31), 2**31 - 1),
    method=st.integers(-(2**31), 2**31 - 1),
    headers=st.lists(st.tuples(_text, _text), max_size=6).map(tuple),
    payload_encoding=_text,
    payload_type=_text,
    payload=st.binary(max_size=200),
    log_id_new=_text,
)


def _sdk(frame: Frame) -> SdkFrame:
    sdk = SdkFrame()
    sdk.SeqID, sdk.LogID, sdk.service, sdk.method = frame.seq_id, frame.log_id, frame.service, frame.method
    for key, value in frame.headers:
        header = sdk.headers.add()
        header.key, header.value = key, value
    if frame.payload_encoding:
        sdk.payload_encoding = frame.payload_encoding
    if frame.payload_type:
        sdk.payload_type = frame.payload_type
    if frame.payload:
        sdk.payload = frame.payload
    if frame.log_id_new:
        sdk.LogIDNew = frame.log_id_new
    return sdk


@settings(max_examples=150, deadline=None, derandomize=True)
@given(frames)
def test_the_sdk_reads_what_we_write(frame: Frame) -> None:
    sdk = SdkFrame()
    sdk.ParseFromString(encode_frame(frame))
    assert (sdk.SeqID, sdk.LogID, sdk.service, sdk.method) == (
        frame.seq_id,
        frame.log_id,
        frame.service,
        frame.method,
    )
    assert [(h.key, h.value) for h in sdk.headers] == list(frame.headers)
    assert (sdk.payload_encoding, sdk.payload_type, sdk.payload, sdk.LogIDNew) == (
        frame.payload_encoding,
        frame.payload_type,
        frame.payload,
        frame.log_id_new,
    )


@settings(max_examples=150, deadline=None, derandomize=True)
@given(frames)
def test_we_read_what_the_sdk_writes(frame: Frame) -> None:
    assert decode_frame(_sdk(frame).SerializeToString()) == frame
    assert decode_frame(encode_frame(frame)) == frame


def test_unknown_fields_of_a_newer_server_are_skipped() -> None:
    known = encode_frame(Frame(seq_id=7, method=1, headers=(("type", "event"),), payload=b"{}"))
    # field 15 as a varint, a length-delimited field 16, a fixed64 field 17 and a fixed32 field 18
    # (keys above 127 take two bytes: 16 << 3 | 2 = 130 is 0x82 0x01)
    extra = bytes([15 << 3, 0x96, 0x01, 0x82, 0x01, 2, 0x41, 0x42, 0x89, 0x01]) + bytes(8)
    extra += bytes([0x95, 0x01]) + bytes(4)
    assert decode_frame(extra + known) == decode_frame(known)


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"\x08", "cut short"),  # SeqID's number is missing
        (b"\x08" + b"\xff" * 11, "longer than 10 bytes"),
        (b"\x42\x05ab", "says 5 bytes, 2 remain"),  # payload longer than the frame
        (b"\x2a\x04\x0a\x02\xff\xfe", "not UTF-8"),  # a header key that is not text
        (b"\x0b", "wire type 3"),  # a protobuf group: not in this message
        (b"\x00", "field number 0"),
        (b"\x08\x01\x1a\x03abc", "not a number"),  # service written as text
    ],
)
def test_bytes_that_are_not_a_frame_are_refused_naming_the_place(data: bytes, says: str) -> None:
    with pytest.raises(FrameError, match=says):
        decode_frame(data)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.binary(max_size=60))
def test_any_bytes_give_a_frame_or_a_frame_error(data: bytes) -> None:
    try:
        frame = decode_frame(data)
    except FrameError as error:
        assert str(error).startswith(("frame", "header"))  # names where it went wrong
    else:
        assert decode_frame(encode_frame(frame)) == frame  # what was read can be written back


def test_an_answer_carries_the_status_the_handler_time_and_base64_json() -> None:
    payload = answer_payload({"toast": {"type": "info", "content": "好 👍"}}, 200, 12)
    body = json.loads(payload)
    assert body["code"] == 200 and body["headers"] == {"biz_rt": "12"}
    assert json.loads(base64.b64decode(body["data"])) == {"toast": {"type": "info", "content": "好 👍"}}
    assert read_answer(payload) == (200, {"toast": {"type": "info", "content": "好 👍"}})
    assert read_answer(answer_payload(None, 500)) == (500, None)
    assert "data" not in json.loads(answer_payload(None))


@pytest.mark.parametrize(
    ("payload", "says"),
    [
        (b"not json", "not JSON"),
        (b'{"data": ""}', "no numeric 'code'"),
        (b'{"code": 200, "data": 5}', "not base64 text"),
        (b'{"code": 200, "data": "!!"}', "not base64 of JSON"),
        (b'{"code": 200, "data": "WzFd"}', "not an object"),  # base64 of [1]
    ],
)
def test_an_unreadable_answer_says_what_is_wrong(payload: bytes, says: str) -> None:
    with pytest.raises(FrameError, match=says):
        read_answer(payload)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.binary(max_size=300), st.integers(1, 50), st.randoms(use_true_random=False))
def test_parts_in_any_order_make_the_whole_payload(payload: bytes, size: int, rnd: object) -> None:
    parts = split_payload(payload, size)
    order = list(enumerate(parts))
    rnd.shuffle(order)  # type: ignore[attr-defined]
    reassembler = Reassembler()
    results = [reassembler.add("m1", len(parts), seq, part) for seq, part in order]
    assert results[-1] == payload
    assert all(result is None for result in results[:-1])
    assert reassembler.pending() == 0


def test_parts_of_a_message_never_completed_are_forgotten() -> None:
    now = [0.0]
    reassembler = Reassembler(ttl=5.0, clock=lambda: now[0])
    assert reassembler.add("lost", 3, 0, b"a") is None
    now[0] = 6.0
    assert reassembler.add("other", 2, 0, b"x") is None
    assert reassembler.pending() == 1  # "lost" was dropped, "other" waits
    with pytest.raises(FrameError, match="part 3 of 2"):
        reassembler.add("other", 2, 3, b"y")


def test_a_message_claiming_a_billion_parts_is_refused_before_anything_is_kept() -> None:
    reassembler = Reassembler()
    with pytest.raises(FrameError, match="1000000000 parts, more than the 1024 allowed"):
        reassembler.add("huge", 10**9, 0, b"x")
    assert reassembler.pending() == 0
