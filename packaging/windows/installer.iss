; Inno Setup 6 script for Jobcenter Bench: a per-user installer that needs no admin rights.
;
; Build (on Windows, after `python packaging\build.py --clean`), from the repository root:
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\installer.iss
; The defaults below match packaging/appinfo.py (what the PyInstaller spec uses); build.py
; rewrites AppVersion/AppVersionNumeric from jobcenter_bench.__version__, and
; tests/packaging/test_packaging_files.py fails when they disagree. Override on the command line
; with e.g. /DAppVersion=0.2.0 /DAppVersionNumeric=0.2.0.0.

#ifndef AppVersion
#define AppVersion "0.1.0"
#endif
#ifndef AppVersionNumeric
#define AppVersionNumeric "0.1.0.0"
#endif
#define AppName "Jobcenter Bench"
#define AppPublisher "Jobcenter Bench"
#define AppExeName "jobcenter-bench.exe"
#define AppCliExeName "jobcenter-bench-cli.exe"
#define AppIcon "..\..\resources\icons\jobcenter_bench.ico"
#define DbSuffix ".jcbench"
#define ProgId "JobcenterBench.Project"
; The one-folder build made by packaging/build.py (PyInstaller's COLLECT output).
#ifndef SourceDir
#define SourceDir "..\dist\jobcenter-bench"
#endif

[Setup]
; AppId identifies the app for upgrades and the uninstaller: never change it.
AppId={{6F1C2B7E-3A44-4E0B-9D0E-5B7A1C9E2F41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersion}
; Per-user install: no UAC prompt; {autopf} becomes %LOCALAPPDATA%\Programs, registry HKA = HKCU.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
SetupIconFile={#AppIcon}
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\dist\installer
OutputBaseFilename=jobcenter-bench-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
danish.ProjectFileType=Jobcenter Bench-projekt
english.ProjectFileType=Jobcenter Bench project
danish.SelfTest=Selvtest af {#AppName}
english.SelfTest={#AppName} self-test

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "association"; Description: "{cm:AssocFileExtension,{#AppName},{#DbSuffix}}"

[Files]
; Everything PyInstaller collected: both executables and _internal\ (Python, Qt, resources,
; sample data). Nothing else is installed; settings and data go to the user's AppData at run time.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries entirely (no stale modules from an older version).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
; The self-test entry keeps its console open (cmd /k) so the user can read the result.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autoprograms}\{cm:SelfTest}"; Filename: "{cmd}"; Parameters: "/k """"{app}\{#AppCliExeName}"" selftest"""; WorkingDir: "{userdocs}"; IconFilename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; File association for project databases (.jcbench), per user (HKA = HKCU with lowest privileges).
Root: HKA; Subkey: "Software\Classes\{#DbSuffix}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ProjectFileType}"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: "{#DbSuffix}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
