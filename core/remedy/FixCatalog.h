#pragma once

#include "FixStep.h"
#include "model/CheckResult.h"

#include <QCoreApplication>
#include <QList>

struct Facts;
struct Report;

// Which fixes apply to a scan, each as a step: the fix ids the results name (CheckResult::fixes),
// turned into script steps by one small generator per id. Pure: Facts and results in, steps out.
class FixCatalog {
    Q_DECLARE_TR_FUNCTIONS(FixCatalog)
public:
    struct Options {
        // Where the tarball step fetches the download list and the archive (the script's
        // --download-base overrides it when it runs).
        QString downloadBase = QStringLiteral("https://go.dev/dl/");
        QString installDir = QStringLiteral("/usr/local/go");
    };
    // The steps for every fix named by a warning or error result (info when it names a fix too),
    // in the order a script should run them. A fix named by several results is one step.
    static QList<FixStep> plan(const Facts &facts, const QList<CheckResult> &results, const Options &options);
    static QList<FixStep> plan(const Report &report, const Options &options);
    // The fix ids this build can write script steps for (the others become manual steps).
    static QStringList scriptedIds();
    // "https://golang.google.cn/dl/" for zh_CN users (go.dev is slow or blocked in mainland China).
    static QString defaultDownloadBase(const QString &language);
};
