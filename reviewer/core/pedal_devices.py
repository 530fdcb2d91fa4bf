"""The USB transcription pedals Reviewer knows: ids, and how each reports its pedals.

Two kinds:
- pedals read here over HID (`layout` set): the pedal source opens them with hidapi and
  decodes their input reports (reviewer.core.pedals.ReportDecoder);
- pedals that present themselves as keyboards (`layout` None): they type keys (F-keys, media
  keys, whatever their maker's tool set), which reach the window like any key; map them in
  Settings, Shortcuts. They are listed so the pedal dialog can say so when one is plugged in.

Sources (public; none of this was checked on real hardware here: these machines have no USB
HID devices, see docs/deployment.md, "Foot pedals"):

VEC / Infinity IN-USB-1, IN-USB-2, IN-USB-3 (VEC Electronics; PI Engineering's USB vendor id),
05f3:00ff, one id for the whole family and its rebadges:
- fenimore/scribouillage `driver.go`: two-byte reports, byte 0 = 0x01 left, 0x02 middle,
  0x04 right, 0x00 all released; combinations OR together (0x03, 0x05, 0x06, 0x07).
- peternewman/VECFootpedal `lib/FootpedalDefs.js` (used by Bitfocus Companion): packet size 2,
  buttons read as little-endian uint16 at offset 0, masks 0x0001, 0x0002, 0x0004; its
  `99-VECFootpedal.rules` grants the hidraw node.
- A published HID report descriptor of an IN-USB-3 (a macOS driver's device notes, captured
  2026): Consumer page 0x0C, usage Programmable Buttons 0x03; Button usages 1-3 (left, centre,
  right) in the low three bits, then 13 constant bits: a 2-byte report, 8 ms polling.
- georgemck/vec-footpedal-hid-linux (evtest): the kernel's generic HID driver reports the three
  pedals as BTN_0, BTN_1, BTN_2 (scan codes 0x90001-0x90003: Button page usages 1-3).
- gkarsay/parlatype footpedal notes: 05f3:00ff "VEC Footpedal (Infinity IN-USB-2)".
Where sources differ: breedx2/infinity-footpedal (`pedal.c`) writes an output report
{0x01, 0x81} to ask for the state before each read instead of waiting for the pedal's own
reports (same bits in byte 0); we wait for input reports like the others. One Bitfocus
Companion plug-in version filters on 16c0:05e1 (a shared hobbyist id) in its own code while the
library it calls matches 05f3:00ff; every other source says 05f3:00ff.

Olympus RS-27H, RS-28H, RS-31H (Olympus vendor id 07b4): keyboard-class devices. The Olympus
Foot Switch Configuration Tool sets "Keyboard mode" or "Olympus mode", and in both the pedals
send keys (media keys by default), per the RS-31H write-up at liannaee.blogspot.com (2023),
AndreasArvidsson/andreas-talon `misc/foot_switch/README.md` (RS31H set to F13-F16) and
tpensyl/knausj_talon (RS31H pedals as F16-F19, four switches: left, centre, right, top). No
public source gives a raw report layout for them. Product ids: RS-28H 07b4:0218 (public USB id
database, as quoted by a pedal registry); RS-27H and RS-31H ids are not publicly documented,
so they are not detected by id (their keys work all the same).
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.core.pedals import DetectedPedal, PedalButton, ReportLayout

INFINITY_LAYOUT = ReportLayout(length=2, bits=(
    (PedalButton.LEFT, 0, 0x01),
    (PedalButton.MIDDLE, 0, 0x02),
    (PedalButton.RIGHT, 0, 0x04),
))


@dataclass(frozen=True)
class PedalModel:
    name: str
    vendor_id: int
    product_id: int
    layout: ReportLayout | None  # None: a keyboard-class pedal (its keys go through Settings)
    usage_page: int = 0  # the HID collection to open when a device offers several (0: any)

    def detected(self) -> DetectedPedal:
        return DetectedPedal(self.name, self.vendor_id, self.product_id,
                             read_here=self.layout is not None)


PEDAL_MODELS: tuple[PedalModel, ...] = (
    PedalModel("VEC / Infinity USB foot pedal (IN-USB-1, IN-USB-2, IN-USB-3)",
               0x05F3, 0x00FF, INFINITY_LAYOUT, usage_page=0x0C),
    PedalModel("Olympus RS-28H foot switch", 0x07B4, 0x0218, None),
)

# Models that type keys and whose product id is unknown: named in the docs and the dialog.
KEYBOARD_PEDALS = ("Olympus RS-27H", "Olympus RS-28H", "Olympus RS-31H")


def model_for(vendor_id: int, product_id: int) -> PedalModel | None:
    for model in PEDAL_MODELS:
        if (model.vendor_id, model.product_id) == (vendor_id, product_id):
            return model
    return None


def hid_models() -> tuple[PedalModel, ...]:
    """The models the pedal source reads itself (the udev rule lists exactly these)."""
    return tuple(m for m in PEDAL_MODELS if m.layout is not None)
