<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="mn_MN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Програмын тухай</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Лиценз: MIT. Өгөгдөл: %1</source>
        <translation>Licence: MIT. Data: %1</translation>
    </message>
    <message>
        <source>Програмд багтсан бүрэлдэхүүн хэсгүүд, тэдгээрийн хувилбар ба лиценз:</source>
        <translation>Components shipped with the program, their versions and licences:</translation>
    </message>
    <message>
        <source>Бүрэлдэхүүн</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Хувилбар</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Лиценз</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Хэрэглэгчийн гарын авлага</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Хайх үг… (Enter: дараагийнх)</source>
        <translation>Find… (Enter: next)</translation>
    </message>
    <message>
        <source>Гарын авлагын файл олдсонгүй: %1</source>
        <translation>The guide file was not found: %1</translation>
    </message>
    <message>
        <source>Олдсонгүй</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>SoumDesk — нэвтрэх</source>
        <translation>SoumDesk — sign in</translation>
    </message>
    <message>
        <source>Нэвтрэх нэр:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Нууц үг:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Нэвтрэх</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Болих</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Програмыг хаах</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Өөр хэрэглэгчээр нэвтрэх</source>
        <translation>Sign in as someone else</translation>
    </message>
    <message>
        <source>Удаан хөдөлгөөнгүй байсан тул түгжлээ. Нууц үгээ оруулна уу.</source>
        <translation>Locked after a period of inactivity. Enter your password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Өгөгдлийн сан эвдэрсэн: ажлаа зогсоож, нөөцөөс сэргээнэ үү</source>
        <translation>The database is damaged: stop and restore it from a backup</translation>
    </message>
    <message>
        <source>Өгөгдлийн сангийн бүрэн шалгалт эвдрэл илрүүллээ. Шинэ бичлэг оруулахаасаа өмнө системийн администраторт хандаж, нөөцөөс сэргээнэ үү.</source>
        <translation>The full check of the database found damage. Before entering anything new, ask the system administrator to restore it from a backup.</translation>
    </message>
    <message>
        <source>Өгөгдлийн санг шалгаж чадсангүй (диск)</source>
        <translation>The database could not be checked (disk)</translation>
    </message>
    <message>
        <source>Өгөгдлийн сангийн файлыг уншиж чадсангүй: дискээ шалгана уу (дүүрсэн, зөвхөн уншигдах эсвэл гэмтэлтэй). Өгөгдөл эвдэрсэн гэсэн үг биш.</source>
        <translation>The database file could not be read: check the disk (full, read-only or failing). This does not mean the data is damaged.</translation>
    </message>
    <message>
        <source>Засаг даргын Тамгын газрын ажлын програм</source>
        <translation>Governor&apos;s Office work program</translation>
    </message>
    <message>
        <source>&amp;Файл</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Тусламж</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Нөөц хуулбар…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <source>Тохиргоо…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Гарах (хэрэглэгч солих)</source>
        <translation>Sign out (switch user)</translation>
    </message>
    <message>
        <source>Програмыг хаах</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Програмын тухай</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Хэрэглэгчийн гарын авлага</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Улирал: %1</source>
        <translation>Quarter: %1</translation>
    </message>
    <message>
        <source>Автомат нөөц хуулбар амжилтгүй: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Нөөц хуулбар хийгдээгүй байна</source>
        <translation>No backup has been made yet</translation>
    </message>
    <message>
        <source>Нөөц хуулбар %1 цагаас хуучин байна</source>
        <translation>The last backup is older than %1 hours</translation>
    </message>
    <message>
        <source>програмын алдаа (дэлгэрэнгүйг лог файлаас харна уу)</source>
        <translation>a program error (see the log file)</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Цуцлах</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>SoumDesk — анхны тохиргоо</source>
        <translation>SoumDesk — first set-up</translation>
    </message>
    <message>
        <source>— аймгаа сонгоно уу —</source>
        <translation>— choose the aimag —</translation>
    </message>
    <message>
        <source>Зөвхөн багийн Засаг даргын хувьд</source>
        <translation>Only for a bag governor&apos;s office</translation>
    </message>
    <message>
        <source>1-р баг, 2-р баг, … (таслалаар)</source>
        <translation>1st bag, 2nd bag, … (comma-separated)</translation>
    </message>
    <message>
        <source>Жишээ өгөгдөл ачаалах (туршиж үзэхэд)</source>
        <translation>Load demo data (to try the program)</translation>
    </message>
    <message>
        <source>Аймаг:</source>
        <translation>Aimag:</translation>
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
        <source>Байгууллагын нэр:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <source>Багууд:</source>
        <translation>Bags:</translation>
    </message>
    <message>
        <source>Админы нэвтрэх нэр:</source>
        <translation>Administrator user name:</translation>
    </message>
    <message>
        <source>Админы овог нэр:</source>
        <translation>Administrator full name:</translation>
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
        <source>Үүсгэх</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Болих</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Тавтай морил! Байгууллагынхаа мэдээллийг оруулж, админ хэрэглэгч үүсгэнэ үү.</source>
        <translation>Welcome! Enter your office details and create the administrator account.</translation>
    </message>
    <message>
        <source>%1 сумын Засаг даргын Тамгын газар</source>
        <translation>%1 soum Governor&apos;s Office</translation>
    </message>
    <message>
        <source>Аймгаа сонгоно уу.</source>
        <translation>Choose the aimag.</translation>
    </message>
    <message>
        <source>Нууц үгнүүд таарахгүй байна.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Програмд алдаа гарлаа. Програм ажилласаар байна: сүүлийн үйлдлээ шалгаад дахин оролдоно уу.</source>
        <translation>The program ran into an error. It is still running: check your last action and try again.</translation>
    </message>
    <message>
        <source>Дэлгэрэнгүйг %1 файлд бичсэн. Тусламж хүсэхдээ энэ файлыг илгээнэ үү.</source>
        <translation>The details were written to %1. Send this file when you ask for help.</translation>
    </message>
    <message>
        <source>Хаах</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Хавтсыг нээх</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Орчны алдаа</source>
        <translation>Environment error</translation>
    </message>
    <message>
        <source>Алдаа</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>%1

Энэ нөөцөөс сэргээх үү? Эвдэрсэн файлыг устгахгүй, хажууд нь хадгална.</source>
        <translation>%1

Restore from this backup? The damaged file is not deleted; it is kept next to it.</translation>
    </message>
    <message>
        <source>Сэргээлээ. Эвдэрсэн файл: %1</source>
        <translation>Restored. The damaged file: %1</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Үүнийг зөвхөн «%1» эрхтэй хэрэглэгч хийнэ; та «%2» эрхээр нэвтэрсэн.</source>
        <translation>Only a user with the role «%1» may do this; you are signed in as «%2».</translation>
    </message>
</context>
</TS>
