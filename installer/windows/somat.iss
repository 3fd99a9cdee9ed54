; Inno Setup 6 script for Sổ Mật (Windows 10/11 x64). See installer/windows/README.md.
; Build:  iscc /DAppVersion=0.1.0 installer\windows\somat.iss   (after the PyInstaller build)
; Output: installer\out\somat-<version>-windows-x64-setup.exe
; The registry of each user (%LOCALAPPDATA%\somat) is never installed, changed or removed here.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z somat.iss
#endif

[Setup]
AppId={{6C0B7E52-3F4D-4A8B-9E21-50D1A7C3B9F4}
AppName=Sổ Mật
AppVersion={#AppVersion}
AppVerName=Sổ Mật {#AppVersion}
AppPublisher=Sổ Mật
DefaultDirName={autopf}\SoMat
DefaultGroupName=Sổ Mật
DisableProgramGroupPage=yes
OutputDir=..\out
OutputBaseFilename=somat-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\somat.ico
UninstallDisplayIcon={app}\somat.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
; Vietnamese.isl is in Inno Setup's "Languages\Unofficial" folder; copy it next to Default.isl.
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; Replace the whole program folder on upgrade so no stale module survives.
Source: "..\..\dist\somat\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Sổ Mật"; Filename: "{app}\somat.exe"; Parameters: "gui"
Name: "{group}\Gỡ cài đặt Sổ Mật"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Sổ Mật"; Filename: "{app}\somat.exe"; Parameters: "gui"; Tasks: desktopicon

[Run]
Filename: "{app}\somat.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,Sổ Mật}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. User data in %LOCALAPPDATA%\somat stays.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
{ Refuse a downgrade: an upgraded registry cannot be opened by an older Sổ Mật. }
function InstalledVersion(): String;
var
  V: String;
begin
  Result := '';
  if RegQueryStringValue(HKLM, 'Software\Microsoft\Windows\CurrentVersion\Uninstall\{6C0B7E52-3F4D-4A8B-9E21-50D1A7C3B9F4}_is1', 'DisplayVersion', V) then
    Result := V
  else if RegQueryStringValue(HKCU, 'Software\Microsoft\Windows\CurrentVersion\Uninstall\{6C0B7E52-3F4D-4A8B-9E21-50D1A7C3B9F4}_is1', 'DisplayVersion', V) then
    Result := V;
end;

function InitializeSetup(): Boolean;
var
  Old: String;
  OldPacked, NewPacked: Int64;
begin
  Result := True;
  Old := InstalledVersion();
  if (Old <> '') and StrToVersion(Old, OldPacked) and StrToVersion('{#AppVersion}', NewPacked) then
    if ComparePackedVersion(OldPacked, NewPacked) > 0 then
    begin
      MsgBox('Máy đang có Sổ Mật ' + Old + ', mới hơn bản cài này ({#AppVersion}). ' +
             'Không cài bản cũ đè lên bản mới (sổ đăng ký đã nâng cấp sẽ không mở được).',
             mbError, MB_OK);
      Result := False;
    end;
end;

procedure DeinitializeUninstall();
begin
  MsgBox('Đã gỡ chương trình. Sổ đăng ký và bản sao lưu vẫn được giữ trong ' +
         ExpandConstant('{localappdata}') + '\somat.', mbInformation, MB_OK);
end;
