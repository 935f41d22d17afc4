"""Builds an XLSX resembling seed 001 (a real year-end plan report) with openpyxl.

Title rows, date and place, the header with the office's own column names, bold
section and goal rows merged across, a measure whose narrative continues on a
second row, leftover HTML (<p>, <b>, <a href>), decimal commas, blank and text
percents, a timing that cannot be read, the average row and signature blocks.
"""

from __future__ import annotations

from pathlib import Path

HEADER = ["№", "Стратеги төлөвлөгөө болон үндэслэж байгаа бусад бодлогын баримт бичиг, хууль тогтоомж",
          "Шалгуур үзүүлэлт", "Суурь түвшин", "Зорилт от түвшин", "Хугацаа /I-IV улирал/", "Хэрэгжилт", "Хувь"]

ROWS = [
    ("section", "<b>НЭГ БОДЛОГЫН БАРИМТ БИЧИГ ТУСГАГДСАН ЗОРИЛТ</b>"),
    ("goal", "<b>Зорилт 1.1 Монгол Улсын сайдуудтай байгуулсан гэрээний хэрэгжилтийг хангана</b>"),
    ("m", [1, "Ерөнхий сайдын батламжийн биелэлтэд хяналт тавьж, биелэлтийг нэгтгэн тайлагнах",
           "Тайлагналтын тоо", 1, 1, "I улиралд", "Батламжийн 7 заалтыг карталж хэлтсүүдэд хүргүүлсэн.", 100]),
    ("m", [2, "Засгийн газрын Хэрэг эрхлэх газрын даргатай байгуулсан гэрээний хэрэгжилтэд хяналт тавих",
           "Тайлагналтын тоо", 2, 2, "I,III улирал",
           "Гэрээний 32 заалтын хэрэгжилт 91,87 хувьтай дүгнэгдэж хүргүүллээ.", "100"]),
    ("m", [3, "Гадаад харилцааны сайдтай байгуулсан гэрээний хэрэгжилтэд хяналт тавьж, тайлагнах",
           "Тайлагналтын тоо", 1, 1, "II, IV улирал", "Гэрээнд тусгагдсан 11 ажил, арга хэмжээг картлан хүргүүлж,",
           "88,2"]),
    ("cont", [None, None, None, None, None, None, "хэрэгжилтийг 98,2 хувьтай хэрэгжүүлэв.", None]),
    ("goal", "<b>Зорилт 1.2. Аймгийн бодлогын баримт бичгүүдийг хэрэгжүүлнэ.</b>"),
    ("m", [4, "Иргэдийн Төлөөлөгчдийн Хурлын тогтоолын хэрэгжилтийг тайлагнах", "Тайлагналтын тоо", 4, 4,
           "I-IV улиралд", "<p>Тогтоолын биелэлтийг 88,2 хувьтай биелүүлж,</p><p>хугацаанд нь хүргүүллээ.</p>",
           "хэрэгжиж байна"]),
    ("m", [5, 'Нээлттэй <a href="http://www.shilen.gov.mn">www.shilen.gov.mn</a> цахим хуудсаар мэдээлэх',
           "Хэрэгжилтийн хувь", "86%", "90%-иас доошгүй", "I-IV улиралд", "Мэдээллийг байршуулан ажиллаж байна.",
           70]),
    ("m", [6, "Үйлчилгээг дахин загварчлах, холбогдох судалгаа хийх", "Арга хэмжээний тоо", 1, 1,
           "I-II улиралд", None, None]),
    ("section", "<b>ХОЁР ХУУЛИАР ОЛГОСОН НИЙТЛЭГ ЧИГ ҮҮРГИЙГ ХЭРЭГЖҮҮЛЭХ ЗОРИЛТ</b>"),
    ("goal", "<b>Зорилт 2.1. Төрийн албан хаагчдын нийтлэг чиг үүргийг хэрэгжүүлэх чиглэлээр</b>"),
    ("m", [7, "Ажлын байрны сэтгэл ханамжийн судалгааг албан хаагчдаас авах", "Судалгааны тоо", "-",
           "2-оос доошгүй", "2024.06.30-ны дотор", "Судалгааг 2 удаа авсан.", 95.5]),
    ("m", [8, "Хөтлөх хэргийн нэрийн жагсаалтын дагуу баримтыг хүлээлгэн өгөх", "Хүлээлгэн өгсөн хн",
           "3479", "3700-аас доошгүй", "IV улирал", "Хүлээлгэн өгсөн.", 250]),
]


# seed 001's third section, for the tests that read the report's section order
THIRD_SECTION = [
    ("section", "<b>ГУРАВ ТӨРИЙН ҮЙЛЧИЛГЭЭНИЙ ЧАНАР, ХҮРТЭЭМЖИЙГ САЙЖРУУЛАХ ЗОРИЛТ</b>"),
    ("goal", "Зорилт 3.1 Төрийн үйлчилгээний чанар хүртээмжийг сайжруулна."),
    ("m", [9, "Үйлчилгээний нэгдсэн төвөөр үзүүлэх үйлчилгээний тоо, төрлийг нэмэгдүүлнэ.",
           "Үйлчилгээний тоо", "158", "140", "I-IV улиралд", "899 нэр төрлийн үйлчилгээг үзүүлэв.", 100]),
]


def make_seed_like_xlsx(path: Path, rows: list | None = None) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Тайлан"
    ws.append(["АЙМГИЙН ЗАСАГ ДАРГЫН ТАМГЫН ГАЗРЫН ТӨРИЙН ЗАХИРГААНЫ"])
    ws.append(["УДИРДЛАГЫН ХЭЛТСИЙН 2024 ОНЫ ЖИЛИЙН ЭЦСИЙН ГҮЙЦЭТГЭЛИЙН ТАЙЛАН"])
    ws.merge_cells("A1:H1")
    ws.merge_cells("A2:H2")
    ws.append(["2024.12.13", None, None, None, None, None, None, "Алтай хот"])
    ws.append([])
    ws.append(HEADER)
    for kind, value in ROWS if rows is None else rows:
        if kind in ("section", "goal"):
            ws.append([value])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=8)
            ws.cell(ws.max_row, 1).font = Font(bold=True)
        else:
            ws.append(value)
            if kind == "cont":  # № and measure text merged down over the continuation row
                r = ws.max_row
                ws.merge_cells(start_row=r - 1, start_column=1, end_row=r, end_column=1)
                ws.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
    ws.append(["<b>Хэрэгжилтийн дундаж хувь</b>", None, None, None, None, None, None, "<b>97.5 хувь</b>"])
    ws.append([])
    ws.append(["ХЯНАСАН:", "ТӨРИЙН ЗАХИРГААНЫ УДИРДЛАГЫН ХЭЛТСИЙН ДАРГА", None, "Я.ЖАРГАЛЦЭЦЭГ"])
    ws.append(["НЭГТГЭСЭН:", "МЭРГЭЖИЛТЭН", None, "Б.МӨНХЖАРГАЛ"])
    wb.save(path)
    return path
