<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="mn_MN">
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../soum_desk/ui/plans/document_dialog.py" line="25" />
        <source>Шинэ төлөвлөгөө</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/document_dialog.py" line="38" />
        <source>Төрөл</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/document_dialog.py" line="38" />
        <source>Он</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/document_dialog.py" line="39" />
        <source>Гарчиг</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/document_dialog.py" line="39" />
        <source>Баталсан шийдвэрийн дугаар</source>
        <translation>Approving act number</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/document_dialog.py" line="40" />
        <source>Баталсан огноо</source>
        <translation>Approval date</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="44" />
        <source>Төлөвлөгөө импортлох</source>
        <translation>Import a plan</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="47" />
        <source>Сонгох…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="51" />
        <source>гарчгаас</source>
        <translation>from the title</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="53" />
        <source>гарчгаас, ж: 2024Q4</source>
        <translation>from the title, e.g. 2024Q4</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="54" />
        <source>Урьдчилан харах</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="62" />
        <source>Төрөл</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="62" />
        <source>Хуудас, мөр, багана</source>
        <translation>Sheet, row, column</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="63" />
        <source>Асуудал</source>
        <translation>Problem (Mongolian)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="66" />
        <source>Импортлох</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="75" />
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="76" />
        <source>Он</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="77" />
        <source>Тайлант үе</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="87" />
        <source>Excel файл сонгох</source>
        <translation>Choose an Excel file</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="99" />
        <source>Файлыг уншиж байна…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="110" />
        <source>шинэ төлөвлөгөө үүснэ</source>
        <translation>a new plan will be created</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="111" />
        <source>байгаа төлөвлөгөөг (#%1) шинэчилнэ</source>
        <translation>the existing plan (#%1) will be updated</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="112" />
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 он, үе: %3) — %4.&lt;br&gt;Бүлэг %5, зорилт %6, арга хэмжээ %7: шинэ %8, өөрчлөгдөх %9, ижил %10. Хэрэгжилт %11 мөр. Асуудал %12.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (year %2, period %3) — %4.&lt;br&gt;Sections %5, goals %6, measures %7: new %8, changed %9, unchanged %10. Implementation entries %11. Problems %12.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="118" />
        <source>Энэ үеийн тайлан батлагдсан тул импортлох боломжгүй.</source>
        <translation>The report for this period is approved; it cannot be imported over.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="123" />
        <source>алдаа</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="123" />
        <source>анхааруулга</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/import_wizard.py" line="134" />
        <source>Импортолж байна…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../soum_desk/ui/plans/measure_dialog.py" line="24" />
        <location filename="../../soum_desk/ui/plans/measure_dialog.py" line="47" />
        <source>Арга хэмжээ</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/measure_dialog.py" line="38" />
        <source>7.1 Бодлогын зорилт, арга хэмжээ</source>
        <translation>7.1 Policy goal or measure</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/measure_dialog.py" line="39" />
        <source>7.2 Хууль тогтоомж, шийдвэр</source>
        <translation>7.2 Law or decision</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/measure_dialog.py" line="46" />
        <source>№ (хоосон бол автоматаар)</source>
        <translation>№ (automatic if blank)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/measure_dialog.py" line="47" />
        <source>Шалгуур үзүүлэлт</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/measure_dialog.py" line="48" />
        <source>Суурь түвшин</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/measure_dialog.py" line="48" />
        <source>Зорилтот түвшин</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/measure_dialog.py" line="49" />
        <source>Хугацаа</source>
        <translation>Timing</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/measure_dialog.py" line="50" />
        <source>Хариуцах</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/measure_dialog.py" line="51" />
        <source>Үнэлгээний аргачлал</source>
        <translation>Evaluation scale</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/measure_dialog.py" line="51" />
        <source>Жин</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/measure_dialog.py" line="66" />
        <source>Улирал: %1</source>
        <translation>Quarters: %1</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/measure_dialog.py" line="68" />
        <source>Улирлаар уншиж чадсангүй — бүх улиралд хамаарна гэж тооцно.</source>
        <translation>Could not read the quarters — taken as due in every quarter.</translation>
    </message>
</context>
<context>
    <name>PeriodEntry</name>
    <message>
        <location filename="../../soum_desk/ui/plans/entry.py" line="137" />
        <source>Арга хэмжээ</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/entry.py" line="137" />
        <source>Үзүүлэлт</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/entry.py" line="137" />
        <source>Хэрэгжилт</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/entry.py" line="138" />
        <location filename="../../soum_desk/ui/plans/entry.py" line="238" />
        <source>Хувь</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/entry.py" line="138" />
        <location filename="../../soum_desk/ui/plans/entry.py" line="244" />
        <source>Үнэлгээ</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/entry.py" line="140" />
        <source>Tab — хувь руу, Enter — хадгалаад дараагийнх, Ctrl+↓/↑ — дараагийн/өмнөх. Өөр арга хэмжээ рүү шилжихэд автоматаар хадгална.</source>
        <translation>Tab — to the percent, Enter — save and next, Ctrl+↓/↑ — next/previous. Moving to another measure saves automatically.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../soum_desk/ui/plans/entry.py" line="163" />
        <source>%n арга хэмжээ</source>
        <translation>
            <numerusform>%n measure</numerusform><numerusform>%n measures</numerusform></translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/entry.py" line="199" />
        <source>Шалгуур: %1 · Суурь: %2 · Зорилт: %3 · Хугацаа: %4</source>
        <translation>Indicator: %1 · Baseline: %2 · Target: %3 · Timing: %4</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/entry.py" line="207" />
        <source>— үнэлээгүй —</source>
        <translation>— not evaluated —</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/entry.py" line="217" />
        <source>Энэ үеийн тайлан батлагдсан: засах боломжгүй.</source>
        <translation>This period's report is approved: read-only.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/entry.py" line="250" />
        <source>Хадгаллаа: №%1</source>
        <translation>Saved: №%1</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="109" />
        <source>+ Бүлэг</source>
        <translation>+ Section</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="109" />
        <source>+ Зорилт</source>
        <translation>+ Goal</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="109" />
        <source>+ Арга хэмжээ</source>
        <translation>+ Measure</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="110" />
        <source>Засах</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="110" />
        <source>Дээш</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="110" />
        <source>Доош</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="111" />
        <location filename="../../soum_desk/ui/plans/editor.py" line="224" />
        <source>Устгах</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="111" />
        <source>Дахин дугаарлах</source>
        <translation>Renumber</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="162" />
        <source>Шинэ бүлэг</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="162" />
        <source>Бүлгийн нэр:</source>
        <translation>Section title:</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="183" />
        <source>Шинэ зорилт</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="183" />
        <source>Зорилтын нэр:</source>
        <translation>Goal title:</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="211" />
        <source>Нэр засах</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="211" />
        <source>Нэр:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="224" />
        <source>Сонгосон мөрийг доторх бүх зүйл, биелэлтийн хамт устгах уу?</source>
        <translation>Delete the selected row with everything under it, including its implementation?</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <location filename="../../soum_desk/ui/plans/view.py" line="82" />
        <source>Төлөвлөгөө:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/view.py" line="83" />
        <source>Тайлант үе:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/view.py" line="84" />
        <source>Excel-ээс импортлох…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/view.py" line="85" />
        <source>Тайлан…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/view.py" line="86" />
        <source>Шинэ төлөвлөгөө…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/view.py" line="87" />
        <source>Өмнөх оноос хуулах…</source>
        <translation>Copy from last year…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/view.py" line="88" />
        <source>Биелэлт оруулах</source>
        <translation>Period entry</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/view.py" line="89" />
        <source>Төлөвлөгөөний бүтэц</source>
        <translation>Plan structure</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/view.py" line="90" />
        <source>Хяналт, батлах</source>
        <translation>Review and approval</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/view.py" line="188" />
        <source>Төлөвлөгөө хуулах</source>
        <translation>Copy plan</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/view.py" line="189" />
        <source>Аль оны төлөвлөгөө болгох вэ?</source>
        <translation>Make it the plan for which year?</translation>
    </message>
</context>
<context>
    <name>QStandardItemModel</name>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="69" />
        <source>Хугацааг улирлаар уншиж чадсангүй</source>
        <translation>Could not read the timing as quarters</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../soum_desk/ui/plans/report_dialog.py" line="39" />
        <source>Биелэлтийн тайлан</source>
        <translation>Plan execution report</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/report_dialog.py" line="51" />
        <source>Excel, буцааж импортлох загвар</source>
        <translation>Excel, layout that imports back</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/report_dialog.py" line="54" />
        <source>Сонгох…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/report_dialog.py" line="56" />
        <source>Хадгалсны дараа нээх</source>
        <translation>Open after saving</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/report_dialog.py" line="64" />
        <source>Тайлант үе</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/report_dialog.py" line="65" />
        <source>Хэлбэр</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/report_dialog.py" line="66" />
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/report_dialog.py" line="70" />
        <source>Тайлан гаргах</source>
        <translation>Make report</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/report_dialog.py" line="91" />
        <source>Хадгалах</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/report_dialog.py" line="100" />
        <location filename="../../soum_desk/ui/plans/report_dialog.py" line="107" />
        <source>Тайлан бэлтгэж байна…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/report_dialog.py" line="112" />
        <source>Хадгаллаа: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../soum_desk/ui/plans/review.py" line="68" />
        <source>Хянасан гэж тэмдэглэх</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/review.py" line="69" />
        <source>Батлах</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/review.py" line="70" />
        <location filename="../../soum_desk/ui/plans/review.py" line="117" />
        <source>Дахин нээх</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/review.py" line="71" />
        <source>Үзүүлэлт</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/review.py" line="72" />
        <source>Удааширсан, тасарсан арга хэмжээ</source>
        <translation>Stalled and broken-off measures</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/review.py" line="100" />
        <source>тасарсан</source>
        <translation>broken off</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/review.py" line="100" />
        <source>удааширсан</source>
        <translation>stalled</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/review.py" line="117" />
        <source>Шалтгаан:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../soum_desk/ui/plans/area.py" line="16" />
        <source>Төлөвлөгөөний биелэлт</source>
        <translation>Plan execution</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="35" />
        <source>Бүлэг, зорилт, арга хэмжээ</source>
        <translation>Section, goal, measure</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="35" />
        <source>Шалгуур үзүүлэлт</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="36" />
        <source>Зорилтот түвшин</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="36" />
        <location filename="../../soum_desk/ui/plans/models.py" line="38" />
        <source>Хугацаа</source>
        <translation>Timing</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/editor.py" line="37" />
        <source>Хариуцах</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/entry.py" line="34" />
        <source>Бүгд</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/entry.py" line="34" />
        <location filename="../../soum_desk/ui/plans/models.py" line="22" />
        <source>Тайлагнаагүй</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/entry.py" line="35" />
        <source>Удааширсан</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/entry.py" line="35" />
        <source>Тасарсан</source>
        <translation>Broken off</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/entry.py" line="36" />
        <location filename="../../soum_desk/ui/plans/models.py" line="23" />
        <source>Хугацаа болоогүй</source>
        <translation>Not due</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/models.py" line="21" />
        <source>Тайлагнасан</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/models.py" line="24" />
        <source>Үнэлэхгүй</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/models.py" line="25" />
        <source>удааширсан</source>
        <translation>stalled</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/models.py" line="25" />
        <source>тасарсан</source>
        <translation>broken off</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/models.py" line="38" />
        <source>Арга хэмжээ</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/models.py" line="39" />
        <source>Төлөв</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/models.py" line="39" />
        <source>Хувь</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/review.py" line="25" />
        <source>Нээлттэй</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/review.py" line="25" />
        <source>Хянасан</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/plans/review.py" line="26" />
        <source>Баталсан</source>
        <translation>Approved</translation>
    </message>
</context>
</TS>
