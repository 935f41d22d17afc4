
def test_a_line_with_a_single_point_does_not_break_the_chart():
    from soum_desk.reports.charts import chart_drawing

    data = {"title": ("Өргөдөл", "Petitions"), "categories": ["2024Q1", "2024Q2"],
            "series": [{"name": ("Хүлээн авсан", "Received"), "values": [3, None]}],
            "line": {"name": ("Хугацаандаа %", "On time %"), "values": [50.0, None]}}
    drawing = chart_drawing(data, 400, 200)
    assert drawing.width == 400
