<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="mn_MN">
<context>
    <name>CorrectDialog</name>
    <message>
        <source>Залруулах: %1</source>
        <translation>Correct: %1</translation>
    </message>
    <message>
        <source>Шийдвэрлэсэн огноо</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <source>Жишээ нь: огноог буруу оруулсан</source>
        <translation>For example: the date was entered wrongly</translation>
    </message>
    <message>
        <source>Шийдвэрлэлт</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Залруулгын шалтгаан</source>
        <translation>Reason for the correction</translation>
    </message>
</context>
<context>
    <name>DetailDialog</name>
    <message>
        <source>Бүртгэсэн</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Хуваарилсан</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Төлөв өөрчилсөн</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Шийдвэрлэсэн</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Шилжүүлсэн</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Буцаасан</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Хугацаа сунгасан</source>
        <translation>Deadline extended</translation>
    </message>
    <message>
        <source>Залруулсан (дарга)</source>
        <translation>Corrected (head)</translation>
    </message>
    <message>
        <source>Хувийн мэдээлэл харсан</source>
        <translation>Personal data viewed</translation>
    </message>
    <message>
        <source>Бөөнөөр оруулсан (Excel эсвэл жишээ өгөгдөл)</source>
        <translation>Bulk-loaded (Excel import or demo data)</translation>
    </message>
    <message>
        <source>Өргөдөл гаргагч</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <source>Хуваарилах…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Шийдвэрлэж эхлэх</source>
        <translation>Start work</translation>
    </message>
    <message>
        <source>Шийдвэрлэх…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Хугацаа сунгах…</source>
        <translation>Extend deadline…</translation>
    </message>
    <message>
        <source>Залруулах…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Шийдвэрлэсэн өргөдлийн огноо, шийдвэрлэлтийг дарга залруулна</source>
        <translation>The head corrects a closed petition&apos;s date and resolution</translation>
    </message>
    <message>
        <source>Түүх</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Өргөдөл %1</source>
        <translation>Petition %1</translation>
    </message>
    <message>
        <source>(%1 хоногоор сунгасан: %2)</source>
        <translation>(extended by %1 days: %2)</translation>
    </message>
    <message>
        <source>Дугаар</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Хүлээн авсан</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Төрөл</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Суваг</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Эх сурвалж</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Агуулгын ангилал</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Баг</source>
        <translation>Bag</translation>
    </message>
    <message>
        <source>Товч агуулга</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Хариуцсан</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Төлөв</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Дуусах хугацаа</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Шийдвэрлэлт</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Хариу өгсөн хэлбэр</source>
        <translation>How answered</translation>
    </message>
    <message>
        <source>Хувийн мэдээлэл харах эрхгүй.</source>
        <translation>You may not see personal data.</translation>
    </message>
    <message>
        <source>Нэргүй өргөдөл.</source>
        <translation>Anonymous petition.</translation>
    </message>
    <message>
        <source>Овог нэр</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Регистрийн дугаар</source>
        <translation>Civil register number</translation>
    </message>
    <message>
        <source>Утас</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Хаяг</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Хуваарилах</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Хариуцах албан тушаалтан</source>
        <translation>Responsible official</translation>
    </message>
    <message>
        <source>Хугацаа сунгах</source>
        <translation>Extend deadline</translation>
    </message>
    <message>
        <source>Сунгах шалтгаан</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <source>Шийдвэрлэсэн өргөдлийг зөвхөн Тамгын газрын дарга залруулна</source>
        <translation>Only the head of office corrects a closed petition</translation>
    </message>
    <message>
        <source>Шийдвэрлээгүй өргөдлийн огноо, шийдвэрлэлтийг шийдвэрлэхдээ оруулна</source>
        <translation>An open petition gets its date and resolution when it is resolved</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Бүртгэлгүй баг: %1</source>
        <translation>Bags not registered: %1</translation>
    </message>
    <message>
        <source>Дутуу багуудыг бүртгэх (%1 баг; тэдгээрийн %2 мөр мөн орно)</source>
        <translation>Register the missing bags (%1 bags; their %2 rows are imported too)</translation>
    </message>
    <message>
        <source>Excel бүртгэл оруулах</source>
        <translation>Import an Excel register</translation>
    </message>
    <message>
        <source>Файл сонгох…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Хуучин бүртгэлийн Excel файлаа сонгоно уу.</source>
        <translation>Choose the Excel file of the old register.</translation>
    </message>
    <message>
        <source>Оруулах</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Excel файл</source>
        <translation>Excel file</translation>
    </message>
    <message>
        <source>Уншиж байна…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Файл уншиж байна…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Цуцаллаа: юу ч бичээгүй.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Шинэ: %1, өмнө оруулсан: %2, алдаатай мөр: %3</source>
        <translation>New: %1, already imported: %2, rows with errors: %3</translation>
    </message>
    <message>
        <source>Оруулж байна…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Оруулсан: %1</source>
        <translation>Imported: %1</translation>
    </message>
</context>
<context>
    <name>PetitionsView</name>
    <message>
        <source>Бүртгэсэн: %1</source>
        <translation>Registered: %1</translation>
    </message>
    <message>
        <source>Дугаар</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Хүлээн авсан</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Төрөл</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Суваг</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Агуулгын ангилал</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Баг</source>
        <translation>Bag</translation>
    </message>
    <message>
        <source>Товч агуулга</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Хариуцсан</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Төлөв</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Дуусах хугацаа</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Шийдвэрлэсэн</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Дугаар, агуулга, шийдвэрлэлтээс хайх…</source>
        <translation>Search number, summary and resolution…</translation>
    </message>
    <message>
        <source>Иргэний нэр, регистрээр хайх…</source>
        <translation>Search citizen&apos;s name or register number…</translation>
    </message>
    <message>
        <source>Иргэний хувийн мэдээллээр хайсныг аудитын бүртгэлд тэмдэглэнэ.</source>
        <translation>A search by a citizen&apos;s personal data is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Хугацаа хэтэрсэн</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Хугацаа дөхсөн</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Шинэ өргөдөл</source>
        <translation>New petition</translation>
    </message>
    <message>
        <source>Дэлгэрэнгүй</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Үзүүлэлт, тайлан…</source>
        <translation>Figures and report…</translation>
    </message>
    <message>
        <source>Excel-ээс оруулах…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Бүх төрөл</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Бүх суваг</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Бүх хугацаа</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Бүх төлөв</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Шийдвэрлэгдээгүй</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Хаагдсан</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>%1 өргөдөл</source>
        <translation>%1 petitions</translation>
    </message>
    <message>
        <source>Бүх ангилал</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Бүх баг</source>
        <translation>All bags</translation>
    </message>
    <message>
        <source>Бүх хариуцагч</source>
        <translation>All officials</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Өргөдөл бүртгэх</source>
        <translation>Register a petition</translation>
    </message>
    <message>
        <source>Байгууллага, албан бичгийн дугаар</source>
        <translation>Organisation and letter reference</translation>
    </message>
    <message>
        <source>Өргөдлийн товч агуулга</source>
        <translation>Short summary of the petition</translation>
    </message>
    <message>
        <source>Хүлээн авсан</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Суваг</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Төрөл</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Эх сурвалж</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Шилжүүлсэн</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Агуулгын ангилал</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Баг</source>
        <translation>Bag</translation>
    </message>
    <message>
        <source>Товч агуулга</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Хариуцах</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Шийдвэрлэх хугацаа</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Нэргүй өргөдөл</source>
        <translation>Anonymous petition</translation>
    </message>
    <message>
        <source>Өргөдөл гаргагч (хувийн мэдээлэл)</source>
        <translation>Petitioner (personal data)</translation>
    </message>
    <message>
        <source>Овог нэр</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Регистрийн дугаар</source>
        <translation>Civil register number</translation>
    </message>
    <message>
        <source>Утас</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Хаяг</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Хадгалах</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Хадгалаад шинэ</source>
        <translation>Save and new</translation>
    </message>
    <message>
        <source>%1 (%2 хоног)</source>
        <translation>%1 (%2 days)</translation>
    </message>
    <message>
        <source>Бүртгэлээ: %1, хугацаа %2</source>
        <translation>Registered: %1, due %2</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Өргөдлийн үзүүлэлт, тайлан</source>
        <translation>Petition figures and report</translation>
    </message>
    <message>
        <source>Байдлаарх огноо</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Үзүүлэлт</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Тоо</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>PDF тайлан…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <source>Excel тайлан…</source>
        <translation>Excel report…</translation>
    </message>
    <message>
        <source>Тайлант үе</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Хамгийн их давтамжтай: %1</source>
        <translation>Most frequent: %1</translation>
    </message>
    <message>
        <source>Тайлан хадгалах</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Тайлан бэлтгэж байна…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>Хадгаллаа: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Шийдвэрлэх: %1</source>
        <translation>Resolve: %1</translation>
    </message>
    <message>
        <source>Төлөв</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Огноо</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Шийдвэрлэлт</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Хариу өгсөн хэлбэр</source>
        <translation>How answered</translation>
    </message>
    <message>
        <source>Шилжүүлсэн байгууллага</source>
        <translation>Forwarded to</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <source>Өргөдөл, гомдол</source>
        <translation>Petitions</translation>
    </message>
</context>
</TS>
