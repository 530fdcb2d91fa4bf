; Inno Setup 6 recipe for the Windows installer: dist\reviewer-<version>-setup.exe
;
; NOT BUILT OR TESTED on the project's Linux machines: built by the hosted-runner workflow
; (.github/workflows/installers.yml) through build-windows.ps1, which passes the defines:
;   iscc /DAppVersion=0.1.0 /DBundleDir=...\build\packaging\dist\reviewer
;        /DIconFile=...\build\packaging\icons\reviewer.ico /DOutputDir=...\dist reviewer.iss
;
; Per-machine install under Program Files (IT deploys it; /VERYSILENT /SUPPRESSMSGBOXES for
; unattended installs). The uninstaller removes every file it installed; user data in
; %LOCALAPPDATA%\reviewer and the keys in the Windows Credential Locker are kept.

#ifndef AppVersion
  #error AppVersion must be defined (/DAppVersion=x.y.z)
#endif
#ifndef BundleDir
  #error BundleDir must be defined (the PyInstaller output folder)
#endif
#ifndef IconFile
  #error IconFile must be defined (reviewer.ico from make_icons.py)
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif

[Setup]
; A fixed AppId ties upgrades and uninstalls together: never change it.
AppId={{6F0B6C52-3C1E-4A57-9A43-2E1D8C5B7A10}
AppName=Reviewer
AppVersion={#AppVersion}
AppPublisher=Reviewer
DefaultDirName={autopf}\Reviewer
DefaultGroupName=Reviewer
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=reviewer-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\reviewer-gui.exe
Compression=lzma2/normal
SolidCompression=yes
WizardStyle=modern
; Code signing needs the organisation's certificate; see build-windows.ps1 (signtool).
; SignTool=orgsign

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Reviewer"; Filename: "{app}\reviewer-gui.exe"
Name: "{autodesktop}\Reviewer"; Filename: "{app}\reviewer-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\reviewer-gui.exe"; Description: "{cm:LaunchProgram,Reviewer}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Nothing: the app writes nothing under {app}; user data stays with the user.
