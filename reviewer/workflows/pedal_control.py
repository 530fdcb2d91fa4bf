"""Pedal events to player actions: hold-to-play with an automatic back-step, rewind and fast
forward that repeat while held, play/pause.

Runs on the window's thread (the pedal source's events are marshalled there first) and is
plain Python: tests drive it with a fake player and timers fired by hand.

Rules:
- `enabled` False (the window sets it while a dialog that blocks playback is open) or a
  `may_play` guard that says no (a content warning not yet acknowledged, a modal dialog):
  presses are ignored. Turning `enabled` off while a pedal plays pauses it.
- No clip open (the player is empty): presses are ignored, and `notify` says why once per
  press.
- A release only acts on a press that acted: a pedal pressed while disabled does nothing when
  it comes up later.
- Hold-to-play: press plays; release pauses and steps back `backstep_s` seconds (when it was
  playing), unless another hold-to-play pedal is still down.
- Rewind / fast forward: one jump of `jump_s` per press, then one more every REPEAT_MS while
  held.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from reviewer.core.pedals import (
    DEFAULT_MAPPING,
    PedalAction,
    PedalButton,
    PedalEvent,
    PedalMapping,
)
from reviewer.core.playback import DEFAULT_BACKSTEP_S, DEFAULT_JUMP_S, Player, PlayerState
from reviewer.core.review import Timer, TimerFactory

REPEAT_MS = 400  # while rewind / fast forward is held: one more jump this often
NO_CLIP = "Foot pedal: no clip is open."


class PedalController:
    def __init__(self, player: Player, timer: TimerFactory, *,
                 mapping: PedalMapping = DEFAULT_MAPPING,
                 backstep_s: float = DEFAULT_BACKSTEP_S, jump_s: float = DEFAULT_JUMP_S,
                 may_play: Callable[[], bool] = lambda: True,
                 notify: Callable[[str], None] = lambda _text: None) -> None:
        self.player = player
        self.mapping = mapping
        self.backstep_s = max(0.0, backstep_s)
        self.jump_s = max(0.0, jump_s)
        self.may_play = may_play
        self.notify = notify
        self._enabled = True
        self._active: dict[PedalButton, PedalAction] = {}  # pressed and acted on
        self._repeat: dict[PedalButton, Timer] = {
            button: timer(REPEAT_MS, partial(self._repeat_jump, button))
            for button in PedalButton}

    # ------------------------------------------------------------------ settings
    def configure(self, *, mapping: PedalMapping | None = None,
                  backstep_s: float | None = None, jump_s: float | None = None) -> None:
        if mapping is not None and mapping != self.mapping:
            self.release_all()  # a held pedal must not keep its old meaning
            self.mapping = mapping
        if backstep_s is not None:
            self.backstep_s = max(0.0, backstep_s)
        if jump_s is not None:
            self.jump_s = max(0.0, jump_s)

    @property
    def enabled(self) -> bool:
        return self._enabled

    @enabled.setter
    def enabled(self, on: bool) -> None:
        if not on and self._enabled:
            self._drop_all(pause=True)
        self._enabled = on

    @property
    def held(self) -> frozenset[PedalButton]:
        """The pedals that are down and acted on."""
        return frozenset(self._active)

    # ------------------------------------------------------------------ events
    def handle(self, event: PedalEvent) -> None:
        if event.pressed:
            self._press(event.button)
        else:
            self._release(event.button)

    def release_all(self) -> None:
        """Every held pedal comes up (the device went away, the pedals were turned off)."""
        for button in list(self._active):
            self._release(button)

    def _press(self, button: PedalButton) -> None:
        if button in self._active or not self._enabled or not self.may_play():
            return
        action = self.mapping.action(button)
        if action is PedalAction.NONE:
            return
        if self.player.state() is PlayerState.EMPTY:
            self.notify(NO_CLIP)
            return
        self._active[button] = action
        if action is PedalAction.HOLD_TO_PLAY:
            if self.player.state() is not PlayerState.PLAYING:
                self.player.play()
        elif action is PedalAction.PLAY_PAUSE:
            self.player.toggle()
        else:
            self._jump(action)
            self._repeat[button].start()

    def _release(self, button: PedalButton) -> None:
        action = self._active.pop(button, None)
        self._repeat[button].stop()
        if action is PedalAction.HOLD_TO_PLAY and not self._hold_still_down():
            self._pause_with_backstep()

    def _repeat_jump(self, button: PedalButton) -> None:
        action = self._active.get(button)
        if action not in (PedalAction.REWIND, PedalAction.FAST_FORWARD):
            return
        if self.player.state() is PlayerState.EMPTY or not self.may_play():
            return
        assert action is not None
        self._jump(action)
        self._repeat[button].start()

    # ------------------------------------------------------------------ helpers
    def _jump(self, action: PedalAction) -> None:
        step = -self.jump_s if action is PedalAction.REWIND else self.jump_s
        self.player.jump(step)

    def _hold_still_down(self) -> bool:
        return any(a is PedalAction.HOLD_TO_PLAY for a in self._active.values())

    def _pause_with_backstep(self) -> None:
        if self.player.state() is not PlayerState.PLAYING:
            return
        self.player.pause()
        if self.backstep_s > 0:
            # A jump after the pause: the engine's own back-step on resume is cleared by it,
            # so the reviewer hears exactly `backstep_s` again on the next press.
            self.player.jump(-self.backstep_s)

    def _drop_all(self, pause: bool) -> None:
        holding = self._hold_still_down()
        for button in list(self._active):
            self._repeat[button].stop()
        self._active.clear()
        if pause and holding and self.player.state() is PlayerState.PLAYING:
            self.player.pause()
