<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="mn_MN">
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Шинэ төлөвлөгөө</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Төлөвлөгөөний мэдээлэл</source>
        <translation>Plan details</translation>
    </message>
    <message>
        <source>Төрөл</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Он</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Гарчиг</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Баталсан шийдвэрийн дугаар</source>
        <translation>Approving act number</translation>
    </message>
    <message>
        <source>Баталсан огноо</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <source>Хадгалах</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Цуцлах</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Нотлох баримт (PDF, JPG, PNG)</source>
        <translation>Evidence (PDF, JPG, PNG)</translation>
    </message>
    <message>
        <source>Хавсаргах…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Нээх</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Нотлох баримт сонгох</source>
        <translation>Choose an evidence file</translation>
    </message>
    <message>
        <source>Хавсаргаж байна…</source>
        <translation>Attaching…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Төлөвлөгөө импортлох</source>
        <translation>Import a plan</translation>
    </message>
    <message>
        <source>Сонгох…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>гарчгаас</source>
        <translation>from the title</translation>
    </message>
    <message>
        <source>гарчгаас, ж: 2024Q4</source>
        <translation>from the title, e.g. 2024Q4</translation>
    </message>
    <message>
        <source>Урьдчилан харах</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Төрөл</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Хуудас, мөр, багана</source>
        <translation>Sheet, row, column</translation>
    </message>
    <message>
        <source>Асуудал</source>
        <translation>Problem (Mongolian)</translation>
    </message>
    <message>
        <source>Цуцлах</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Импортлох</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Он</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Тайлант үе</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Excel файл сонгох</source>
        <translation>Choose an Excel file</translation>
    </message>
    <message>
        <source>Файлыг уншиж байна…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Цуцаллаа; юу ч бичээгүй.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>шинэ төлөвлөгөө үүснэ</source>
        <translation>a new plan will be created</translation>
    </message>
    <message>
        <source>байгаа төлөвлөгөөг (#%1) шинэчилнэ</source>
        <translation>the existing plan (#%1) will be updated</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 он, үе: %3) — %4.&lt;br&gt;Бүлэг %5, зорилт %6, арга хэмжээ %7: шинэ %8, өөрчлөгдөх %9, ижил %10. Хэрэгжилт %11 мөр. Асуудал %12.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (year %2, period %3) — %4.&lt;br&gt;Sections %5, goals %6, measures %7: new %8, changed %9, unchanged %10. Implementation entries %11. Problems %12.</translation>
    </message>
    <message>
        <source>Энэ үеийн тайлан батлагдсан тул импортлох боломжгүй.</source>
        <translation>The report for this period is approved; it cannot be imported over.</translation>
    </message>
    <message>
        <source>алдаа</source>
        <translation>error</translation>
    </message>
    <message>
        <source>анхааруулга</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Импортолж байна…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>I-IV улиралд</source>
        <translation>quarters, e.g. I-IV or II, IV</translation>
    </message>
    <message>
        <source>Арга хэмжээ</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>7.1 Бодлогын зорилт, арга хэмжээ</source>
        <translation>7.1 Policy goal or measure</translation>
    </message>
    <message>
        <source>7.2 Хууль тогтоомж, шийдвэр</source>
        <translation>7.2 Law or decision</translation>
    </message>
    <message>
        <source>№ (хоосон бол автоматаар)</source>
        <translation>№ (automatic if blank)</translation>
    </message>
    <message>
        <source>Шалгуур үзүүлэлт</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Суурь түвшин</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Зорилтот түвшин</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Хугацаа</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Хариуцах</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Үнэлгээний аргачлал</source>
        <translation>Evaluation scale</translation>
    </message>
    <message>
        <source>Жин</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Хадгалах</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Цуцлах</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Улирал: %1</source>
        <translation>Quarters: %1</translation>
    </message>
    <message>
        <source>Улирлаар уншиж чадсангүй — бүх улиралд хамаарна гэж тооцно.</source>
        <translation>Could not read the quarters — taken as due in every quarter.</translation>
    </message>
</context>
<context>
    <name>PeriodEntry</name>
    <message>
        <source>Арга хэмжээ</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Үзүүлэлт</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Хэрэгжилт</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Хувь</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Үнэлгээ</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Tab — хувь руу, Enter — хадгалаад дараагийнх, Ctrl+↓/↑ — дараагийн/өмнөх. Өөр арга хэмжээ рүү шилжихэд автоматаар хадгална.</source>
        <translation>Tab — to the percent, Enter — save and next, Ctrl+↓/↑ — next/previous. Moving to another measure saves automatically.</translation>
    </message>
    <message>
        <source>Арга хэмжээ: %1</source>
        <translation>Measures: %1</translation>
    </message>
    <message>
        <source>Шалгуур: %1 · Суурь: %2 · Зорилт: %3 · Хугацаа: %4</source>
        <translation>Indicator: %1 · Baseline: %2 · Target: %3 · Timing: %4</translation>
    </message>
    <message>
        <source>— үнэлээгүй —</source>
        <translation>— not evaluated —</translation>
    </message>
    <message>
        <source>Энэ үеийн тайлан батлагдсан: засах боломжгүй.</source>
        <translation>This period&apos;s report is approved: read-only.</translation>
    </message>
    <message>
        <source>Хадгаллаа: №%1</source>
        <translation>Saved: №%1</translation>
    </message>
    <message>
        <source>Алдааг «Хяналт, батлах» → «Хэрэгжилт залруулах…»-аар залруулна.</source>
        <translation>A mistake is corrected under «Review and approval» → «Correct an entry…».</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>+ Бүлэг</source>
        <translation>+ Section</translation>
    </message>
    <message>
        <source>+ Зорилт</source>
        <translation>+ Goal</translation>
    </message>
    <message>
        <source>+ Арга хэмжээ</source>
        <translation>+ Measure</translation>
    </message>
    <message>
        <source>Засах</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Дээш</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Доош</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Өөр зорилт руу…</source>
        <translation>Move to goal…</translation>
    </message>
    <message>
        <source>Устгах</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Дахин дугаарлах</source>
        <translation>Renumber</translation>
    </message>
    <message>
        <source>Бүлгийн жин…</source>
        <translation>Section weight…</translation>
    </message>
    <message>
        <source>Шинэ бүлэг</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>Бүлгийн нэр:</source>
        <translation>Section title:</translation>
    </message>
    <message>
        <source>Шинэ зорилт</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Зорилтын нэр:</source>
        <translation>Goal title:</translation>
    </message>
    <message>
        <source>Нэр засах</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Нэр:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Бүлгийн жин</source>
        <translation>Section weight</translation>
    </message>
    <message>
        <source>Жин (7.5; тохиргоонд «бүлгүүдийн дундажийг бүлгийн жингээр» сонгосон үед тооцно):</source>
        <translation>Weight (7.5; counted when the settings score plans by «section means weighted by section weight»):</translation>
    </message>
    <message>
        <source>Өөр зорилт руу зөөх</source>
        <translation>Move to another goal</translation>
    </message>
    <message>
        <source>Зорилт:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>Сонгосон мөрийг доторх бүх зүйл, биелэлтийн хамт устгах уу?</source>
        <translation>Delete the selected row with everything under it, including its implementation?</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <source>Төлөвлөгөө:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Тайлант үе:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Excel-ээс импортлох…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Тайлан…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <source>Шинэ төлөвлөгөө…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <source>Өмнөх оноос хуулах…</source>
        <translation>Copy from last year…</translation>
    </message>
    <message>
        <source>Мэдээлэл…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Устгах…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Биелэлт оруулах</source>
        <translation>Period entry</translation>
    </message>
    <message>
        <source>Төлөвлөгөөний бүтэц</source>
        <translation>Plan structure</translation>
    </message>
    <message>
        <source>Хяналт, батлах</source>
        <translation>Review and approval</translation>
    </message>
    <message>
        <source>Төлөвлөгөө устгах</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <source>«%1» төлөвлөгөөг бүх биелэлтийн хамт устгах уу?</source>
        <translation>Delete the plan «%1» with all its implementation?</translation>
    </message>
    <message>
        <source>Төлөвлөгөө хуулах</source>
        <translation>Copy plan</translation>
    </message>
    <message>
        <source>Аль оны төлөвлөгөө болгох вэ?</source>
        <translation>Make it the plan for which year?</translation>
    </message>
</context>
<context>
    <name>QStandardItemModel</name>
    <message>
        <source>Хугацааг улирлаар уншиж чадсангүй</source>
        <translation>Could not read the timing as quarters</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Файл байна</source>
        <translation>The file exists</translation>
    </message>
    <message>
        <source>«%1» файл байна. Шинэ тайлангаар солих уу?</source>
        <translation>«%1» already exists. Replace it with the new report?</translation>
    </message>
    <message>
        <source>Биелэлтийн тайлан</source>
        <translation>Plan execution report</translation>
    </message>
    <message>
        <source>Excel, буцааж импортлох загвар</source>
        <translation>Excel, layout that imports back</translation>
    </message>
    <message>
        <source>Сонгох…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Хадгалсны дараа нээх</source>
        <translation>Open after saving</translation>
    </message>
    <message>
        <source>Тайлант үе</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Хэлбэр</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Хаах</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Тайлан гаргах</source>
        <translation>Make report</translation>
    </message>
    <message>
        <source>Хадгалах</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Тайлан бэлтгэж байна…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>Хадгаллаа: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Цуцаллаа; файл үүсээгүй.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Хянасан гэж тэмдэглэх</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <source>Батлах</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Дахин нээх</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Үзүүлэлт</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Удааширсан, тасарсан арга хэмжээ</source>
        <translation>Stalled and broken-off measures</translation>
    </message>
    <message>
        <source>тасарсан</source>
        <translation>broken off</translation>
    </message>
    <message>
        <source>удааширсан</source>
        <translation>stalled</translation>
    </message>
    <message>
        <source>Шалтгаан:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Хэрэгжилт залруулах…</source>
        <translation>Correct an entry…</translation>
    </message>
    <message>
        <source>Батлагдсан хэрэгжилтийг зөвхөн Тамгын газрын дарга залруулна</source>
        <translation>Only the head of office corrects an approved entry</translation>
    </message>
    <message>
        <source>Тайлан батлагдаагүй: биелэлтийг «Биелэлт оруулах» хуудсанд засна</source>
        <translation>The report is not approved: change the entry under «Period entry»</translation>
    </message>
    <message>
        <source>Батлагдсан үеийн хэрэгжилт, үнэлгээг шалтгаантай нь залруулна (аудитад бичигдэнэ)</source>
        <translation>Correct an approved period's entry or evaluation, with the reason (recorded in the audit log)</translation>
    </message>
</context>
<context>
    <name>WholePlanButton</name>
    <message>
        <source>Бүтэн төлөвлөгөө</source>
        <translation>Whole plan</translation>
    </message>
    <message>
        <source>Бүтэн төлөвлөгөөг Excel-ээр гаргах…</source>
        <translation>Export the whole plan to Excel…</translation>
    </message>
    <message>
        <source>Бүтэн төлөвлөгөөг Excel-ээс оруулах…</source>
        <translation>Import a whole plan from Excel…</translation>
    </message>
    <message>
        <source>Бүтэн төлөвлөгөө хадгалах</source>
        <translation>Save the whole plan</translation>
    </message>
    <message>
        <source>Бүтэн төлөвлөгөөний файл</source>
        <translation>Whole-plan file</translation>
    </message>
    <message>
        <source>«%1» энэ программд яг адилхан байна; юу ч өөрчлөгдөхгүй.</source>
        <translation>«%1» is already here exactly as in the file; nothing changes.</translation>
    </message>
    <message>
        <source>«%1» (%2 он): шинээр үүснэ.</source>
        <translation>«%1» (%2): will be created.</translation>
    </message>
    <message>
        <source>«%1» (%2 он) бүх үеийн хамт файлынхаар солигдоно (өмнө нь нөөц хуулбар авна).</source>
        <translation>«%1» (%2) will be replaced, every period, by the file&apos;s (a backup is made first).</translation>
    </message>
    <message>
        <source>Хэрэгжилт: %1</source>
        <translation>Entries: %1</translation>
    </message>
    <message>
        <source>Бүтэн төлөвлөгөө оруулах</source>
        <translation>Import a whole plan</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <source>Төлөвлөгөөний биелэлт</source>
        <translation>Plan execution</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <source>Бүлэг, зорилт, арга хэмжээ</source>
        <translation>Section, goal, measure</translation>
    </message>
    <message>
        <source>Шалгуур үзүүлэлт</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Зорилтот түвшин</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Хугацаа</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Хариуцах</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Бүгд</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Тайлагнаагүй</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>Удааширсан</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <source>Тасарсан</source>
        <translation>Broken off</translation>
    </message>
    <message>
        <source>Хугацаа болоогүй</source>
        <translation>Not due</translation>
    </message>
    <message>
        <source>Тайлагнасан</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Үнэлэхгүй</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>удааширсан</source>
        <translation>stalled</translation>
    </message>
    <message>
        <source>тасарсан</source>
        <translation>broken off</translation>
    </message>
    <message>
        <source>Арга хэмжээ</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Төлөв</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Хувь</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Нээлттэй</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Хянасан</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Баталсан</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>CorrectEntryDialog</name>
    <message>
        <source>Батлагдсан хэрэгжилтийг залруулах: %1</source>
        <translation>Correct an approved entry: %1</translation>
    </message>
    <message>
        <source>Жишээ нь: хувийг буруу оруулсан</source>
        <translation>e.g. the percent was entered wrongly</translation>
    </message>
    <message>
        <source>Залруулгын шалтгаан</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Арга хэмжээ</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Аль үеийн бичлэг</source>
        <translation>Entry of</translation>
    </message>
    <message>
        <source>Хэрэгжилт</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Хувь</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Үнэлгээ</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>— үнэлээгүй —</source>
        <translation>— not evaluated —</translation>
    </message>
    <message>
        <source>Энэ үед оруулсан хэрэгжилт алга.</source>
        <translation>No entries were made in this period.</translation>
    </message>
</context>
</TS>
