<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="mn_MN">
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
</TS>
