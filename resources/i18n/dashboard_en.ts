<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="mn_MN">
<context>
    <name>Dashboard</name>
    <message>
        <source>Энэ улиралд хугацаа болсон арга хэмжээ</source>
        <translation>Measures due this quarter</translation>
    </message>
    <message>
        <source>%1 төлөвлөгөө</source>
        <translation>%1 plans</translation>
    </message>
    <message>
        <source>Биелэлт тайлагнасан</source>
        <translation>Progress reported</translation>
    </message>
    <message>
        <source>тайлагнаагүй: %1</source>
        <translation>not reported: %1</translation>
    </message>
    <message>
        <source>Батлагдсан төлөвлөгөө</source>
        <translation>Plans approved</translation>
    </message>
    <message>
        <source>Биелэлтийн дундаж хувь</source>
        <translation>Average execution</translation>
    </message>
    <message>
        <source>Шийдвэрлэгдээгүй өргөдөл</source>
        <translation>Open petitions</translation>
    </message>
    <message>
        <source>бүх хугацааны</source>
        <translation>all time</translation>
    </message>
    <message>
        <source>Хугацаа дөхсөн өргөдөл</source>
        <translation>Petitions due soon</translation>
    </message>
    <message>
        <source>%1 хоногийн дотор</source>
        <translation>within %1 days</translation>
    </message>
    <message>
        <source>Хугацаа хэтэрсэн өргөдөл</source>
        <translation>Overdue petitions</translation>
    </message>
    <message>
        <source>Хариу нь хугацаа хэтэрсэн бичиг</source>
        <translation>Letters with an overdue reply</translation>
    </message>
    <message>
        <source>Дараагийн тайлангийн хугацаа хүртэл</source>
        <translation>Until the next report deadline</translation>
    </message>
    <message>
        <source>хугацаа тохируулаагүй</source>
        <translation>no deadline set</translation>
    </message>
    <message>
        <source>%1 хоног</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Сүүлд илгээсэн багц</source>
        <translation>Last bundle sent</translation>
    </message>
    <message>
        <source>Илгээгээгүй: %1</source>
        <translation>Not sent yet: %1</translation>
    </message>
    <message>
        <source>Илгээсэн: %1</source>
        <translation>Sent: %1</translation>
    </message>
    <message>
        <source>Сүүлийн нөөц хуулбар</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>Автомат нөөц амжилтгүй: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <source>нөөц хуулбар хийгдээгүй</source>
        <translation>no backup made</translation>
    </message>
    <message>
        <source>%1 цагийн өмнө</source>
        <translation>%1 hours ago</translation>
    </message>
    <message>
        <source>анхааруулах хязгаар: %1 цаг</source>
        <translation>warning limit: %1 hours</translation>
    </message>
    <message>
        <source>Илгээснээс хойш өөрчлөгдсөн: %1</source>
        <translation>Changed since sent: %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Өргөдөл</source>
        <translation>Petition</translation>
    </message>
    <message>
        <source>Албан бичиг</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>%1 №%2 — %3 (хугацаа %4)</source>
        <translation>%1 No. %2 — %3 (due %4)</translation>
    </message>
    <message>
        <source>%1-нд сүүлд нээснээс хойш хугацаа хэтэрсэн: %2</source>
        <translation>Overdue since you last opened the app on %1: %2</translation>
    </message>
    <message>
        <source>Тоон үзүүлэлт, графикаар</source>
        <translation>Figures as charts</translation>
    </message>
    <message>
        <source>Хаах</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Хяналтын самбар</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <source>Хяналтын самбар</source>
        <translation>Dashboard</translation>
    </message>
</context>
</TS>
