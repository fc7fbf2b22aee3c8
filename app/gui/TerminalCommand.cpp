#include "TerminalCommand.h"

#include "remedy/ShellQuote.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace {
// How a terminal takes the command it runs.
enum class Style {
    DashDash, // gnome-terminal -- argv...
    DashE,    // -e argv...: the rest of the command line (xterm, konsole, alacritty, Debian policy)
    DashX,    // -x argv...: the rest of the command line (xfce4-terminal, mate-terminal)
    EString,  // -e 'one string' the terminal splits like a shell (tilix)
    Bare,     // argv... right after the program (kitty)
};

struct Known {
    const char *name;
    Style style;
};

// x-terminal-emulator must take `-e command args` (Debian Policy 11.8.3).
constexpr Known kKnown[] = {
    {"x-terminal-emulator", Style::DashE},
    {"gnome-terminal", Style::DashDash},
    {"konsole", Style::DashE},
    {"xfce4-terminal", Style::DashX},
    {"mate-terminal", Style::DashX},
    {"tilix", Style::EString},
    {"kitty", Style::Bare},
    {"alacritty", Style::DashE},
    {"xterm", Style::DashE},
};
} // namespace

QStringList TerminalCommand::knownTerminals()
{
    QStringList names;
    for (const Known &k : kKnown)
        names << QLatin1String(k.name);
    return names;
}

QString TerminalCommand::typedCommand(const QString &script)
{
    return QStringLiteral("bash ") + ShellQuote::word(script);
}

QStringList TerminalCommand::forTerminal(const QString &terminal, const QString &script)
{
    const QString name = QFileInfo(terminal).fileName();
    const Known *known = nullptr;
    for (const Known &k : kKnown) {
        if (name == QLatin1String(k.name))
            known = &k;
    }
    if (!known)
        return {};
    // The script runs as its own bash (it needs no execute bit), then the window waits so its
    // output can be read; the script's exit status is kept for anyone who looks. (printf, not
    // `read -p`, which prompts only when its input is a terminal.)
    const QString hold =
        QStringLiteral("%1; status=$?; echo; printf '%s' %2; read -r _; exit \"$status\"")
            .arg(typedCommand(script), ShellQuote::word(tr("Press Enter to close this window.") + QLatin1Char(' ')));
    const QStringList command{QStringLiteral("bash"), QStringLiteral("-c"), hold};
    switch (known->style) {
    case Style::DashDash: return QStringList{terminal, QStringLiteral("--")} + command;
    case Style::DashE: return QStringList{terminal, QStringLiteral("-e")} + command;
    case Style::DashX: return QStringList{terminal, QStringLiteral("-x")} + command;
    case Style::EString: return {terminal, QStringLiteral("-e"), QStringLiteral("bash -c ") + ShellQuote::word(hold)};
    case Style::Bare: return QStringList{terminal} + command;
    }
    return {};
}

QString TerminalCommand::find(const QStringList &searchPaths)
{
    for (const QString &name : knownTerminals()) {
        const QString path = QStandardPaths::findExecutable(name, searchPaths);
        if (!path.isEmpty())
            return path;
    }
    return {};
}
