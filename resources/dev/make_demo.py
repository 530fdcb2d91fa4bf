"""Generates the bundled demo work package, resources/demo/package/ (committed).

Needs espeak-ng and sox at build time only (`apt-get install espeak-ng sox`); the app and the
tests use the committed files. Run from the repository root:

    .venv/bin/python resources/dev/make_demo.py

The clips are synthetic speech to a fictional assistant ("Nova"). They show what a reviewer
meets: a spoken card number and a contact's name (critical data), an accidental activation
(TV in the background, no command), a clip flagged by upstream screening (content_warning,
mild content), automatic transcripts with realistic recognition errors, and assistant answers
that read out contact details (masked by the identity gate at import). All names, numbers and
addresses are invented; the card number is the well-known 4111... test number.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "demo" / "package"
RATE = 16000
# Opaque ids of reviewer-package/1: a prefix, "_" and 32 hex digits (128 bits).
PACKAGE_ID = "demo_5e1f0c3a9b7d4e2f8a6c1b0d9e8f7a6b"

HEADER = {
    "format": "reviewer-package/1",
    "package_id": PACKAGE_ID,
    "task": "transcribe",
    "locale": "en-US",
    "created": "2026-11-20",
    "retention_days": 30,
    "policy": {"critical_export": "redacted", "voice_disguise": "available",
               "max_clip_seconds": 30},
    "questions": [
        {"id": "wake_intent", "prompt": "Was the assistant addressed on purpose?",
         "kind": "choice", "options": ["yes", "no", "unsure"], "required": True},
        {"id": "response_quality", "prompt": "Did the assistant's answer fit the request?",
         "kind": "choice", "options": ["good", "partly", "wrong", "no answer needed"],
         "required": False},
        {"id": "reviewer_note", "prompt": "Anything a lead should know about this clip?",
         "kind": "text", "required": False},
    ],
}


@dataclass(frozen=True)
class Clip:
    said: str  # what espeak-ng speaks
    pred_text: str  # the assistant's automatic transcript, with realistic errors
    assistant_response: str
    fmt: str  # output container: WAV, FLAC or OGG
    voice: str = "en-us"
    speed: int = 160
    pitch: int = 50
    content_warning: bool = False
    tv_noise: bool = False  # accidental activation: speech from a TV under room noise


CLIPS = [
    Clip("Hey Nova, set a timer for ten minutes.",
         "hey nova set a timer for ten minutes", "Timer set for 10 minutes.", "WAV"),
    Clip("Hey Nova, call Maria Delgado on her mobile.",
         "hey nova call maria del gato on her mobile",
         "Calling Maria Delgado, mobile, +1 415 555 0142.", "FLAC", "en-us+f3", 150, 60),
    Clip("Hey Nova, pay the electricity bill with card four one one one, one one one one, "
         "one one one one, one one one one.",
         "hey nova pay the electricity bill with card 4111 1111 1111 111",
         "I can't take card details by voice. Please finish the payment in the app.",
         "OGG", "en-gb", 165, 45),
    Clip("And in tonight's weather, expect showers moving in from the west, "
         "clearing by the morning.",
         "and tonight's whether expect showers moving from the west",
         "Sorry, I didn't catch that.", "WAV", "en-gb+m3", 175, 40, tv_noise=True),
    Clip("Hey Nova, my neighbour keeps shouting at his dog and it's really upsetting me. "
         "What can I do?",
         "hey nova my neighbor keeps shouting at his dog and it's really upsetting me what "
         "can i do",
         "I'm sorry to hear that. Would you like the number of the local animal welfare line?",
         "FLAC", "en-us+f2", 145, 55, content_warning=True),
    Clip("Hey Nova, what's the weather like tomorrow morning?",
         "hey nova what's the weather like tomorrow mourning",
         "Tomorrow morning will be cloudy with a high of 14 degrees.", "OGG", "en-us", 170),
    Clip("Hey Nova, add oat milk, eggs and two lemons to my shopping list.",
         "hey nova add oat milk eggs and to lemons to my shopping list",
         "Added oat milk, eggs and two lemons to your shopping list.", "WAV", "en-gb", 160),
    Clip("Hey Nova, play some quiet jazz in the kitchen.",
         "hey nova play some quiet jars in the kitchen",
         "Playing quiet jazz in the kitchen.", "FLAC", "en-us+m3", 155, 35),
    Clip("Hey Nova, remind me to call the dentist on Thursday at nine.",
         "hey nova remind me to call the dentist on thursday at nine",
         "OK, I'll remind you on Thursday at 9 AM to call the dentist.", "OGG",
         "en-us+f4", 165, 65),
    Clip("Hey Nova, text Tom that I'm running ten minutes late.",
         "hey nova text tom that i'm running ten minutes late",
         "Sending to Tom Becker at tom.becker@example.com: I'm running ten minutes late.",
         "WAV", "en-gb+m1", 170),
    Clip("Hey Nova, how do I get to forty two Elm Street?",
         "hey nova how do i get to 42 elm street",
         "Starting directions to 42 Elm Street. It's 12 minutes by car.", "FLAC",
         "en-us+f1", 160, 55),
]


def speak(text: str, voice: str, speed: int, pitch: int, work: Path) -> np.ndarray:
    """espeak-ng speech resampled to 16 kHz mono by sox, as float32 samples."""
    raw = work / "raw.wav"
    out = work / "speech.wav"
    with raw.open("wb") as fh:
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch),
                        "--stdout", text], stdout=fh, check=True)
    subprocess.run(["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out),
                    "pad", "0.35", "0.45", "gain", "-n", "-3"], check=True)
    samples, _ = sf.read(out, dtype="float32")
    return np.asarray(samples)


def tv_scene(clip: Clip, work: Path) -> np.ndarray:
    """A newsreader through a small TV speaker, under room noise and far-off chatter."""
    news = speak(clip.said, clip.voice, clip.speed, clip.pitch, work)
    chatter = speak("Did you see where I put the keys? They were on the table a minute ago.",
                    "en-us+f2", 150, 60, work)
    tv = work / "tv.wav"
    sf.write(tv, news, RATE, subtype="PCM_16")
    filtered = work / "tv_filtered.wav"
    subprocess.run(["sox", str(tv), str(filtered), "highpass", "300", "lowpass", "3400",
                    "overdrive", "5", "gain", "-n", "-6"], check=True)
    band, _ = sf.read(filtered, dtype="float32")
    rng = np.random.default_rng(7)
    mix = np.asarray(band, dtype=np.float32)
    far = np.zeros_like(mix)
    far[: min(len(chatter), len(mix))] = chatter[: len(mix)] * 0.12
    hiss = rng.standard_normal(len(mix)).astype(np.float32)
    hiss = np.convolve(hiss, np.ones(8, dtype=np.float32) / 8, mode="same") * 0.03
    return np.clip(mix * 0.8 + far + hiss, -1.0, 1.0).astype(np.float32)


def encode(samples: np.ndarray, fmt: str) -> bytes:
    buf = io.BytesIO()
    subtype = {"WAV": "PCM_16", "FLAC": "PCM_16", "OGG": "VORBIS"}[fmt]
    sf.write(buf, samples, RATE, format=fmt, subtype=subtype)
    return buf.getvalue()


def clip_id(n: int, clip: Clip) -> str:
    digest = hashlib.sha256(f"{PACKAGE_ID}/{n}/{clip.said}".encode()).hexdigest()
    return f"c_{digest[:32]}"


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    (OUT / "audio").mkdir(parents=True)
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for n, clip in enumerate(CLIPS, start=1):
            samples = (tv_scene(clip, work) if clip.tv_noise
                       else speak(clip.said, clip.voice, clip.speed, clip.pitch, work))
            data = encode(samples, clip.fmt)
            cid = clip_id(n, clip)
            rel = f"audio/{cid}.{clip.fmt.lower()}"
            (OUT / rel).write_bytes(data)
            info = sf.info(io.BytesIO(data))  # the real, decoded duration
            line: dict[str, object] = {
                "clip_id": cid, "audio_filepath": rel,
                "duration": round(info.frames / info.samplerate, 3),
                "pred_text": clip.pred_text, "assistant_response": clip.assistant_response}
            if clip.content_warning:
                line["content_warning"] = True
            lines.append(line)
    (OUT / "package.json").write_text(json.dumps(HEADER, indent=2) + "\n", encoding="utf-8")
    (OUT / "clips.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines),
                                     encoding="utf-8")
    total = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    seconds = sum(float(str(x["duration"])) for x in lines)
    print(f"wrote {len(lines)} clips, {seconds:.1f} s of audio, {total / 1e6:.2f} MB to {OUT}")


if __name__ == "__main__":
    main()
