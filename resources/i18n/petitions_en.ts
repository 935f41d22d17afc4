<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="mn_MN">
<context>
    <name>DetailDialog</name>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="30"/>
        <source>Бүртгэсэн</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="31"/>
        <source>Хуваарилсан</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="32"/>
        <source>Төлөв өөрчилсөн</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="33"/>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="102"/>
        <source>Шийдвэрлэсэн</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="34"/>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="103"/>
        <source>Шилжүүлсэн</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="35"/>
        <source>Буцаасан</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="36"/>
        <source>Хугацаа сунгасан</source>
        <translation>Deadline extended</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="37"/>
        <source>Хувийн мэдээлэл харсан</source>
        <translation>Personal data viewed</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="38"/>
        <source>Бөөнөөр оруулсан (Excel эсвэл жишээ өгөгдөл)</source>
        <translation>Bulk-loaded (Excel import or demo data)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="52"/>
        <source>Өргөдөл гаргагч</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="56"/>
        <source>Хуваарилах…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="57"/>
        <source>Шийдвэрлэж эхлэх</source>
        <translation>Start work</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="58"/>
        <source>Шийдвэрлэх…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="59"/>
        <source>Хугацаа сунгах…</source>
        <translation>Extend deadline…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="74"/>
        <source>Түүх</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="87"/>
        <source>Өргөдөл %1</source>
        <translation>Petition %1</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="93"/>
        <source>(%1 хоногоор сунгасан: %2)</source>
        <translation>(extended by %1 days: %2)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="96"/>
        <source>Дугаар</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="96"/>
        <source>Хүлээн авсан</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="97"/>
        <source>Төрөл</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="97"/>
        <source>Суваг</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="98"/>
        <source>Эх сурвалж</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="99"/>
        <source>Агуулгын ангилал</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="99"/>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="116"/>
        <source>Баг</source>
        <translation>Bag</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="100"/>
        <source>Товч агуулга</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="100"/>
        <source>Хариуцсан</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="101"/>
        <source>Төлөв</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="101"/>
        <source>Дуусах хугацаа</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="102"/>
        <source>Шийдвэрлэлт</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="103"/>
        <source>Хариу өгсөн хэлбэр</source>
        <translation>How answered</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="111"/>
        <source>Хувийн мэдээлэл харах эрхгүй.</source>
        <translation>You may not see personal data.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="113"/>
        <source>Нэргүй өргөдөл.</source>
        <translation>Anonymous petition.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="115"/>
        <source>Овог нэр</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="115"/>
        <source>Регистрийн дугаар</source>
        <translation>Civil register number</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="116"/>
        <source>Утас</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="116"/>
        <source>Хаяг</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="143"/>
        <source>Хуваарилах</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="143"/>
        <source>Хариуцах албан тушаалтан</source>
        <translation>Responsible official</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="156"/>
        <source>Хугацаа сунгах</source>
        <translation>Extend deadline</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/detail_dialog.py" line="156"/>
        <source>Сунгах шалтгаан</source>
        <translation>Reason for the extension</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../soum_desk/ui/petitions/import_dialog.py" line="28"/>
        <source>Excel бүртгэл оруулах</source>
        <translation>Import an Excel register</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/import_dialog.py" line="29"/>
        <source>Файл сонгох…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/import_dialog.py" line="31"/>
        <source>Хуучин бүртгэлийн Excel файлаа сонгоно уу.</source>
        <translation>Choose the Excel file of the old register.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/import_dialog.py" line="36"/>
        <source>Оруулах</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/import_dialog.py" line="50"/>
        <source>Excel файл</source>
        <translation>Excel file</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/import_dialog.py" line="56"/>
        <source>Уншиж байна…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/import_dialog.py" line="57"/>
        <source>Файл уншиж байна…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/import_dialog.py" line="64"/>
        <source>Цуцаллаа: юу ч бичээгүй.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/import_dialog.py" line="73"/>
        <source>Шинэ: %1, өмнө оруулсан: %2, алдаатай мөр: %3</source>
        <translation>New: %1, already imported: %2, rows with errors: %3</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/import_dialog.py" line="87"/>
        <source>Оруулж байна…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/import_dialog.py" line="94"/>
        <source>Оруулсан: %1</source>
        <translation>Imported: %1</translation>
    </message>
</context>
<context>
    <name>PetitionTableModel</name>
    <message>
        <location filename="../../soum_desk/ui/petitions/table_model.py" line="39"/>
        <source>Дугаар</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/table_model.py" line="39"/>
        <source>Хүлээн авсан</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/table_model.py" line="39"/>
        <source>Төрөл</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/table_model.py" line="39"/>
        <source>Суваг</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/table_model.py" line="40"/>
        <source>Агуулгын ангилал</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/table_model.py" line="40"/>
        <source>Баг</source>
        <translation>Bag</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/table_model.py" line="40"/>
        <source>Товч агуулга</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/table_model.py" line="40"/>
        <source>Хариуцсан</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/table_model.py" line="41"/>
        <source>Төлөв</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/table_model.py" line="41"/>
        <source>Дуусах хугацаа</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/table_model.py" line="41"/>
        <source>Шийдвэрлэсэн</source>
        <translation>Resolved</translation>
    </message>
</context>
<context>
    <name>PetitionsView</name>
    <message>
        <location filename="../../soum_desk/ui/petitions/view.py" line="109"/>
        <source>Агуулга, шийдвэрлэлтээс хайх…</source>
        <translation>Search summary and resolution…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/view.py" line="110"/>
        <source>Хугацаа хэтэрсэн</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Хугацаа дөхсөн</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/view.py" line="111"/>
        <source>Шинэ өргөдөл</source>
        <translation>New petition</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/view.py" line="112"/>
        <source>Дэлгэрэнгүй</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/view.py" line="113"/>
        <source>Үзүүлэлт, тайлан…</source>
        <translation>Figures and report…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/view.py" line="114"/>
        <source>Excel-ээс оруулах…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/view.py" line="115"/>
        <source>Бүх төрөл</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/view.py" line="116"/>
        <source>Бүх суваг</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/view.py" line="120"/>
        <source>Бүх хугацаа</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/view.py" line="123"/>
        <source>Бүх төлөв</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/view.py" line="123"/>
        <source>Шийдвэрлэгдээгүй</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/view.py" line="123"/>
        <source>Хаагдсан</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/view.py" line="129"/>
        <location filename="../../soum_desk/ui/petitions/view.py" line="173"/>
        <source>%1 өргөдөл</source>
        <translation>%1 petitions</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/view.py" line="150"/>
        <source>Бүх ангилал</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/view.py" line="151"/>
        <source>Бүх баг</source>
        <translation>All bags</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/view.py" line="152"/>
        <source>Бүх хариуцагч</source>
        <translation>All officials</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="39"/>
        <source>Өргөдөл бүртгэх</source>
        <translation>Register a petition</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="47"/>
        <source>Байгууллага, албан бичгийн дугаар</source>
        <translation>Organisation and letter reference</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="54"/>
        <source>Өргөдлийн товч агуулга</source>
        <translation>Short summary of the petition</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="58"/>
        <source>Хүлээн авсан</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="59"/>
        <source>Суваг</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="60"/>
        <source>Төрөл</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="61"/>
        <source>Эх сурвалж</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="62"/>
        <source>Шилжүүлсэн</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="63"/>
        <source>Агуулгын ангилал</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="64"/>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="83"/>
        <source>Баг</source>
        <translation>Bag</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="65"/>
        <source>Товч агуулга</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="66"/>
        <source>Хариуцах</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="67"/>
        <source>Шийдвэрлэх хугацаа</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="68"/>
        <source>Нэргүй өргөдөл</source>
        <translation>Anonymous petition</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="76"/>
        <source>Өргөдөл гаргагч (хувийн мэдээлэл)</source>
        <translation>Petitioner (personal data)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="79"/>
        <source>Овог нэр</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="80"/>
        <source>Регистрийн дугаар</source>
        <translation>Civil register number</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="81"/>
        <source>Утас</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="82"/>
        <source>Хаяг</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="85"/>
        <source>Хадгалах</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="86"/>
        <source>Хадгалаад шинэ</source>
        <translation>Save and new</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="126"/>
        <source>%1 (%2 хоног)</source>
        <translation>%1 (%2 days)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/register_dialog.py" line="150"/>
        <source>Бүртгэлээ: %1, хугацаа %2</source>
        <translation>Registered: %1, due %2</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../soum_desk/ui/petitions/report_dialog.py" line="45"/>
        <source>Өргөдлийн үзүүлэлт, тайлан</source>
        <translation>Petition figures and report</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/report_dialog.py" line="50"/>
        <source>Байдлаарх огноо</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/report_dialog.py" line="58"/>
        <source>Үзүүлэлт</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/report_dialog.py" line="58"/>
        <source>Тоо</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/report_dialog.py" line="62"/>
        <source>PDF тайлан…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/report_dialog.py" line="63"/>
        <source>Excel тайлан…</source>
        <translation>Excel report…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/report_dialog.py" line="67"/>
        <source>Тайлант үе</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/report_dialog.py" line="103"/>
        <source>Хамгийн их давтамжтай: %1</source>
        <translation>Most frequent: %1</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/report_dialog.py" line="110"/>
        <source>Тайлан хадгалах</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/report_dialog.py" line="114"/>
        <source>Тайлан бэлтгэж байна…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/report_dialog.py" line="121"/>
        <source>Хадгаллаа: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../soum_desk/ui/petitions/resolve_dialog.py" line="30"/>
        <source>Шийдвэрлэх: %1</source>
        <translation>Resolve: %1</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/resolve_dialog.py" line="42"/>
        <source>Төлөв</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/resolve_dialog.py" line="43"/>
        <source>Огноо</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/resolve_dialog.py" line="44"/>
        <source>Шийдвэрлэлт</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/resolve_dialog.py" line="45"/>
        <source>Хариу өгсөн хэлбэр</source>
        <translation>How answered</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/petitions/resolve_dialog.py" line="46"/>
        <source>Шилжүүлсэн байгууллага</source>
        <translation>Forwarded to</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../soum_desk/ui/petitions/__init__.py" line="16"/>
        <source>Өргөдөл, гомдол</source>
        <translation>Petitions</translation>
    </message>
</context>
<context>
    <name>petitions</name>
    <message>
        <location filename="../../soum_desk/ui/petitions/status.py" line="23"/>
        <source>Хугацаа хэтэрсэн өргөдөл: %1</source>
        <translation>Overdue petitions: %1</translation>
    </message>
</context>
</TS>
