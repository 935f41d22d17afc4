"""Plan fixtures: a small plan built through the services."""

from __future__ import annotations

import pytest

from soum_desk.services.plans import tree as plans


def build_small_plan(ctx) -> dict:
    """Two sections, three goals, five measures (one due only in Q1, one in II, IV)."""
    doc = plans.create_document(ctx, kind="annual_plan", year=2024,
                                title="ЕСӨНБУЛАГ СУМЫН ЗДТГ-ЫН 2024 ОНЫ ҮЙЛ АЖИЛЛАГААНЫ ТӨЛӨВЛӨГӨӨ")
    s1 = plans.add_section(ctx, doc["id"], "БОДЛОГЫН БАРИМТ БИЧИГТ ТУСГАГДСАН ЗОРИЛТ")
    s2 = plans.add_section(ctx, doc["id"], "ТӨРИЙН ҮЙЛЧИЛГЭЭНИЙ ЧАНАР")
    g11 = plans.add_goal(ctx, s1["id"], "Гэрээний хэрэгжилтийг хангана")
    g12 = plans.add_goal(ctx, s1["id"], "Сумын бодлогын баримт бичгийг хэрэгжүүлнэ")
    g21 = plans.add_goal(ctx, s2["id"], "Үйлчилгээг цахимжуулна")
    ids = []
    for goal, text, timing, target in [
        (g11, "Гэрээний биелэлтийг нэгтгэн тайлагнах", "I-IV улиралд", "4"),
        (g11, "Батламжийн биелэлтийг тайлагнах", "I улиралд", "1"),
        (g12, "ИТХ-ын тогтоолын хэрэгжилтийг тайлагнах", "II, IV улиралд", "2-оос доошгүй"),
        (g21, "Ил тод байдлын хуулийн хэрэгжилтийг хангах", "I-IV улиралд", "90%-иас доошгүй"),
        (g21, "Цахим үйлчилгээг сурталчлах", "I-IV улиралд", "2"),
    ]:
        m = plans.add_measure(ctx, goal["id"], {"text": text, "indicator": "Тайлагналтын тоо",
                                                "baseline": "1", "target_text": target,
                                                "timing_text": timing})
        ids.append(m["id"])
    return {"document": doc, "sections": [s1, s2], "goals": [g11, g12, g21], "measures": ids}


@pytest.fixture
def small_plan(ctx):
    return build_small_plan(ctx)


@pytest.fixture
def approved(ctx, small_plan):
    """2024Q2 approved with measure 1 reported at 100 % (evaluated «implemented»), measure 3 at 70 %."""
    from soum_desk.services.plans import progress as plans_progress
    from tests.conftest import as_role

    doc, m = small_plan["document"]["id"], small_plan["measures"]
    clerk, head = as_role(ctx, "clerk"), as_role(ctx, "head")
    plans_progress.save_entry(clerk, m[0], "2024Q2", narrative="Тайлагнасан", self_percent=100, evaluation=True,
                              level="implemented")
    plans_progress.record_progress(clerk, m[2], "2024Q2", narrative="Хэлэлцүүлсэн", self_percent=70)
    plans_progress.approve(head, doc, "2024Q2")
    return {"doc": doc, "m": m, "clerk": clerk, "head": head}
