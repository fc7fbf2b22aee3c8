#include "FixScript.h"

#include "ShellQuote.h"
#include "model/Facts.h"

#include <QFile>

using ShellQuote::comment;
using ShellQuote::word;

namespace {

QString library()
{
    QFile f(QStringLiteral(":/data/fix-script-library.bash"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the fix script library is missing from the resources");
    return QString::fromUtf8(f.readAll());
}

// `# text` lines; every line of `text` is made safe for a comment.
QString commentLines(const QString &text, const QString &indent = QString())
{
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out += QStringLiteral("#%1%2\n").arg(line.isEmpty() ? QString() : QStringLiteral(" ") + indent, comment(line));
    return out;
}

QString sayLines(const QString &text, const QString &indent)
{
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out += QStringLiteral("    ged_say %1\n").arg(word(indent + line));
    return out;
}

} // namespace

FixScript::Target FixScript::targetOf(const Facts &facts, const QDateTime &made)
{
    Target t;
    t.hostname = facts.host.hostname;
    t.user = facts.user.name;
    t.osName = facts.osName;
    t.made = made.toUTC();
    return t;
}

QString FixScript::render(const QList<FixStep> &steps, const Target &target)
{
    QList<FixStep> userSteps, rootSteps, manualSteps;
    QStringList checks;
    for (const FixStep &s : steps) {
        (s.isManual() ? manualSteps : s.needsRoot ? rootSteps : userSteps) << s;
        if (!s.isManual()) {
            for (const QString &c : s.addresses) {
                if (!checks.contains(c))
                    checks << c;
            }
        }
    }
    const QString when = target.made.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    QString out = QStringLiteral("#!/usr/bin/env bash\n");
    // SC2016: the script writes `${PATH}` into start-up files on purpose, for them to expand later.
    out += QStringLiteral("# shellcheck disable=SC2016\n");
    out += commentLines(
        tr("go-env-doctor fix script, made %1 for %2@%3 (%4).").arg(when, target.user, target.hostname, target.osName));
    out += QStringLiteral("#\n");
    out += commentLines(
        tr("It addresses these findings: %1").arg(checks.isEmpty() ? tr("none") : checks.join(QStringLiteral(", "))));
    out += QStringLiteral("#\n");
    int n = 0;
    for (const QList<FixStep> *group : {&userSteps, &rootSteps}) {
        for (const FixStep &s : *group)
            out += commentLines(QStringLiteral("%1. %2 [%3]%4")
                                    .arg(++n)
                                    .arg(s.title, s.fixId, s.needsRoot ? tr(" (as root)") : QString()),
                                QString());
    }
    if (!manualSteps.isEmpty()) {
        out += commentLines(tr("To do by hand (this script does not):"));
        for (const FixStep &s : std::as_const(manualSteps))
            out += commentLines(QStringLiteral("- %1 [%2]").arg(s.title, s.fixId));
    }
    out += QStringLiteral("#\n");
    out += commentLines(tr("Read it first. Then:\n"
                           "  bash %1 --dry-run   shows every change and makes none\n"
                           "  bash %1             makes the changes; every file is backed up first\n"
                           "  bash %1 --undo      restores the files of the last run")
                            .arg(QStringLiteral("go-env-doctor-fix.sh")));
    out +=
        commentLines(tr("Steps marked \"as root\" run through sudo, which asks for your password in this terminal."));
    out += QStringLiteral("\nset -euo pipefail\n\n");
    out += QStringLiteral("GED_MADE_FOR_HOST=%1\n").arg(word(target.hostname));
    out += QStringLiteral("GED_MADE_FOR_USER=%1\n").arg(word(target.user));
    out += QStringLiteral("GED_CHECKS=%1\n").arg(word(checks.join(QLatin1Char(','))));
    out += QStringLiteral("GED_SCRIPT_NAME=\"$0\"\n");
    out += QStringLiteral("GED_DOWNLOAD_BASE=%1\n").arg(word(target.downloadBase));
    out += QStringLiteral("GED_INSTALL_DIR=%1\n").arg(word(target.installDir));

    // One function per step, so the main part reads as a list.
    n = 0;
    QString mainBody;
    auto emitStep = [&](const FixStep &s) {
        ++n;
        out += QStringLiteral("\n");
        out += commentLines(QStringLiteral("%1 [%2]").arg(s.title, s.fixId));
        if (!s.why.isEmpty())
            out += commentLines(tr("Why: %1").arg(s.why));
        out += QStringLiteral("ged_step_%1() {\n").arg(n);
        // Verbatim: a quoted argument may span lines, and indenting would change its text.
        out += s.code;
        if (!s.code.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
        out += QStringLiteral("}\n");
        mainBody += QStringLiteral("    ged_section %1\n    ged_step_%2\n")
                        .arg(word(QStringLiteral("%1. %2").arg(n).arg(s.title)))
                        .arg(n);
    };
    for (const FixStep &s : std::as_const(userSteps))
        emitStep(s);
    if (!rootSteps.isEmpty()) {
        mainBody += QStringLiteral("    ged_say ''\n");
        mainBody += sayLines(tr("The next steps change the system, not just your files: they run as root (through sudo "
                                "when you are not root)."),
                             QString());
    }
    for (const FixStep &s : std::as_const(rootSteps))
        emitStep(s);
    if (!manualSteps.isEmpty()) {
        mainBody += QStringLiteral("    ged_section %1\n").arg(word(tr("To do by hand (this script does not):")));
        for (const FixStep &s : std::as_const(manualSteps)) {
            mainBody += QStringLiteral("    ged_say %1\n").arg(word(QStringLiteral("- ") + s.title));
            mainBody += sayLines(s.manual, QStringLiteral("    "));
        }
    }
    out +=
        QStringLiteral("\nged_main() {\n"
                       "    ged_parse_args \"$@\"\n"
                       "    ged_check_target\n"
                       "    if [[ ${GED_UNDO} -eq 1 ]]; then\n"
                       "        ged_undo\n"
                       "        return 0\n"
                       "    fi\n"
                       "    if [[ ${GED_DRY_RUN} -eq 1 ]]; then ged_say 'Dry run: showing what would change.'; fi\n");
    out += mainBody;
    out += QStringLiteral("    ged_finish\n}\n\n");
    // The steps come first so a reader sees what the script does; the library they call follows.
    out += library();
    out += QStringLiteral("\nged_main \"$@\"\n");
    return out;
}
