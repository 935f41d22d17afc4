"""Issue 14: lists a person reads follow the Mongolian alphabet (Ё after Е, Ө after О, Ү after У)."""

from soum_desk.domain.collation import mongolian_key, sorted_mongolian


def test_bags_in_mongolian_order():
    bags = ["Ёндон", "Баянбулаг", "Яргайт", "Үенч", "Өлзийт", "Ерөө", "Орхон", "Улаан"]
    assert sorted_mongolian(bags) == ["Баянбулаг", "Ерөө", "Ёндон", "Орхон", "Өлзийт", "Улаан", "Үенч", "Яргайт"]


def test_words_and_numbers():
    assert sorted_mongolian(["Хууль зүй", "Хөдөлмөр эрхлэлт"]) == ["Хөдөлмөр эрхлэлт", "Хууль зүй"]
    assert mongolian_key("Хөдөлмөр") > mongolian_key("Хотын") and mongolian_key("Хөдөлмөр") < mongolian_key("Хууль")
    assert sorted_mongolian(["10-р баг", "2-р баг", "1-р баг"]) == ["1-р баг", "2-р баг", "10-р баг"]
    assert sorted_mongolian(["б", "А", "а"]) == ["А", "а", "б"]


def test_the_office_lists_its_bags_in_that_order(ctx):
    from soum_desk.services.core import office

    office.set_bags(ctx, ["Ёндон", "Баянбулаг", "Үенч", "Өлзийт"])
    assert office.get_office(ctx)["bags"] == ["Баянбулаг", "Ёндон", "Өлзийт", "Үенч"]
    assert [b["name"] for b in office.list_bags(ctx)] == ["Баянбулаг", "Ёндон", "Өлзийт", "Үенч"]
