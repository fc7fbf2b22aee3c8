#pragma once

#include "PathStory.h"
#include "model/CheckResult.h"
#include "system/SystemView.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <memory>

struct Facts;

struct CheckTiming {
    QString check;
    double ms = 0;
};

// One scan's outcome: the single model behind the CLI text, --json and (later) HTML and PDF.
struct Report {
    QDateTime generated;
    bool snapshot = false;
    QString sourcePath;
    HostInfo host;
    QString osName;
    QList<CheckResult> results;
    QList<CheckTiming> timings;
    double probesMs = 0;
    double totalMs = 0;
    bool cancelled = false;
    PathStory path; // where go comes from: for the PATH & links page and --explain-path
    // What the probes learned, kept for the fix scripts (remedy/) and the report's appendix
    // (the Go environment). Shared: reports are copied through queued signals.
    std::shared_ptr<const Facts> facts;

    QMap<Severity, int> summary() const;
    bool hasErrors() const;
};

// The report as JSON (cli.md, "Report JSON"; docs/report.schema.json). Secrets are redacted.
namespace ReportJson {
QJsonObject toJson(const Report &report);
QByteArray toBytes(const Report &report);
} // namespace ReportJson

// Hides what looks like a secret: credentials in URLs (https://user:pass@host) and values of
// variables named like tokens or passwords, in every output.
namespace Redact {
QString text(const QString &s);
bool isSecretName(const QString &variable);
// An evidence line as it may be shown: redacted, and nothing of a .netrc (its passwords are in
// words Redact cannot recognise).
QString evidenceText(const Evidence &evidence);
} // namespace Redact

// The human summary of --cli: grouped by area, ✓ ! ✗ marks, the fix under each problem.
class TextReport {
    Q_DECLARE_TR_FUNCTIONS(TextReport)
public:
    struct Options {
        bool verbose = false; // every result, ok and skipped too
        bool color = false;   // ANSI colours (only on a terminal)
    };
    static QString render(const Report &report, const Options &options);
    // One result as plain text for a ticket or a chat: title, severity, message, evidence, fix.
    static QString renderResult(const CheckResult &result);
    static QString areaTitle(const QString &area);
};
