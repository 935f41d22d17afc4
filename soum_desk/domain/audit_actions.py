"""Audit actions as a person reads them («Өргөдөл бүртгэсэн», not «petition.register»).

The log keeps the code (it is part of the hash chain and of every filter); the viewer, the CLI's
text output and reports show the label. A code not listed here — one added later — reads as its
area and the code, so nothing is ever blank.
"""

from __future__ import annotations

from soum_desk.errors import Msg

LABELS: dict[str, Msg] = {
    # signing in and users
    "auth.login": Msg("Нэвтэрсэн", "Signed in"),
    "auth.login_failed": Msg("Нэвтрэх оролдлого амжилтгүй", "Failed sign-in"),
    "auth.login_locked": Msg("Олон удаа буруу оролдсон тул түгжсэн", "Locked after repeated failures"),
    "user.create": Msg("Хэрэглэгч нэмсэн", "User added"),
    "user.update": Msg("Хэрэглэгчийн мэдээлэл өөрчилсөн", "User changed"),
    "user.password": Msg("Нууц үг сольсон", "Password changed"),
    "user.unlock": Msg("Хэрэглэгчийн түгжээ тайлсан", "User unlocked"),
    # the office and its settings
    "office.create": Msg("Байгууллагыг бүртгэсэн", "Office set up"),
    "office.update": Msg("Байгууллагын мэдээлэл өөрчилсөн", "Office details changed"),
    "office.bags": Msg("Багийн жагсаалт өөрчилсөн", "Bags changed"),
    "office.units": Msg("Нэгжийн жагсаалт өөрчилсөн", "Units changed"),
    "setting.update": Msg("Тохиргоо өөрчилсөн", "Setting changed"),
    "attachment.add": Msg("Хавсралт нэмсэн", "Attachment added"),
    # backups
    "backup.create": Msg("Нөөц хуулбар хийсэн", "Backup made"),
    "backup.restore": Msg("Нөөц хуулбараас сэргээсэн", "Restored from a backup"),
    "backup.recover_damaged": Msg("Гэмтсэн санг нөөцөөс сэргээсэн", "Damaged database recovered from a backup"),
    # petitions
    "petition.register": Msg("Өргөдөл бүртгэсэн", "Petition registered"),
    "petition.import": Msg("Өргөдөл Excel-ээс оруулсан", "Petitions imported"),
    "petition.bulk": Msg("Өргөдөл бөөнөөр оруулсан", "Petitions added in bulk"),
    "petition.demo": Msg("Жишээ өргөдөл оруулсан", "Demo petitions added"),
    "petition.assign": Msg("Өргөдлийг хариуцагчид шилжүүлсэн", "Petition assigned"),
    "petition.extend": Msg("Өргөдлийн хугацааг сунгасан", "Petition deadline extended"),
    "petition.forward": Msg("Өргөдлийг харьяалах байгууллагад шилжүүлсэн", "Petition forwarded"),
    "petition.resolve": Msg("Өргөдлийг шийдвэрлэсэн", "Petition resolved"),
    "petition.return": Msg("Өргөдлийг буцаасан", "Petition returned"),
    "petition.status": Msg("Өргөдлийн төлөв өөрчилсөн", "Petition status changed"),
    "petition.correct": Msg("Өргөдлийг дарга залруулсан", "Petition corrected by the head"),
    "petition.personal_view": Msg("Иргэний хувийн мэдээллийг үзсэн", "Citizen's personal data viewed"),
    "petition.personal_export": Msg("Иргэний хувийн мэдээллийг гаргасан", "Citizen's personal data exported"),
    "petition.search_person": Msg("Иргэний нэрээр хайсан", "Searched by a citizen's name"),
    # letters
    "letters.register": Msg("Албан бичиг бүртгэсэн", "Letter registered"),
    "letters.update": Msg("Албан бичиг зассан", "Letter edited"),
    "letters.correct": Msg("Албан бичгийг дарга залруулсан", "Letter corrected by the head"),
    "letters.answer": Msg("Хариу бичгийг холбосон", "Reply linked"),
    "letters.import": Msg("Албан бичиг Excel-ээс оруулсан", "Letters imported"),
    "letters.demo": Msg("Жишээ албан бичиг оруулсан", "Demo letters added"),
    # archive
    "archive.demo": Msg("Жишээ архивын мэдээлэл оруулсан", "Demo archive added"),
    "archive.case.save": Msg("Хэрэг хадгалсан", "Case file saved"),
    "archive.case.remove": Msg("Хэрэг хассан", "Case file removed"),
    "archive.filelist.create": Msg("Хэргийн нэрийн жагсаалт үүсгэсэн", "File list created"),
    "archive.filelist.approve": Msg("Хэргийн нэрийн жагсаалт баталсан", "File list approved"),
    "archive.filelist.unapprove": Msg("Хэргийн нэрийн жагсаалтын баталгааг цуцалсан", "File list approval withdrawn"),
    "archive.unit.add": Msg("Хадгаламжийн нэгж нэмсэн", "Storage unit added"),
    "archive.unit.schedule": Msg("Архивт шилжүүлэх хуваарьт оруулсан", "Scheduled for the archive"),
    "archive.unit.receive": Msg("Архивт хүлээн авсан", "Received into the archive"),
    "archive.unit.transferred": Msg("Улсын архивт шилжүүлсэн", "Transferred to the state archive"),
    "archive.unit.destroyed": Msg("Устгасан", "Destroyed"),
    "archive.inventory.start": Msg("Тооллого эхэлсэн", "Inventory started"),
    "archive.inventory.mark": Msg("Тооллогод тэмдэглэсэн", "Marked in the inventory"),
    "archive.inventory.finish": Msg("Тооллого дууссан", "Inventory finished"),
    "archive.act.transfer.propose": Msg("Шилжүүлэх акт үйлдсэн", "Transfer act drawn up"),
    "archive.act.transfer.approve": Msg("Шилжүүлэх акт баталсан", "Transfer act approved"),
    "archive.act.destruction.propose": Msg("Устгах акт үйлдсэн", "Destruction act drawn up"),
    "archive.act.destruction.approve": Msg("Устгах акт баталсан", "Destruction act approved"),
    # plans
    "plans.import": Msg("Төлөвлөгөө Excel-ээс оруулсан", "Plan imported"),
    "plans.export": Msg("Төлөвлөгөө гаргасан", "Plan exported"),
    "plans.export_document": Msg("Бүтэн төлөвлөгөөг Excel-д гаргасан", "Whole plan exported"),
    "plans.import_document": Msg("Бүтэн төлөвлөгөөг Excel-ээс оруулсан", "Whole plan imported"),
    "plans.section.weight": Msg("Бүлгийн жин өөрчилсөн", "Section weight changed"),
    "plans.report": Msg("Биелэлтийн тайлан гаргасан", "Plan report made"),
    "plans.document.create": Msg("Төлөвлөгөө үүсгэсэн", "Plan created"),
    "plans.document.update": Msg("Төлөвлөгөө зассан", "Plan edited"),
    "plans.document.delete": Msg("Төлөвлөгөө устгасан", "Plan deleted"),
    "plans.document.copy": Msg("Төлөвлөгөө хуулсан", "Plan copied"),
    "plans.document.renumber": Msg("Төлөвлөгөөг дахин дугаарласан", "Plan renumbered"),
    "plans.section.create": Msg("Бүлэг нэмсэн", "Section added"),
    "plans.goal.create": Msg("Зорилт нэмсэн", "Goal added"),
    "plans.measure.create": Msg("Арга хэмжээ нэмсэн", "Measure added"),
    "plans.measure.update": Msg("Арга хэмжээ зассан", "Measure edited"),
    "plans.progress.create": Msg("Биелэлт оруулсан", "Progress entered"),
    "plans.progress.update": Msg("Биелэлт зассан", "Progress edited"),
    "plans.progress.correct": Msg("Батлагдсан биелэлтийг дарга залруулсан", "Approved progress corrected by the head"),
    "plans.period.submitted": Msg("Биелэлтийг хянуулахаар илгээсэн", "Progress submitted for review"),
    "plans.period.review": Msg("Биелэлтийг хянасан", "Progress reviewed"),
    "plans.period.approve": Msg("Биелэлтийг баталсан", "Progress approved"),
    "plans.period.reopen": Msg("Биелэлтийг дахин нээсэн", "Progress reopened"),
    # bundles (office)
    "bundle.approve_period": Msg("Тайлант үеийг илгээхээр баталсан", "Period approved for export"),
    "bundle.withdraw_approval": Msg("Тайлант үеийн баталгааг цуцалсан", "Period approval withdrawn"),
    "bundle.export_start": Msg("Багц гаргаж эхэлсэн", "Bundle export started"),
    "bundle.export": Msg("Багц гаргасан", "Bundle exported"),
    "bundle.export_withdrawn": Msg("Бичигдээгүй багцын дугаарыг чөлөөлсөн", "Unwritten bundle number freed"),
    "bundle.export_resolved": Msg("Тасалдсан экспортыг тэмдэглэсэн", "Interrupted export recorded"),
    "bundle.export_recovered": Msg("Сэргээлтэд алга болсон багцын дугаарыг буцааж бүртгэсэн",
                                   "Bundle number lost in a restore recorded again"),
    "bundle.resync": Msg("Багцын дугаарыг аймгийнхтай тулгасан", "Bundle numbers resynchronised with the province"),
    "bundle.key_create": Msg("Гарын үсгийн түлхүүр үүсгэсэн", "Signing key created"),
    "bundle.key_retire": Msg("Гарын үсгийн түлхүүрийг ашиглалтаас гаргасан", "Signing key retired"),
    "bundle.key_revoke": Msg("Гарын үсгийн түлхүүрийг хүчингүй болгосон", "Signing key revoked"),
    "bundle.province_key": Msg("Аймгийн түлхүүр бүртгэсэн", "Province key registered"),
    # province
    "province.import": Msg("Багц хүлээн авсан", "Bundle imported"),
    "province.refuse": Msg("Багцаас татгалзсан", "Bundle refused"),
    "province.hold": Msg("Багцыг хүлээлгэсэн", "Bundle held"),
    "province.held_resolve": Msg("Хүлээлгэсэн багцыг шийдсэн", "Held bundle resolved"),
    "province.key_register": Msg("Сумын түлхүүр бүртгэсэн", "Office key registered"),
    "province.key_revoke": Msg("Сумын түлхүүрийг хүчингүй болгосон", "Office key revoked"),
    "province.accountability": Msg("Хариуцлагын тэмдэглэл хөтөлсөн (11-р зүйл)", "Accountability recorded (article 11)"),
    "province.monitoring": Msg("Явцын хяналт-шинжилгээ тэмдэглэсэн (10-р зүйл)", "Progress monitoring recorded (article 10)"),
    "province.confirmation": Msg("Эрэмбийг зөвлөлийн шийдвэрээр баталгаажуулсан (10-р зүйл)",
                                 "Ranking confirmed by the council's decision (article 10)"),
    "province.special_place": Msg("Тусгай байр олгосон (10-р зүйл)", "Special places given (article 10)"),
    "province.violation": Msg("Зөрчил бүртгэсэн (11-р зүйл)", "Violation recorded (article 11)"),
    "province.violation_remove": Msg("Зөрчлийн бүртгэлийг хассан (11-р зүйл)", "Violation record removed (article 11)"),
    "province.deadline": Msg("Тайлан ирүүлэх хугацааг өөрчилсөн", "Reporting deadline changed"),
}

AREAS: dict[str, Msg] = {
    "auth": Msg("Нэвтрэлт", "Sign-in"), "user": Msg("Хэрэглэгч", "User"), "office": Msg("Байгууллага", "Office"),
    "setting": Msg("Тохиргоо", "Setting"), "backup": Msg("Нөөц хуулбар", "Backup"),
    "petition": Msg("Өргөдөл", "Petition"), "letters": Msg("Албан бичиг", "Letter"),
    "archive": Msg("Архив", "Archive"), "plans": Msg("Төлөвлөгөө", "Plan"), "bundle": Msg("Багц", "Bundle"),
    "province": Msg("Аймаг", "Province"), "attachment": Msg("Хавсралт", "Attachment"),
}


def action_label(code: str, lang: str = "mn") -> str:
    """The action in plain words; an unlisted one as «<area>: <code>»."""
    if code in LABELS:
        return LABELS[code].text(lang)
    area = AREAS.get(code.split(".", 1)[0])
    return f"{area.text(lang)}: {code}" if area else code
