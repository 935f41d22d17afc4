; SoumDesk installer for Windows 10 22H2 / Windows 11 (64-bit), built with NSIS 3.
;
;   makensis -DVERSION=0.1.0 -DVERSION_4=0.1.0.0 -DSOURCE_DIR=<dist\SoumDesk> -DOUTFILE=<setup.exe> installer\soumdesk.nsi
;
; SOURCE_DIR is the folder PyInstaller built on Windows (build_installer.spec): SoumDesk.exe,
; soum-desk.exe and _internal\. `make setup` and .github/workflows/windows.yml call this.
;
; - Per-user: installs into %LOCALAPPDATA%\Programs\SoumDesk without administrator rights;
;   shortcuts, the Apps & Features entry and settings are the user's own (HKCU).
; - Refuses to run while SoumDesk runs (the mutex "SoumDesk.Running" that soum_desk/running.py
;   holds, or, for versions before it, a program file Windows keeps locked).
; - Upgrades by deleting the previous program files first (a renamed migration left behind
;   would stop start-up), never the data: %LOCALAPPDATA%\SoumDesk is not touched by the
;   installer or the uninstaller. The program backs the database up before it upgrades it.
; - Silent: setup.exe /S [/DESKTOP] [/D=<folder>]; uninstall.exe /S.
;   Exit codes: 0 done, 1 cancelled by the user, 2 stopped by the script (NSIS's own),
;   3 SoumDesk is running, 4 the folder holds SoumDesk's data.

Unicode true
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !error "give the version: makensis -DVERSION=x.y.z (soum_desk.__version__)"
!endif
!ifndef VERSION_4
  !define VERSION_4 "${VERSION}.0"
!endif
!ifndef SOURCE_DIR
  !error "give the program folder: makensis -DSOURCE_DIR=<the PyInstaller folder SoumDesk>"
!endif
!ifndef OUTFILE
  !define OUTFILE "SoumDesk-${VERSION}-setup.exe"
!endif

!define APP "SoumDesk"
!define APP_KEY "Software\SoumDesk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\SoumDesk"
!define MUTEX "SoumDesk.Running"
!define DATA_DIR "$LOCALAPPDATA\SoumDesk"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\SoumDesk"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
BrandingText "${APP} ${VERSION}"
ShowInstDetails hide
ShowUninstDetails hide

VIProductVersion "${VERSION_4}"
VIFileVersion "${VERSION_4}"
VIAddVersionKey /LANG=0 "ProductName" "SoumDesk"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "SoumDesk ${VERSION} setup"
VIAddVersionKey /LANG=0 "CompanyName" "SoumDesk"
VIAddVersionKey /LANG=0 "LegalCopyright" "SoumDesk authors, MIT License"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "Sections.nsh"

!define MUI_ICON "${__FILEDIR__}\..\resources\icons\soumdesk.ico"
!define MUI_UNICON "${__FILEDIR__}\..\resources\icons\soumdesk.ico"
!define MUI_ABORTWARNING
; The language chosen once is remembered for the uninstaller and the next upgrade.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_WINDOWTITLE "SoumDesk"
!define MUI_LANGDLL_INFO "Хэлээ сонгоно уу / Please select a language."

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${__FILEDIR__}\..\LICENSE"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\SoumDesk.exe"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(DATA_KEPT)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default one.
!insertmacro MUI_LANGUAGE "Mongolian"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SEC_APP ${LANG_MONGOLIAN} "SoumDesk програм"
LangString SEC_APP ${LANG_ENGLISH} "SoumDesk program"
LangString SEC_DESKTOP ${LANG_MONGOLIAN} "Ширээний товчлол"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString DESC_APP ${LANG_MONGOLIAN} "Програм, Start цэсний товчлол, «Apps & Features»-ийн бичлэг. Өгөгдөлд хүрэхгүй."
LangString DESC_APP ${LANG_ENGLISH} "The program, its Start-menu entry and its Apps & Features entry. Your data is not touched."
LangString DESC_DESKTOP ${LANG_MONGOLIAN} "Ажлын талбар (desktop) дээр SoumDesk-ийн товчлол."
LangString DESC_DESKTOP ${LANG_ENGLISH} "A SoumDesk shortcut on the desktop."
LangString RUNNING ${LANG_MONGOLIAN} "SoumDesk ажиллаж байна. Програмын бүх цонхыг хаагаад «Retry» товчийг дарна уу."
LangString RUNNING ${LANG_ENGLISH} "SoumDesk is running. Close all its windows, then press Retry."
LangString DATA_FOLDER ${LANG_MONGOLIAN} "Энэ хавтсанд SoumDesk-ийн өгөгдөл байна. Програмыг өөр хавтсанд суулгана уу."
LangString DATA_FOLDER ${LANG_ENGLISH} "This folder holds SoumDesk's data. Install the program into another folder."
LangString DATA_KEPT ${LANG_MONGOLIAN} "Зөвхөн програмыг устгана. Өгөгдөл, нөөц хуулбар (%LOCALAPPDATA%\SoumDesk) хэвээр үлдэнэ."
LangString DATA_KEPT ${LANG_ENGLISH} "Only the program is removed. The data and backups (%LOCALAPPDATA%\SoumDesk) stay."

; Quit (exit code 3) while SoumDesk runs; with a window, ask to close it first.
!macro CHECK_NOT_RUNNING un
Function ${un}CheckNotRunning
  retry:
  System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${MUTEX}") p .r0'
  StrCpy $1 "0"
  ${If} $0 != 0
    System::Call 'kernel32::CloseHandle(p r0)'
    StrCpy $1 "1"
  ${ElseIf} ${FileExists} "$INSTDIR\SoumDesk.exe"
    ; A SoumDesk older than the mutex: Windows does not let a running program file be written.
    ClearErrors
    FileOpen $2 "$INSTDIR\SoumDesk.exe" a
    ${If} ${Errors}
      StrCpy $1 "1"
    ${Else}
      FileClose $2
    ${EndIf}
  ${EndIf}
  ${If} $1 == "1"
    ${If} ${Silent}
      SetErrorLevel 3
      Quit
    ${EndIf}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(RUNNING)" IDRETRY retry
    SetErrorLevel 3
    Quit
  ${EndIf}
FunctionEnd
!macroend
!insertmacro CHECK_NOT_RUNNING ""
!insertmacro CHECK_NOT_RUNNING "un."

; Only what build_installer.spec puts at the top of the folder (tests/installer checks the list).
!macro REMOVE_PROGRAM_FILES
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\SoumDesk.exe"
  Delete "$INSTDIR\soum-desk.exe"
!macroend

Section "!$(SEC_APP)" SecApp
  SectionIn RO
  ${If} ${FileExists} "$INSTDIR\soumdesk.sqlite3"
  ${OrIf} $INSTDIR == "${DATA_DIR}"
    ${IfNot} ${Silent}
      MessageBox MB_OK|MB_ICONSTOP "$(DATA_FOLDER)"
    ${EndIf}
    SetErrorLevel 4
    Quit
  ${EndIf}
  Call CheckNotRunning
  !insertmacro REMOVE_PROGRAM_FILES
  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\SoumDesk.lnk" "$INSTDIR\SoumDesk.exe" "" "$INSTDIR\SoumDesk.exe" 0
  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "SoumDesk"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "SoumDesk"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\SoumDesk.exe,0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "$(SEC_DESKTOP)" SecDesktop
  CreateShortcut "$DESKTOP\SoumDesk.lnk" "$INSTDIR\SoumDesk.exe" "" "$INSTDIR\SoumDesk.exe" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(DESC_APP)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(DESC_DESKTOP)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  ; Mongolian is offered first whatever the Windows display language (the program is Mongolian-first).
  StrCpy $LANGUAGE ${LANG_MONGOLIAN}
  !insertmacro MUI_LANGDLL_DISPLAY
  ; Keep a desktop shortcut the previous install made; /DESKTOP asks for one in a silent install.
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DESKTOP" $R1
  ${IfNot} ${Errors}
  ${OrIf} ${FileExists} "$DESKTOP\SoumDesk.lnk"
    !insertmacro SelectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

Function .onVerifyInstDir
  ${If} $INSTDIR == "${DATA_DIR}"
  ${OrIf} ${FileExists} "$INSTDIR\soumdesk.sqlite3"
    Abort
  ${EndIf}
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  Call un.CheckNotRunning
FunctionEnd

Section "Uninstall"
  !insertmacro REMOVE_PROGRAM_FILES
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\SoumDesk.lnk"
  Delete "$DESKTOP\SoumDesk.lnk"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
SectionEnd
