#pragma once

#include "Privacy.h"
#include "Report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The report as a reader meets it, the one model behind the HTML and the PDF: the cover's facts,
// the findings worst first, the passed and skipped checks, and the Go environment with the values
// someone changed first. Every string in it is redacted, and hidden under privacy (Privacy), so
// the renderers only lay it out. The language is the one installed when it is built (tr()).
class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    struct Options {
        bool privacy = false; // hide user name, host name and home folder
    };
    // One `go env` value and, when it is not Go's default, why it is not.
    struct GoVariable {
        QString name;
        QString value;
        QString why; // "set in the environment", "set in ~/.config/go/env, line 3", ...; empty: default
    };

    static ReportDocument build(const Report &report, const Options &options);

    Report report;               // redacted (and hidden under privacy); results as scanned
    QList<CheckResult> problems; // errors, then warnings, then notes, each in scan order
    QList<CheckResult> skipped;  // checks that could not run, with why in the message
    QList<CheckResult> passed;
    QList<GoVariable> goChanged; // set by someone (environment, go env file) or not Go's default
    QList<GoVariable> goOther;   // the rest of `go env`
    QString goEnvProblem;        // why there is no `go env` to show; empty when there is
    bool privacy = false;

    // "this computer" or "snapshot NAME".
    QString sourceText() const;
    // When the report was made, and for a snapshot when it was captured: "2026-11-26 12:00 UTC",
    // the same for every reader whatever their locale.
    QString generatedText() const;
    QString capturedText() const; // empty for this computer
    static QString timeText(const QDateTime &t);

private:
    static QList<GoVariable> goEnvironment(const Report &report, const Privacy &privacy, QString *problem);
};
