<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own texts (dialog buttons, message boxes, wizard, file dialog, text field menus) in Mongolian.
     Contexts and sources are Qt's English strings; installed with the app's Mongolian (soum_desk/ui/i18n.py). -->
<TS version="2.1" language="mn_MN" sourcelanguage="en_US">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Хадгалах</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Бүгдийг хадгалах</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Нээх</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Тийм</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Бүгдэд тийм</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Үгүй</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Бүгдэд ү&amp;гүй</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Зогсоох</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Дахин оролдох</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Алгасах</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Хаах</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болих</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Хадгалахгүй</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Тусламж</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Хэрэглэх</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Буцааж тохируулах</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Анхны утгыг сэргээх</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;За</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Хадгалах</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Болих</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Хаах</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Хадгалалгүй хаах</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>За</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Дэлгэрэнгүй харах...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Дэлгэрэнгүйг нуух...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt-ийн тухай</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qt-ийн тухай&lt;/h3&gt;&lt;p&gt;Энэ програм Qt-ийн %1 хувилбарыг ашигладаг.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Өмнөх</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Дараах &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Дараах</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Гүйцэтгэх</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Дуусгах</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болих</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Тусламж</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Тусламж</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Үргэлжлүүлэх</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Болсон</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Буцах</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Сонгох</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Устгах</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Байршил:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Байршил:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Шинэ хавтас</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Шинэ хавтас</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Нээх</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Нээх</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Нэр солих</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Хадгалах</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Өөр нэрээр хадгалах</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Бүх файл (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Бүх файл (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Буцах</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Буцах</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Урагш</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Урагшлах</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Дэлгэрэнгүй харагдац руу шилжих</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Жагсаалтын харагдац руу шилжих</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Дэлгэрэнгүй</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Жагсаалт</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Шинэ хавтас үүсгэх</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Шинэ хавтас үүсгэх</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Хавтсууд</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Хавтас:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлууд</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Файлын &amp;нэр:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлын &amp;төрөл:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файлын төрөл:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Хавтас сонгох</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Дээд хавтас руу очих</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Дээд хавтас</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Байршил, хавчуургын жагсаалт</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Сүүлд очсон газрууд</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Харуулах: </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Нуугдмал файлуудыг харуулах</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Хажуугийн самбар</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Устгах</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Хасах</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 нэртэй файл байна.
Үүнийг солих уу?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл олдсонгүй.
Файлын нэрийг зөв бичсэн эсэхийг шалгана уу.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Хавтас олдсонгүй.
Хавтасны нэрийг зөв бичсэн эсэхийг шалгана уу.</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» бичихээс хамгаалагдсан.
Тэгсэн ч устгах уу?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>«%1»-г устгах уу?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Хавтсыг устгаж чадсангүй.</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 файл</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Хавтас</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Файлын хавтас</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Холбоос</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Холбоос</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Тодорхойгүй</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Миний компьютер</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Хавтас</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 файл</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Холбоос</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Холбоос</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Тодорхойгүй</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Хэмжээ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Төрөл</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өөрчилсөн огноо</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Миний компьютер</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Файлын нэр буруу</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» гэсэн нэр ашиглах боломжгүй.&lt;/b&gt;&lt;p&gt;Илүү богино, цэг таслалгүй өөр нэр оруулна уу.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Буцаах</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Дахин хийх</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Тасдах</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Хуулах</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Бу&amp;улгах</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Устгах</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Бүгдийг сонгох</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Буцаах</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Дахин хийх</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Тасдах</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Хуулах</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Бу&amp;улгах</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Устгах</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Бүгдийг сонгох</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Холбоосын &amp;хаягийг хуулах</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Бүгдийг сонгох</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Нэмэх</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Хасах</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Утга оруулна уу:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Болих</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;За</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>Энэ мэдэгдлийг дахин &amp;харуулах</translation>
    </message>
    <message>
        <source>An error occurred</source>
        <translation>Алдаа гарлаа</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Ноцтой алдаа:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Ноцтой алдаа:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Анхааруулга:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Мэдээлэл:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Шалгалтын мэдэгдэл:</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What's This?</source>
        <translation>Энэ юу вэ?</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What's This?</source>
        <translation>Энэ юу вэ?</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>True</source>
        <translation>Тийм</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Үгүй</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Сонголтын жагсаалтыг нээх</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Зүүн тийш гүйлгэх</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Баруун тийш гүйлгэх</translation>
    </message>
</context>
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>Хуудсыг хаах</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Энд гүйлгэх</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Зүүн зах</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Дээд тал</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Баруун зах</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Доод тал</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Нэг хуудас зүүн тийш</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Нэг хуудас дээш</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Нэг хуудас баруун тийш</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Нэг хуудас доош</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Зүүн тийш гүйлгэх</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Дээш гүйлгэх</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Баруун тийш гүйлгэх</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Доош гүйлгэх</translation>
    </message>
</context>
</TS>
