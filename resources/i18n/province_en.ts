<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="mn_MN">
<context>
    <name>ImportView</name>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="79" />
        <location filename="../../soum_desk/ui/province/import_view.py" line="83" />
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="79" />
        <location filename="../../soum_desk/ui/province/import_view.py" line="81" />
        <location filename="../../soum_desk/ui/province/import_view.py" line="83" />
        <source>Байгууллага</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="79" />
        <location filename="../../soum_desk/ui/province/import_view.py" line="81" />
        <source>Үе</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="79" />
        <location filename="../../soum_desk/ui/province/import_view.py" line="81" />
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="80" />
        <location filename="../../soum_desk/ui/province/import_view.py" line="83" />
        <source>Дүгнэлт</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="80" />
        <location filename="../../soum_desk/ui/province/import_view.py" line="82" />
        <location filename="../../soum_desk/ui/province/import_view.py" line="84" />
        <source>Шалтгаан</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="81" />
        <source>Ирсэн</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="83" />
        <source>Хэзээ</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="85" />
        <source>Импортын дүн</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="85" />
        <source>Хянуулахаар хүлээлгэсэн</source>
        <translation>Held for review</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="86" />
        <source>Татгалзсан</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="88" />
        <source>Багц сонгож импортлох…</source>
        <translation>Choose bundles to import…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="89" />
        <source>Хүлээлгэснийг зөвшөөрөх</source>
        <translation>Accept held bundle</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="90" />
        <source>Хүлээлгэснийг татгалзах</source>
        <translation>Reject held bundle</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="97" />
        <source>Багц сонгох</source>
        <translation>Choose bundles</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="103" />
        <source>Шалгаж, импортолж байна…</source>
        <translation>Verifying and importing…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="112" />
        <source>%1 хүчинтэй, %2 татгалзсан/хүлээлгэсэн</source>
        <translation>%1 valid, %2 refused/held</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="124" />
        <source>Зарим багц хувийн мэдээлэлтэй байна. Аймгийн шифрлэлтийн түлхүүрийн нууц үгийг оруулбал дахин импортолно.</source>
        <translation>Some bundles carry personal data. Enter the province encryption key passphrase to import them again.</translation>
    </message>
</context>
<context>
    <name>OfficesView</name>
    <message>
        <source>Сүүлийн багц (дугаар тулгах)…</source>
        <translation>Last bundle (resynchronise)…</translation>
    </message>
    <message>
        <source>%1: энэ байгууллагаас багц ирээгүй байна.</source>
        <translation>%1: no bundle has arrived from this office.</translation>
    </message>
    <message>
        <source>%1: аймгийн сүүлд хүлээн авсан багц №%2
Хэш: %3

Сумын дарга «Аймагт илгээх багц» → «Аймагтай дугаар тулгах…» хэсэгт эдгээрийг оруулна, эсвэл:
%4</source>
        <translation>%1: the last bundle the province accepted is no. %2
Digest: %3

The office&apos;s head enters these under «Bundle for the province» → «Resynchronise numbers with the province…», or runs:
%4</translation>
    </message>
    <message>
        <source>Сүүлийн багц</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="72" />
        <source>Байгууллага</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="72" />
        <source>Төрөл</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="72" />
        <location filename="../../soum_desk/ui/province/offices_view.py" line="88" />
        <source>Хурууны хээ</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="73" />
        <source>Хүчинтэй эхэлсэн</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="73" />
        <source>Төлөв</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="74" />
        <source>Сум</source>
        <translation>Soum</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="75" />
        <source>Агентлаг</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="76" />
        <source>Түлхүүр бүртгэх…</source>
        <translation>Register key…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="77" />
        <source>Хүчингүй болгох…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="78" />
        <source>Аймгийн шифрлэлтийн түлхүүр гаргах…</source>
        <translation>Export the province encryption key…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="84" />
        <source>Нийтийн түлхүүрийн файл</source>
        <translation>Public key file</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="88" />
        <source>Хэвлэсэн хуудсан дээрх хурууны хээг оруулна уу:</source>
        <translation>Enter the fingerprint printed on the card:</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="104" />
        <source>Хүчингүй болгох</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="105" />
        <source>Шалтгаан (өнөөдрөөс хүчингүй):</source>
        <translation>Reason (revoked from today):</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="119" />
        <source>Аймгийн шифрлэлтийн түлхүүр үүсгэнэ: сумд хувийн мэдээллийг үүгээр шифрлэнэ.</source>
        <translation>A province encryption key will be created: soums encrypt personal data with it.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="127" />
        <source>Аймгийн нийтийн түлхүүр</source>
        <translation>Province public key</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>Явцын хяналт (10.1)</source>
        <translation>Progress monitoring (10.1)</translation>
    </message>
    <message>
        <source>Шагнал (10.3–10.6)</source>
        <translation>Prize (10.3–10.6)</translation>
    </message>
    <message>
        <source>Зөрчил (11.3)</source>
        <translation>Violations (11.3)</translation>
    </message>
    <message>
        <source>Тэмдэглэх</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Явцын хяналт-шинжилгээ (10.1)…</source>
        <translation>Progress monitoring (10.1)…</translation>
    </message>
    <message>
        <source>Зөвлөлийн шийдвэр (10.2)…</source>
        <translation>Council&apos;s decision (10.2)…</translation>
    </message>
    <message>
        <source>Тусгай байр (10.4)…</source>
        <translation>Special places (10.4)…</translation>
    </message>
    <message>
        <source>Зөрчил (11.3)…</source>
        <translation>Violation (11.3)…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="87" />
        <source>Үе:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="88" />
        <source>Харах</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="89" />
        <source>Байр</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="89" />
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="91" />
        <source>Сум / агентлаг</source>
        <translation>Soum / agency</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="89" />
        <source>Үнэлгээ (0–5)</source>
        <translation>Score (0–5)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="90" />
        <source>Хоцорсон өдөр</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="90" />
        <source>Эцсийн оноо</source>
        <translation>Final score</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="90" />
        <source>Ирсэн</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="92" />
        <source>Хариуцлага (11.2)</source>
        <translation>Accountability (11.2)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="91" />
        <source>Төлөвлөгөө %</source>
        <translation>Plans %</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="91" />
        <source>Оноо</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="92" />
        <source>Өргөдөл</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="92" />
        <source>Хугацаандаа %</source>
        <translation>On time %</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="92" />
        <source>Хэтэрсэн</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="93" />
        <source>Ирсэн бичиг</source>
        <translation>Incoming letters</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="93" />
        <source>Явсан бичиг</source>
        <translation>Outgoing letters</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="93" />
        <source>Хариу хугацаандаа %</source>
        <translation>Replies on time %</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="94" />
        <source>Архив байнга/70/түр</source>
        <translation>Archive permanent/70/temporary</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="95" />
        <source>Эрэмбэ</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="96" />
        <source>Нэгтгэсэн үзүүлэлт</source>
        <translation>Consolidated figures</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="108" />
        <source>Ирүүлээгүй: %1</source>
        <translation>Not submitted: %1</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="109" />
        <source>Бүх байгууллага ирүүлсэн.</source>
        <translation>Every office has submitted.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="115" />
        <source>Тайлан хадгалах</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="119" />
        <source>Тайлан бэлтгэж байна…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>Давхар товшвол тухайн байгууллагын энэ үеийн багцын түүх нээгдэнэ.</source>
        <translation>Double-click to see every bundle this office sent for the period.</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <source>Үнэлгээний график</source>
        <translation>Score charts</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/import_view.py" line="145" />
        <source>Багц хүлээн авах</source>
        <translation>Receive bundles</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/offices_view.py" line="136" />
        <source>Сумдын түлхүүр</source>
        <translation>Soum keys</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/province/ranking_view.py" line="123" />
        <source>Нэгтгэл ба эрэмбэ</source>
        <translation>Consolidation and ranking</translation>
    </message>
</context>
<context>
    <name>ProvinceChartsView</name>
    <message>
        <source>Үе:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Хэдэн үе:</source>
        <translation>Periods:</translation>
    </message>
    <message>
        <source>Харах</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Хугацаандаа</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Хоцорсон (%1 өдөр)</source>
        <translation>Late (%1 days)</translation>
    </message>
    <message>
        <source>Ирүүлээгүй</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Сум / агентлаг</source>
        <translation>Soum / agency</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Багцын түүх</source>
        <translation>Bundle history</translation>
    </message>
    <message>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Үүсгэсэн</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Ирсэн</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Дүгнэлт</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Ашиглаж буй</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Хоцролтыг тооцох</source>
        <translation>Lateness counted from</translation>
    </message>
    <message>
        <source>Шалтгаан</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Нэгтгэл, эрэмбэд хамгийн сүүлийн хүчинтэй багцыг ашиглана; хоцролтыг анхны хүчинтэй багц ирсэн өдрөөс тооцно.</source>
        <translation>Consolidation and ranking use the latest valid bundle; lateness counts from the day the first valid bundle arrived.</translation>
    </message>
    <message>
        <source>Энэ үеийн багц ирээгүй.</source>
        <translation>No bundle has arrived for this period.</translation>
    </message>
    <message>
        <source>Хаах</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EvaluationDialogs</name>
    <message>
        <source>Хадгалах</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Болих</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MonitoringDialog</name>
    <message>
        <source>Явцын хяналт-шинжилгээ (10.1)</source>
        <translation>Progress monitoring (10.1)</translation>
    </message>
    <message>
        <source>Жишээ нь: А/215 захирамж</source>
        <translation>For example: order A/215</translation>
    </message>
    <message>
        <source>Ажлын хэсэг жил бүрийн 9 дүгээр сард багтаан явцын хяналт-шинжилгээ хийж зөвлөмж өгнө. 9-р сарын 30-аас хойш хийсэн бол хугацаа хэтэрсэн гэж харагдана.</source>
        <translation>The working group monitors progress by the end of September each year and gives recommendations. Monitoring after 30 September is shown as late.</translation>
    </message>
    <message>
        <source>Сум / агентлаг</source>
        <translation>Soum / agency</translation>
    </message>
    <message>
        <source>Хяналт хийсэн огноо</source>
        <translation>Monitoring date</translation>
    </message>
    <message>
        <source>Ажлын хэсгийг томилсон захирамж</source>
        <translation>Order appointing the working group</translation>
    </message>
    <message>
        <source>Өгсөн зөвлөмж</source>
        <translation>Recommendations given</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Зөвлөлийн шийдвэр (10.2)</source>
        <translation>Council&apos;s decision (10.2)</translation>
    </message>
    <message>
        <source>%1 оны эрэмбийг аймгийн Засаг даргын зөвлөлийн хурлаар баталгаажуулсан шийдвэр. Одоогийн байрыг хадгална; дараа нь ирсэн багц байрыг өөрчилбөл эрэмбэд харагдана.</source>
        <translation>The aimag governor&apos;s council&apos;s decision confirming the %1 ranking. The current places are kept; if a bundle arriving later changes a place, the ranking shows it.</translation>
    </message>
    <message>
        <source>Хурлын огноо</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Шийдвэрийн дугаар</source>
        <translation>Decision number</translation>
    </message>
</context>
<context>
    <name>SpecialPlacesDialog</name>
    <message>
        <source>Байрны шагналтай тул тусгай байр олгохгүй.</source>
        <translation>Already awarded for its place, so no special place.</translation>
    </message>
    <message>
        <source>Тусгай байр (10.4)</source>
        <translation>Special places (10.4)</translation>
    </message>
    <message>
        <source>Аймгийн Засаг даргын зөвлөлийн хурлаар тусгай байранд шалгарсан сумдыг сонгоно (шагналт байргүй, тайлангаа ирүүлсэн сум).</source>
        <translation>Tick the soums the aimag governor&apos;s council gave a special place (soums that reported and hold no prized place).</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <source>Сонгосныг хасах</source>
        <translation>Remove the selected one</translation>
    </message>
    <message>
        <source>Бүртгэсэн зөрчил</source>
        <translation>Recorded violations</translation>
    </message>
    <message>
        <source>Зөрчил хасах</source>
        <translation>Remove a violation</translation>
    </message>
    <message>
        <source>«%1»-ийг бүртгэлээс хасах уу? Аудитын бүртгэлд үлдэнэ.</source>
        <translation>Remove «%1» from the record? The audit log keeps it.</translation>
    </message>
    <message>
        <source>Зөрчил бүртгэх (11.3)</source>
        <translation>Record a violation (11.3)</translation>
    </message>
    <message>
        <source>Жишээ нь: Хяналт шалгалтын акт №12</source>
        <translation>For example: inspection act №12</translation>
    </message>
    <message>
        <source>Зөрчил оноо, байрыг өөрчлөхгүй; эрэмбэ, тайланд харагдана. Албан тушаалтанд холбогдох хуулийн дагуу хариуцлага хүлээлгэнэ.</source>
        <translation>A violation changes neither score nor place; it is shown in the ranking and the report. The official is held accountable under the relevant laws.</translation>
    </message>
    <message>
        <source>Сум / агентлаг</source>
        <translation>Soum / agency</translation>
    </message>
    <message>
        <source>Илрүүлсэн огноо</source>
        <translation>Date found</translation>
    </message>
    <message>
        <source>Заалт</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Аль оных</source>
        <translation>Counted against year</translation>
    </message>
    <message>
        <source>Зөрчлийн агуулга</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Үндэслэл (акт, албан бичиг)</source>
        <translation>Reference (act, letter)</translation>
    </message>
    <message>
        <source>Албан тушаалтан</source>
        <translation>Official</translation>
    </message>
</context>
</TS>