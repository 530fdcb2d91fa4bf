"""The udev rule for USB foot pedals: one line per pedal model Reviewer reads itself, granting
the hidraw node to the user at the seat and nothing more; installed by the .deb.

(No udev runs on these machines: the rule's effect on a real pedal is not tested here.)
"""

from __future__ import annotations

import re

from reviewer.core.pedal_devices import hid_models
from tests.packaging.conftest import PACKAGING, ROOT

RULES = PACKAGING / "linux" / "70-reviewer-pedals.rules"
LINE = re.compile(r'SUBSYSTEM=="hidraw", ATTRS\{idVendor\}=="([0-9a-f]{4})", '
                  r'ATTRS\{idProduct\}=="([0-9a-f]{4})", TAG\+="uaccess"')


def rule_lines() -> list[str]:
    return [line for line in RULES.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def test_the_rule_lists_exactly_the_pedals_read_here() -> None:
    ids = set()
    for line in rule_lines():
        match = LINE.fullmatch(line)
        assert match, f"not a pedal rule of the expected form: {line}"
        ids.add((int(match[1], 16), int(match[2], 16)))
    assert ids == {(m.vendor_id, m.product_id) for m in hid_models()}


def test_the_rule_grants_no_more_than_the_seat() -> None:
    text = "\n".join(rule_lines())
    assert "MODE" not in text  # no world-readable node
    assert "GROUP" not in text
    assert 'SUBSYSTEM=="usb"' not in text  # not the libusb back-end (it detaches the driver)
    assert RULES.name < "73-seat-late.rules"  # uaccess is applied by 73-seat-late


def test_the_deb_installs_the_rule_and_its_check_expects_it() -> None:
    build = (PACKAGING / "build-linux.sh").read_text()
    assert ('install -m 644 "$HERE/linux/70-reviewer-pedals.rules" \\\n'
            '  "$STAGE/usr/lib/udev/rules.d/70-reviewer-pedals.rules"') in build
    check = (PACKAGING / "check-deb.sh").read_text()
    assert "/usr/lib/udev/rules.d/70-reviewer-pedals.rules" in check
    assert r"usr/lib(/udev(/rules\.d(/70-reviewer-pedals\.rules)?)?)?" in check
    docs = (ROOT / "docs" / "deployment.md").read_text()
    assert "70-reviewer-pedals.rules" in docs
    for line in rule_lines():
        assert line in docs  # the documented rule is the installed one
