"""Player: waveform, transport (play, jump, replay), speed, volume, zoom, time and duration.

Speed is a number (0.50× to 2.00×, in steps of 0.05: core.playback's grid); the box shows
the speed the player took, so what is shown is what is heard.

Holds: while anything holds playback (`hold(reason)`: an escalation or aftercare dialog is
open, the reviewer is on a break) nothing plays: what plays pauses, play and replay do
nothing, and a clip's autoplay waits until the last hold is released.

The spectrogram view: its button (or toggle_spectrogram) switches the waveform's picture.
The player's spectrogram job for the shown clip runs on the operations' spectrogram lane,
never on the GUI thread, and not inside the key press that changed clip (it is asked for
SPECTROGRAM_DELAY_MS later); a result for a clip no longer shown is dropped. The engine keeps
each clip's spectrogram with the clip.

Reads the Player only through its protocol. Position is polled at ~30 Hz while playing, so
the audio thread never posts to the GUI; engine events (any thread) come in via run_on_main.
The waveform's selection (a TimeSelection, shared with whoever passes it in) is the loop.

Signals:
    state_changed(str): the player's state after a transport change or engine event.
    held_changed(bool): playback became held (True) or free again (False).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.package import Policy, VoiceDisguise
from reviewer.core.playback import (
    MAX_SPEED,
    MIN_SPEED,
    SPEED_STEP,
    Peaks,
    Player,
    PlayerState,
    Spectrogram,
    quantise_speed,
    replay_start,
    step_speed,
)
from reviewer.core.time_selection import TimeSelection
from reviewer.ui.accessibility import status_label
from reviewer.ui.device_wording import device_text
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, clock, number, translate
from reviewer.ui.qt_common import AfterRepaint, buddy, button
from reviewer.ui.qt_flow_layout import FlowLayout
from reviewer.ui.qt_operations import Operations, run_on_main
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_waveform import WaveformWidget

POLL_MS = 33  # ~30 Hz playhead
SPECTROGRAM_LANE = "spectrogram"
SPECTROGRAM_DELAY_MS = 150

log = logging.getLogger(__name__)


PREPARE_RETRY_MS = 50  # looking again for a preloaded clip's peaks (decoded off-thread)
PREPARE_TRIES = 20

class PlayerWidget(QWidget):
    state_changed = Signal(str)
    held_changed = Signal(bool)
    _time_pattern: str | None = None  # the time label's digits pattern; None until it exists

    def __init__(self, player: Player, settings: UiSettings,
                 parent: QWidget | None = None, selection: TimeSelection | None = None,
                 operations: Operations | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.settings = settings
        self._ops = operations if operations is not None else Operations(self)
        self._after_repaint = AfterRepaint(self)
        # The clip whose wave is shown: a spectrogram is wanted for it and for no other
        # (read by the spectrogram worker too, to skip a job whose clip has gone).
        self._shown_peaks: Peaks | None = None
        self._spectrogram_asked: Peaks | None = None
        self.stale_spectrograms = 0  # results dropped because their clip had gone
        self._holds: set[str] = set()  # why nothing may play now (see hold)
        self._autoplay_waiting = False  # the open clip's autoplay, not yet played
        self._heard = False  # the open clip has played (typing is dated from then on)
        self._shown_state: tuple[PlayerState, bool, str] | None = None  # see refresh
        self.waveform = WaveformWidget(selection)
        self.play_button = QToolButton()
        button(self.play_button, translate("PlayerWidget", "Play"), translate("PlayerWidget",
                "Play or pause"))
        # As wide as the longer of its two texts, so switching never elides or shifts it.
        metrics = self.play_button.fontMetrics()
        self.play_button.setMinimumWidth(max(64, 24 + max(
            metrics.horizontalAdvance(translate("PlayerWidget", text))
            for text in (QT_TRANSLATE_NOOP("PlayerWidget", "Play"),
                         QT_TRANSLATE_NOOP("PlayerWidget", "Pause")))))
        self.back_button = button(QToolButton(), translate("PlayerWidget", "Back"), translate(
                "PlayerWidget", "Jump back"))
        self.forward_button = button(QToolButton(), translate("PlayerWidget", "Forward"), translate(
                "PlayerWidget", "Jump forward"))
        self.replay_button = button(QToolButton(), translate("PlayerWidget", "Replay"), translate(
                "PlayerWidget", "Play again from the start"))
        self.replay_last_button = QToolButton()  # worded in apply_settings (its length)
        # Zoom is one menu button, so the player keeps to two rows at large font sizes.
        # A push button draws its menu's arrow beside the text (a tool button, over it).
        self.zoom_button = button(QPushButton(), translate("PlayerWidget", "Zoom"),
                                  translate("PlayerWidget",
                                          "Zoom the waveform (or Ctrl+wheel on it, or Plus and "
                                          "Minus "
                                  "while it has the keyboard)"))
        self.zoom_button.setAutoDefault(False)
        zoom_menu = QMenu(self.zoom_button)
        self.zoom_in_action = zoom_menu.addAction(translate("PlayerWidget", "Zoom &in"))
        self.zoom_out_action = zoom_menu.addAction(translate("PlayerWidget", "Zoom &out"))
        self.zoom_whole_action = zoom_menu.addAction(translate("PlayerWidget", "&Whole clip"))
        self.zoom_button.setMenu(zoom_menu)
        self.spectrogram_button = button(QToolButton(), translate("PlayerWidget", "Spectrogram"),
                                         translate("PlayerWidget",
                                                 "Show the clip's frequencies over time instead of "
                                         "its wave"))
        self.spectrogram_button.setCheckable(True)
        self.speed_box = QDoubleSpinBox()
        self.speed_box.setRange(MIN_SPEED, MAX_SPEED)
        self.speed_box.setSingleStep(SPEED_STEP)
        self.speed_box.setDecimals(2)
        self.speed_box.setSuffix("×")
        self.speed_box.setValue(1.0)
        self.speed_box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.speed_box.setKeyboardTracking(False)  # typed digits apply on Return or leaving
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(100)
        self.volume_slider.setMinimumWidth(80)
        self.volume_slider.setMaximumWidth(140)
        self.time_label = status_label(QLabel("0:00.0 / 0:00.0"),
                                       translate("PlayerWidget", "Time"))
        self._time_pattern = ""
        self._fit_time_label(self.time_label.text())
        self.disguise_box = QCheckBox()
        button(self.disguise_box, translate("PlayerWidget", "Disguise voice"),
               translate("PlayerWidget",
                       "Shift the speaker's voice so it cannot be recognised; words stay clear"))
        self.disguise_box.setVisible(False)
        self.device_label = QLabel()
        self.device_label.setWordWrap(True)
        self.retry_button = button(QPushButton(), translate("PlayerWidget", "Retry audio device"))

        # Two rows, so the player stays narrow with large fonts; each wraps when a long
        # translation would make the window wider than the screen (FlowLayout).
        transport = FlowLayout(spacing=6, group_spacing=6)
        for w in (self.play_button, self.back_button, self.forward_button, self.replay_button,
                  self.replay_last_button):
            transport.add_group(w)
        transport.add_group(self.time_label, right=True)
        shaping = FlowLayout()
        shaping.add_group(buddy(translate("PlayerWidget", "&Speed"), self.speed_box),
                          self.speed_box)
        shaping.add_group(buddy(translate("PlayerWidget", "&Volume"), self.volume_slider),
                          self.volume_slider)
        shaping.add_group(self.disguise_box)
        shaping.add_group(self.spectrogram_button, self.zoom_button, right=True)
        device_row = QHBoxLayout()
        device_row.addWidget(self.device_label, 1)
        device_row.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.waveform)
        layout.addLayout(transport)
        layout.addLayout(shaping)
        layout.addLayout(device_row)

        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._tick)
        self._spectrogram_timer = QTimer(self, singleShot=True, interval=SPECTROGRAM_DELAY_MS)
        self._spectrogram_timer.timeout.connect(self._request_spectrogram)
        self.spectrogram_button.toggled.connect(self._spectrogram_toggled)
        self.play_button.clicked.connect(self.toggle)
        self.back_button.clicked.connect(lambda: self.jump(-1))
        self.forward_button.clicked.connect(lambda: self.jump(+1))
        self.replay_button.clicked.connect(self.replay)
        self.replay_last_button.clicked.connect(self.replay_last)
        self.zoom_in_action.triggered.connect(
            lambda: self.waveform.set_zoom(self.waveform.zoom * 2))
        self.zoom_out_action.triggered.connect(
            lambda: self.waveform.set_zoom(self.waveform.zoom / 2))
        self.zoom_whole_action.triggered.connect(lambda: self.waveform.set_zoom(1.0))
        self.speed_box.valueChanged.connect(self.set_speed)
        self.volume_slider.valueChanged.connect(lambda v: self.player.set_volume(v / 100))
        self.waveform.seek_requested.connect(self.seek)
        self.waveform.loop_selected.connect(self._set_loop)
        self.retry_button.clicked.connect(self.retry_device)
        self.disguise_box.toggled.connect(lambda on: self.player.set_disguise(on))
        player.add_listener(lambda event: run_on_main(lambda: self._on_event(event)))
        settings.changed.connect(self.apply_settings)
        self.apply_settings()
        self.refresh()

    # ------------------------------------------------------------------ actions
    def apply_settings(self) -> None:
        self.player.set_backstep(self.settings.backstep_seconds)
        seconds = self.settings.replay_seconds
        button(self.replay_last_button,
               translate("PlayerWidget", "Last {seconds} s").format(seconds=number(seconds)),
               translate("PlayerWidget", "Play the last {seconds} seconds again").format(
                   seconds=number(seconds)))
        device = self.settings.audio_device
        if device:
            self.player.set_device(device)

    def set_policy(self, policy: Policy | None) -> None:
        """Voice disguise is offered when the package allows it, on when it says so."""
        mode = policy.voice_disguise if policy else VoiceDisguise.OFF
        self.disguise_box.setVisible(mode is not VoiceDisguise.OFF)
        on = mode is VoiceDisguise.DEFAULT_ON
        if self.disguise_box.isChecked() != on:
            self.disguise_box.setChecked(on)  # toggled -> player.set_disguise
        else:
            self.player.set_disguise(on)

    def loaded(self) -> None:
        """The current clip's audio is in the player: draw it and reset the view."""
        self._heard = False
        self._show_wave(self.player.peaks(), self.player.duration())
        self.set_speed(self.speed_box.value())
        self.player.set_volume(self.volume_slider.value() / 100)
        self.refresh()

    def _on_event(self, event: str) -> None:
        """An engine event, now on the GUI thread. Decoding is asynchronous: the waveform
        arrives with "loaded"."""
        if event == "loaded" or (self.waveform._peaks is None
                                 and self.player.state() is not PlayerState.EMPTY):
            peaks = self.player.peaks()
            if peaks is not None:
                self._show_wave(peaks, self.player.duration())
        self.refresh()

    def prepare(self, key: str, tries: int = PREPARE_TRIES) -> None:
        """The clip `key` comes next: draw its wave now, while this one plays. The engine
        decodes a preload on its own thread, so its peaks may not be there yet: look again
        a little later (a few times; a clip that never comes is simply drawn when shown)."""
        peaks = self.player.prepared_peaks(key)
        if peaks is not None:
            self.waveform.prepare(peaks)
        elif tries > 1:
            QTimer.singleShot(PREPARE_RETRY_MS, lambda: self.prepare(key, tries - 1))

    def unloaded(self) -> None:
        self._heard = False
        self._autoplay_waiting = False  # it was the last clip's
        self._show_wave(None, 0.0)
        self.refresh()

    def _show_wave(self, peaks: Peaks | None, duration: float) -> None:
        self.waveform.set_peaks(peaks, duration)
        if peaks is not self._shown_peaks:
            self._shown_peaks = peaks
            if peaks is not None and self.spectrogram_button.isChecked():
                self._spectrogram_timer.start()  # after the key press that changed clip

    # ------------------------------------------------------------------ spectrogram
    def toggle_spectrogram(self) -> None:
        self.spectrogram_button.toggle()

    def _spectrogram_toggled(self, on: bool) -> None:
        self.waveform.set_view_spectrogram(on)
        if on:
            self._request_spectrogram()
        else:
            self._spectrogram_timer.stop()

    def _request_spectrogram(self) -> None:
        """Ask for the shown clip's spectrogram on the worker (once; the engine keeps it)."""
        peaks = self._shown_peaks
        if (peaks is None or not self.spectrogram_button.isChecked()
                or self.waveform.spectrogram is not None or self._spectrogram_asked is peaks
                or self._ops.closed or self.player.peaks() is not peaks):
            return
        job = self.player.spectrogram_job()
        if job is None:
            return
        self._spectrogram_asked = peaks

        def work() -> Spectrogram | None:
            # Not begun when its clip has gone already (clips switched quickly).
            return job() if self._shown_peaks is peaks else None

        self._ops.run(work, on_success=lambda s: self._spectrogram_ready(peaks, s),
                      on_failure=lambda exc: self._spectrogram_failed(peaks, exc),
                      lane=SPECTROGRAM_LANE)

    def _spectrogram_ready(self, peaks: Peaks, spectrogram: Spectrogram | None) -> None:
        if self._spectrogram_asked is peaks:
            self._spectrogram_asked = None
        if spectrogram is None or peaks is not self._shown_peaks:
            self.stale_spectrograms += 1  # another clip is shown now: not this one's picture
            return
        self.waveform.set_spectrogram(spectrogram)

    def _spectrogram_failed(self, peaks: Peaks, exc: BaseException) -> None:
        if self._spectrogram_asked is peaks:
            self._spectrogram_asked = None
        log.warning("spectrogram not computed (%s)", type(exc).__name__)
        if peaks is self._shown_peaks:
            self.spectrogram_button.setChecked(False)  # back to the wave

    def heard_position(self) -> float | None:
        """Where playback is, once the open clip has been played; None before (what is
        typed then was not typed while listening)."""
        return self.player.position() if self._heard else None

    # ------------------------------------------------------------------ holds
    @property
    def held(self) -> bool:
        return bool(self._holds)

    def hold(self, reason: str) -> None:
        """Nothing plays until `reason` (and every other hold) is released: playback pauses
        now (a clip still decoding does not start either) and autoplay waits."""
        was_held = self.held
        self._holds.add(reason)
        state = self.player.state()
        if state in (PlayerState.PLAYING, PlayerState.EMPTY):
            self.player.pause()  # EMPTY: cancels a play() waiting for the clip to decode
        if not was_held:
            self.held_changed.emit(True)
        self.refresh()

    def release(self, reason: str) -> None:
        """`reason` no longer holds playback; with no hold left, a waiting autoplay plays."""
        if reason not in self._holds:
            return
        self._holds.discard(reason)
        if not self._holds:
            self.held_changed.emit(False)
            if self._autoplay_waiting:
                self.play()
        self.refresh()

    def autoplay(self) -> None:
        """Play the clip that just opened: once the window has shown it, or when the last
        hold is released. Starting the stream primes PortAudio's buffers through the Python
        callback, which would take the interpreter from the repaint of the clip switch."""
        self._autoplay_waiting = True
        self._after_repaint.call(self._autoplay_now)

    def _autoplay_now(self) -> None:
        if self._autoplay_waiting:  # not played by hand, nor unloaded, meanwhile
            self.play()

    # ------------------------------------------------------------------ transport
    def toggle(self) -> None:
        if self.held and self.player.state() is not PlayerState.PLAYING:
            return
        self.player.toggle()
        self.refresh()

    def play(self) -> None:
        if self.held:
            return
        self.player.play()
        self.refresh()

    def pause(self) -> None:
        self.player.pause()
        self.refresh()

    def replay(self) -> None:
        if self.held:
            return
        self.player.replay()
        self.refresh()

    def replay_last(self) -> None:
        """Play the last seconds again (Settings says how many): from that much before
        what is being heard, within the loop while the playhead is in it."""
        if self.held or self.player.state() is PlayerState.EMPTY:
            return
        time = self.waveform.selection.range
        loop = (time.start, time.end) if time is not None else None
        self.player.seek(replay_start(self.player.position(), self.settings.replay_seconds,
                                      loop))
        self.play()

    def jump(self, direction: int) -> None:
        self.player.jump(direction * self.settings.jump_seconds)
        self._tick()

    def seek(self, seconds: float) -> None:
        self.player.seek(seconds)
        self._tick()

    @property
    def speed(self) -> float:
        """The speed shown (and asked of the player)."""
        return quantise_speed(self.speed_box.value())

    def change_speed(self, steps: int) -> None:
        """Faster (+) or slower (-) by `steps` steps of 0.05, within 0.5-2.0."""
        self.set_speed(step_speed(self.speed_box.value(), steps))

    def set_speed(self, speed: float) -> None:
        """Play at `speed` (put on the grid) and show the speed the player took."""
        self.player.set_speed(quantise_speed(speed))
        taken = quantise_speed(self.player.speed())
        if self.speed_box.value() != taken:
            with QSignalBlocker(self.speed_box):
                self.speed_box.setValue(taken)

    def _set_loop(self, region: tuple[float, float] | None) -> None:
        self.player.set_loop(*(region or (None, None)))

    def retry_device(self) -> None:
        self.player.retry_device()
        self.refresh()

    # ------------------------------------------------------------------ display
    def refresh(self) -> None:
        state = self.player.state()
        playing = state is PlayerState.PLAYING
        self._heard = self._heard or playing
        if playing:
            self._autoplay_waiting = False  # it played
        status = self.player.device_status()
        # A clip switch refreshes several times (unload, load, play, engine events): only a
        # change touches the widgets, each Qt call being a chance for another thread to take
        # the interpreter from the switch.
        shown = (state, status.available, status.message)
        if shown != self._shown_state:
            self._shown_state = shown
            label = (translate("PlayerWidget", "Pause") if playing
                     else translate("PlayerWidget", "Play"))
            self.play_button.setText(label)
            self.play_button.setAccessibleName(label)
            has_clip = state is not PlayerState.EMPTY
            for w in (self.play_button, self.back_button, self.forward_button,
                      self.replay_button, self.replay_last_button):
                w.setEnabled(has_clip)
            self.device_label.setText("" if status.available else translate(
                    "PlayerWidget", "{problem} Playback is off; you can still read and type. "
                    "Connect a device and choose Retry.").format(problem=device_text(status)))
            self.device_label.setVisible(not status.available)
            self.retry_button.setVisible(not status.available)
        if playing and not self._poll.isActive():
            self._poll.start()
        elif not playing:
            self._poll.stop()
        self._tick()
        # Every refresh, not only a change seen here: the engine's events arrive queued, so
        # this view can miss a state in between (paused by the other window, then played).
        self.state_changed.emit(state.value)

    def _fit_time_label(self, text: str) -> None:
        """Give the time a fixed size, that of its widest digits: a label of fixed size
        changes its text without laying out the window again (ten times a second while
        playing, and on every clip switch)."""
        pattern = "".join("0" if c.isdigit() else c for c in text)
        if pattern == self._time_pattern or self._time_pattern is None:
            return
        self._time_pattern = pattern
        metrics = self.time_label.fontMetrics()
        width = max(metrics.horizontalAdvance(pattern.replace("0", d)) for d in "0123456789")
        margins = self.time_label.contentsMargins()
        self.time_label.setFixedSize(width + margins.left() + margins.right() + 2,
                                     metrics.height() + margins.top() + margins.bottom())

    def changeEvent(self, event: QEvent) -> None:
        if self._time_pattern is not None and event.type() in (QEvent.Type.FontChange,
                                                                 QEvent.Type.StyleChange):
            self._time_pattern = ""  # measured again with the new font
            self._fit_time_label(self.time_label.text())
        super().changeEvent(event)

    def _tick(self) -> None:
        position, duration = self.player.position(), self.player.duration()
        self.waveform.set_position(position)
        text = f"{clock(position)} / {clock(duration)}"
        if text != self.time_label.text():
            self._fit_time_label(text)
            self.time_label.setText(text)
        # Its name (what a screen reader reads) moves in whole seconds: the text changes 30
        # times a second while playing, and each name change is a message to the reader.
        spoken = QCoreApplication.translate("PlayerWidget", "{position} s of {duration} s").format(
            position=int(position + 0.5), duration=f"{duration:.1f}")
        if spoken != self.time_label.accessibleName():
            self.time_label.setAccessibleName(spoken)
        if self._poll.isActive() and self.player.state() is not PlayerState.PLAYING:
            self.refresh()
