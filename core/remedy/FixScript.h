#pragma once

#include "FixStep.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

struct Facts;

// Writes the fix script: one bash file a newcomer can read, dry-run, run and undo.
// `#!/usr/bin/env bash`, `set -euo pipefail`, a header naming the findings and the machine it
// was made for (it refuses another machine or user without --force), the library of safe
// primitives (backups with a manifest, marked blocks, --dry-run, --undo, sudo only for the
// grouped root steps), the steps, and a re-scan of the addressed checks at the end.
class FixScript {
    Q_DECLARE_TR_FUNCTIONS(FixScript)
public:
    struct Target {
        QString hostname;
        QString user;
        QString osName;
        QDateTime made; // when the script was written (UTC)
        // Defaults of the tarball step; the script's --download-base and --install-dir override them.
        QString downloadBase = QStringLiteral("https://go.dev/dl/");
        QString installDir = QStringLiteral("/usr/local/go");
    };
    static Target targetOf(const Facts &facts, const QDateTime &made = QDateTime::currentDateTimeUtc());
    // `steps` are the chosen ones; manual steps are listed for the user, not run.
    static QString render(const QList<FixStep> &steps, const Target &target);
};
