<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="mn_MN">
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../soum_desk/ui/widgets/attachments_panel.py" line="58" />
        <source>Хавсралт (скан)</source>
        <translation>Attachments (scans)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/widgets/attachments_panel.py" line="59" />
        <source>Файл хавсаргах…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/widgets/attachments_panel.py" line="60" />
        <source>Нээх</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/widgets/attachments_panel.py" line="89" />
        <source>Скан файл сонгох</source>
        <translation>Choose scanned files</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/widgets/attachments_panel.py" line="90" />
        <source>Скан (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
</context>
</TS>