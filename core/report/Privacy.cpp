#include "Privacy.h"

#include "model/Facts.h"

#include <QFileInfo>

namespace {
// A name counts only where it stands alone: "kai" in "/home/kai" or "owned by kai." but not in
// "kaiser" or "kai-tools".
QRegularExpression wholeWord(const QString &word)
{
    return QRegularExpression(
        QStringLiteral("(?<![A-Za-z0-9_.-])%1(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])").arg(QRegularExpression::escape(word)));
}
// Whether replacing a name everywhere in the text hides someone rather than wrecks the report:
// a one- or two-letter name ("go", "vm") or a word everyone uses ("root", "localhost") would
// change sentences, not hide anyone. The host name field itself is always replaced.
bool worthHiding(const QString &name)
{
    static const QStringList common = {QStringLiteral("root"), QStringLiteral("localhost"), QStringLiteral("user"),
                                       QStringLiteral("host")};
    return name.size() >= 3 && !common.contains(name);
}
} // namespace

Privacy::Privacy(const Report &report) : m_on(true)
{
    const QString home = report.facts ? report.facts->user.home : QString();
    const QString user = report.facts ? report.facts->user.name : QString();
    // "/" as a home would turn every path into "~".
    if (home.size() > 1)
        m_home = QRegularExpression(QRegularExpression::escape(home) + QStringLiteral("(?=/|$|[^A-Za-z0-9._-])"));
    if (worthHiding(user))
        m_user = wholeWord(user);
    if (worthHiding(report.host.hostname))
        m_host = wholeWord(report.host.hostname);
}

QString Privacy::text(const QString &s) const
{
    if (!m_on || s.isEmpty())
        return s;
    QString out = s;
    // The home first: it usually holds the user name, and "~/go" reads better than "/home/user/go".
    if (!m_home.pattern().isEmpty())
        out.replace(m_home, QStringLiteral("~"));
    if (!m_user.pattern().isEmpty())
        out.replace(m_user, QStringLiteral("user"));
    if (!m_host.pattern().isEmpty())
        out.replace(m_host, QStringLiteral("host"));
    return out;
}

Report Privacy::apply(const Report &report) const
{
    auto t = [this](const QString &s) { return text(Redact::text(s)); };
    auto all = [&t](QStringList list) {
        for (QString &s : list)
            s = t(s);
        return list;
    };

    Report out = report;
    if (m_on) {
        out.host.hostname = report.host.hostname.isEmpty() ? QString() : QStringLiteral("host");
        // The snapshot's folder is on the machine making the report: keep only its name.
        out.sourcePath = QFileInfo(report.sourcePath).fileName();
    }
    for (CheckResult &r : out.results) {
        r.title = t(r.title);
        r.message = t(r.message);
        r.howToFix = t(r.howToFix);
        for (Evidence &e : r.evidence) {
            e.text = text(Redact::evidenceText(e));
            e.path = t(e.path);
        }
    }

    PathStory &story = out.path;
    for (PathStory::Entry &e : story.entries) {
        e.folder = t(e.folder);
        e.originFile = t(e.originFile);
        e.originText = t(e.originText);
    }
    for (PathStory::Go &g : story.gos) {
        g.path = t(g.path);
        g.target = t(g.target);
        g.sourceDetail = t(g.sourceDetail);
        g.shadowedBy = t(g.shadowedBy);
        for (LinkHop &h : g.hops) {
            h.link = t(h.link);
            h.target = t(h.target);
            h.next = t(h.next);
        }
    }
    for (PathStory::OffPath &o : story.offPath) {
        o.root = t(o.root);
        o.sourceDetail = t(o.sourceDetail);
        o.removeHow = t(o.removeHow);
    }
    for (PathStory::Environment &env : story.environments) {
        env.why = t(env.why);
        env.path = all(env.path);
        for (auto it = env.goVariables.begin(); it != env.goVariables.end(); ++it)
            it.value() = Redact::isSecretName(it.key()) ? QStringLiteral("***") : t(it.value());
    }
    return out;
}
