"""Pedal report decoding, with report streams replayed from the published layouts."""

from __future__ import annotations

import pytest

from reviewer.core.pedal_devices import (
    INFINITY_LAYOUT,
    PEDAL_MODELS,
    hid_models,
    model_for,
)
from reviewer.core.pedals import (
    DEBOUNCE_S,
    DEFAULT_MAPPING,
    DetectedPedal,
    PedalAction,
    PedalButton,
    PedalEvent,
    PedalMapping,
    ReportDecoder,
    decode_report,
    replay,
)
from tests.support.pedals import (
    ALL,
    CHORD,
    HOLD_MIDDLE,
    LEFT,
    LEFT_MIDDLE,
    MIDDLE,
    RELEASED,
    RIGHT,
)

L, M, R = PedalButton.LEFT, PedalButton.MIDDLE, PedalButton.RIGHT


def ev(button: PedalButton, pressed: bool, at: float) -> PedalEvent:
    return PedalEvent(button, pressed, at)


@pytest.mark.parametrize(("report", "down"), [
    (RELEASED, set()), (LEFT, {L}), (MIDDLE, {M}), (RIGHT, {R}), (LEFT_MIDDLE, {L, M}),
    ([0x05, 0x00], {L, R}), ([0x06, 0x00], {M, R}), (ALL, {L, M, R}),
])
def test_every_published_combination_decodes(report: list[int], down: set[PedalButton]) -> None:
    assert decode_report(INFINITY_LAYOUT, report) == frozenset(down)


def test_unknown_bits_and_padding_are_ignored() -> None:
    assert decode_report(INFINITY_LAYOUT, [0x08 | 0x02, 0x00]) == frozenset({M})
    assert decode_report(INFINITY_LAYOUT, [0xF8, 0xFF]) == frozenset()
    assert decode_report(INFINITY_LAYOUT, bytes([0x01, 0x80])) == frozenset({L})


@pytest.mark.parametrize("garbage", [[], [0x01], [0x01, 0x00, 0x00], [0x01] * 64, [256, 0],
                                     [-1, 0]])
def test_reports_of_the_wrong_shape_are_refused(garbage: list[int]) -> None:
    assert decode_report(INFINITY_LAYOUT, garbage) is None


def test_press_and_release_of_one_pedal() -> None:
    assert replay(INFINITY_LAYOUT, HOLD_MIDDLE) == [ev(M, True, 0.0), ev(M, False, 1.2)]
    # A recording that ends inside a bounce window: the change is reported at its end.
    tap = [(0.0, RIGHT), (0.01, RELEASED)]
    assert replay(INFINITY_LAYOUT, tap) == [ev(R, True, 0.0)]
    assert replay(INFINITY_LAYOUT, tap, end=0.5) == [ev(R, True, 0.0), ev(R, False, 0.01)]


def test_a_chord_is_two_presses_and_two_releases() -> None:
    assert replay(INFINITY_LAYOUT, CHORD) == [
        ev(L, True, 0.0), ev(M, True, 0.1), ev(L, False, 0.6), ev(M, False, 0.9)]
    # Both pedals in the same report: both events, in pedal order.
    assert replay(INFINITY_LAYOUT, [(0.0, ALL), (0.5, RELEASED)]) == [
        ev(L, True, 0.0), ev(M, True, 0.0), ev(R, True, 0.0),
        ev(L, False, 0.5), ev(M, False, 0.5), ev(R, False, 0.5)]


def test_repeated_reports_say_nothing_new() -> None:
    stream = [(0.0, MIDDLE), (0.008, MIDDLE), (0.016, MIDDLE), (0.5, RELEASED),
              (0.508, RELEASED)]
    assert replay(INFINITY_LAYOUT, stream) == [ev(M, True, 0.0), ev(M, False, 0.5)]


def test_contact_bounce_is_one_press() -> None:
    # Pressed, then the contact opens and closes again within a few milliseconds.
    stream = [(0.000, MIDDLE), (0.004, RELEASED), (0.008, MIDDLE), (0.012, RELEASED),
              (0.016, MIDDLE), (0.800, RELEASED)]
    assert replay(INFINITY_LAYOUT, stream) == [ev(M, True, 0.0), ev(M, False, 0.8)]


def test_a_quick_tap_is_reported_once_its_bounce_window_passes() -> None:
    decoder = ReportDecoder(INFINITY_LAYOUT)
    assert decoder.feed(LEFT, 1.000) == [ev(L, True, 1.0)]
    assert decoder.feed(RELEASED, 1.010) == []  # could still be bounce
    assert decoder.pending_until() == pytest.approx(1.0 + DEBOUNCE_S)
    assert decoder.flush(1.020) == []
    assert decoder.flush(1.0 + DEBOUNCE_S) == [ev(L, False, 1.010)]  # dated when it happened
    assert decoder.pending_until() is None
    assert decoder.held() == frozenset()


def test_garbage_between_reports_changes_nothing() -> None:
    stream = [(0.0, RIGHT), (0.1, [0x00]), (0.2, []), (0.3, [0xFF] * 8), (0.4, RELEASED)]
    assert replay(INFINITY_LAYOUT, stream) == [ev(R, True, 0.0), ev(R, False, 0.4)]


def test_unplugging_releases_what_was_held_and_starts_afresh() -> None:
    decoder = ReportDecoder(INFINITY_LAYOUT)
    decoder.feed(LEFT_MIDDLE, 0.0)
    assert decoder.held() == frozenset({L, M})
    assert decoder.release_all(2.0) == [ev(L, False, 2.0), ev(M, False, 2.0)]
    assert decoder.release_all(2.1) == []
    assert decoder.feed(LEFT, 3.0) == [ev(L, True, 3.0)]  # plugged in again: a fresh start


def test_a_held_back_change_that_reverts_is_dropped() -> None:
    decoder = ReportDecoder(INFINITY_LAYOUT)
    decoder.feed(MIDDLE, 0.0)
    decoder.feed(RELEASED, 0.005)
    assert decoder.pending_until() is not None
    decoder.feed(MIDDLE, 0.01)
    assert decoder.pending_until() is None
    assert decoder.flush(1.0) == []


def test_mapping_defaults_to_the_transcription_layout() -> None:
    assert DEFAULT_MAPPING.action(L) is PedalAction.REWIND
    assert DEFAULT_MAPPING.action(M) is PedalAction.HOLD_TO_PLAY
    assert DEFAULT_MAPPING.action(R) is PedalAction.FAST_FORWARD
    swapped = PedalMapping(left=PedalAction.FAST_FORWARD, right=PedalAction.NONE)
    assert swapped.action(L) is PedalAction.FAST_FORWARD
    assert swapped.action(R) is PedalAction.NONE


def test_device_table() -> None:
    infinity = model_for(0x05F3, 0x00FF)
    assert infinity is not None
    assert infinity.layout is INFINITY_LAYOUT
    assert infinity.detected() == DetectedPedal(infinity.name, 0x05F3, 0x00FF, read_here=True)
    assert infinity.detected().usb_id == "05f3:00ff"
    olympus = model_for(0x07B4, 0x0218)
    assert olympus is not None
    assert olympus.layout is None  # types keys: mapped in Settings, never opened here
    assert not olympus.detected().read_here
    assert model_for(0x1234, 0x5678) is None
    assert hid_models() == (infinity,)
    ids = [(m.vendor_id, m.product_id) for m in PEDAL_MODELS]
    assert len(ids) == len(set(ids))
    for model in hid_models():
        assert model.layout is not None
        masks = [(i, m) for _b, i, m in model.layout.bits]
        assert len(masks) == len(set(masks))
        assert all(0 <= i < model.layout.length for i, _m in masks)
