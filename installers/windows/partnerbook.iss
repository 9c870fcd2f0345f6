; Inno Setup script for Partnerbook on Windows (Inno Setup 6).
; Built by build.ps1, which passes the version read from pyproject.toml:
;   iscc /DAppVersion=0.1.0 installers\windows\partnerbook.iss
;
; Per-user install, no administrator rights: a volunteer on a shared or locked-down laptop
; can install it. Upgrades install over the old copy; the records are never touched because
; they live in the user's data folder (%LOCALAPPDATA%\Partnerbook), not in the program
; folder, and the uninstaller leaves that folder alone too.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Partnerbook"
#define AppExe "partnerbook.exe"
#define Root "..\.."

[Setup]
; The AppId ties every version together so a new one upgrades the old: never change it.
AppId={{6C1E2B7A-4F0D-4E8B-9A53-2F7B1C9D8E41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Partnerbook developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#Root}\dist
OutputBaseFilename=Partnerbook-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\partnerbook.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An upgrade closes a running copy first, so no file is in use.
CloseApplications=yes
RestartApplications=no
; A return pack (.pbpack) from the CVS opens in Partnerbook on a double-click (issue 20).
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Files of an older version that this one no longer ships would linger and could be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\partnerbook\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Keep the record of the partnerships your group sits on"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Per user (HKCU, no administrator rights), removed again by the uninstaller.
Root: HKCU; Subkey: "Software\Classes\.pbpack"; ValueType: string; ValueName: ""; ValueData: "Partnerbook.ReturnPack"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Partnerbook.ReturnPack"; ValueType: string; ValueName: ""; ValueData: "Partnerbook return pack"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Partnerbook.ReturnPack\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\Partnerbook.ReturnPack\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --open-pack ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data folder, on purpose: removing the program must never
; remove a group's records. The user guide says where they are if someone wants them gone.
