; TEST PAYLOAD ONLY — not SoumDesk. tests/installer/test_setup.py compiles this tiny program
; as a stand-in for SoumDesk.exe, so installer/soumdesk.nsi can be compiled and installed under
; Wine without a Windows build of the real program.
;
;   fake.exe                     exits at once
;   fake.exe /HOLD=<file>        holds the mutex SoumDesk holds while it runs, writes <file>.held,
;                                and waits (at most 60 s) until <file> exists
Unicode true
Target amd64-unicode
SilentInstall silent
RequestExecutionLevel user
OutFile "${OUTFILE}"

!include "LogicLib.nsh"
!include "FileFunc.nsh"

Section
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/HOLD=" $R1
  ${If} ${Errors}
    Quit
  ${EndIf}
  System::Call 'kernel32::CreateMutexW(p 0, i 0, w "SoumDesk.Running") p .r0'
  FileOpen $1 "$R1.held" w
  FileClose $1
  StrCpy $2 0
  ${DoUntil} ${FileExists} "$R1"
    Sleep 100
    IntOp $2 $2 + 1
    ${If} $2 > 600
      ${Break}
    ${EndIf}
  ${Loop}
SectionEnd
