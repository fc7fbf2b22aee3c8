#include "Report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

QMap<Severity, int> Report::summary() const
{
    QMap<Severity, int> counts;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info, Severity::Ok, Severity::Skipped})
        counts[s] = 0;
    for (const CheckResult &r : results)
        counts[r.severity] += 1;
    return counts;
}

bool Report::hasErrors() const
{
    for (const CheckResult &r : results) {
        if (r.severity == Severity::Error)
            return true;
    }
    return false;
}

namespace Redact {

bool isSecretName(const QString &variable)
{
    static const QRegularExpression secret(
        QStringLiteral("(TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|ACCESS_KEY|CREDENTIAL|AUTH)"),
        QRegularExpression::CaseInsensitiveOption);
    // GOAUTH names a mechanism ("netrc"), not a secret.
    return variable != QLatin1String("GOAUTH") && secret.match(variable).hasMatch();
}

QString text(const QString &s)
{
    // scheme://user:password@host -> scheme://user:***@host
    static const QRegularExpression urlCredentials(QStringLiteral("([a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]+):[^@\\s/]+@"));
    QString out = s;
    out.replace(urlCredentials, QStringLiteral("\\1:***@"));
    // NAME=value for secret-looking names, as in `env` output and evidence lines.
    static const QRegularExpression assignment(QStringLiteral("\\b([A-Za-z_][A-Za-z0-9_]*)=([^\\s]+)"));
    QString result;
    qsizetype last = 0;
    auto it = assignment.globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!isSecretName(m.captured(1)))
            continue;
        result += out.mid(last, m.capturedStart(2) - last) + QStringLiteral("***");
        last = m.capturedEnd(2);
    }
    result += out.mid(last);
    return result;
}

QString evidenceText(const Evidence &evidence)
{
    const QString name = evidence.path.section(QLatin1Char('/'), -1);
    if (name == QLatin1String(".netrc") || name == QLatin1String("_netrc"))
        return QStringLiteral("***");
    return text(evidence.text);
}

} // namespace Redact

namespace ReportJson {

QJsonObject toJson(const Report &report)
{
    QJsonObject root;
    root[QStringLiteral("schema")] = QStringLiteral("go-env-doctor-report/1");
    root[QStringLiteral("tool")] = QJsonObject{{QStringLiteral("name"), QStringLiteral("go-env-doctor")},
                                               {QStringLiteral("version"), QStringLiteral(GED_VERSION)}};
    root[QStringLiteral("generated")] = report.generated.toUTC().toString(Qt::ISODate);
    QJsonObject source{{QStringLiteral("kind"), report.snapshot ? QStringLiteral("snapshot") : QStringLiteral("live")}};
    if (report.snapshot)
        source[QStringLiteral("path")] = report.sourcePath;
    root[QStringLiteral("source")] = source;
    root[QStringLiteral("host")] = QJsonObject{{QStringLiteral("hostname"), report.host.hostname},
                                               {QStringLiteral("machine"), report.host.machine},
                                               {QStringLiteral("os"), report.osName},
                                               {QStringLiteral("kernel"), report.host.kernel}};
    QJsonObject summary;
    const auto counts = report.summary();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        summary[severityName(it.key())] = it.value();
    root[QStringLiteral("summary")] = summary;

    QJsonArray results;
    for (const CheckResult &r : report.results) {
        QJsonArray evidence;
        for (const Evidence &e : r.evidence) {
            QJsonObject o{{QStringLiteral("kind"), evidenceKindName(e.kind)},
                          {QStringLiteral("path"), Redact::text(e.path)},
                          {QStringLiteral("text"), Redact::evidenceText(e)}};
            if (e.line > 0)
                o[QStringLiteral("line")] = e.line;
            evidence << o;
        }
        QJsonObject o{{QStringLiteral("check"), r.check},
                      {QStringLiteral("severity"), severityName(r.severity)},
                      {QStringLiteral("title"), r.title},
                      {QStringLiteral("message"), Redact::text(r.message)},
                      {QStringLiteral("evidence"), evidence},
                      {QStringLiteral("fixes"), QJsonArray::fromStringList(r.fixes)},
                      {QStringLiteral("caused_by"), QJsonArray::fromStringList(r.causedBy)}};
        if (!r.howToFix.isEmpty())
            o[QStringLiteral("how_to_fix")] = Redact::text(r.howToFix);
        results << o;
    }
    root[QStringLiteral("results")] = results;

    QJsonArray checks;
    for (const CheckTiming &t : report.timings)
        checks << QJsonObject{{QStringLiteral("check"), t.check}, {QStringLiteral("ms"), t.ms}};
    root[QStringLiteral("timings")] = QJsonObject{{QStringLiteral("total_ms"), report.totalMs},
                                                  {QStringLiteral("probes_ms"), report.probesMs},
                                                  {QStringLiteral("checks"), checks}};
    return root;
}

QByteArray toBytes(const Report &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

} // namespace ReportJson
