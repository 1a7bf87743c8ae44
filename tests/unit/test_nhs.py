"""NHS numbers: the shape, the modulus-11 check digit, and how a Client uses them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from netbuilder.model import Client
from netbuilder.model.nhs import looks_like_nhs_number, nhs_check_digit_ok

VALID = ["9434765919", "4010232137"]


def reference_check_digit(first_nine: str) -> int | None:
    """The NHS Data Dictionary rule, written out independently of the code under test."""
    weights = [10, 9, 8, 7, 6, 5, 4, 3, 2]
    total = sum(int(d) * w for d, w in zip(first_nine, weights, strict=True))
    check = 11 - (total % 11)
    if check == 11:
        return 0
    if check == 10:
        return None  # no valid number has these nine digits
    return check


def grouped(ten: str, sep: str) -> str:
    return f"{ten[:3]}{sep}{ten[3:6]}{sep}{ten[6:]}"


def with_last_digit_changed(ten: str) -> list[str]:
    return [ten[:9] + d for d in "0123456789" if d != ten[9]]


# the shape ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "9434765919",
        "943 476 5919",
        "943-476-5919",
        "943 476-5919",
        "  943 476 5919  ",
        "401 023 2137",
        "0000000000",
    ],
)
def test_ten_digits_with_optional_3_3_4_separators_look_like_an_nhs_number(text: str) -> None:
    assert looks_like_nhs_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "DEMO-001",
        "943476591",  # nine digits
        "94347659190",  # eleven digits
        "9434 765 919",  # grouped 4-3-3
        "943  476 5919",  # two spaces
        "943.476.5919",
        "943/476/5919",
        "NHS 943 476 5919",
        "943 476 5919 (old)",
        "94347659l9",  # letter l for digit 1
        "\u0669\u0664\u0663\u0664\u0667\u0666\u0665\u0669\u0661\u0669",  # Arabic-Indic digits
        "\uff19\uff14\uff13\uff14\uff17\uff16\uff15\uff19\uff11\uff19",  # full-width digits
    ],
)
def test_other_text_does_not_look_like_an_nhs_number(text: str) -> None:
    assert not looks_like_nhs_number(text)


# the check digit --------------------------------------------------------------


@pytest.mark.parametrize("number", VALID)
@pytest.mark.parametrize("sep", ["", " ", "-"])
def test_known_valid_numbers_pass_the_check(number: str, sep: str) -> None:
    assert nhs_check_digit_ok(grouped(number, sep))


@pytest.mark.parametrize("number", [bad for good in VALID for bad in with_last_digit_changed(good)])
def test_changing_the_last_digit_fails_the_check(number: str) -> None:
    assert not nhs_check_digit_ok(number)


@pytest.mark.parametrize("last", "0123456789")
def test_a_check_digit_that_computes_to_ten_is_never_valid(last: str) -> None:
    # 1*10 + 1*2 = 12, 12 % 11 = 1, 11 - 1 = 10
    assert reference_check_digit("100000001") is None
    assert not nhs_check_digit_ok("100000001" + last)


def test_a_remainder_of_zero_gives_check_digit_zero() -> None:
    assert reference_check_digit("000000000") == 0
    assert nhs_check_digit_ok("0000000000")
    assert not nhs_check_digit_ok("0000000001")


@pytest.mark.parametrize("text", ["", "943476591", "94347659190", "\u00b2" * 10, "abc"])
def test_anything_but_ten_ascii_digits_fails_the_check_without_crashing(text: str) -> None:
    assert not nhs_check_digit_ok(text)


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_exactly_the_computed_digit_passes(first_nine: str) -> None:
    expected = reference_check_digit(first_nine)
    passing = [d for d in "0123456789" if nhs_check_digit_ok(first_nine + d)]
    assert passing == ([] if expected is None else [str(expected)])


# the client's local reference --------------------------------------------------


@pytest.mark.parametrize(
    "ref", ["943 476 5919", "9434765919", "943-476-5919", "401 023 2137", "4010232137"]
)
def test_client_accepts_a_valid_nhs_number(ref: str) -> None:
    assert Client(display_name="A", local_ref=ref).local_ref == ref


@pytest.mark.parametrize(
    "ref", ["943 476 5918", "9434765910", "401-023-2138", "401 023 2130", "1000000010"]
)
def test_client_refuses_an_nhs_number_with_a_wrong_check_digit(ref: str) -> None:
    with pytest.raises(ValidationError, match="check digit") as info:
        Client(display_name="A", local_ref=ref)
    assert "local_ref" in str(info.value)


@pytest.mark.parametrize(
    "ref",
    [
        "",
        "DEMO-001",
        "RiO 123456",
        "MRN-0042",
        "943 476 591",  # too short to be an NHS number: free text
        "94347659180",  # eleven digits: free text
        "NHS 943 476 5918",  # not the bare shape: free text
    ],
)
def test_client_accepts_other_local_references_as_free_text(ref: str) -> None:
    assert Client(display_name="A", local_ref=ref).local_ref == ref


def test_client_local_ref_is_stripped_before_the_check() -> None:
    assert Client(display_name="A", local_ref="  943 476 5919 ").local_ref == "943 476 5919"
    with pytest.raises(ValidationError, match="check digit"):
        Client(display_name="A", local_ref="  943 476 5918 ")
