#include "StartupBlock.h"

#include "ShellQuote.h"
#include "model/Facts.h"

#include <QDir>

namespace StartupBlock {

QList<Target> targets(const Facts &facts, bool desktop)
{
    const QString home = facts.user.home;
    const QString profile = home + QStringLiteral("/.profile");
    QList<Target> out;
    switch (facts.shell.loginShell) {
    case ShellKind::Bash:
        out << Target{facts.shell.profileShadowedBy.isEmpty() ? profile : facts.shell.profileShadowedBy, Dialect::Sh};
        break;
    case ShellKind::Zsh:
        out << Target{home + QStringLiteral("/.zprofile"), Dialect::Sh} << Target{profile, Dialect::Sh};
        break;
    case ShellKind::Fish:
        out << Target{home + QStringLiteral("/.config/fish/conf.d/go-env-doctor.fish"), Dialect::Fish}
            << Target{profile, Dialect::Sh};
        break;
    case ShellKind::Sh:
    case ShellKind::Other: out << Target{profile, Dialect::Sh}; break;
    }
    if (desktop)
        out << Target{home + QStringLiteral("/.config/environment.d/50-go-env-doctor.conf"), Dialect::EnvironmentD};
    return out;
}

QString pathLine(Dialect dialect, const QString &folder, Place place, const QString &home)
{
    const QString dir = QDir::cleanPath(folder);
    switch (dialect) {
    case Dialect::Sh: {
        // A case guard keeps nested login shells from adding the folder again.
        const QString w = ShellQuote::pathWord(dir, home);
        if (place == Place::First)
            return QStringLiteral("case \"${PATH}:\" in\n%1:*) ;;\n*) PATH=%1\":${PATH}\" ;;\nesac\nexport PATH")
                .arg(w);
        return QStringLiteral("case \":${PATH}:\" in\n*:%1:*) ;;\n*) PATH=\"${PATH}:\"%1 ;;\nesac\nexport PATH").arg(w);
    }
    case Dialect::Fish: {
        const QString w = ShellQuote::fishPathWord(dir, home);
        if (place == Place::First)
            // `contains -i` compares exactly (string match would treat the folder as a glob).
            return QStringLiteral(
                       "if set -l i (contains -i -- %1 $PATH)\n    set -e PATH[$i]\nend\nset -gx PATH %1 $PATH")
                .arg(w);
        return QStringLiteral("contains -- %1 $PATH; or set -gx PATH $PATH %1").arg(w);
    }
    case Dialect::EnvironmentD: {
        // environment.d(5) expands ${HOME} but has no quoting to rely on: odd folders are refused.
        const QString h = QDir::cleanPath(home);
        const bool inHome = !h.isEmpty() && h != QLatin1String("/") && dir.startsWith(h + QLatin1Char('/'));
        const QString literal = inHome ? dir.mid(h.size()) : dir;
        if (!ShellQuote::envdSafe(literal))
            return {};
        const QString value = inHome ? QStringLiteral("${HOME}") + literal : literal;
        return place == Place::First ? QStringLiteral("PATH=%1:${PATH}").arg(value)
                                     : QStringLiteral("PATH=${PATH}:%1").arg(value);
    }
    }
    return {};
}

QString dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Sh: return QStringLiteral("sh");
    case Dialect::Fish: return QStringLiteral("fish");
    case Dialect::EnvironmentD: return QStringLiteral("environment.d");
    }
    return {};
}

} // namespace StartupBlock
