"""NHS number recognition and the modulus-11 check digit."""

from __future__ import annotations

import re

_NHS_SHAPE = re.compile(r"^[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}$")


def looks_like_nhs_number(text: str) -> bool:
    """Ten ASCII digits, optionally grouped 3-3-4 by spaces or hyphens."""
    return bool(_NHS_SHAPE.match(text.strip()))


def nhs_check_digit_ok(text: str) -> bool:
    """True when the tenth digit is the modulus-11 check of the first nine."""
    digits = [int(c) for c in text if c in "0123456789"]
    if len(digits) != 10:
        return False
    total = sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == digits[9]
