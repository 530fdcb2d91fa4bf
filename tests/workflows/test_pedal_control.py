"""Pedal events to player actions, with a player that keeps time by hand and timers fired by
hand (tests/support/loop.py)."""

from __future__ import annotations

from typing import Any, cast

import pytest

from reviewer.core.pedals import PedalAction, PedalButton, PedalEvent, PedalMapping
from reviewer.core.playback import Player, PlayerState
from reviewer.workflows.pedal_control import NO_CLIP, REPEAT_MS, PedalController
from tests.support.loop import Clock, Timers

L, M, R = PedalButton.LEFT, PedalButton.MIDDLE, PedalButton.RIGHT


class TransportPlayer:
    """The transport of a Player: state and position; position moves with the clock while
    playing. Records every call."""

    def __init__(self, clock: Clock, duration: float = 30.0, loaded: bool = True) -> None:
        self.clock = clock
        self.calls: list[str] = []
        self._state = PlayerState.STOPPED if loaded else PlayerState.EMPTY
        self._pos = 0.0
        self._since = clock()
        self.duration = duration

    def _now_pos(self) -> float:
        if self._state is PlayerState.PLAYING:
            return min(self.duration, self._pos + self.clock() - self._since)
        return self._pos

    def position(self) -> float:
        return self._now_pos()

    def state(self) -> PlayerState:
        return self._state

    def play(self) -> None:
        self.calls.append("play")
        if self._state is not PlayerState.EMPTY:
            self._pos, self._since = self._now_pos(), self.clock()
            self._state = PlayerState.PLAYING

    def pause(self) -> None:
        self.calls.append("pause")
        if self._state is PlayerState.PLAYING:
            self._pos = self._now_pos()
            self._state = PlayerState.PAUSED

    def toggle(self) -> None:
        self.calls.append("toggle")
        if self._state is PlayerState.PLAYING:
            self._pos = self._now_pos()
            self._state = PlayerState.PAUSED
        elif self._state is not PlayerState.EMPTY:
            self._since = self.clock()
            self._state = PlayerState.PLAYING

    def jump(self, delta_seconds: float) -> None:
        self.calls.append(f"jump {delta_seconds:+g}")
        self._pos = min(max(0.0, self._now_pos() + delta_seconds), self.duration)
        self._since = self.clock()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def timers() -> Timers:
    return Timers()


@pytest.fixture
def player(clock: Clock) -> TransportPlayer:
    return TransportPlayer(clock)


def make(player: TransportPlayer, timers: Timers, **kw: Any) -> PedalController:
    return PedalController(cast(Player, player), timers, **kw)


def press(c: PedalController, button: PedalButton, at: float = 0.0) -> None:
    c.handle(PedalEvent(button, True, at))


def release(c: PedalController, button: PedalButton, at: float = 0.0) -> None:
    c.handle(PedalEvent(button, False, at))


def test_hold_to_play_plays_while_held_and_steps_back_on_release(
        clock: Clock, timers: Timers, player: TransportPlayer) -> None:
    c = make(player, timers, backstep_s=1.5)
    press(c, M)
    assert player.state() is PlayerState.PLAYING
    clock.now += 4.0  # the reviewer listens for four seconds
    release(c, M)
    assert player.state() is PlayerState.PAUSED
    assert player.position() == pytest.approx(2.5)  # 4 s heard, 1.5 s back
    assert player.calls == ["play", "pause", "jump -1.5"]
    press(c, M)  # and on from there
    clock.now += 1.0
    release(c, M)
    assert player.position() == pytest.approx(2.0)


def test_no_backstep_when_set_to_zero_or_when_playback_already_stopped(
        clock: Clock, timers: Timers, player: TransportPlayer) -> None:
    c = make(player, timers, backstep_s=0.0)
    press(c, M)
    clock.now += 3.0
    release(c, M)
    assert player.position() == pytest.approx(3.0)
    assert player.calls == ["play", "pause"]
    c.configure(backstep_s=2.0)
    press(c, M)
    player.pause()  # the clip ended (or the reviewer paused by key) while the pedal was down
    player.calls.clear()
    release(c, M)
    assert player.calls == []  # nothing to pause, so nothing to step back from


def test_hold_while_already_playing_keeps_playing_then_pauses(
        clock: Clock, timers: Timers, player: TransportPlayer) -> None:
    c = make(player, timers)
    player.play()  # started by the play key
    press(c, M)
    assert player.calls == ["play"]  # not played twice
    release(c, M)
    assert player.state() is PlayerState.PAUSED


def test_rewind_jumps_per_press_and_repeats_while_held(
        clock: Clock, timers: Timers, player: TransportPlayer) -> None:
    c = make(player, timers, jump_s=2.0)
    player.jump(20.0)
    player.calls.clear()
    press(c, L)
    assert player.position() == pytest.approx(18.0)
    timers.fire(REPEAT_MS)
    timers.fire(REPEAT_MS)
    assert player.position() == pytest.approx(14.0)
    release(c, L)
    timers.fire(REPEAT_MS)  # disarmed by the release
    assert player.calls == ["jump -2", "jump -2", "jump -2"]
    press(c, R)
    release(c, R)  # a tap: one jump
    timers.fire(REPEAT_MS)
    assert player.position() == pytest.approx(16.0)


def test_a_chord_rewinds_while_playing(clock: Clock, timers: Timers,
                                       player: TransportPlayer) -> None:
    c = make(player, timers, jump_s=2.0, backstep_s=1.0)
    press(c, M)
    clock.now += 10.0
    press(c, L)  # go back while still holding play
    assert player.state() is PlayerState.PLAYING
    assert player.position() == pytest.approx(8.0)
    release(c, L)
    clock.now += 1.0
    release(c, M)
    assert player.position() == pytest.approx(8.0)  # 9 s, back-step 1 s
    assert c.held == frozenset()


def test_two_hold_pedals_pause_when_the_last_comes_up(
        clock: Clock, timers: Timers, player: TransportPlayer) -> None:
    both = PedalMapping(left=PedalAction.HOLD_TO_PLAY, middle=PedalAction.HOLD_TO_PLAY)
    c = make(player, timers, mapping=both)
    press(c, L)
    press(c, M)
    release(c, L)
    assert player.state() is PlayerState.PLAYING
    release(c, M)
    assert player.state() is PlayerState.PAUSED


def test_play_pause_toggles_per_press(timers: Timers, player: TransportPlayer) -> None:
    c = make(player, timers, mapping=PedalMapping(right=PedalAction.PLAY_PAUSE))
    press(c, R)
    release(c, R)
    assert player.state() is PlayerState.PLAYING
    press(c, R)
    release(c, R)
    assert player.state() is PlayerState.PAUSED
    assert player.calls == ["toggle", "toggle"]


def test_unmapped_pedal_does_nothing(timers: Timers, player: TransportPlayer) -> None:
    c = make(player, timers, mapping=PedalMapping(left=PedalAction.NONE))
    press(c, L)
    release(c, L)
    timers.fire(REPEAT_MS)
    assert player.calls == []


def test_no_clip_open_says_so_and_does_nothing(clock: Clock, timers: Timers) -> None:
    empty = TransportPlayer(clock, loaded=False)
    said: list[str] = []
    c = make(empty, timers, notify=said.append)
    press(c, M)
    release(c, M)
    press(c, L)
    timers.fire(REPEAT_MS)
    release(c, L)
    assert empty.calls == []
    assert said == [NO_CLIP, NO_CLIP]


def test_disabled_while_a_dialog_blocks_playback(clock: Clock, timers: Timers,
                                                 player: TransportPlayer) -> None:
    c = make(player, timers)
    c.enabled = False
    press(c, M)
    press(c, L)
    assert player.calls == []
    c.enabled = True
    release(c, M)  # pressed while disabled: its release does nothing either
    release(c, L)
    assert player.calls == []
    assert c.enabled


def test_disabling_while_held_pauses_and_forgets_the_press(
        clock: Clock, timers: Timers, player: TransportPlayer) -> None:
    c = make(player, timers, backstep_s=1.0)
    press(c, M)
    press(c, L)
    clock.now += 5.0
    c.enabled = False  # e.g. the escalation dialog opened
    assert player.state() is PlayerState.PAUSED
    timers.fire(REPEAT_MS)  # the rewind stopped repeating
    player.calls.clear()
    c.enabled = True
    release(c, M)
    release(c, L)
    assert player.calls == []  # no late back-step once the dialog closed


def test_guard_blocks_presses_and_repeats(clock: Clock, timers: Timers,
                                          player: TransportPlayer) -> None:
    allowed = [True]
    c = make(player, timers, may_play=lambda: allowed[0])
    allowed[0] = False  # a content warning not yet acknowledged
    press(c, M)
    assert player.calls == []
    allowed[0] = True
    press(c, L)
    allowed[0] = False  # a modal dialog opened while rewinding
    timers.fire(REPEAT_MS)
    assert player.calls == ["jump -2"]


def test_rewind_stops_repeating_when_the_clip_goes_away(clock: Clock, timers: Timers) -> None:
    player = TransportPlayer(clock)
    c = make(player, timers)
    player.jump(10.0)
    press(c, L)
    player._state = PlayerState.EMPTY  # the clip was submitted while the pedal was held
    timers.fire(REPEAT_MS)
    timers.fire(REPEAT_MS)
    assert player.calls == ["jump +10", "jump -2"]


def test_release_all_ends_every_press(clock: Clock, timers: Timers,
                                      player: TransportPlayer) -> None:
    c = make(player, timers, backstep_s=1.0)
    press(c, M)
    press(c, R)
    clock.now += 3.0
    c.release_all()  # the pedal was unplugged while held
    assert player.state() is PlayerState.PAUSED
    assert c.held == frozenset()
    timers.fire(REPEAT_MS)
    assert player.calls == ["play", "jump +2", "pause", "jump -1"]


def test_a_new_mapping_releases_held_pedals_first(clock: Clock, timers: Timers,
                                                  player: TransportPlayer) -> None:
    c = make(player, timers)
    press(c, M)
    c.configure(mapping=PedalMapping(middle=PedalAction.PLAY_PAUSE), jump_s=5.0)
    assert player.state() is PlayerState.PAUSED
    assert c.jump_s == 5.0
    release(c, M)  # not toggled by the release of a press under the old mapping
    assert player.calls == ["play", "pause", "jump -1"]
    c.configure(mapping=PedalMapping(middle=PedalAction.PLAY_PAUSE))  # the same: no release
    press(c, M)
    assert player.state() is PlayerState.PLAYING


def test_a_second_press_without_release_is_ignored(timers: Timers,
                                                   player: TransportPlayer) -> None:
    c = make(player, timers)
    press(c, L)
    press(c, L)
    assert player.calls == ["jump -2"]
