<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="mn_MN">
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Хавсралт (скан)</source>
        <translation>Attachments (scans)</translation>
    </message>
    <message>
        <source>Файл хавсаргах…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <source>Нээх</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Скан файл сонгох</source>
        <translation>Choose scanned files</translation>
    </message>
    <message>
        <source>Скан (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Тайлан: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <source>%1 хуудас</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>Хэвлэх…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Хадгалах…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Хаах</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Хэвлэх</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Тайланг хадгалах</source>
        <translation>Save the report</translation>
    </message>
</context>
<context>
    <name>saved_record</name>
    <message>
        <source>Хадгалаагүй мэдээлэл</source>
        <translation>Unsaved entry</translation>
    </message>
    <message>
        <source>Бичсэн мэдээлэл хадгалагдаагүй байна. Хадгалахгүйгээр хаах уу?</source>
        <translation>What you typed has not been saved. Close without saving?</translation>
    </message>
</context>
<context>
    <name>report_output</name>
    <message>
        <source>Тайлан хадгалах</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Тайлан</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Хадгаллаа: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>SigningBox</name>
    <message>
        <source>Гарын үсэг, огноо, газар</source>
        <translation>Signatures, date and place</translation>
    </message>
    <message>
        <source>Хянасан</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>Тайлагнасан</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Биелэлтийг нэгтгэсэн</source>
        <translation>Implementation compiled by</translation>
    </message>
    <message>
        <source>— гараар бичнэ —</source>
        <translation>— written in by hand —</translation>
    </message>
    <message>
        <source>Тайлангийн огноо</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Тайлан гаргасан газар</source>
        <translation>Place of the report</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Тайлангийн гарын үсэг</source>
        <translation>Who signs the report</translation>
    </message>
    <message>
        <source>Үргэлжлүүлэх</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Болих</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>