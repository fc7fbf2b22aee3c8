#include "PathStory.h"

#include "probes/InstallSources.h"
#include "probes/PathParser.h"

#include <QDir>

namespace {
QString statusOf(const GoCandidate &c)
{
    switch (c.resolution.status) {
    case Resolution::Status::Ok: return c.usable ? QStringLiteral("ok") : QStringLiteral("not executable");
    case Resolution::Status::Dangling: return QStringLiteral("dangling");
    case Resolution::Status::Loop: return QStringLiteral("loop");
    case Resolution::Status::NotDir:
    case Resolution::Status::NotFound: return QStringLiteral("not found");
    }
    return QStringLiteral("not found");
}

// GO* variables and GOROOT-ish settings an environment holds, for the comparison.
QMap<QString, QString> goVariables(const QMap<QString, QString> &env)
{
    QMap<QString, QString> out;
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("GO")))
            out.insert(it.key(), it.value());
    }
    return out;
}

PathStory::Environment environment(const QString &name, const QMap<QString, QString> &env)
{
    PathStory::Environment e;
    e.name = name;
    e.known = true;
    e.path = env.value(QStringLiteral("PATH")).split(QLatin1Char(':'));
    e.goVariables = goVariables(env);
    return e;
}
} // namespace

PathStory PathStory::build(const Facts &f)
{
    PathStory story;
    // Which start-up line added each folder: the last assignment that adds it wins, since a
    // later line decides where the folder ends up (a Set replaces what came before).
    QMap<QString, const ShellAssignment *> origin;
    const QList<ShellAssignment> assignments = f.shell.allAssignments();
    for (const ShellAssignment &a : assignments) {
        if (a.variable != QLatin1String("PATH"))
            continue;
        for (const QString &folder : a.folders)
            origin.insert(QDir::cleanPath(folder), &a);
    }
    for (const PathEntry &e : f.path) {
        Entry entry;
        entry.index = e.index;
        entry.folder = e.raw;
        entry.exists = e.isDir;
        entry.duplicate = e.duplicateOf >= 0;
        const QString key = e.kind == PathEntry::Kind::Absolute ? e.cleaned : e.raw;
        if (const ShellAssignment *a = origin.value(key, nullptr)) {
            entry.originFile = a->file;
            entry.originLine = a->line;
            entry.originText = a->text;
        }
        story.entries << entry;
    }
    for (int i = 0; i < f.gos.size(); ++i) {
        const GoCandidate &c = f.gos.at(i);
        Go go;
        go.path = c.path;
        go.hops = c.resolution.hops;
        go.target = c.realPath;
        go.status = statusOf(c);
        const std::optional<GoVersion> version = i == f.active && f.activeVersion ? f.activeVersion : c.root.version;
        if (version)
            go.version = version->name();
        go.active = i == f.active;
        if (f.active >= 0 && i > f.active)
            go.shadowedBy = f.gos.at(f.active).path;
        go.sameAsActive = f.active >= 0 && i != f.active &&
                          (c.sameAs == f.active || (c.sameAs >= 0 && c.sameAs == f.gos.at(f.active).sameAs));
        for (const GoInstall &install : f.installs) {
            if (c.root.exists && install.tree.realPath == c.root.realPath) {
                go.source = install.source;
                go.sourceDetail = install.sourceDetail;
            }
        }
        if (go.source.isEmpty())
            go.source = QStringLiteral("other");
        for (Entry &entry : story.entries) {
            if (entry.index == c.pathIndex)
                entry.gos << int(story.gos.size());
        }
        if (go.active)
            story.active = int(story.gos.size());
        story.gos << go;
    }

    for (const GoInstall &install : f.installs) {
        if (install.onPath)
            continue;
        OffPath o;
        o.root = install.tree.path;
        o.version = install.tree.version ? install.tree.version->name() : QString();
        o.source = install.source;
        o.sourceDetail = install.sourceDetail;
        o.removeHow = InstallSources::removeAdvice(install);
        story.offPath << o;
    }

    story.environments << environment(PathStoryText::tr("This program"), f.env);
    if (f.shell.loginShellEnv) {
        story.environments << environment(PathStoryText::tr("A new login shell"), *f.shell.loginShellEnv);
    } else {
        Environment e;
        e.name = PathStoryText::tr("A new login shell");
        e.why = f.shell.loginShellCmd.captured
                    ? (f.shell.loginShellCmd.timedOut ? PathStoryText::tr("it did not answer in time")
                                                      : PathStoryText::tr("it could not be run"))
                    : PathStoryText::tr("not captured");
        story.environments << e;
    }
    if (!f.shell.desktopEnv.isEmpty())
        story.environments << environment(PathStoryText::tr("The desktop session (IDEs started from the menu)"),
                                          f.shell.desktopEnv);
    return story;
}

QString PathStoryText::render(const PathStory &story)
{
    QString out;
    out += tr("PATH, in the order the shell searches it:") + QLatin1Char('\n');
    for (const PathStory::Entry &e : story.entries) {
        QString line = QStringLiteral("%1. %2")
                           .arg(e.index + 1, 3)
                           .arg(e.folder.isEmpty() ? tr("(empty: the current folder)") : e.folder);
        QStringList notes;
        if (!e.exists)
            notes << tr("missing");
        if (e.duplicate)
            notes << tr("repeated");
        for (int g : e.gos)
            notes << (story.gos.at(g).active ? tr("go runs from here") : tr("has a go"));
        if (!notes.isEmpty())
            line += QStringLiteral("   [") + notes.join(QStringLiteral(", ")) + QLatin1Char(']');
        out += line + QLatin1Char('\n');
        if (!e.originFile.isEmpty())
            out += QStringLiteral("        ") +
                   tr("added by %1:%2: %3").arg(e.originFile).arg(e.originLine).arg(e.originText) + QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    if (story.gos.isEmpty())
        out += tr("No go on PATH.") + QLatin1Char('\n');
    for (const PathStory::Go &go : story.gos) {
        QString head = QStringLiteral("%1 %2").arg(go.active ? QStringLiteral("▶") : QStringLiteral("·"), go.path);
        QStringList notes;
        if (!go.version.isEmpty())
            notes << go.version;
        notes << (go.sourceDetail.isEmpty() ? go.source : go.source + QLatin1Char(' ') + go.sourceDetail);
        if (go.active)
            notes << tr("runs when you type go");
        else if (go.status != QLatin1String("ok"))
            notes << tr("cannot run: %1").arg(go.status);
        else if (go.sameAsActive)
            notes << tr("the same program as the one that runs");
        else if (!go.shadowedBy.isEmpty())
            notes << tr("shadowed by %1").arg(go.shadowedBy);
        out += head + QStringLiteral("  (") + notes.join(QStringLiteral(", ")) + QStringLiteral(")\n");
        // Like namei: one line per hop, then where it ends.
        for (const LinkHop &hop : go.hops)
            out += QStringLiteral("    l %1 -> %2\n").arg(hop.link, hop.target);
        out += QStringLiteral("    - %1\n").arg(go.target.isEmpty() ? go.path : go.target);
    }
    if (!story.offPath.isEmpty()) {
        out += QLatin1Char('\n') + tr("Go installations not reached through PATH:") + QLatin1Char('\n');
        for (const PathStory::OffPath &o : story.offPath) {
            const QString source = o.sourceDetail.isEmpty() ? o.source : o.source + QLatin1Char(' ') + o.sourceDetail;
            out += QStringLiteral("  · %1  (%2)\n")
                       .arg(o.root, o.version.isEmpty() ? source : o.version + QStringLiteral(", ") + source);
            out += QStringLiteral("      ") + tr("to remove: %1").arg(o.removeHow) + QLatin1Char('\n');
        }
    }
    out += QLatin1Char('\n') + tr("Environments compared:") + QLatin1Char('\n');
    for (const PathStory::Environment &e : story.environments) {
        out += QStringLiteral("  %1: ").arg(e.name);
        if (!e.known) {
            out += tr("unknown (%1)").arg(e.why) + QLatin1Char('\n');
            continue;
        }
        out += QLatin1Char('\n') + QStringLiteral("    PATH=%1\n").arg(e.path.join(QLatin1Char(':')));
        for (auto it = e.goVariables.cbegin(); it != e.goVariables.cend(); ++it)
            out += QStringLiteral("    %1=%2\n").arg(it.key(), it.value());
    }
    return out;
}
