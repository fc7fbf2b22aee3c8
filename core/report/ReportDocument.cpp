#include "ReportDocument.h"

#include "model/Facts.h"

#include <algorithm>

namespace {
// Go's documented defaults (`go help environment`) for the settings people change. Values that
// Go derives from the machine or the folder (GOROOT, GOVERSION, GOMOD, CGO_ENABLED, ...) and the
// C toolchain's (CC, CGO_CFLAGS: their defaults changed between releases and distributions) are
// not here: they count as changed only when set in the environment or the go env file.
QMap<QString, QString> goDefaults(const QMap<QString, QString> &vars, const QString &home,
                                  const QMap<QString, QString> &env)
{
    QMap<QString, QString> d{
        {QStringLiteral("GO111MODULE"), QString()},
        {QStringLiteral("GOFLAGS"), QString()},
        {QStringLiteral("GOBIN"), QString()},
        {QStringLiteral("GOPROXY"), QStringLiteral("https://proxy.golang.org,direct")},
        {QStringLiteral("GOSUMDB"), QStringLiteral("sum.golang.org")},
        {QStringLiteral("GOPRIVATE"), QString()},
        {QStringLiteral("GOINSECURE"), QString()},
        {QStringLiteral("GOVCS"), QString()},
        {QStringLiteral("GOEXPERIMENT"), QString()},
        {QStringLiteral("GOAUTH"), QStringLiteral("netrc")},
        {QStringLiteral("GOFIPS140"), QStringLiteral("off")},
        {QStringLiteral("GOTELEMETRY"), QStringLiteral("local")},
        {QStringLiteral("GOAMD64"), QStringLiteral("v1")},
        {QStringLiteral("GOARM64"), QStringLiteral("v8.0")},
        {QStringLiteral("GO386"), QStringLiteral("sse2")},
    };
    // GONOPROXY and GONOSUMDB follow GOPRIVATE unless set; a cross build sets GOOS or GOARCH.
    d[QStringLiteral("GONOPROXY")] = vars.value(QStringLiteral("GOPRIVATE"));
    d[QStringLiteral("GONOSUMDB")] = vars.value(QStringLiteral("GOPRIVATE"));
    if (vars.contains(QStringLiteral("GOHOSTOS")))
        d[QStringLiteral("GOOS")] = vars.value(QStringLiteral("GOHOSTOS"));
    if (vars.contains(QStringLiteral("GOHOSTARCH")))
        d[QStringLiteral("GOARCH")] = vars.value(QStringLiteral("GOHOSTARCH"));
    if (!home.isEmpty()) {
        const QString cache = env.value(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        const QString config = env.value(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        d[QStringLiteral("GOPATH")] = home + QStringLiteral("/go");
        d[QStringLiteral("GOCACHE")] = cache + QStringLiteral("/go-build");
        d[QStringLiteral("GOENV")] = config + QStringLiteral("/go/env");
    }
    const QString gopath = vars.value(QStringLiteral("GOPATH")).section(QLatin1Char(':'), 0, 0);
    if (!gopath.isEmpty())
        d[QStringLiteral("GOMODCACHE")] = gopath + QStringLiteral("/pkg/mod");
    return d;
}

QString shown(const QString &name, const QString &value, const Privacy &privacy)
{
    return Redact::isSecretName(name) ? QStringLiteral("***") : privacy.text(Redact::text(value));
}
} // namespace

ReportDocument ReportDocument::build(const Report &report, const Options &options)
{
    const Privacy privacy = options.privacy ? Privacy(report) : Privacy();
    ReportDocument doc;
    doc.privacy = options.privacy;
    doc.report = privacy.apply(report);
    for (const CheckResult &r : std::as_const(doc.report.results)) {
        if (r.severity == Severity::Ok)
            doc.passed << r;
        else if (r.severity == Severity::Skipped)
            doc.skipped << r;
        else
            doc.problems << r;
    }
    std::stable_sort(doc.problems.begin(), doc.problems.end(), [](const CheckResult &a, const CheckResult &b) {
        return severityRank(a.severity) < severityRank(b.severity);
    });
    for (GoVariable &v : goEnvironment(report, privacy, &doc.goEnvProblem)) {
        if (v.why.isEmpty())
            doc.goOther << v;
        else
            doc.goChanged << v;
    }
    return doc;
}

QList<ReportDocument::GoVariable> ReportDocument::goEnvironment(const Report &report, const Privacy &privacy,
                                                                QString *problem)
{
    QList<GoVariable> out;
    const Facts *facts = report.facts.get();
    if (!facts) {
        *problem = tr("The scan kept no record of the Go environment.");
        return out;
    }
    const QString inEnvironment = tr("set in the environment");
    if (!facts->goEnv.ok) {
        *problem = tr("`go env` could not be read: %1").arg(privacy.text(Redact::text(facts->goEnv.error)));
        // What can still be said: the Go variables this program's environment sets.
        for (auto it = facts->env.constBegin(); it != facts->env.constEnd(); ++it) {
            if (it.key().startsWith(QLatin1String("GO")) || it.key().startsWith(QLatin1String("CGO_")))
                out << GoVariable{it.key(), shown(it.key(), it.value(), privacy), inEnvironment};
        }
        return out;
    }
    const QMap<QString, QString> &vars = facts->goEnv.vars;
    const QMap<QString, QString> defaults = goDefaults(vars, facts->user.home, facts->env);
    for (auto it = vars.constBegin(); it != vars.constEnd(); ++it) {
        const QString &name = it.key();
        QString why;
        if (facts->env.contains(name)) {
            why = inEnvironment;
        } else if (const auto setting = facts->envFile.find(name)) {
            why = tr("set in %1, line %2").arg(privacy.text(facts->envFile.path)).arg(setting->line);
        } else if (defaults.contains(name) && defaults.value(name) != it.value()) {
            const QString d = defaults.value(name);
            why = d.isEmpty() ? tr("Go's default is empty") : tr("Go's default is %1").arg(privacy.text(d));
        }
        out << GoVariable{name, shown(name, it.value(), privacy), why};
    }
    return out;
}

QString ReportDocument::sourceText() const
{
    // The words of the text report (same context: translated once).
    return report.snapshot ? QCoreApplication::translate("TextReport", "snapshot %1").arg(report.sourcePath)
                           : QCoreApplication::translate("TextReport", "this computer");
}

QString ReportDocument::generatedText() const
{
    return timeText(report.generated);
}

QString ReportDocument::capturedText() const
{
    return report.snapshot && report.facts ? timeText(report.facts->scanTime) : QString();
}

QString ReportDocument::timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}
