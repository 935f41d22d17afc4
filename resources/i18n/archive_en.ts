<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="mn_MN">
<context>
    <name>ActsTab</name>
    <message>
        <location filename="../../soum_desk/ui/archive/acts.py" line="97" />
        <source>Төрөл</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/acts.py" line="97" />
        <source>Дугаар</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/acts.py" line="97" />
        <source>Огноо</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/acts.py" line="98" />
        <source>Нэгж</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/acts.py" line="98" />
        <source>Төлөв</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/acts.py" line="98" />
        <source>Баталсан</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/acts.py" line="103" />
        <source>Устгах акт…</source>
        <translation>Destruction act…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/acts.py" line="104" />
        <source>Улсын архивт шилжүүлэх акт…</source>
        <translation>Transfer to the state archive…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/acts.py" line="105" />
        <source>Батлах (дарга)</source>
        <translation>Approve (head)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/acts.py" line="121" />
        <source>Батлагдсан</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/acts.py" line="121" />
        <source>Төсөл</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>AddUnitDialog</name>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="56" />
        <source>Хадгаламжийн нэгж нэмэх</source>
        <translation>Add a storage unit</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="75" />
        <source>Гарчиг</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="76" />
        <source>Он</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="77" />
        <source>Хадгалах хугацаа</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="78" />
        <source>Түр: жил</source>
        <translation>Temporary: years</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="79" />
        <source>Нэгж</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="80" />
        <source>Хуудас</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="81" />
        <source>Хүлээн авсан (тэмдэглээгүй бол хуваарьт)</source>
        <translation>Received (untick: scheduled)</translation>
    </message>
</context>
<context>
    <name>ArchiveCommon</name>
    <message>
        <location filename="../../soum_desk/ui/archive/common.py" line="18" />
        <source>Тайлан хадгалах</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/common.py" line="19" />
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/common.py" line="24" />
        <source>Тайлан</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/common.py" line="24" />
        <source>Хадгаллаа: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/common.py" line="26" />
        <source>Тайлан бэлтгэж байна…</source>
        <translation>Preparing the report…</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <location filename="../../soum_desk/ui/archive/view.py" line="25" />
        <source>Хэргийн нэрийн жагсаалт</source>
        <translation>File lists</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/view.py" line="26" />
        <source>Хадгаламжийн нэгж</source>
        <translation>Storage units</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/view.py" line="27" />
        <source>Тооллого</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/view.py" line="28" />
        <source>Шилжүүлэх, устгах акт</source>
        <translation>Transfer and destruction acts</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="37" />
        <source>Хэрэг</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="41" />
        <source>Байнга</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="41" />
        <source>70 жил</source>
        <translation>70 years</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="41" />
        <source>Түр</source>
        <translation>Temporary</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="51" />
        <source>Хэргийн индекс</source>
        <translation>Case file index</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="52" />
        <source>Хэргийн гарчиг</source>
        <translation>Case file title</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="53" />
        <source>Хадгалах хугацаа</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="54" />
        <source>Түр: жил</source>
        <translation>Temporary: years</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="55" />
        <source>Тайлбар</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FileListsTab</name>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="82" />
        <source>Шинэ жагсаалт…</source>
        <translation>New file list…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="82" />
        <source>Хэрэг нэмэх…</source>
        <translation>Add case file…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="83" />
        <source>Засах…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="83" />
        <source>Хасах</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="84" />
        <source>Батлах (дарга)</source>
        <translation>Approve (head)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="84" />
        <source>Хүлээлгэн өгөх хуваарь…</source>
        <translation>Hand-over schedule…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="86" />
        <source>Хэвлэх…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="105" />
        <source>Индекс</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="105" />
        <source>Гарчиг</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="105" />
        <source>Хадгалах хугацаа</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="106" />
        <source>Нэгжийн тоо</source>
        <translation>Storage units</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="106" />
        <source>Тайлбар</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="131" />
        <source>Жагсаалт алга. «Шинэ жагсаалт» дарна уу.</source>
        <translation>No file list yet. Press «New file list».</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="134" />
        <source>Баталсан: %1, %2</source>
        <translation>Approved: %1, %2</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="135" />
        <source>Батлаагүй</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="159" />
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="162" />
        <source>Шинэ жагсаалт</source>
        <translation>New file list</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="159" />
        <source>Нэгж</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="162" />
        <source>Он</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="204" />
        <source>Хүлээлгэн өгөх хуваарь</source>
        <translation>Hand-over schedule</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/file_lists.py" line="205" />
        <source>Хүлээлгэн өгөх өдөр (2024.06.03)</source>
        <translation>Hand-over day (2024.06.03)</translation>
    </message>
</context>
<context>
    <name>InventoryTab</name>
    <message>
        <location filename="../../soum_desk/ui/archive/inventory.py" line="35" />
        <source>Архивын №</source>
        <translation>Archive no.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/inventory.py" line="35" />
        <source>Он</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/inventory.py" line="35" />
        <source>Гарчиг</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/inventory.py" line="36" />
        <source>Хадгалах хугацаа</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/inventory.py" line="36" />
        <source>Үр дүн</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/inventory.py" line="40" />
        <source>Тооллого эхлүүлэх</source>
        <translation>Start an inventory</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/inventory.py" line="40" />
        <source>Дууссан</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/inventory.py" line="41" />
        <source>Дүн хэвлэх…</source>
        <translation>Print result…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/inventory.py" line="46" />
        <source>Сонгосон нэгж:</source>
        <translation>Selected units:</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/inventory.py" line="65" />
        <source>дууссан %1</source>
        <translation>finished %1</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/inventory.py" line="65" />
        <source>явагдаж буй</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/inventory.py" line="66" />
        <source>Тооллого №%1, %2 (%3)</source>
        <translation>Inventory #%1, %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/inventory.py" line="76" />
        <source>Тооллого алга.</source>
        <translation>No inventory yet.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/inventory.py" line="88" />
        <source>Байгаа %1 · дутсан %2 · гэмтсэн %3 · шалгаагүй %4</source>
        <translation>Found %1 · missing %2 · damaged %3 · not checked %4</translation>
    </message>
</context>
<context>
    <name>ProposeActDialog</name>
    <message>
        <location filename="../../soum_desk/ui/archive/acts.py" line="44" />
        <source>Хадгалах хугацаа дууссан</source>
        <translation>Retention period ended</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/acts.py" line="56" />
        <source>Актын дугаар</source>
        <translation>Act number</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/acts.py" line="57" />
        <source>Огноо</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/acts.py" line="59" />
        <source>Хүлээн авах улсын архив</source>
        <translation>Receiving state archive</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/acts.py" line="60" />
        <source>Үндэслэл</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="40" />
        <source>Архивын №</source>
        <translation>Archive no.</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="40" />
        <source>Он</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="41" />
        <source>Гарчиг</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="41" />
        <source>Нэгж</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="42" />
        <source>Хадгалах хугацаа</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="43" />
        <source>Хугацаа дуусах</source>
        <translation>Retention ends</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="44" />
        <source>Хуваарь</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="44" />
        <source>Хүлээн авсан</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="45" />
        <source>Төлөв</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="114" />
        <source>Бүх төлөв</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="118" />
        <source>Бүх хугацаа</source>
        <translation>Any retention</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="131" />
        <source>Сонгосныг хүлээн авах</source>
        <translation>Receive selected</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="133" />
        <source>Тоо, хадгалах хугацаагаар…</source>
        <translation>Counts by retention…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="135" />
        <source>Нэгж нэмэх…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <location filename="../../soum_desk/ui/archive/units.py" line="162" />
        <source>Архивт: байнга %1 ш, түр %2 ш, 70 жилийн %3 ш, нийт %4 · энэ онд хүлээн авсан: %5</source>
        <translation>In the archive: permanent %1, temporary %2, 70-year %3, total %4 · received this year: %5</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../soum_desk/ui/archive/view.py" line="39" />
        <source>Архив</source>
        <translation>Archive</translation>
    </message>
</context>
</TS>