<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="mn_MN">
<context>
    <name>BundleView</name>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="99" />
        <source>Гарын үсгийн түлхүүр</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="100" />
        <source>Хурууны хээ</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="100" />
        <source>Төрөл</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="100" />
        <source>Төлөв</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="100" />
        <source>Үүсгэсэн</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="101" />
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="101" />
        <source>Үе</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="101" />
        <source>Огноо</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="101" />
        <source>Хэн</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="102" />
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="120" />
        <source>Бичигдсэн</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="121" />
        <source>Дуусаагүй (дараагийн экспорт шалгана)</source>
        <translation>Not finished (the next export checks it)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="122" />
        <source>Тасалдсан — аймагт илгээхгүй</source>
        <translation>Interrupted — do not send to the province</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="103" />
        <source>Шинэ түлхүүр…</source>
        <translation>New key…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="104" />
        <source>Нийтийн түлхүүр гаргах…</source>
        <translation>Export public key…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="105" />
        <source>Хүчингүй болгох…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="106" />
        <source>Тайлант үеийг экспортлохоор батлах (дарга)</source>
        <translation>Approve a period for export (head)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="107" />
        <source>Батлах</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="108" />
        <source>Аймагт илгээсэн багцууд</source>
        <translation>Bundles sent to the province</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="109" />
        <source>Багц гаргах (флаш диск)…</source>
        <translation>Export bundle (USB stick)…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="112" />
        <source>Хүчинтэй</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="112" />
        <source>Солигдсон (хуучин багцад хүчинтэй)</source>
        <translation>Replaced (valid for older bundles)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="113" />
        <source>Хүчингүй болсон</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="127" />
        <source>Батлагдсан: %1</source>
        <translation>Approved: %1</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="140" />
        <source>Шинэ түлхүүр үүсгэнэ. Өмнөх түлхүүр хуучин багцуудад хүчинтэй хэвээр үлдэнэ. Нийтийн түлхүүрээ аймагт биечлэн бүртгүүлнэ үү.</source>
        <translation>A new key will be created. The previous key stays valid for older bundles. Register the new public key at the province in person.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="146" />
        <source>Нийтийн түлхүүр хадгалах</source>
        <translation>Save public key</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="152" />
        <source>Нийтийн түлхүүр</source>
        <translation>Public key</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="159" />
        <source>Хүчингүй болгох</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="159" />
        <source>Шалтгаан:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../soum_desk/ui/bundle/export_wizard.py" line="47" />
        <source>Багц гаргах</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/export_wizard.py" line="58" />
        <source>Сонгох…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/export_wizard.py" line="68" />
        <source>Тайлант үе ба флаш диск</source>
        <translation>Period and USB stick</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/export_wizard.py" line="70" />
        <source>Батлагдсан үе:</source>
        <translation>Approved period:</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/export_wizard.py" line="74" />
        <source>Хаана:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/export_wizard.py" line="76" />
        <source>Дарга батласан үе алга. Эхлээд үеийг батлуулна уу.</source>
        <translation>No period approved by the head. Have the period approved first.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/export_wizard.py" line="78" />
        <source>Гарын үсэг зурах</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/export_wizard.py" line="81" />
        <source>Түлхүүрийн нууц үгээ оруулна уу (нэвтрэх нууц үг биш).</source>
        <translation>Enter the key passphrase (not the sign-in password).</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/export_wizard.py" line="84" />
        <source>Дүн</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/export_wizard.py" line="91" />
        <source>Флаш диск сонгох</source>
        <translation>Choose the USB stick</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/export_wizard.py" line="110" />
        <source>Гаргаж байна…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/export_wizard.py" line="112" />
        <source>Багц гаргаж байна…</source>
        <translation>Exporting the bundle…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/export_wizard.py" line="119" />
        <source>Бэлэн: %1
Дугаар: %2, хэмжээ: %3 КБ.
Флаш дискийг аюулгүй салгана уу.</source>
        <translation>Done: %1
Number: %2, size: %3 KB.
Eject the USB stick safely.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/export_wizard.py" line="126" />
        <source>Амжилтгүй: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../soum_desk/ui/bundle/passphrase.py" line="19" />
        <source>Түлхүүрийн нууц үг</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/passphrase.py" line="29" />
        <source>Нууц үг:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/passphrase.py" line="31" />
        <source>Дахин:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/passphrase.py" line="37" />
        <source>Түлхүүрийн нууц үг нь нэвтрэх нууц үгээс өөр байна.</source>
        <translation>The key passphrase is not the sign-in password.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/bundle/passphrase.py" line="45" />
        <source>Хоёр нууц үг таарахгүй байна.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../soum_desk/ui/bundle/view.py" line="173" />
        <source>Аймагт илгээх багц</source>
        <translation>Bundle for the province</translation>
    </message>
</context>
</TS>