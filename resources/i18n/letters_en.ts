<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="mn_MN">
<context>
    <name>AnswerPicker</name>
    <message>
        <location filename="../../soum_desk/ui/letters/answer_picker.py" line="25" />
        <source>Хариу хүлээж буй ирсэн бичиг</source>
        <translation>Incoming letters awaiting a reply</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/answer_picker.py" line="27" />
        <source>Хайх: байгууллага, дугаар, агуулга</source>
        <translation>Search: organisation, number, subject</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Тайлант үе</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="66" />
        <source>Албан бичгийн үзүүлэлт</source>
        <translation>Letters figures</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="72" />
        <source>Тайлант үе (2024Q4, 2024H1, 2024)</source>
        <translation>Period (2024Q4, 2024H1, 2024)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="75" />
        <source>Шийдвэрлэлтийн хувь</source>
        <translation>Resolution %</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="103" />
        <source>Тайлан бэлтгэж байна…</source>
        <translation>Preparing the report…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="116" />
        <source>Импортын урьдчилсан харагдац</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="118" />
        <source>Бэлэн: %1 (ирсэн %2, явсан %3) · давхардсан, алгасна: %4 · алдаатай мөр: %5</source>
        <translation>Ready: %1 (incoming %2, outgoing %3) · duplicates, skipped: %4 · rows with errors: %5</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="125" />
        <source>Зөв мөрүүдийг оруулах</source>
        <translation>Import the good rows</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="45" />
        <source>Ирсэн бичиг бүртгэх</source>
        <translation>Register an incoming letter</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="45" />
        <source>Явсан бичиг бүртгэх</source>
        <translation>Register an outgoing letter</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="67" />
        <source>Хариутай бичиг</source>
        <translation>Reply required</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="69" />
        <source>хоосон бол хуулийн хугацаагаар</source>
        <translation>blank: the standard reply period</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="72" />
        <source>Огноо</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="73" />
        <source>Байгууллага</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="74" />
        <source>Товч агуулга</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="76" />
        <source>Тэдний дугаар</source>
        <translation>Their reference</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="77" />
        <source>Тэдний огноо</source>
        <translation>Their date</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="78" />
        <source>Хуудас</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="79" />
        <source>Хэрэг (индекс)</source>
        <translation>Case file (index)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="80" />
        <source>Хариуцагч</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="83" />
        <source>Хариу өгөх хугацаа</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="84" />
        <source>Тэмдэглэл</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="88" />
        <source>Хариулж буй ирсэн бичиг: байхгүй</source>
        <translation>Answers incoming letters: none</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="89" />
        <source>Ирсэн бичиг сонгох…</source>
        <translation>Choose incoming letters…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="120" />
        <source>байхгүй</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/form.py" line="121" />
        <source>Хариулж буй ирсэн бичиг: %1</source>
        <translation>Answers incoming letters: %1</translation>
    </message>
</context>
<context>
    <name>LettersTools</name>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="31" />
        <source>Тайлан хадгалах</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="32" />
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="37" />
        <source>Тайлан</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="37" />
        <source>Хадгаллаа: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="47" />
        <source>Тайлан бэлтгэж байна…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="51" />
        <source>Хүлээн авсан</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="52" />
        <source>Хариутай</source>
        <translation>Requiring reply</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="53" />
        <source>Хугацаандаа хариулсан</source>
        <translation>Answered on time</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="54" />
        <source>Хоцорч хариулсан</source>
        <translation>Answered late</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="55" />
        <source>Хугацаа болоогүй</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="56" />
        <source>Хугацаа хэтэрсэн</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="57" />
        <source>Явуулсан</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="141" />
        <source>Хуучин бүртгэл (XLSX)</source>
        <translation>Legacy register (XLSX)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="150" />
        <source>Бичгүүдийг оруулж байна…</source>
        <translation>Importing letters…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="155" />
        <source>Импорт</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="155" />
        <source>Оруулсан: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/tools.py" line="157" />
        <source>Файлыг шалгаж байна…</source>
        <translation>Checking the file…</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>Хугацаа</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Бүртгэсэн: %1</source>
        <translation>Registered: %1</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="50" />
        <source>Төрөл</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="51" />
        <source>Дугаар</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="52" />
        <source>Огноо</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="53" />
        <source>Байгууллага</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="54" />
        <source>Товч агуулга</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="55" />
        <source>Хариуцагч</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="56" />
        <source>Хариу өгөх хугацаа</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="57" />
        <source>Төлөв</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="146" />
        <source>+ Ирсэн бичиг</source>
        <translation>+ Incoming letter</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="146" />
        <source>+ Явсан бичиг</source>
        <translation>+ Outgoing letter</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="146" />
        <source>Засах</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="147" />
        <source>Хариу холбох…</source>
        <translation>Link reply…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="147" />
        <source>Хугацаа хэтэрсэн (PDF)…</source>
        <translation>Overdue list (PDF)…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="148" />
        <source>Үзүүлэлт…</source>
        <translation>Figures…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="148" />
        <source>Хуучин бүртгэл оруулах…</source>
        <translation>Import legacy register…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="151" />
        <source>Бүх бичиг</source>
        <translation>All letters</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="151" />
        <source>Ирсэн</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="152" />
        <source>Явсан</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="153" />
        <source>Бүх төлөв</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="153" />
        <source>Хариу хүлээж буй</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="154" />
        <source>Хугацаа хэтэрсэн</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="154" />
        <source>Хугацаа болоогүй</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="155" />
        <source>Хариулсан</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="155" />
        <source>Хариу шаардлагагүй</source>
        <translation>No reply needed</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="156" />
        <source>Он: </source>
        <translation>Year: </translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="157" />
        <source>Хайх: дугаар, байгууллага, агуулга…</source>
        <translation>Search: number, organisation, subject…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="194" />
        <source>%1 бичиг · хугацаа хэтэрсэн хариутай бичиг: %2</source>
        <translation>%1 letters · overdue reply-letters: %2</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="208" />
        <source>Бичиг сонгоно уу.</source>
        <translation>Select a letter.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="216" />
        <source>Тэдний дугаар: %1</source>
        <translation>Their reference: %1</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="218" />
        <source>Хариу өгөх хугацаа: %1</source>
        <translation>Reply due: %1</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="220" />
        <source>Хариулсан: %1</source>
        <translation>Answered: %1</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="222" />
        <source>Хэрэг: %1</source>
        <translation>Case file: %1</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="224" />
        <source>Хариу:</source>
        <translation>Answered by:</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="224" />
        <source>Хариулсан бичиг:</source>
        <translation>Letters answered:</translation>
    </message>
    <message>
        <source>Залруулах…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Бүртгэсэн бичгийн алдааг шалтгаантай нь залруулна (аудитад бичигдэнэ)</source>
        <translation>Correct a mistake in a registered letter, with the reason (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Бүртгэсэн бичгийг зөвхөн Тамгын газрын дарга залруулна</source>
        <translation>Only the head of office corrects a registered letter</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../soum_desk/ui/letters/view.py" line="254" />
        <source>Албан бичиг</source>
        <translation>Letters</translation>
    </message>
</context>
<context>
    <name>CorrectLetterDialog</name>
    <message>
        <source>Бичиг залруулах: №%1</source>
        <translation>Correct letter No. %1</translation>
    </message>
    <message>
        <source>Жишээ нь: огноог буруу оруулсан</source>
        <translation>e.g. the date was entered wrongly</translation>
    </message>
    <message>
        <source>Залруулгын шалтгаан</source>
        <translation>Reason for the correction</translation>
    </message>
</context>
</TS>