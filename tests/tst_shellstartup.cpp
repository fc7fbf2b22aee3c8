// Shell start-up analysis: the static parser of each dialect, the start-up plan of each shell
// and mode, and the probe on small snapshots.
#include "probes/ShellProbe.h"
#include "probes/ShellSyntax.h"
#include "system/SnapshotSystem.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <memory>

namespace {

const QString kHome = QStringLiteral("/home/u");

// Ubuntu 24.04's stock ~/.profile (/etc/skel/.profile), byte for byte; stockProfileIsTheReal()
// checks it against the fixture it was copied from.
const char kUbuntuProfile[] = R"SH(# ~/.profile: executed by the command interpreter for login shells.
# This file is not read by bash(1), if ~/.bash_profile or ~/.bash_login
# exists.
# see /usr/share/doc/bash/examples/startup-files for examples.
# the files are located in the bash-doc package.

# the default umask is set in /etc/profile; for setting the umask
# for ssh logins, install and configure the libpam-umask package.
#umask 022

# if running bash
if [ -n "$BASH_VERSION" ]; then
    # include .bashrc if it exists
    if [ -f "$HOME/.bashrc" ]; then
	. "$HOME/.bashrc"
    fi
fi

# set PATH so it includes user's private bin if it exists
if [ -d "$HOME/bin" ] ; then
    PATH="$HOME/bin:$PATH"
fi

# set PATH so it includes user's private bin if it exists
if [ -d "$HOME/.local/bin" ] ; then
    PATH="$HOME/.local/bin:$PATH"
fi
)SH";

// The start of Ubuntu's stock ~/.bashrc: it returns at once when the shell is not interactive.
const char kUbuntuBashrcHead[] = R"SH(# ~/.bashrc: executed by bash(1) for non-login shells.
# see /usr/share/doc/bash/examples/startup-files (in the package bash-doc)
# for examples

# If not running interactively, don't do anything
case $- in
    *i*) ;;
      *) return;;
esac

# don't put duplicate lines or lines starting with space in the history.
HISTCONTROL=ignoreboth
)SH";

const char kDebianEtcProfile[] = R"SH(# /etc/profile: system-wide .profile file for the Bourne shell (sh(1))
# and Bourne compatible shells (bash(1), ksh(1), ash(1), ...).

if [ "$(id -u)" -eq 0 ]; then
  PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
else
  PATH="/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games"
fi
export PATH

if [ "${PS1-}" ]; then
  if [ "${BASH-}" ] && [ "$BASH" != "/bin/sh" ]; then
    # The file bash.bashrc already sets the default PS1.
    # PS1='\h:\w\$ '
    if [ -f /etc/bash.bashrc ]; then
      . /etc/bash.bashrc
    fi
  else
    if [ "$(id -u)" -eq 0 ]; then
      PS1='# '
    else
      PS1='$ '
    fi
  fi
fi

if [ -d /etc/profile.d ]; then
  for i in /etc/profile.d/*.sh; do
    if [ -r $i ]; then
      . $i
    fi
  done
  unset i
fi
)SH";

// Ubuntu 24.04's /etc/profile: Debian's without the PATH block.
const char kUbuntuEtcProfile[] = R"SH(# /etc/profile: system-wide .profile file for the Bourne shell (sh(1))
# and Bourne compatible shells (bash(1), ksh(1), ash(1), ...).

if [ "${PS1-}" ]; then
  if [ "${BASH-}" ] && [ "$BASH" != "/bin/sh" ]; then
    # The file bash.bashrc already sets the default PS1.
    # PS1='\h:\w\$ '
    if [ -f /etc/bash.bashrc ]; then
      . /etc/bash.bashrc
    fi
  else
    if [ "$(id -u)" -eq 0 ]; then
      PS1='# '
    else
      PS1='$ '
    fi
  fi
fi

if [ -d /etc/profile.d ]; then
  for i in /etc/profile.d/*.sh; do
    if [ -r $i ]; then
      . $i
    fi
  done
  unset i
fi
)SH";

ShellSyntax::Dialect dialectNamed(const QString &name)
{
    using ShellSyntax::Dialect;
    if (name == QLatin1String("zsh"))
        return Dialect::Zsh;
    if (name == QLatin1String("fish"))
        return Dialect::Fish;
    if (name == QLatin1String("envd"))
        return Dialect::EnvironmentD;
    if (name == QLatin1String("etcenv"))
        return Dialect::EtcEnvironment;
    if (name == QLatin1String("fishvars"))
        return Dialect::FishVariables;
    return Dialect::Posix;
}

QString opName(ShellAssignment::Op op)
{
    switch (op) {
    case ShellAssignment::Op::Set: return QStringLiteral("Set");
    case ShellAssignment::Op::Append: return QStringLiteral("Append");
    case ShellAssignment::Op::Prepend: return QStringLiteral("Prepend");
    case ShellAssignment::Op::Unset: return QStringLiteral("Unset");
    }
    return QStringLiteral("?");
}

// "LINE VARIABLE OP [folder|folder] EXPANDED": one line a failed comparison prints readably.
QString describe(const ShellAssignment &a)
{
    return QStringLiteral("%1 %2 %3 [%4] %5")
        .arg(QString::number(a.line), a.variable, opName(a.op), a.folders.join(QLatin1Char('|')), a.expanded)
        .trimmed();
}

QStringList describeAll(const QList<ShellAssignment> &list)
{
    QStringList out;
    for (const ShellAssignment &a : list)
        out << describe(a);
    return out;
}

QStringList describeSources(const QList<ShellSyntax::Source> &list)
{
    QStringList out;
    for (const ShellSyntax::Source &s : list)
        out << QStringLiteral("%1 %2 %3").arg(QString::number(s.line), s.path, s.onlyFor).trimmed();
    return out;
}

ShellSyntax::Parsed parseAs(const QString &dialect, const QByteArray &text,
                            const QString &file = QStringLiteral("/home/u/.profile"))
{
    return ShellSyntax::parse(text, dialectNamed(dialect), file, kHome);
}

QString inHome(const QString &p)
{
    return p.startsWith(QLatin1String("~/")) ? kHome + p.mid(1) : p;
}

QStringList inHome(const QStringList &list)
{
    QStringList out;
    for (const QString &p : list)
        out << inHome(p);
    return out;
}

ShellKind kindNamed(const QString &name)
{
    if (name == QLatin1String("bash"))
        return ShellKind::Bash;
    if (name == QLatin1String("zsh"))
        return ShellKind::Zsh;
    if (name == QLatin1String("fish"))
        return ShellKind::Fish;
    if (name == QLatin1String("sh"))
        return ShellKind::Sh;
    return ShellKind::Other;
}

// A snapshot built in a temporary folder: snapshot.json plus root/.
class Snap {
public:
    explicit Snap(const QString &loginShell, const QString &name = QStringLiteral("u"), qint64 uid = 1000,
                  const QString &home = kHome)
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("root"));
        QJsonObject user{{QStringLiteral("name"), name}, {QStringLiteral("uid"), uid}};
        if (!home.isEmpty())
            user.insert(QStringLiteral("home"), home);
        if (!loginShell.isEmpty())
            user.insert(QStringLiteral("login_shell"), loginShell);
        const QJsonObject env{{QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")},
                              {QStringLiteral("HOME"), kHome}};
        const QJsonObject doc{
            {QStringLiteral("format"), QStringLiteral("go-env-doctor-snapshot")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("captured"), QStringLiteral("2025-06-01T00:00:00Z")},
            {QStringLiteral("host"), QJsonObject{{QStringLiteral("machine"), QStringLiteral("x86_64")}}},
            {QStringLiteral("user"), user},
            {QStringLiteral("process"), QJsonObject{{QStringLiteral("env"), env}}}};
        QFile f(m_dir.filePath(QStringLiteral("snapshot.json")));
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(doc).toJson());
    }
    void dir(const QString &p)
    {
        if (p.size() > 1)
            QDir(root()).mkpath(p.mid(1));
    }
    void file(const QString &path, const QByteArray &content)
    {
        const QString p = inHome(path);
        dir(p.left(p.lastIndexOf(QLatin1Char('/'))));
        QFile f(root() + p);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
    }
    std::unique_ptr<SnapshotSystem> open() const { return SnapshotSystem::open(m_dir.path(), nullptr); }
    QString root() const { return m_dir.path() + QStringLiteral("/root"); }

private:
    QTemporaryDir m_dir;
};

ShellFacts probe(const SystemView &system)
{
    return ShellProbe::collect(system, system.user(), system.environment());
}

const StartupFile *fileIn(const ShellFacts &facts, const QString &path)
{
    for (const StartupFile &f : facts.files)
        if (f.path == inHome(path))
            return &f;
    return nullptr;
}

} // namespace

class TestShellStartup : public QObject {
    Q_OBJECT
private slots:
    // --- the parser ------------------------------------------------------------------------------
    void assignments_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected");

        // sh / bash: forms
        QTest::newRow("export, $PATH at the start")
            << "posix" << QByteArray("export PATH=$PATH:/usr/local/go/bin\n")
            << QStringList{"1 PATH Append [/usr/local/go/bin] ${PATH}:/usr/local/go/bin"};
        QTest::newRow("$PATH at the end, $HOME, double quotes")
            << "posix" << QByteArray("export PATH=\"$HOME/go/bin:$PATH\"\n")
            << QStringList{"1 PATH Prepend [/home/u/go/bin] /home/u/go/bin:${PATH}"};
        QTest::newRow("${PATH} and ${HOME}")
            << "posix" << QByteArray("PATH=\"${PATH}:${HOME}/sdk/go/bin\"\n")
            << QStringList{"1 PATH Append [/home/u/sdk/go/bin] ${PATH}:/home/u/sdk/go/bin"};
        QTest::newRow("$PATH in the middle: Prepend with both sides")
            << "posix" << QByteArray("PATH=/a:$PATH:/b\n") << QStringList{"1 PATH Prepend [/a|/b] /a:${PATH}:/b"};
        QTest::newRow("no $PATH: Set") << "posix" << QByteArray("PATH=/usr/local/go/bin:/usr/bin:/bin\n")
                                       << QStringList{"1 PATH Set [/usr/local/go/bin|/usr/bin|/bin] "
                                                      "/usr/local/go/bin:/usr/bin:/bin"};
        QTest::newRow("${PATH:+:$PATH}") << "posix"
                                         << QByteArray("export PATH=\"/usr/local/go/bin${PATH:+:${PATH}}\"\n")
                                         << QStringList{"1 PATH Prepend [/usr/local/go/bin] /usr/local/go/bin:${PATH}"};
        QTest::newRow("PATH+=") << "posix" << QByteArray("PATH+=:/usr/local/go/bin\n")
                                << QStringList{"1 PATH Append [/usr/local/go/bin] ${PATH}:/usr/local/go/bin"};
        QTest::newRow("trailing colon keeps an empty entry in expanded")
            << "posix" << QByteArray("PATH=$PATH:/x:\n") << QStringList{"1 PATH Append [/x] ${PATH}:/x:"};
        QTest::newRow("PATH=...; export PATH")
            << "posix" << QByteArray("PATH=$PATH:/usr/local/go/bin; export PATH\n")
            << QStringList{"1 PATH Append [/usr/local/go/bin] ${PATH}:/usr/local/go/bin"};
        QTest::newRow("PATH=... export PATH") << "posix" << QByteArray("PATH=/opt/go/bin:$PATH export PATH\n")
                                              << QStringList{"1 PATH Prepend [/opt/go/bin] /opt/go/bin:${PATH}"};
        QTest::newRow("export without a value")
            << "posix" << QByteArray("export GOROOT GOPATH\nexport -p\n") << QStringList{};
        QTest::newRow("several in one export") << "posix" << QByteArray("export GOPATH=/g GOBIN=/g/bin\n")
                                               << QStringList{"1 GOPATH Set [] /g", "1 GOBIN Set [] /g/bin"};
        QTest::newRow("declare -x, typeset -x, readonly")
            << "posix"
            << QByteArray("declare -x GOPATH=\"$HOME/go\"\ntypeset -x GO111MODULE=on\nreadonly GOTOOLCHAIN=local\n")
            << QStringList{"1 GOPATH Set [] /home/u/go", "2 GO111MODULE Set [] on", "3 GOTOOLCHAIN Set [] local"};
        QTest::newRow("local is a function's own")
            << "posix" << QByteArray("f() { local GOPATH=/tmp/x; }\n") << QStringList{};
        QTest::newRow("unset, unset -v, unset -f")
            << "posix" << QByteArray("unset GOROOT GOPATH\nunset -v GOFLAGS\nunset -f GOBIN\n")
            << QStringList{"1 GOROOT Unset []", "1 GOPATH Unset []", "2 GOFLAGS Unset []"};
        QTest::newRow("export -n") << "posix" << QByteArray("export -n GOFLAGS\n") << QStringList{"1 GOFLAGS Unset []"};
        QTest::newRow("any GO variable, no other")
            << "posix"
            << QByteArray("export GOPRIVATE=git.corp.example\n"
                          "export EDITOR=vim\nexport GOAMD64=v3\n")
            << QStringList{"1 GOPRIVATE Set [] git.corp.example", "3 GOAMD64 Set [] v3"};
        QTest::newRow("a one-command prefix does not persist")
            << "posix" << QByteArray("GOFLAGS=-mod=mod go build ./...\nGOOS=linux GOARCH=arm64 make\n")
            << QStringList{};
        QTest::newRow("GOFLAGS appends to itself") << "posix" << QByteArray("export GOFLAGS=\"$GOFLAGS -mod=mod\"\n")
                                                   << QStringList{"1 GOFLAGS Append [] ${GOFLAGS} -mod=mod"};

        // quotes
        QTest::newRow("single quotes: nothing expands")
            << "posix" << QByteArray("export PATH='/opt/$HOME/bin':\"$PATH\"\n")
            << QStringList{"1 PATH Prepend [/opt/$HOME/bin] /opt/$HOME/bin:${PATH}"};
        QTest::newRow("a quoted ~ stays literal") << "posix" << QByteArray("export PATH=\"~/go/bin:$PATH\"\n")
                                                  << QStringList{"1 PATH Prepend [~/go/bin] ~/go/bin:${PATH}"};
        QTest::newRow("a single-quoted ~ stays literal")
            << "posix" << QByteArray("export GOPATH='~/go'\n") << QStringList{"1 GOPATH Set [] ~/go"};
        QTest::newRow("an unquoted ~ expands") << "posix" << QByteArray("export PATH=~/go/bin:$PATH\n")
                                               << QStringList{"1 PATH Prepend [/home/u/go/bin] /home/u/go/bin:${PATH}"};
        QTest::newRow("~ after a colon of an assignment") << "posix" << QByteArray("PATH=$PATH:~/go/bin:~\n")
                                                          << QStringList{"1 PATH Append [/home/u/go/bin|/home/u] "
                                                                         "${PATH}:/home/u/go/bin:/home/u"};
        QTest::newRow("~user is someone else's") << "posix" << QByteArray("PATH=~bob/bin:$PATH\n")
                                                 << QStringList{"1 PATH Prepend [~bob/bin] ~bob/bin:${PATH}"};
        QTest::newRow("escaped $ and ~") << "posix" << QByteArray("export GOFLAGS=\\$x GOPATH=\\~/go\n")
                                         << QStringList{"1 GOFLAGS Set [] $x", "1 GOPATH Set [] ~/go"};
        QTest::newRow("$'...'") << "posix" << QByteArray("export GOFLAGS=$'-mod=mod'\n")
                                << QStringList{"1 GOFLAGS Set [] -mod=mod"};
        QTest::newRow("quotes across lines")
            << "posix" << QByteArray("export GOFLAGS=\"-mod=mod\n-trimpath\"\nGOBIN=/b\n")
            << QStringList{"1 GOFLAGS Set [] -mod=mod\n-trimpath", "3 GOBIN Set [] /b"};

        // comments
        QTest::newRow("full-line and indented comments")
            << "posix" << QByteArray("# export PATH=/x:$PATH\n   #export GOPATH=/y\n\t# GOROOT=/z\n") << QStringList{};
        QTest::newRow("trailing comment")
            << "posix" << QByteArray("export GOPATH=/g # was /old\n") << QStringList{"1 GOPATH Set [] /g"};
        QTest::newRow("# inside quotes and inside a word")
            << "posix" << QByteArray("export GOFLAGS=\"-tags=a#b\"\nexport GOPRIVATE=a#b\n")
            << QStringList{"1 GOFLAGS Set [] -tags=a#b", "2 GOPRIVATE Set [] a#b"};
        QTest::newRow("commented-out export after code")
            << "posix" << QByteArray("true; # export PATH=/bad:$PATH\n") << QStringList{};

        // continuations, here-docs, structure
        QTest::newRow("backslash continuation: the line it starts on")
            << "posix" << QByteArray("export PATH=/usr/local/go/bin:\\\n/opt/bin:$PATH\nexport GOPATH=/g\n")
            << QStringList{"1 PATH Prepend [/usr/local/go/bin|/opt/bin] /usr/local/go/bin:/opt/bin:${PATH}",
                           "3 GOPATH Set [] /g"};
        QTest::newRow("continuation after export")
            << "posix" << QByteArray("export \\\n  GOPATH=/g\n") << QStringList{"1 GOPATH Set [] /g"};
        QTest::newRow("here-doc body does not count")
            << "posix"
            << QByteArray("cat >> ~/.bashrc <<EOF\nexport PATH=$PATH:/usr/local/go/bin\nEOF\nexport GOPATH=/g\n")
            << QStringList{"4 GOPATH Set [] /g"};
        QTest::newRow("here-doc <<-, quoted delimiter")
            << "posix" << QByteArray("cat <<-'EOF' > /tmp/x\n\texport PATH=/bad:$PATH\n\tEOF\nexport GOBIN=/b\n")
            << QStringList{"4 GOBIN Set [] /b"};
        QTest::newRow("here-doc \"END\" and two on one line")
            << "posix" << QByteArray("cat <<\"END\" <<B\nexport PATH=/x\nEND\nexport GOROOT=/y\nB\nexport GOBIN=/z\n")
            << QStringList{"6 GOBIN Set [] /z"};
        QTest::newRow("here-string is not a here-doc")
            << "posix" << QByteArray("cat <<< \"hi\"\nexport GOBIN=/b\n") << QStringList{"2 GOBIN Set [] /b"};
        QTest::newRow("redirections are not arguments")
            << "posix" << QByteArray("export GOPATH=/g 2>/dev/null >&2\n") << QStringList{"1 GOPATH Set [] /g"};
        QTest::newRow("if on several lines (Debian's /etc/zsh/zshenv)")
            << "posix"
            << QByteArray("if [[ -z \"$PATH\" || \"$PATH\" == \"/bin:/usr/bin\" ]]\nthen\n\texport "
                          "PATH=\"/usr/local/bin:/usr/bin:/bin:/usr/games\"\nfi\n")
            << QStringList{
                   "3 PATH Set [/usr/local/bin|/usr/bin|/bin|/usr/games] /usr/local/bin:/usr/bin:/bin:/usr/games"};
        QTest::newRow("case pattern (rustup's env)")
            << "posix"
            << QByteArray("case \":${PATH}:\" in\n    *:\"$HOME/.cargo/bin\":*)\n        ;;\n    *)\n        "
                          "export PATH=\"$HOME/.cargo/bin:$PATH\"\n        ;;\nesac\n")
            << QStringList{"5 PATH Prepend [/home/u/.cargo/bin] /home/u/.cargo/bin:${PATH}"};
        QTest::newRow("&& chain") << "posix"
                                  << QByteArray("[ -d /usr/local/go/bin ] && export PATH=$PATH:/usr/local/go/bin\n")
                                  << QStringList{"1 PATH Append [/usr/local/go/bin] ${PATH}:/usr/local/go/bin"};
        QTest::newRow("function body still counts")
            << "posix" << QByteArray("addgo() { export PATH=/usr/local/go/bin:$PATH; }\n")
            << QStringList{"1 PATH Prepend [/usr/local/go/bin] /usr/local/go/bin:${PATH}"};
        QTest::newRow("for loop list is not an assignment")
            << "posix" << QByteArray("for d in GOPATH=/x /y; do\n  PATH=$PATH:$d\ndone\n")
            << QStringList{"2 PATH Append [$d] ${PATH}:$d"};

        // variables
        QTest::newRow("$GOROOT/bin from an earlier line")
            << "posix" << QByteArray("export GOROOT=/usr/local/go\nexport PATH=$PATH:$GOROOT/bin\n")
            << QStringList{"1 GOROOT Set [] /usr/local/go",
                           "2 PATH Append [/usr/local/go/bin] ${PATH}:/usr/local/go/bin"};
        QTest::newRow("a plain variable, then GO*")
            << "posix" << QByteArray("VER=1.22.5\nexport GOROOT=$HOME/sdk/go$VER\n")
            << QStringList{"2 GOROOT Set [] /home/u/sdk/go1.22.5"};
        QTest::newRow("GO_VERSION is a GO variable too")
            << "posix" << QByteArray("GO_VERSION=1.22.5\nexport GOROOT=/opt/go$GO_VERSION\n")
            << QStringList{"1 GO_VERSION Set [] 1.22.5", "2 GOROOT Set [] /opt/go1.22.5"};
        QTest::newRow("GOPATH then $GOPATH/bin and ${GOROOT}")
            << "posix"
            << QByteArray(
                   "export GOPATH=\"$HOME/go\"\nGOROOT=/opt/go\nexport PATH=\"${GOROOT}/bin:$PATH:$GOPATH/bin\"\n")
            << QStringList{"1 GOPATH Set [] /home/u/go", "2 GOROOT Set [] /opt/go",
                           "3 PATH Prepend [/opt/go/bin|/home/u/go/bin] /opt/go/bin:${PATH}:/home/u/go/bin"};
        QTest::newRow("unknown variables stay as written")
            << "posix" << QByteArray("export PATH=$PATH:$GOPATH/bin\n")
            << QStringList{"1 PATH Append [$GOPATH/bin] ${PATH}:$GOPATH/bin"};
        QTest::newRow("command substitution stays as written")
            << "posix" << QByteArray("export PATH=\"$PATH:$(go env GOPATH)/bin\"\n")
            << QStringList{"1 PATH Append [$(go env GOPATH)/bin] ${PATH}:$(go env GOPATH)/bin"};
        QTest::newRow("unset forgets") << "posix" << QByteArray("R=/opt/go\nunset R\nPATH=$R/bin:$PATH\n")
                                       << QStringList{"3 PATH Prepend [$R/bin] $R/bin:${PATH}"};

        // edge inputs
        QTest::newRow("empty file") << "posix" << QByteArray() << QStringList{};
        QTest::newRow("no trailing newline")
            << "posix" << QByteArray("export GOPATH=/g") << QStringList{"1 GOPATH Set [] /g"};
        QTest::newRow("CRLF line ends") << "posix" << QByteArray("export GOPATH=/g\r\nexport GOBIN=/b\r\n")
                                        << QStringList{"1 GOPATH Set [] /g", "2 GOBIN Set [] /b"};
        QTest::newRow("binary garbage") << "posix"
                                        << QByteArray("\x7f"
                                                      "ELF\x02\x01\x00\x00\xff\xfe\x00\x01\x80\x90",
                                                      14)
                                        << QStringList{};
        QTest::newRow("garbage, then a real line")
            << "posix" << (QByteArray("\x01\x02\xff\xfe", 4) + QByteArray(1, '\0') + "\n\xc3\x28\nexport GOBIN=/b\n")
            << QStringList{"3 GOBIN Set [] /b"};
        QTest::newRow("bash array named path is not PATH")
            << "posix" << QByteArray("path=(/x $path)\n") << QStringList{};

        // zsh
        QTest::newRow("zsh path+=(...)") << "zsh" << QByteArray("path+=(/usr/local/go/bin $HOME/go/bin)\n")
                                         << QStringList{"1 PATH Append [/usr/local/go/bin|/home/u/go/bin] "
                                                        "${PATH}:/usr/local/go/bin:/home/u/go/bin"};
        QTest::newRow("zsh path=(... $path)")
            << "zsh" << QByteArray("path=(/usr/local/go/bin $path)\n")
            << QStringList{"1 PATH Prepend [/usr/local/go/bin] /usr/local/go/bin:${PATH}"};
        QTest::newRow("zsh path=( over lines, with a comment )")
            << "zsh" << QByteArray("path=(\n  ~/go/bin   # tools\n  $path\n)\nexport GOPATH=/g\n")
            << QStringList{"1 PATH Prepend [/home/u/go/bin] /home/u/go/bin:${PATH}", "5 GOPATH Set [] /g"};
        QTest::newRow("zsh \"${path[@]}\" and $path[@]")
            << "zsh" << QByteArray("path=(\"$HOME/go/bin\" \"${path[@]}\")\npath=($path[@] /opt/bin)\n")
            << QStringList{"1 PATH Prepend [/home/u/go/bin] /home/u/go/bin:${PATH}",
                           "2 PATH Append [/opt/bin] ${PATH}:/opt/bin"};
        QTest::newRow("zsh path=(...) without $path: Set")
            << "zsh" << QByteArray("path=(/usr/bin /bin)\n") << QStringList{"1 PATH Set [/usr/bin|/bin] /usr/bin:/bin"};
        QTest::newRow("zsh export -U, typeset -U: no value")
            << "zsh" << QByteArray("export -U PATH\ntypeset -U path PATH\n") << QStringList{};
        QTest::newRow("zsh export like sh") << "zsh" << QByteArray("export PATH=$HOME/go/bin:$PATH\n")
                                            << QStringList{"1 PATH Prepend [/home/u/go/bin] /home/u/go/bin:${PATH}"};
        QTest::newRow("zsh here-doc") << "zsh" << QByteArray("cat <<EOF\npath+=(/bad)\nEOF\npath+=(/good)\n")
                                      << QStringList{"4 PATH Append [/good] ${PATH}:/good"};

        // fish
        QTest::newRow("fish set -gx PATH $PATH /x")
            << "fish" << QByteArray("set -gx PATH $PATH /usr/local/go/bin\n")
            << QStringList{"1 PATH Append [/usr/local/go/bin] ${PATH}:/usr/local/go/bin"};
        QTest::newRow("fish set -x PATH /x $PATH")
            << "fish" << QByteArray("set -x PATH /usr/local/go/bin $PATH\n")
            << QStringList{"1 PATH Prepend [/usr/local/go/bin] /usr/local/go/bin:${PATH}"};
        QTest::newRow("fish set -a / -p / --append")
            << "fish" << QByteArray("set -a PATH /a\nset -p PATH /b\nset --append PATH /c\n")
            << QStringList{"1 PATH Append [/a] ${PATH}:/a", "2 PATH Prepend [/b] /b:${PATH}",
                           "3 PATH Append [/c] ${PATH}:/c"};
        QTest::newRow("fish set -gx GOPATH, ~ and \"~\"")
            << "fish" << QByteArray("set -gx GOPATH $HOME/go\nset -gx GOBIN ~/go/bin\nset -Ux GOMODCACHE \"~/cache\"\n")
            << QStringList{"1 GOPATH Set [] /home/u/go", "2 GOBIN Set [] /home/u/go/bin",
                           "3 GOMODCACHE Set [] ~/cache"};
        QTest::newRow("fish set -e GOROOT") << "fish" << QByteArray("set -e GOROOT\nset --erase GOPATH\n")
                                            << QStringList{"1 GOROOT Unset []", "2 GOPATH Unset []"};
        QTest::newRow("fish set -U fish_user_paths")
            << "fish" << QByteArray("set -U fish_user_paths /usr/local/go/bin $fish_user_paths\n")
            << QStringList{"1 PATH Prepend [/usr/local/go/bin] /usr/local/go/bin:${PATH}"};
        QTest::newRow("fish_add_path -a /x")
            << "fish" << QByteArray("fish_add_path -a /usr/local/go/bin\n")
            << QStringList{"1 PATH Append [/usr/local/go/bin] ${PATH}:/usr/local/go/bin"};
        QTest::newRow("fish_add_path prepends by default, several folders, options")
            << "fish" << QByteArray("fish_add_path ~/go/bin /opt/go/bin\nfish_add_path -gP --move /x\n")
            << QStringList{"1 PATH Prepend [/home/u/go/bin|/opt/go/bin] /home/u/go/bin:/opt/go/bin:${PATH}",
                           "2 PATH Prepend [/x] /x:${PATH}"};
        QTest::newRow("fish_add_path --dry-run, -n")
            << "fish" << QByteArray("fish_add_path --dry-run /x\nfish_add_path -n /y\n") << QStringList{};
        QTest::newRow("fish queries and locals")
            << "fish" << QByteArray("set -q GOPATH\nset -l GOROOT /tmp\nset --show PATH\n") << QStringList{};
        QTest::newRow("fish: a local feeds a later line")
            << "fish" << QByteArray("set -l goroot /usr/local/go\nfish_add_path $goroot/bin\n")
            << QStringList{"2 PATH Prepend [/usr/local/go/bin] /usr/local/go/bin:${PATH}"};
        QTest::newRow("fish or/and prefixes") << "fish" << QByteArray("set -q GOPATH; or set -gx GOPATH ~/go\n")
                                              << QStringList{"1 GOPATH Set [] /home/u/go"};
        QTest::newRow("fish (cmd) stays as written")
            << "fish" << QByteArray("set -gx PATH (go env GOPATH)/bin $PATH\n")
            << QStringList{"1 PATH Prepend [(go env GOPATH)/bin] (go env GOPATH)/bin:${PATH}"};
        QTest::newRow("fish comments and continuation")
            << "fish"
            << QByteArray("# set -gx PATH /bad $PATH\nset -gx GOFLAGS \"-tags=a#b\" # trailing\nset -gx PATH \\\n    "
                          "/usr/local/go/bin $PATH\n")
            << QStringList{"2 GOFLAGS Set [] -tags=a#b",
                           "3 PATH Prepend [/usr/local/go/bin] /usr/local/go/bin:${PATH}"};
        QTest::newRow("fish single quotes with escapes")
            << "fish" << QByteArray("set -gx GOFLAGS 'it\\'s'\n") << QStringList{"1 GOFLAGS Set [] it's"};

        // environment.d
        QTest::newRow("environment.d PATH=${PATH}:/x")
            << "envd" << QByteArray("PATH=${PATH}:/usr/local/go/bin\n")
            << QStringList{"1 PATH Append [/usr/local/go/bin] ${PATH}:/usr/local/go/bin"};
        QTest::newRow("environment.d GOPATH=$HOME/go, then $GOPATH/bin")
            << "envd" << QByteArray("GOPATH=$HOME/go\nPATH=$GOPATH/bin:$PATH\n")
            << QStringList{"1 GOPATH Set [] /home/u/go", "2 PATH Prepend [/home/u/go/bin] /home/u/go/bin:${PATH}"};
        QTest::newRow("environment.d comments, quotes, no ~")
            << "envd" << QByteArray("# PATH=/bad\n; GOPATH=/bad\nGOFLAGS=\"-mod=mod\"\nPATH=\"~/go/bin:${PATH}\"\n")
            << QStringList{"3 GOFLAGS Set [] -mod=mod", "4 PATH Prepend [~/go/bin] ~/go/bin:${PATH}"};
        QTest::newRow("environment.d ${PATH:+$PATH:}")
            << "envd" << QByteArray("PATH=${PATH:+$PATH:}/opt/go/bin")
            << QStringList{"1 PATH Append [/opt/go/bin] ${PATH}:/opt/go/bin"};

        // /etc/environment
        QTest::newRow("/etc/environment")
            << "etcenv"
            << QByteArray("PATH=\"/usr/local/sbin:/usr/local/bin:/usr/bin:/snap/bin\"\n"
                          "GOPATH=$HOME/go\nexport GOFLAGS=-mod=mod\n# GOROOT=/x\n")
            << QStringList{"1 PATH Set [/usr/local/sbin|/usr/local/bin|/usr/bin|/snap/bin] "
                           "/usr/local/sbin:/usr/local/bin:/usr/bin:/snap/bin",
                           "2 GOPATH Set [] $HOME/go", "3 GOFLAGS Set [] -mod=mod"};

        // fish_variables
        QTest::newRow("fish_variables") << "fishvars"
                                        << QByteArray("# This file contains fish universal variable definitions.\n"
                                                      "# VERSION: 3.0\n"
                                                      "SETUVAR __fish_initialized:3400\n"
                                                      "SETUVAR fish_user_paths:/usr/local/go/bin\\x1e/home/u/go/bin\n"
                                                      "SETUVAR --export GOPATH:/home/u/go\n"
                                                      "SETUVAR GOFLAGS:-mod\\x3dmod\n")
                                        << QStringList{"4 PATH Prepend [/usr/local/go/bin|/home/u/go/bin] "
                                                       "/usr/local/go/bin:/home/u/go/bin:${PATH}",
                                                       "5 GOPATH Set [] /home/u/go"};
    }
    void assignments()
    {
        QFETCH(QString, dialect);
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describeAll(parseAs(dialect, text).assignments), expected);
    }

    void sources_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("Ubuntu's ~/.profile: .bashrc for bash only")
            << "posix" << QByteArray(kUbuntuProfile) << QStringList{"15 /home/u/.bashrc bash"};
        QTest::newRow("Debian's /etc/profile: bash.bashrc for bash; the profile.d loop is not literal")
            << "posix" << QByteArray(kDebianEtcProfile) << QStringList{"16 /etc/bash.bashrc bash"};
        QTest::newRow(". ~/x, source \"$HOME/y\"")
            << "posix" << QByteArray(". ~/.cargo/env\nsource \"$HOME/.config/go.sh\"\n")
            << QStringList{"1 /home/u/.cargo/env", "2 /home/u/.config/go.sh"};
        QTest::newRow("[ -f x ] && . x") << "posix" << QByteArray("[ -f ~/.goenv ] && . ~/.goenv\n")
                                         << QStringList{"1 /home/u/.goenv"};
        QTest::newRow("non-literal and relative paths are skipped")
            << "posix"
            << QByteArray(". $i\nsource ./local.sh\n. \"$(brew --prefix)/x\"\n. ${ZDOTDIR:-$HOME}/.zshrc.local\n")
            << QStringList{};
        QTest::newRow("a known variable")
            << "posix" << QByteArray("D=/opt/env\n. $D/go.sh\n") << QStringList{"2 /opt/env/go.sh"};
        QTest::newRow("ZSH_VERSION, then outside")
            << "posix" << QByteArray("if [ -n \"$ZSH_VERSION\" ]; then\n  source ~/.zshrc\nfi\n. ~/.after\n")
            << QStringList{"2 /home/u/.zshrc zsh", "4 /home/u/.after"};
        QTest::newRow("-z BASH_VERSION: the else branch is bash")
            << "posix" << QByteArray("if [ -z \"$BASH_VERSION\" ]; then\n . ~/a\nelse\n . ~/b\nfi\n")
            << QStringList{"2 /home/u/a", "4 /home/u/b bash"};
        QTest::newRow("[ -n \"$BASH_VERSION\" ] && . x")
            << "posix" << QByteArray("[ -n \"$BASH_VERSION\" ] && . ~/.bashrc\n. ~/z\n")
            << QStringList{"1 /home/u/.bashrc bash", "2 /home/u/z"};
        QTest::newRow("here-doc body is not a source")
            << "posix" << QByteArray("cat <<X\n. ~/.evil\nX\n") << QStringList{};
        QTest::newRow("zsh emulate sh -c")
            << "zsh" << QByteArray("[[ -e ~/.profile ]] && emulate sh -c 'source ~/.profile'\n")
            << QStringList{"1 /home/u/.profile"};
        QTest::newRow("fish source") << "fish" << QByteArray("source ~/.config/fish/local.fish\n")
                                     << QStringList{"1 /home/u/.config/fish/local.fish"};
    }
    void sources()
    {
        QFETCH(QString, dialect);
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describeSources(parseAs(dialect, text).sources), expected);
    }

    void nonInteractiveReturn_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("Ubuntu's ~/.bashrc") << "posix" << QByteArray(kUbuntuBashrcHead) << 8;
        QTest::newRow("[ -z \"$PS1\" ] && return") << "posix" << QByteArray("# x\n[ -z \"$PS1\" ] && return\n") << 2;
        QTest::newRow("[[ $- != *i* ]] && return") << "posix" << QByteArray("[[ $- != *i* ]] && return\n") << 1;
        QTest::newRow("[ -n \"$PS1\" ] || return") << "posix" << QByteArray("[ -n \"$PS1\" ] || return\n") << 1;
        QTest::newRow("one-line case") << "posix" << QByteArray("case $- in *i*) ;; *) return;; esac\n") << 1;
        QTest::newRow("if ... then return") << "posix" << QByteArray("if [ -z \"$PS1\" ]; then\n  return\nfi\n") << 2;
        QTest::newRow("a return in a function is not one")
            << "posix" << QByteArray("f() {\n  [ -z \"$PS1\" ] && return\n}\n") << 0;
        QTest::newRow("a plain return is not one") << "posix" << QByteArray("[ -f x ] || return\n") << 0;
        QTest::newRow("fish status is-interactive; or exit")
            << "fish" << QByteArray("status is-interactive; or exit\nset -gx GOPATH ~/go\n") << 1;
        QTest::newRow("fish if not status is-interactive")
            << "fish" << QByteArray("if not status is-interactive\n    exit\nend\n") << 2;
        QTest::newRow("none") << "posix" << QByteArray(kUbuntuProfile) << 0;
    }
    void nonInteractiveReturn()
    {
        QFETCH(QString, dialect);
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QCOMPARE(parseAs(dialect, text).nonInteractiveReturnLine, line);
    }

    void details()
    {
        // text: the lines as written, trimmed; value: as written with quotes removed
        const auto p = parseAs(QStringLiteral("posix"), "  export PATH=\"$PATH:/usr/local/go/bin\"  # go\n"
                                                        "a=1; export GOPATH=~/go\n"
                                                        "export PATH=/x:\\\n  $PATH\n");
        QCOMPARE(p.assignments.size(), 3);
        QCOMPARE(p.assignments.at(0).text, QStringLiteral("export PATH=\"$PATH:/usr/local/go/bin\"  # go"));
        QCOMPARE(p.assignments.at(0).value, QStringLiteral("$PATH:/usr/local/go/bin"));
        QCOMPARE(p.assignments.at(0).file, QStringLiteral("/home/u/.profile"));
        QCOMPARE(p.assignments.at(1).text, QStringLiteral("a=1; export GOPATH=~/go"));
        QCOMPARE(p.assignments.at(1).value, QStringLiteral("~/go"));
        QCOMPARE(p.assignments.at(1).expanded, QStringLiteral("/home/u/go"));
        QCOMPARE(p.assignments.at(2).line, 3);
        QCOMPARE(p.assignments.at(2).text, QStringLiteral("export PATH=/x:\\\n  $PATH"));
        for (const ShellAssignment &a : p.assignments) {
            QVERIFY(a.via.isEmpty());
            QVERIFY(!a.interactiveOnly);
        }

        // zsh arrays and fish lists: value as written
        QCOMPARE(parseAs(QStringLiteral("zsh"), "path=(~/go/bin $path)").assignments.first().value,
                 QStringLiteral("(~/go/bin $path)"));
        QCOMPARE(parseAs(QStringLiteral("fish"), "set -gx PATH $PATH ~/go/bin").assignments.first().value,
                 QStringLiteral("$PATH ~/go/bin"));

        // conditions: bash-only, interactive-only, and the path a line depends on
        const auto c = parseAs(QStringLiteral("posix"), "if [ -n \"$BASH_VERSION\" ]; then\n"
                                                        "  export GOPATH=/a\n"
                                                        "fi\n"
                                                        "if [ -d \"$HOME/bin\" ] ; then\n"
                                                        "    PATH=\"$HOME/bin:$PATH\"\n"
                                                        "else\n"
                                                        "    GOBIN=/b\n"
                                                        "fi\n"
                                                        "[ -x /usr/local/go/bin/go ] && export GOROOT=/usr/local/go\n"
                                                        "[ -n \"$PS1\" ] && export GOFLAGS=-v\n"
                                                        "if [ -d /a ] || [ -d /b ]; then GOENV=/c; fi\n");
        QCOMPARE(c.assignments.size(), 6);
        QCOMPARE(c.assignments.at(0).onlyFor, QStringLiteral("bash"));
        QCOMPARE(c.assignments.at(1).onlyIfExists, QStringLiteral("/home/u/bin"));
        QCOMPARE(c.assignments.at(1).onlyFor, QString());
        QCOMPARE(c.assignments.at(2).onlyIfExists, QString());
        QCOMPARE(c.assignments.at(3).onlyIfExists, QStringLiteral("/usr/local/go/bin/go"));
        QVERIFY(!c.assignments.at(3).interactiveOnly);
        QVERIFY(c.assignments.at(4).interactiveOnly);
        QCOMPARE(c.assignments.at(5).onlyIfExists, QString());

        // after Ubuntu's interactive guard everything is interactive-only
        const auto b =
            parseAs(QStringLiteral("posix"),
                    QByteArray(kUbuntuBashrcHead) + "export PATH=$PATH:/usr/local/go/bin\n. ~/.bash_aliases\n",
                    QStringLiteral("/home/u/.bashrc"));
        QCOMPARE(b.nonInteractiveReturnLine, 8);
        QCOMPARE(b.assignments.size(), 1);
        QVERIFY(b.assignments.first().interactiveOnly);
        QCOMPARE(b.assignments.first().line, 13);
        QCOMPARE(b.sources.size(), 1);
        QVERIFY(b.sources.first().interactiveOnly);

        // fish: if status is-interactive
        const auto f =
            parseAs(QStringLiteral("fish"),
                    "if status is-interactive\n    fish_add_path ~/go/bin\nelse\n    set -gx GOPATH ~/go\nend\n"
                    "status --is-interactive; and set -gx GOBIN ~/go/bin\n"
                    "if test -d /usr/local/go/bin\n    fish_add_path /usr/local/go/bin\nend\n");
        QCOMPARE(f.assignments.size(), 4);
        QVERIFY(f.assignments.at(0).interactiveOnly);
        QVERIFY(!f.assignments.at(1).interactiveOnly);
        QVERIFY(f.assignments.at(2).interactiveOnly);
        QCOMPARE(f.assignments.at(3).onlyIfExists, QStringLiteral("/usr/local/go/bin"));
    }

    void testsItself()
    {
        const auto p =
            parseAs(QStringLiteral("posix"),
                    "if [[ -z \"$PATH\" || \"$PATH\" == \"/bin:/usr/bin\" ]]\nthen\n\texport PATH=/usr/bin:/bin\nfi\n"
                    "[ -z \"$GOPATH\" ] && export GOPATH=~/go\n"
                    "case \":${PATH}:\" in\n  *:/opt/go/bin:*) ;;\n  *) PATH=/opt/go/bin:$PATH ;;\nesac\n"
                    "export GOBIN=/b\n"
                    "[ -n \"$GOFLAGS\" ] || export GOFLAGS=-v\n");
        QCOMPARE(p.assignments.size(), 5);
        QVERIFY(p.assignments.at(0).testsItself);
        QVERIFY(p.assignments.at(1).testsItself);
        QVERIFY(p.assignments.at(2).testsItself);
        QVERIFY(!p.assignments.at(3).testsItself);
        QVERIFY(p.assignments.at(4).testsItself);
        const auto z = parseAs(QStringLiteral("zsh"), "[[ ${path[(ie)/x]} -le ${#path} ]] || path+=(/x)\n");
        QCOMPARE(z.assignments.size(), 1);
        QVERIFY(z.assignments.first().testsItself);
        const auto f = parseAs(QStringLiteral("fish"), "set -q GOPATH; or set -gx GOPATH ~/go\n"
                                                       "contains /x $PATH; or set -gx PATH /x $PATH\n"
                                                       "if not set -q GOBIN\n  set -gx GOBIN ~/go/bin\nend\n"
                                                       "set -gx GOFLAGS -v\n"
                                                       "test -n \"$GOENV\" || set -gx GOENV /e\n");
        QCOMPARE(f.assignments.size(), 5);
        QVERIFY(f.assignments.at(0).testsItself);
        QVERIFY(f.assignments.at(1).testsItself);
        QVERIFY(f.assignments.at(2).testsItself);
        QVERIFY(!f.assignments.at(3).testsItself);
        QVERIFY(f.assignments.at(4).testsItself);
    }

    void stockProfileIsTheReal()
    {
        QFile real(QStringLiteral(GED_FIXTURES "/snapshots/example-broken-ubuntu2404/snapshot/root/home/sam/.profile"));
        QVERIFY(real.open(QIODevice::ReadOnly));
        // The fixture adds one line of its own (the broken PATH) after the stock text.
        QVERIFY(real.readAll().startsWith(QByteArray(kUbuntuProfile)));
    }

    void neverHangsOnGarbage()
    {
        // Random bytes, shell punctuation and unterminated constructs: every dialect ends, fast.
        QRandomGenerator rng(4242);
        const QByteArray alphabet("$'\"`\\(){}[]<>;&|#~:=\n\t -x0PATHGOexport path+=(fish_add_path set -gx <<EOF");
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < 300; ++round) {
            QByteArray text;
            const int size = int(rng.bounded(1, 400));
            for (int i = 0; i < size; ++i)
                text += rng.bounded(4) == 0 ? char(rng.bounded(256)) : alphabet.at(int(rng.bounded(alphabet.size())));
            for (const char *d : {"posix", "zsh", "fish", "envd", "etcenv", "fishvars"})
                parseAs(QLatin1String(d), text);
        }
        for (const QByteArray &text :
             {QByteArray("export PATH=\"/a:$PATH\nexport GOPATH=/g"), QByteArray("cat <<EOF\nexport PATH=/x\n"),
              QByteArray("x=$(((((((("), QByteArray("path=(\n/a\n"), QByteArray("${${${${"), QByteArray("`"),
              QByteArray(100000, '('), QByteArray(100000, '\\'), QByteArray(200000, '\n')})
            for (const char *d : {"posix", "zsh", "fish", "envd"})
                parseAs(QLatin1String(d), text);
        QVERIFY2(timer.elapsed() < 20000, "parsing garbage took too long");
    }

    void substitute()
    {
        const QMap<QString, QString> env{{"PATH", "/usr/bin"}, {"GOROOT", "/opt/go"}};
        QCOMPARE(ShellSyntax::substitute("${PATH}:$GOROOT/bin:$GOPATH/bin:$(x)", env),
                 QStringLiteral("/usr/bin:/opt/go/bin:$GOPATH/bin:$(x)"));
        QVERIFY(ShellSyntax::isTracked("PATH"));
        QVERIFY(ShellSyntax::isTracked("GOTOOLCHAIN"));
        QVERIFY(!ShellSyntax::isTracked("EDITOR"));
        QVERIFY(!ShellSyntax::isTracked("path"));
        const auto etc = ShellSyntax::readEtcEnvironment("PATH=\"/a:/b\"\n# X=1\nLANG='C.UTF-8'\nexport GOFLAGS=-v\n");
        QCOMPARE(etc.value("PATH"), QStringLiteral("/a:/b"));
        QCOMPARE(etc.value("LANG"), QStringLiteral("C.UTF-8"));
        QCOMPARE(etc.value("GOFLAGS"), QStringLiteral("-v"));
        QVERIFY(!etc.contains("X"));
    }

    // --- the start-up plan ---------------------------------------------------------------------
    void kindOf_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("kind");
        QTest::newRow("bash") << "/bin/bash"
                              << "bash";
        QTest::newRow("usr bash") << "/usr/bin/bash"
                                  << "bash";
        QTest::newRow("login argv0") << "-bash"
                                     << "bash";
        QTest::newRow("zsh") << "/usr/bin/zsh"
                             << "zsh";
        QTest::newRow("zsh5") << "/bin/zsh5"
                              << "zsh";
        QTest::newRow("fish") << "/usr/bin/fish"
                              << "fish";
        QTest::newRow("sh") << "/bin/sh"
                            << "sh";
        QTest::newRow("dash") << "/usr/bin/dash"
                              << "sh";
        QTest::newRow("nologin") << "/usr/sbin/nologin"
                                 << "other";
        QTest::newRow("tcsh") << "/usr/bin/tcsh"
                              << "other";
        QTest::newRow("empty") << ""
                               << "other";
    }
    void kindOf()
    {
        QFETCH(QString, path);
        QFETCH(QString, kind);
        QCOMPARE(int(StartupPlan::kindOf(path)), int(kindNamed(kind)));
    }

    void plan_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("session");

        const QStringList bashAll{"/etc/profile",
                                  "/etc/profile.d/apps-bin-path.sh",
                                  "/etc/profile.d/01-locale-fix.sh",
                                  "/etc/profile.d/README",
                                  "/etc/bash.bashrc",
                                  "~/.bash_profile",
                                  "~/.bash_login",
                                  "~/.profile",
                                  "~/.bashrc"};
        QTest::newRow("bash login: .bash_profile shadows the others")
            << "bash"
            << "login" << bashAll
            << QStringList{"/etc/profile", "/etc/profile.d/01-locale-fix.sh", "/etc/profile.d/apps-bin-path.sh",
                           "~/.bash_profile"}
            << "unknown";
        QTest::newRow("bash login: .bash_login shadows .profile")
            << "bash"
            << "login" << QStringList{"/etc/profile", "~/.bash_login", "~/.profile"}
            << QStringList{"/etc/profile", "~/.bash_login"} << "unknown";
        QTest::newRow("bash login: .profile") << "bash"
                                              << "login" << QStringList{"/etc/profile", "~/.profile", "~/.bashrc"}
                                              << QStringList{"/etc/profile", "~/.profile"} << "unknown";
        QTest::newRow("bash login: nothing at home")
            << "bash"
            << "login" << QStringList{"/etc/profile"} << QStringList{"/etc/profile"} << "unknown";
        QTest::newRow("bash interactive")
            << "bash"
            << "interactive" << bashAll << QStringList{"/etc/bash.bashrc", "~/.bashrc"} << "unknown";
        QTest::newRow("bash desktop: .profile and .bash_profile")
            << "bash"
            << "desktop" << (bashAll + QStringList{"/etc/environment", "~/.config/environment.d/go.conf"})
            << QStringList{"/etc/environment",
                           "~/.config/environment.d/go.conf",
                           "/etc/profile",
                           "/etc/profile.d/01-locale-fix.sh",
                           "/etc/profile.d/apps-bin-path.sh",
                           "~/.profile",
                           "~/.bash_profile"}
            << "unknown";

        const QStringList zshAll{"/etc/profile",     "/etc/profile.d/x.sh",
                                 "/etc/zsh/zshenv",  "/etc/zsh/zprofile",
                                 "/etc/zsh/zshrc",   "/etc/zsh/zlogin",
                                 "~/.zshenv",        "~/.zprofile",
                                 "~/.zshrc",         "~/.zlogin",
                                 "~/.profile",       "~/.bashrc",
                                 "/etc/environment", "~/.config/environment.d/10-go.conf"};
        QTest::newRow("zsh login: no /etc/profile")
            << "zsh"
            << "login" << zshAll << QStringList{"/etc/zsh/zshenv", "~/.zshenv", "/etc/zsh/zprofile", "~/.zprofile",
                                                "/etc/zsh/zshrc",  "~/.zshrc",  "/etc/zsh/zlogin",   "~/.zlogin"}
            << "unknown";
        QTest::newRow("zsh interactive") << "zsh"
                                         << "interactive" << zshAll
                                         << QStringList{"/etc/zsh/zshenv", "~/.zshenv", "/etc/zsh/zshrc", "~/.zshrc"}
                                         << "unknown";
        QTest::newRow("zsh desktop: .profile, then the login files, no .zshrc")
            << "zsh"
            << "desktop" << zshAll << QStringList{"/etc/environment", "~/.config/environment.d/10-go.conf",
                                                  "/etc/profile",     "/etc/profile.d/x.sh",
                                                  "~/.profile",       "/etc/zsh/zshenv",
                                                  "~/.zshenv",        "/etc/zsh/zprofile",
                                                  "~/.zprofile",      "/etc/zsh/zlogin",
                                                  "~/.zlogin"}
            << "unknown";
        QTest::newRow("zsh login: only .zshrc")
            << "zsh"
            << "login" << QStringList{"~/.zshrc", "~/.profile"} << QStringList{"~/.zshrc"} << "unknown";

        const QStringList fishAll{"~/.config/fish/fish_variables",  "~/.config/fish/conf.d/go.fish",
                                  "/etc/fish/conf.d/go.fish",       "/etc/fish/conf.d/00-sys.fish",
                                  "/etc/fish/config.fish",          "~/.config/fish/config.fish",
                                  "~/.config/fish/conf.d/notes.txt"};
        const QStringList fishOrder{"~/.config/fish/fish_variables", "/etc/fish/conf.d/00-sys.fish",
                                    "~/.config/fish/conf.d/go.fish", "/etc/fish/config.fish",
                                    "~/.config/fish/config.fish"};
        QTest::newRow("fish login: conf.d merged by name, user first") << "fish"
                                                                       << "login" << fishAll << fishOrder << "unknown";
        QTest::newRow("fish interactive: the same") << "fish"
                                                    << "interactive" << fishAll << fishOrder << "unknown";
        QTest::newRow("fish desktop") << "fish"
                                      << "desktop" << (fishAll + QStringList{"/etc/environment", "~/.profile"})
                                      << (QStringList{"/etc/environment", "~/.profile"} + fishOrder) << "unknown";

        QTest::newRow("sh login") << "sh"
                                  << "login"
                                  << QStringList{"/etc/profile", "/etc/profile.d/a.sh", "~/.profile", "~/.bashrc"}
                                  << QStringList{"/etc/profile", "/etc/profile.d/a.sh", "~/.profile"} << "unknown";
        QTest::newRow("sh interactive: nothing")
            << "sh"
            << "interactive" << QStringList{"/etc/profile", "~/.profile"} << QStringList{} << "unknown";
        QTest::newRow("sh desktop") << "sh"
                                    << "desktop"
                                    << QStringList{"/etc/environment", "/etc/profile", "~/.profile", "~/.bash_profile"}
                                    << QStringList{"/etc/environment", "/etc/profile", "~/.profile"} << "unknown";
        QTest::newRow("other login: like sh") << "other"
                                              << "login" << QStringList{"/etc/profile", "~/.profile"}
                                              << QStringList{"/etc/profile", "~/.profile"} << "unknown";
        QTest::newRow("environment.d: merged by name, user wins")
            << "bash"
            << "desktop"
            << QStringList{"/usr/lib/environment.d/990-snapd.conf", "/etc/environment.d/50-x.conf",
                           "~/.config/environment.d/990-snapd.conf", "/usr/lib/environment.d/10-a.conf"}
            << QStringList{"/usr/lib/environment.d/10-a.conf", "/etc/environment.d/50-x.conf",
                           "~/.config/environment.d/990-snapd.conf"}
            << "unknown";
        QTest::newRow("bash desktop on X11: Xsession only")
            << "bash"
            << "desktop" << (bashAll + QStringList{"/etc/environment", "~/.xsessionrc", "~/.xprofile"})
            << QStringList{"/etc/environment",
                           "/etc/profile",
                           "/etc/profile.d/01-locale-fix.sh",
                           "/etc/profile.d/apps-bin-path.sh",
                           "~/.profile",
                           "~/.xprofile",
                           "~/.xsessionrc"}
            << "x11";
        QTest::newRow("bash desktop on Wayland: the login shell, .bash_profile shadows")
            << "bash"
            << "desktop" << (bashAll + QStringList{"/etc/environment"})
            << QStringList{"/etc/environment", "/etc/profile", "/etc/profile.d/01-locale-fix.sh",
                           "/etc/profile.d/apps-bin-path.sh", "~/.bash_profile"}
            << "wayland";
        QTest::newRow("zsh desktop on Wayland: no /etc/profile, no ~/.profile")
            << "zsh"
            << "desktop" << zshAll << QStringList{"/etc/environment",  "~/.config/environment.d/10-go.conf",
                                                  "/etc/zsh/zshenv",   "~/.zshenv",
                                                  "/etc/zsh/zprofile", "~/.zprofile",
                                                  "/etc/zsh/zlogin",   "~/.zlogin"}
            << "wayland";
        QTest::newRow("fish desktop on X11: no fish files")
            << "fish"
            << "desktop" << (fishAll + QStringList{"/etc/environment", "/etc/profile", "~/.profile"})
            << QStringList{"/etc/environment", "/etc/profile", "~/.profile"} << "x11";
        QTest::newRow("session does not matter outside the desktop")
            << "zsh"
            << "login" << QStringList{"~/.zprofile", "~/.profile"} << QStringList{"~/.zprofile"} << "x11";
    }
    void plan()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mode);
        QFETCH(QStringList, existing);
        QFETCH(QStringList, expected);
        QFETCH(QString, session);
        const QStringList files = inHome(existing);
        auto exists = [&](const QString &p) { return files.contains(p); };
        auto listDir = [&](const QString &dir) {
            QStringList names;
            for (const QString &f : files)
                if (f.startsWith(dir + QLatin1Char('/')) && !f.mid(dir.size() + 1).contains(QLatin1Char('/')))
                    names << f.mid(dir.size() + 1);
            names.sort();
            return names;
        };
        const StartupPlan::Mode m = mode == QLatin1String("login")         ? StartupPlan::Mode::Login
                                    : mode == QLatin1String("interactive") ? StartupPlan::Mode::Interactive
                                                                           : StartupPlan::Mode::Desktop;
        const StartupPlan::Session sess = session == QLatin1String("x11")       ? StartupPlan::Session::X11
                                          : session == QLatin1String("wayland") ? StartupPlan::Session::Wayland
                                                                                : StartupPlan::Session::Unknown;
        QCOMPARE(StartupPlan::filesRead(kindNamed(kind), m, kHome, exists, listDir, sess), inHome(expected));
    }

    void planWithoutListing()
    {
        // No listing function: the globbed folders are left out, the rest is there.
        auto all = [](const QString &) { return true; };
        QCOMPARE(StartupPlan::filesRead(ShellKind::Sh, StartupPlan::Mode::Login, kHome, all),
                 QStringList({"/etc/profile", "/home/u/.profile"}));
        // No home: only system files.
        QCOMPARE(StartupPlan::filesRead(ShellKind::Bash, StartupPlan::Mode::Interactive, QString(), all),
                 QStringList({"/etc/bash.bashrc"}));
    }

    // --- the probe on snapshots ----------------------------------------------------------------
    void zshUserWithExportsOnlyInBashrc()
    {
        Snap s(QStringLiteral("/usr/bin/zsh"));
        s.file("/etc/environment", "PATH=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:"
                                   "/usr/local/games:/snap/bin\"\n");
        s.file("/etc/profile", kUbuntuEtcProfile);
        s.file("/etc/bash.bashrc", "# system-wide .bashrc\n");
        s.file("/etc/zsh/zshenv", "# zshenv\n");
        s.file("~/.profile", kUbuntuProfile);
        s.file("~/.bashrc",
               QByteArray(kUbuntuBashrcHead) + "export GOPATH=$HOME/go\nexport PATH=$PATH:/usr/local/go/bin\n");
        s.file("~/.zshrc", "HISTSIZE=1000\n");
        auto sys = s.open();
        QVERIFY(sys);
        const ShellFacts f = probe(*sys);
        QCOMPARE(f.loginShell, ShellKind::Zsh);
        QCOMPARE(f.loginShellPath, QStringLiteral("/usr/bin/zsh"));
        QCOMPARE(f.loginFiles, inHome(QStringList{"/etc/zsh/zshenv", "~/.zshrc"}));
        QCOMPARE(f.interactiveFiles, inHome(QStringList{"/etc/zsh/zshenv", "~/.zshrc"}));
        // The display manager's /bin/sh reads ~/.profile without $BASH_VERSION: no ~/.bashrc.
        QCOMPARE(f.desktopFiles,
                 inHome(QStringList{"/etc/environment", "/etc/profile", "~/.profile", "/etc/zsh/zshenv"}));
        const StartupFile *bashrc = fileIn(f, "~/.bashrc");
        QVERIFY(bashrc);
        QCOMPARE(bashrc->readBy, QStringList{"bash"});
        QCOMPARE(bashrc->nonInteractiveReturnLine, 8);
        QCOMPARE(bashrc->assignments.size(), 2);
        QVERIFY(bashrc->via.isEmpty()); // bash reads it by itself
        QCOMPARE(fileIn(f, "~/.profile")->readBy, QStringList({"bash", "sh", "desktop"}));
        QCOMPARE(fileIn(f, "~/.zshrc")->readBy, QStringList{"zsh"});
        QVERIFY(f.profileShadowedBy.isEmpty());
        // ~/bin and ~/.local/bin do not exist, so ~/.profile adds nothing; Go is not there.
        QCOMPARE(f.desktopEnv.value("PATH"), QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:"
                                                            "/bin:/usr/games:/usr/local/games:/snap/bin"));
        QVERIFY(!f.desktopEnv.contains("GOPATH"));
        QVERIFY(f.loginShellCmd.argv.isEmpty()); // nothing is run here
    }

    void bashLoginReadsBashrcThroughProfile()
    {
        Snap s(QStringLiteral("/bin/bash"));
        s.file("/etc/profile", kDebianEtcProfile);
        s.file("/etc/bash.bashrc", "# system-wide .bashrc\n");
        s.file("/etc/profile.d/apps-bin-path.sh", "export PATH=\"$PATH:/snap/bin\"\n");
        s.file("~/.profile", kUbuntuProfile);
        s.file("~/.bashrc", QByteArray(kUbuntuBashrcHead) + "export PATH=$PATH:/usr/local/go/bin\n");
        s.dir(kHome + "/.local/bin");
        auto sys = s.open();
        QVERIFY(sys);
        const ShellFacts f = probe(*sys);
        QCOMPARE(f.loginShell, ShellKind::Bash);
        QCOMPARE(f.loginFiles, inHome(QStringList{"/etc/profile", "/etc/bash.bashrc", "/etc/profile.d/apps-bin-path.sh",
                                                  "~/.profile", "~/.bashrc"}));
        QCOMPARE(f.interactiveFiles, inHome(QStringList{"/etc/bash.bashrc", "~/.bashrc"}));
        QCOMPARE(f.desktopFiles, inHome(QStringList{"/etc/profile", "/etc/profile.d/apps-bin-path.sh", "~/.profile"}));
        // No /etc/environment: Debian's default, then /etc/profile's own PATH, profile.d, and
        // ~/.local/bin, which exists (~/bin does not).
        QCOMPARE(
            f.desktopEnv.value("PATH"),
            QStringLiteral("/home/u/.local/bin:/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games:/snap/bin"));
        QCOMPARE(fileIn(f, "~/.bashrc")->readBy, QStringList{"bash"});
    }

    void desktopWithoutEtcEnvironmentUsesDebiansDefault()
    {
        Snap s(QStringLiteral("/bin/bash"));
        s.file("~/.profile", "export GOPATH=\"$HOME/go\"\n");
        auto sys = s.open();
        QVERIFY(sys);
        const ShellFacts f = probe(*sys);
        QCOMPARE(f.desktopEnv.value("PATH"), ShellProbe::defaultDesktopPath());
        QCOMPARE(f.desktopEnv.value("GOPATH"), QStringLiteral("/home/u/go"));
    }

    void sessionTypeDecidesTheDesktop()
    {
        // Mika's Xfce under LightDM (X11): the desktop reads ~/.profile with /bin/sh, never fish.
        Snap s(QStringLiteral("/usr/bin/fish"));
        s.file("/etc/environment", "");
        s.file("/etc/profile", kUbuntuEtcProfile);
        s.file("~/.profile", kUbuntuProfile);
        s.file("~/.config/fish/config.fish", "fish_add_path /usr/local/go/bin\nset -gx GOPATH $HOME/go\n");
        auto sys = s.open();
        QVERIFY(sys);
        QMap<QString, QString> env = sys->environment();
        env.insert("XDG_SESSION_TYPE", "x11");
        ShellFacts f = ShellProbe::collect(*sys, sys->user(), env);
        QCOMPARE(f.desktopFiles, inHome(QStringList{"/etc/environment", "/etc/profile", "~/.profile"}));
        QCOMPARE(f.desktopEnv.value("PATH"), ShellProbe::defaultDesktopPath());
        QVERIFY(!f.desktopEnv.contains("GOPATH"));
        QCOMPARE(f.interactiveFiles, inHome(QStringList{"~/.config/fish/config.fish"}));
        // The same machine on Wayland: `fish -l -c gnome-session` runs config.fish.
        env.insert("XDG_SESSION_TYPE", "wayland");
        f = ShellProbe::collect(*sys, sys->user(), env);
        QCOMPARE(f.desktopFiles, inHome(QStringList{"/etc/environment", "~/.config/fish/config.fish"}));
        QCOMPARE(f.desktopEnv.value("PATH"), QStringLiteral("/usr/local/go/bin:") + ShellProbe::defaultDesktopPath());
        QCOMPARE(f.desktopEnv.value("GOPATH"), QStringLiteral("/home/u/go"));
    }

    void waylandBashReadsBashrcButItReturns()
    {
        // On Wayland bash runs ~/.profile with $BASH_VERSION set, so it sources ~/.bashrc, whose
        // stock guard returns at once in a non-interactive shell: the desktop gets nothing from it.
        Snap s(QStringLiteral("/bin/bash"));
        s.file("~/.profile", kUbuntuProfile);
        s.file("~/.bashrc", QByteArray(kUbuntuBashrcHead) + "export PATH=$PATH:/usr/local/go/bin\n");
        auto sys = s.open();
        QVERIFY(sys);
        QMap<QString, QString> env = sys->environment();
        env.insert("XDG_SESSION_TYPE", "wayland");
        const ShellFacts f = ShellProbe::collect(*sys, sys->user(), env);
        QCOMPARE(f.desktopFiles, inHome(QStringList{"~/.profile"}));
        QCOMPARE(f.desktopEnv.value("PATH"), ShellProbe::defaultDesktopPath());
        // The same ~/.bashrc without the guard is read, and counts.
        s.file("~/.bashrc", "export PATH=$PATH:/usr/local/go/bin\n");
        const ShellFacts g = ShellProbe::collect(*sys, sys->user(), env);
        QCOMPARE(g.desktopFiles, inHome(QStringList{"~/.profile", "~/.bashrc"}));
        QCOMPARE(g.desktopEnv.value("PATH"), ShellProbe::defaultDesktopPath() + QStringLiteral(":/usr/local/go/bin"));
    }

    void bashProfileShadowsProfile()
    {
        Snap s(QStringLiteral("/bin/bash"));
        s.file("~/.profile", kUbuntuProfile);
        s.file("~/.bash_profile", "export GOPATH=$HOME/go\nexport PATH=$PATH:/usr/local/go/bin\n");
        auto sys = s.open();
        QVERIFY(sys);
        const ShellFacts f = probe(*sys);
        QCOMPARE(f.profileShadowedBy, inHome("~/.bash_profile"));
        QCOMPARE(f.loginFiles, inHome(QStringList{"~/.bash_profile"}));
        QVERIFY(!fileIn(f, "~/.profile")->readBy.contains("bash"));
        QVERIFY(fileIn(f, "~/.profile")->readBy.contains("sh"));
    }

    void bashProfileThatReadsProfileShadowsNothing()
    {
        Snap s(QStringLiteral("/bin/bash"));
        s.file("~/.profile", "export PATH=\"$PATH:/usr/local/go/bin\"\n");
        s.file("~/.bash_profile", "[ -f ~/.profile ] && . ~/.profile\n");
        s.file("~/.bash_login", "export GOPATH=/nobody/reads/this\n");
        auto sys = s.open();
        QVERIFY(sys);
        const ShellFacts f = probe(*sys);
        QVERIFY(f.profileShadowedBy.isEmpty());
        QCOMPARE(f.loginFiles, inHome(QStringList{"~/.bash_profile", "~/.profile"}));
        QVERIFY(!fileIn(f, "~/.bash_login")); // bash never gets that far
    }

    void bashLoginShadowsToo()
    {
        Snap s(QStringLiteral("/bin/bash"));
        s.file("~/.profile", "");
        s.file("~/.bash_login", "export GOPATH=/g\n");
        auto sys = s.open();
        QVERIFY(sys);
        QCOMPARE(probe(*sys).profileShadowedBy, inHome("~/.bash_login"));
    }

    void sourcedFilesGetVia()
    {
        Snap s(QStringLiteral("/bin/bash"));
        s.file("~/.profile", ". \"$HOME/.cargo/env\"\n. \"$HOME/.go.sh\"\n. ~/.missing\nexport GOBIN=$HOME/bin\n");
        s.file("~/.cargo/env", "case \":${PATH}:\" in\n  *:\"$HOME/.cargo/bin\":*) ;;\n  *) export "
                               "PATH=\"$HOME/.cargo/bin:$PATH\" ;;\nesac\n");
        s.file("~/.go.sh", "export GOROOT=/usr/local/go\nexport PATH=$PATH:$GOROOT/bin\n. ~/.two-levels\n");
        s.file("~/.two-levels", "export GOFLAGS=-v\n");
        auto sys = s.open();
        QVERIFY(sys);
        const ShellFacts f = probe(*sys);
        const StartupFile *go = fileIn(f, "~/.go.sh");
        QVERIFY(go);
        QCOMPARE(go->via, inHome("~/.profile"));
        QCOMPARE(go->assignments.size(), 2);
        for (const ShellAssignment &a : go->assignments)
            QCOMPARE(a.via, inHome("~/.profile"));
        QCOMPARE(go->assignments.at(1).folders, QStringList{"/usr/local/go/bin"});
        const StartupFile *missing = fileIn(f, "~/.missing");
        QVERIFY(missing);
        QVERIFY(!missing->exists);
        QVERIFY(!fileIn(f, "~/.two-levels")); // one level only
        QCOMPARE(f.loginFiles, inHome(QStringList{"~/.profile", "~/.cargo/env", "~/.go.sh"}));
        QCOMPARE(f.desktopFiles, f.loginFiles);
        QCOMPARE(f.desktopEnv.value("PATH"), QStringLiteral("/home/u/.cargo/bin:") + ShellProbe::defaultDesktopPath() +
                                                 QStringLiteral(":/usr/local/go/bin"));
        QCOMPARE(f.desktopEnv.value("GOROOT"), QStringLiteral("/usr/local/go"));
        QCOMPARE(f.desktopEnv.value("GOBIN"), QStringLiteral("/home/u/bin"));
        // Every assignment once, in file order.
        QCOMPARE(f.allAssignments().size(), 4);
    }

    void environmentDAndEtcEnvironment()
    {
        Snap s(QStringLiteral("/usr/bin/zsh"));
        s.file("/etc/environment", "PATH=\"/usr/local/bin:/usr/bin:/bin\"\nLANG=C.UTF-8\n");
        s.file("/usr/lib/environment.d/990-snapd.conf", "PATH=$PATH:/snap/bin\n");
        s.file("~/.config/environment.d/go.conf", "GOPATH=$HOME/go\nPATH=${PATH}:$GOPATH/bin\n");
        s.file("~/.zprofile", "export GOTOOLCHAIN=local\npath+=(/usr/local/go/bin)\n");
        s.file("~/.zshrc", "export GOFLAGS=-v\n");
        auto sys = s.open();
        QVERIFY(sys);
        const ShellFacts f = probe(*sys);
        // environment.d files are read in the order of their names, whatever their folder.
        QCOMPARE(f.desktopFiles, inHome(QStringList{"/etc/environment", "/usr/lib/environment.d/990-snapd.conf",
                                                    "~/.config/environment.d/go.conf", "~/.zprofile"}));
        QCOMPARE(f.desktopEnv.value("PATH"),
                 QStringLiteral("/usr/local/bin:/usr/bin:/bin:/snap/bin:/home/u/go/bin:/usr/local/go/bin"));
        QCOMPARE(f.desktopEnv.value("GOPATH"), QStringLiteral("/home/u/go"));
        QCOMPARE(f.desktopEnv.value("GOTOOLCHAIN"), QStringLiteral("local"));
        QCOMPARE(f.desktopEnv.value("LANG"), QStringLiteral("C.UTF-8"));
        QVERIFY(!f.desktopEnv.contains("GOFLAGS")); // .zshrc is for interactive shells
        const StartupFile *conf = fileIn(f, "~/.config/environment.d/go.conf");
        QVERIFY(conf);
        QCOMPARE(conf->readBy, QStringList{"desktop"});
    }

    void fishUser()
    {
        Snap s(QStringLiteral("/usr/bin/fish"));
        s.file("~/.config/fish/config.fish", "if status is-interactive\n    # Commands for interactive sessions\nend\n"
                                             "set -gx GOPATH $HOME/go\nfish_add_path -a $GOPATH/bin\n");
        s.file("~/.config/fish/conf.d/go.fish", "fish_add_path /usr/local/go/bin\n");
        s.file("~/.config/fish/fish_variables",
               "# This file contains fish universal variable definitions.\nSETUVAR fish_user_paths:/opt/tools/bin\n");
        s.file("~/.bashrc", "export PATH=$PATH:/usr/local/go/bin\n");
        auto sys = s.open();
        QVERIFY(sys);
        const ShellFacts f = probe(*sys);
        QCOMPARE(f.loginShell, ShellKind::Fish);
        const QStringList fishFiles = inHome(QStringList{
            "~/.config/fish/fish_variables", "~/.config/fish/conf.d/go.fish", "~/.config/fish/config.fish"});
        QCOMPARE(f.loginFiles, fishFiles);
        QCOMPARE(f.interactiveFiles, fishFiles);
        QCOMPARE(f.desktopFiles, fishFiles);
        const StartupFile *config = fileIn(f, "~/.config/fish/config.fish");
        QVERIFY(config);
        QCOMPARE(describeAll(config->assignments),
                 QStringList({"4 GOPATH Set [] /home/u/go", "5 PATH Append [/home/u/go/bin] ${PATH}:/home/u/go/bin"}));
        QCOMPARE(fileIn(f, "~/.bashrc")->readBy, QStringList{"bash"});
        QCOMPARE(f.desktopEnv.value("PATH"), QStringLiteral("/usr/local/go/bin:/opt/tools/bin:") +
                                                 ShellProbe::defaultDesktopPath() + QStringLiteral(":/home/u/go/bin"));
    }

    void loginShellFromPasswd_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("uid");
        QTest::addColumn<QString>("shell");
        QTest::newRow("by name") << "u" << qint64(-1) << "/usr/bin/fish";
        QTest::newRow("by uid") << "" << qint64(1000) << "/usr/bin/fish";
        QTest::newRow("not there: $SHELL is not in the snapshot's env either") << "ghost" << qint64(4242) << "";
    }
    void loginShellFromPasswd()
    {
        QFETCH(QString, name);
        QFETCH(qint64, uid);
        QFETCH(QString, shell);
        Snap s(QString(), name, uid);
        s.file("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\n"
                              "u:x:1000:1000:U,,,:/home/u:/usr/bin/fish\n"
                              "sshd:x:105:65534::/run/sshd:/usr/sbin/nologin\n");
        auto sys = s.open();
        QVERIFY(sys);
        const ShellFacts f = probe(*sys);
        QCOMPARE(f.loginShellPath, shell);
        QCOMPARE(f.loginShell, shell.isEmpty() ? ShellKind::Other : ShellKind::Fish);
    }

    void homeFromPasswdWhenTheUserHasNone()
    {
        Snap s(QString(), QStringLiteral("u"), 1000, QString());
        s.file("/etc/passwd", "u:x:1000:1000::/home/u:/bin/bash\n");
        s.file("~/.bashrc", "export GOPATH=~/go\n");
        auto sys = s.open();
        QVERIFY(sys);
        UserInfo user = sys->user();
        user.home.clear();
        const ShellFacts f = ShellProbe::collect(*sys, user, {});
        QCOMPARE(f.loginShell, ShellKind::Bash);
        QCOMPARE(f.interactiveFiles, QStringList{"/home/u/.bashrc"});
        QCOMPARE(fileIn(f, "~/.bashrc")->assignments.first().expanded, QStringLiteral("/home/u/go"));
    }

    void bigFilesAreCapped()
    {
        Snap s(QStringLiteral("/bin/bash"));
        QByteArray big("export GOPATH=/g\n");
        big += QByteArray(2 * 1024 * 1024, '#');
        big += "\nexport GOBIN=/never/read\n";
        s.file("~/.bashrc", big);
        auto sys = s.open();
        QVERIFY(sys);
        QElapsedTimer t;
        t.start();
        const ShellFacts f = probe(*sys);
        QVERIFY(t.elapsed() < 10000);
        const StartupFile *rc = fileIn(f, "~/.bashrc");
        QVERIFY(rc);
        QVERIFY(rc->truncated);
        QCOMPARE(describeAll(rc->assignments), QStringList{"1 GOPATH Set [] /g"});
    }

    void sharedBrokenUbuntuExample()
    {
        // The fixture: a zsh user whose Go set-up is in ~/.zshrc only.
        auto sys =
            SnapshotSystem::open(QStringLiteral(GED_FIXTURES "/snapshots/example-broken-ubuntu2404/snapshot"), nullptr);
        QVERIFY(sys);
        const ShellFacts f = probe(*sys);
        QCOMPARE(f.loginShell, ShellKind::Zsh);
        QVERIFY(f.interactiveFiles.contains("/home/sam/.zshrc"));
        QVERIFY(f.loginFiles.contains("/home/sam/.zshrc"));
        // A Wayland session (XDG_SESSION_TYPE in the captured environment): gnome-session runs
        // through `zsh -l`, which reads neither ~/.profile nor ~/.zshrc.
        QCOMPARE(f.desktopFiles, QStringList({"/etc/environment", "/etc/zsh/zshenv", "/etc/zsh/zprofile"}));
        const StartupFile *zshrc = nullptr;
        for (const StartupFile &file : f.files)
            if (file.path == QLatin1String("/home/sam/.zshrc"))
                zshrc = &file;
        QVERIFY(zshrc);
        QStringList variables;
        for (const ShellAssignment &a : zshrc->assignments)
            variables << a.variable;
        QCOMPARE(variables, QStringList({"GOROOT", "GOPATH", "PATH"}));
        QCOMPARE(zshrc->assignments.at(0).expanded, QStringLiteral("/usr/local/go/"));
        // Debian's zshenv resets PATH only when it is empty or "/bin:/usr/bin", and snapd's
        // apps-bin-path.sh adds /snap/bin only when it is missing: the desktop keeps
        // /etc/environment's PATH.
        QCOMPARE(f.desktopEnv.value("PATH"), QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:"
                                                            "/bin:/usr/games:/usr/local/games:/snap/bin"));
        QVERIFY(!f.desktopEnv.contains("GOROOT"));
    }
};

QTEST_GUILESS_MAIN(TestShellStartup)
#include "tst_shellstartup.moc"
