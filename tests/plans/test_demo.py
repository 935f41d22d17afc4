from soum_desk.services import demo, plans, plans_scoring


def test_demo_plan_has_four_quarters_and_flow_cases(system_ctx):
    assert "plans" in demo.load_demo(system_ctx)
    docs = plans.list_documents(system_ctx)
    assert len(docs) == 1
    doc = docs[0]
    q4 = plans_scoring.compute(system_ctx, doc["id"], f"{doc['year']}Q4")
    assert 55 <= q4["measures_total"] <= 65
    assert [m["number"] for m in q4["broken"]] == ["12"]
    assert [m["number"] for m in q4["stalled"]] == ["40"]
    assert q4["counts"]["too_early"] == 1
    assert q4["review_status"] == "reviewed"
    year = plans_scoring.compute(system_ctx, doc["id"], str(doc["year"]))
    assert year["reported_total"] == year["measures_total"]
    assert 0 < year["score"] <= 5
    summary = plans_scoring.period_summary(system_ctx, f"{doc['year']}Q4")
    assert summary["broken"] == 1 and summary["stalled"] == 1 and summary["documents"] == 1
    demo.load_demo(system_ctx)  # twice: nothing added
    assert len(plans.list_documents(system_ctx)) == 1


def test_bundle_payload_is_json_ready(system_ctx):
    import json

    from soum_desk.bundle import schema
    from soum_desk.services.plans_bundle import bundle_payload

    demo.load_demo(system_ctx)
    year = plans.list_documents(system_ctx)[0]["year"]
    payload = bundle_payload(system_ctx, f"{year}Q4")
    assert set(payload) == {"plan_summary", "plan_documents", "plan_sections", "plan_goals", "plan_measures", "plan_progress",
                            "plan_scores", "plan_evidence"}
    assert len(payload["plan_measures"]) == len(payload["plan_progress"]) == 59
    assert payload["plan_scores"][0]["broken"] == "12"
    json.dumps(payload, ensure_ascii=False)
    for table, rows in payload.items():
        schema.check_rows(table, rows)  # flat rows of scalars, as the bundle requires
