<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="mn_MN">
<context>
    <name>AuditView</name>
    <message>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Огноо, цаг</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Хэрэглэгч</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Үйлдэл</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Объект</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Дугаар</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Хэрэглэгч:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Үйлдэл:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Эхлэх:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Дуусах:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Хайх:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>ж: user. эсвэл backup.</source>
        <translation>e.g. user. or backup.</translation>
    </message>
    <message>
        <source>өмнөх/дараах утгаас хайх</source>
        <translation>search the before/after values</translation>
    </message>
    <message>
        <source>Шүүх</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Гинжин хэшийг шалгах</source>
        <translation>Verify the hash chain</translation>
    </message>
    <message>
        <source>(бүгд)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>%1 бичлэг</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>Өмнө:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <source>Дараа:</source>
        <translation>After:</translation>
    </message>
    <message>
        <source>Гинжин хэшийг шалгаж байна…</source>
        <translation>Verifying the hash chain…</translation>
    </message>
    <message>
        <source>Аудитын бүртгэл</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Гинж бүтэн байна: %1 бичлэг шалгалаа.</source>
        <translation>The chain is intact: %1 entries checked.</translation>
    </message>
    <message>
        <source>Гинж эвдэрсэн байна (#%1): %2</source>
        <translation>The chain is broken (#%1): %2</translation>
    </message>
</context>
<context>
    <name>BackupView</name>
    <message>
        <source>гараар</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>автомат</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>шинэчлэлийн өмнө</source>
        <translation>before migration</translation>
    </message>
    <message>
        <source>сэргээхийн өмнө</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>импортын өмнө</source>
        <translation>before import</translation>
    </message>
    <message>
        <source>экспортын өмнө</source>
        <translation>before export</translation>
    </message>
    <message>
        <source>Огноо</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Шалтгаан</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Хэмжээ</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Одоо нөөцлөх</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Сонгосноос сэргээх…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <source>Файлаас сэргээх…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <source>Хавтас: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>Нөөц хуулбар хийгдээгүй байна.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <source>Сүүлийн нөөц: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>%1 цагаас хуучин байна, одоо нөөцлөнө үү.</source>
        <translation>older than %1 hours, please back up now.</translation>
    </message>
    <message>
        <source>Нөөц хуулбар хийж байна…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Нөөц файл сонгох</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>SoumDesk нөөц (*.sqlite3 *.db);;Бүх файл (*)</source>
        <translation>SoumDesk backups (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Одоогийн өгөгдөл («%1») бүхэлдээ дараах нөөцөөр солигдоно:

Байгууллага: %2
Огноо: %3
Хэмжээ: %4

Нөөцөөс хойш оруулсан бүх өөрчлөлт алга болно. Одоогийн өгөгдлийг эхлээд тусад нь нөөцөлнө. Үргэлжлүүлэх үү?</source>
        <translation>All current data («%1») will be replaced by this backup:

Office: %2
Date: %3
Size: %4

Everything entered after the backup will be gone. The current data is backed up separately first. Continue?</translation>
    </message>
    <message>
        <source>Нөөцөөс сэргээх</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Нөөцөөс сэргээж байна…</source>
        <translation>Restoring from backup…</translation>
    </message>
    <message>
        <source>Сэргээлээ. Өмнөх өгөгдлийг хадгалсан: %1</source>
        <translation>Restored. The previous data was saved as: %1</translation>
    </message>
</context>
<context>
    <name>NameList</name>
    <message>
        <source>Шинэ нэр</source>
        <translation>New name</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Шинэ хэрэглэгч</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Нэвтрэх нэр:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Овог нэр:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Албан тушаал:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Эрх:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Нууц үг:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Нууц үг давтах:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Хадгалах</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Болих</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Нууц үгнүүд таарахгүй байна.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Шагнал</source>
        <translation>Prizes</translation>
    </message>
    <message>
        <source>Хадгалах</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Болих</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Тохиргоо</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Байгууллага</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Баг, нэгж</source>
        <translation>Bags and units</translation>
    </message>
    <message>
        <source>Хэрэглэгчид</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Нөөц хуулбар</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Хэл</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Төлөвлөгөөний үнэлгээ</source>
        <translation>Plan scoring</translation>
    </message>
    <message>
        <source>Аймаг, код:</source>
        <translation>Aimag, code:</translation>
    </message>
    <message>
        <source>Байгууллагын нэр:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <source>Сум:</source>
        <translation>Soum:</translation>
    </message>
    <message>
        <source>Баг:</source>
        <translation>Bag:</translation>
    </message>
    <message>
        <source>Тайлан гаргасан газар:</source>
        <translation>Place of the reports:</translation>
    </message>
    <message>
        <source>Багууд</source>
        <translation>Bags</translation>
    </message>
    <message>
        <source>Хэлтэс, нэгж, ажилтан</source>
        <translation>Departments, units, posts</translation>
    </message>
    <message>
        <source>Нэмэх</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Хасах</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Автомат нөөцийн давтамж (минут):</source>
        <translation>Automatic backup interval (minutes):</translation>
    </message>
    <message>
        <source>Сүүлийн хэдэн нөөц хадгалах:</source>
        <translation>Recent backups to keep:</translation>
    </message>
    <message>
        <source>Өдөр тутмын нөөц (өдөр):</source>
        <translation>Daily backups (days):</translation>
    </message>
    <message>
        <source>Долоо хоног тутмын нөөц (долоо хоног):</source>
        <translation>Weekly backups (weeks):</translation>
    </message>
    <message>
        <source>Сар тутмын нөөц (сар):</source>
        <translation>Monthly backups (months):</translation>
    </message>
    <message>
        <source>Нөөц хуучирсан гэж анхааруулах (цаг):</source>
        <translation>Warn when the last backup is older than (hours):</translation>
    </message>
    <message>
        <source>Хөдөлгөөнгүй үед түгжих (минут, 0 = үгүй):</source>
        <translation>Lock when idle (minutes, 0 = never):</translation>
    </message>
    <message>
        <source>Програмын хэл:</source>
        <translation>Program language:</translation>
    </message>
    <message>
        <source>Арга хэмжээг тооцох (7.1):</source>
        <translation>Count each measure (7.1):</translation>
    </message>
    <message>
        <source>0–5 оноо (7.5):</source>
        <translation>0–5 score (7.5):</translation>
    </message>
    <message>
        <source>түвшний утгаар — 100/70/40/0 (анхдагч)</source>
        <translation>at its level&apos;s value — 100/70/40/0 (default)</translation>
    </message>
    <message>
        <source>өөрийн хувиар — түвшний завсар дотор</source>
        <translation>at its own percent — within the level&apos;s band</translation>
    </message>
    <message>
        <source>бүх арга хэмжээний дундаж × 0,05</source>
        <translation>the mean of all measures × 0.05</translation>
    </message>
    <message>
        <source>бүлгүүдийн дундажийг бүлгийн жингээр × 0,05</source>
        <translation>section means weighted by section weight × 0.05</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Овог нэр, албан тушаал…</source>
        <translation>Full name and position…</translation>
    </message>
    <message>
        <source>Нэвтрэх нэр</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Овог нэр</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Эрх</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Төлөв</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Албан тушаал</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Нэмэх…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Эрх солих…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>Идэвхгүй/идэвхтэй болгох</source>
        <translation>Deactivate/activate</translation>
    </message>
    <message>
        <source>Түгжээ тайлах</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Нууц үг оноох…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <source>идэвхгүй</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>түгжээтэй</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>идэвхтэй</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Эрх солих</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Нууц үг оноох</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>%1: шинэ нууц үг</source>
        <translation>%1: new password</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <source>Аудитын бүртгэл</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Нөөц хуулбар</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>PrizesTab</name>
    <message>
        <source>Журмын 10.3–10.6: байр тус бүрийн мөнгөн шагнал, сая төгрөгөөр, «;»-ээр тусгаарлана. 1–3-р байр Хүндэт өргөмжлөл, бусад нь Өргөмжлөл.</source>
        <translation>Regulation 10.3–10.6: the cash prize for each place, in million tögrög, separated by «;». Places 1–3 get the certificate of honour, later places the certificate.</translation>
    </message>
    <message>
        <source>Сумын шагнал, байраар (10.3):</source>
        <translation>Soum prizes by place (10.3):</translation>
    </message>
    <message>
        <source>Агентлагийн шагнал, байраар (10.5):</source>
        <translation>Agency prizes by place (10.5):</translation>
    </message>
    <message>
        <source>Тусгай байрны шагнал (10.4):</source>
        <translation>Special place prize (10.4):</translation>
    </message>
    <message>
        <source>Тусгай байрны тоо (10.4):</source>
        <translation>Number of special places (10.4):</translation>
    </message>
    <message>
        <source>Даргад сарын цалингийн %, байраар (10.6):</source>
        <translation>Head&apos;s award, % of a month&apos;s salary, by place (10.6):</translation>
    </message>
</context>
</TS>
