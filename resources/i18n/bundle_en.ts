<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="mn_MN">
<context>
    <name>BundleView</name>
    <message>
        <source>Гарын үсэг</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Шифрлэлт</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Түлхүүрийн карт хэвлэх…</source>
        <translation>Print key card…</translation>
    </message>
    <message>
        <source>Аймагт түлхүүрээ бүртгүүлэхэд хэвлэж, хоёр тал гарын үсэг зурна</source>
        <translation>Print it when registering the key at the province; both sides sign it</translation>
    </message>
    <message>
        <source>Түлхүүрийн карт.pdf</source>
        <translation>Key card.pdf</translation>
    </message>
    <message>
        <source>Аймагтай дугаар тулгах…</source>
        <translation>Resynchronise numbers with the province…</translation>
    </message>
    <message>
        <source>Гарын үсгийн түлхүүр</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Хурууны хээ</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Төрөл</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Төлөв</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Үүсгэсэн</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Үе</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Огноо</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Хэн</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Түлхүүр үүсгэх, багц гаргах, тайлант үе батлахыг зөвхөн «%1» эрхтэй хэрэглэгч хийнэ; та «%2» эрхээр нэвтэрсэн. Энэ хуудсыг харж, нийтийн түлхүүр гаргаж болно.</source>
        <translation>Only a user with the role «%1» may create a key, export a bundle or approve a period; you are signed in as «%2». You may view this page and export the public key.</translation>
    </message>
    <message>
        <source>Бичигдсэн</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Дуусаагүй (дараагийн экспорт шалгана)</source>
        <translation>Not finished (the next export checks it)</translation>
    </message>
    <message>
        <source>Тасалдсан — аймагт илгээхгүй</source>
        <translation>Interrupted — do not send to the province</translation>
    </message>
    <message>
        <source>Шинэ түлхүүр…</source>
        <translation>New key…</translation>
    </message>
    <message>
        <source>Нийтийн түлхүүр гаргах…</source>
        <translation>Export public key…</translation>
    </message>
    <message>
        <source>Хүчингүй болгох…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Тайлант үеийг экспортлохоор батлах (дарга)</source>
        <translation>Approve a period for export (head)</translation>
    </message>
    <message>
        <source>Батлах</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Аймагт илгээсэн багцууд</source>
        <translation>Bundles sent to the province</translation>
    </message>
    <message>
        <source>Багц гаргах (флаш диск)…</source>
        <translation>Export bundle (USB stick)…</translation>
    </message>
    <message>
        <source>Хүчинтэй</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Солигдсон (хуучин багцад хүчинтэй)</source>
        <translation>Replaced (valid for older bundles)</translation>
    </message>
    <message>
        <source>Хүчингүй болсон</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Батлагдсан: %1</source>
        <translation>Approved: %1</translation>
    </message>
    <message>
        <source>Шинэ түлхүүр үүсгэнэ. Өмнөх түлхүүр хуучин багцуудад хүчинтэй хэвээр үлдэнэ. Нийтийн түлхүүрээ аймагт биечлэн бүртгүүлнэ үү.</source>
        <translation>A new key will be created. The previous key stays valid for older bundles. Register the new public key at the province in person.</translation>
    </message>
    <message>
        <source>Нийтийн түлхүүр хадгалах</source>
        <translation>Save public key</translation>
    </message>
    <message>
        <source>Нийтийн түлхүүр</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>Хүчингүй болгох</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Шалтгаан:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Дуусаагүй үеийг батлах уу?</source>
        <translation>Approve a period that has not ended?</translation>
    </message>
    <message>
        <source>%1 үе %2-нд дуусна. Одоо батлавал дараах нь дуусаагүй хэвээр аймагт илгээгдэнэ:
• биелэлт оруулаагүй арга хэмжээ: %3
• шийдвэрлээгүй өргөдөл: %4
• хариу өгөөгүй албан бичиг: %5

Эрт батлах уу?</source>
        <translation>The period %1 ends on %2. Approved now, it goes to the province with these unfinished:
• measures with no entry: %3
• open petitions: %4
• letters awaiting a reply: %5

Approve early?</translation>
    </message>
    <message>
        <source>Засварын багц илгээх…</source>
        <translation>Send a correction bundle…</translation>
    </message>
    <message>
        <source>%1 — №%2 багц %3-нд илгээсэн</source>
        <translation>%1 — bundle №%2 sent on %3</translation>
    </message>
    <message>
        <source>Илгээснээс хойш өөрчлөгдсөн: аймагт байгаа тоо хуучирсан. Засварын багц илгээвэл аймаг сүүлийнхийг ашиглана; хоцролтыг анхны багцаас тооцно.</source>
        <translation>Changed since sent: the figures the province holds are out of date. Send a correction bundle and the province uses the latest; lateness still counts from the first bundle.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Багц гаргах</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <source>Сонгох…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Тайлант үе ба флаш диск</source>
        <translation>Period and USB stick</translation>
    </message>
    <message>
        <source>Батлагдсан үе:</source>
        <translation>Approved period:</translation>
    </message>
    <message>
        <source>Хаана:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <source>Дарга батласан үе алга. Эхлээд үеийг батлуулна уу.</source>
        <translation>No period approved by the head. Have the period approved first.</translation>
    </message>
    <message>
        <source>Гарын үсэг зурах</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Түлхүүрийн нууц үгээ оруулна уу (нэвтрэх нууц үг биш).</source>
        <translation>Enter the key passphrase (not the sign-in password).</translation>
    </message>
    <message>
        <source>Дүн</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Флаш диск сонгох</source>
        <translation>Choose the USB stick</translation>
    </message>
    <message>
        <source>Гаргаж байна…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Багц гаргаж байна…</source>
        <translation>Exporting the bundle…</translation>
    </message>
    <message>
        <source>Бэлэн: %1
Дугаар: %2, хэмжээ: %3 КБ.
Флаш дискийг аюулгүй салгана уу.</source>
        <translation>Done: %1
Number: %2, size: %3 KB.
Eject the USB stick safely.</translation>
    </message>
    <message>
        <source>Амжилтгүй: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Түлхүүрийн нууц үг</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <source>Нууц үг:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Дахин:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <source>Түлхүүрийн нууц үг нь нэвтрэх нууц үгээс өөр байна.</source>
        <translation>The key passphrase is not the sign-in password.</translation>
    </message>
    <message>
        <source>Хоёр нууц үг таарахгүй байна.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <source>Аймагт илгээх багц</source>
        <translation>Bundle for the province</translation>
    </message>
</context>
<context>
    <name>ResyncDialog</name>
    <message>
        <source>Аймагтай дугаар тулгах</source>
        <translation>Resynchronise numbers with the province</translation>
    </message>
    <message>
        <source>Аймаг багцыг «дугаар давхардсан» эсвэл «өмнөх багцын хэш таарахгүй» гэж буцаасан бол: аймгийн ажилтан «soum-desk --province province chain» командаар танай сүүлийн хүлээн авсан багцын дугаар, хэшийг өгнө. Тэдгээрийг энд оруулбал дараагийн багц түүний араас орж, түүнээс хойших танай багцууд «тасалдсан» гэж тэмдэглэгдэнэ.</source>
        <translation>If the province refused a bundle as «sequence conflict» or «previous-bundle digest does not match»: the province&apos;s officer gives you the number and digest of the last bundle it accepted from you (command «soum-desk --province province chain»). Enter them here: the next bundle follows that one, and your bundles after it are marked «interrupted».</translation>
    </message>
    <message>
        <source>Аймгийн сүүлийн багцын №</source>
        <translation>Province&apos;s last bundle no.</translation>
    </message>
    <message>
        <source>Тэр багцын хэш</source>
        <translation>That bundle&apos;s digest</translation>
    </message>
    <message>
        <source>Тулгах</source>
        <translation>Resynchronise</translation>
    </message>
    <message>
        <source>Болих</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
