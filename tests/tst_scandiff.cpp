// What changed between two scans: pairing results by check and first evidence, per-entry results,
// values that changed, checks that could not look, and the order the Fix page shows them in.
#include "report/ScanDiff.h"

#include <QtTest>

namespace {
CheckResult result(const char *check, Severity severity, const QString &path = {}, const QString &text = {},
                   int line = 0)
{
    CheckResult r;
    r.check = QLatin1String(check);
    r.severity = severity;
    r.title = QStringLiteral("title of %1").arg(r.check);
    if (!path.isEmpty() || !text.isEmpty())
        r.evidence << Evidence{Evidence::Kind::File, path, line, text};
    return r;
}

CheckResult pathEntry(const char *check, Severity severity, int index, const char *raw)
{
    CheckResult r = result(check, severity);
    r.evidence << Evidence{Evidence::Kind::Env, QStringLiteral("PATH"), 0,
                           QStringLiteral("PATH entry %1: \"%2\"").arg(index).arg(QLatin1String(raw))};
    return r;
}

QString kindName(ScanChange::Kind k)
{
    switch (k) {
    case ScanChange::Kind::Fixed: return QStringLiteral("fixed");
    case ScanChange::Kind::StillFailing: return QStringLiteral("still");
    case ScanChange::Kind::New: return QStringLiteral("new");
    case ScanChange::Kind::Unchecked: return QStringLiteral("unchecked");
    }
    return {};
}

// "fixed modules.disabled error>ok" plus the detail when there is one: readable when a row fails.
QStringList describe(const QList<ScanChange> &changes)
{
    QStringList out;
    for (const ScanChange &c : changes) {
        QString line =
            QStringLiteral("%1 %2 %3>%4").arg(kindName(c.kind), c.check, severityName(c.before), severityName(c.after));
        if (!c.detail.isEmpty())
            line += QStringLiteral(" [%1]").arg(c.detail);
        out << line;
    }
    return out;
}

const QString kEnvFile = QStringLiteral("/home/priya/.config/go/env");
} // namespace

class TestScanDiff : public QObject {
    Q_OBJECT
private slots:
    void compare_data()
    {
        QTest::addColumn<QList<CheckResult>>("before");
        QTest::addColumn<QList<CheckResult>>("after");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("nothingChanged");

        const CheckResult modulesOff =
            result("modules.disabled", Severity::Error, kEnvFile, QStringLiteral("GO111MODULE=off"), 1);
        QTest::newRow("both-empty") << QList<CheckResult>{} << QList<CheckResult>{} << QStringList{} << true;
        QTest::newRow("same-problem-again")
            << QList<CheckResult>{modulesOff} << QList<CheckResult>{modulesOff}
            << QStringList{QStringLiteral("still modules.disabled error>error [%1:1: GO111MODULE=off]").arg(kEnvFile)}
            << true;
        QTest::newRow("fixed-now-ok-without-evidence")
            << QList<CheckResult>{modulesOff} << QList<CheckResult>{result("modules.disabled", Severity::Ok)}
            << QStringList{QStringLiteral("fixed modules.disabled error>ok [%1:1: GO111MODULE=off]").arg(kEnvFile)}
            << false;
        QTest::newRow("fixed-now-absent")
            << QList<CheckResult>{modulesOff} << QList<CheckResult>{}
            << QStringList{QStringLiteral("fixed modules.disabled error>ok [%1:1: GO111MODULE=off]").arg(kEnvFile)}
            << false;
        QTest::newRow("fixed-same-entry-now-ok")
            << QList<CheckResult>{result("goroot.mismatch", Severity::Error, QStringLiteral("GOROOT"),
                                         QStringLiteral("GOROOT=/usr/local/go"))}
            << QList<CheckResult>{result("goroot.mismatch", Severity::Ok, QStringLiteral("GOROOT"),
                                         QStringLiteral("GOROOT=/usr/local/go"))}
            << QStringList{QStringLiteral("fixed goroot.mismatch error>ok [GOROOT=/usr/local/go]")} << false;
        QTest::newRow("problem-now-info-is-fixed")
            << QList<CheckResult>{result("goroot.set-unneeded", Severity::Warning)}
            << QList<CheckResult>{result("goroot.set-unneeded", Severity::Info)}
            << QStringList{QStringLiteral("fixed goroot.set-unneeded warning>info")} << false;
        QTest::newRow("new-problem")
            << QList<CheckResult>{result("go.shadowed", Severity::Ok)}
            << QList<CheckResult>{result("go.shadowed", Severity::Error, QStringLiteral("/usr/bin/go"),
                                         QStringLiteral("/usr/bin/go -> ../lib/go-1.18/bin/go"))}
            << QStringList{QStringLiteral("new go.shadowed ok>error [/usr/bin/go -> ../lib/go-1.18/bin/go]")} << false;
        QTest::newRow("info-before-is-not-a-problem-so-warning-is-new")
            << QList<CheckResult>{result("path.duplicate", Severity::Info, QStringLiteral("PATH"), QStringLiteral("x"))}
            << QList<CheckResult>{result("path.duplicate", Severity::Warning, QStringLiteral("PATH"),
                                         QStringLiteral("x"))}
            << QStringList{QStringLiteral("new path.duplicate ok>warning [PATH: x]")} << false;
        // Two entries of one check: the one removed is fixed, the other pairs with itself.
        QTest::newRow("per-entry-one-fixed")
            << QList<CheckResult>{pathEntry("path.tilde-literal", Severity::Warning, 1, "~/go/bin"),
                                  pathEntry("path.tilde-literal", Severity::Warning, 3, "~/.local/bin")}
            << QList<CheckResult>{pathEntry("path.tilde-literal", Severity::Warning, 3, "~/.local/bin")}
            << QStringList{QStringLiteral("fixed path.tilde-literal warning>ok [PATH entry 1: \"~/go/bin\"]"),
                           QStringLiteral("still path.tilde-literal warning>warning [PATH entry 3: \"~/.local/bin\"]")}
            << false;
        // An earlier entry went away: the same problem now has another number, still failing.
        QTest::newRow("per-entry-renumbered")
            << QList<CheckResult>{pathEntry("path.tilde-literal", Severity::Warning, 3, "~/go/bin")}
            << QList<CheckResult>{pathEntry("path.tilde-literal", Severity::Warning, 2, "~/go/bin")}
            << QStringList{QStringLiteral("still path.tilde-literal warning>warning [PATH entry 2: \"~/go/bin\"]")}
            << true;
        // The limit was raised but not enough: same file, new value, milder.
        QTest::newRow("value-changed-still-failing")
            << QList<CheckResult>{result("cgroup.memory-limit", Severity::Error,
                                         QStringLiteral("/sys/fs/cgroup/memory.max"), QStringLiteral("536870912"))}
            << QList<CheckResult>{result("cgroup.memory-limit", Severity::Warning,
                                         QStringLiteral("/sys/fs/cgroup/memory.max"), QStringLiteral("1610612736"))}
            << QStringList{QStringLiteral(
                   "still cgroup.memory-limit error>warning [/sys/fs/cgroup/memory.max: 1610612736]")}
            << true;
        QTest::newRow("check-skipped-now")
            << QList<CheckResult>{modulesOff} << QList<CheckResult>{result("modules.disabled", Severity::Skipped)}
            << QStringList{QStringLiteral("unchecked modules.disabled error>skipped [%1:1: GO111MODULE=off]")
                               .arg(kEnvFile)}
            << false;
        // Fixed first, then still failing, then new, whatever the order of the scans.
        QTest::newRow("ordered-by-kind")
            << QList<CheckResult>{result("go.shadowed", Severity::Error), modulesOff,
                                  result("goroot.mismatch", Severity::Error)}
            << QList<CheckResult>{result("gopath.bin-not-on-path", Severity::Warning),
                                  result("go.shadowed", Severity::Error), result("modules.disabled", Severity::Ok)}
            << QStringList{QStringLiteral("fixed modules.disabled error>ok [%1:1: GO111MODULE=off]").arg(kEnvFile),
                           QStringLiteral("fixed goroot.mismatch error>ok"),
                           QStringLiteral("still go.shadowed error>error"),
                           QStringLiteral("new gopath.bin-not-on-path ok>warning")}
            << false;
        // An exact partner is never taken by a looser pairing of an earlier result.
        QTest::newRow("exact-pairs-win")
            << QList<CheckResult>{result("goenv.file-overrides", Severity::Warning, kEnvFile,
                                         QStringLiteral("GOFLAGS=-x")),
                                  result("goenv.file-overrides", Severity::Warning, kEnvFile,
                                         QStringLiteral("GO111MODULE=off"))}
            << QList<CheckResult>{result("goenv.file-overrides", Severity::Warning, kEnvFile,
                                         QStringLiteral("GO111MODULE=off"))}
            << QStringList{QStringLiteral("fixed goenv.file-overrides warning>ok [%1: GOFLAGS=-x]").arg(kEnvFile),
                           QStringLiteral("still goenv.file-overrides warning>warning [%1: GO111MODULE=off]")
                               .arg(kEnvFile)}
            << false;
    }

    void compare()
    {
        QFETCH(QList<CheckResult>, before);
        QFETCH(QList<CheckResult>, after);
        QFETCH(QStringList, expected);
        QFETCH(bool, nothingChanged);
        const QList<ScanChange> changes = ScanDiff::compare(before, after);
        QCOMPARE(describe(changes), expected);
        QCOMPARE(ScanDiff::nothingChanged(changes), nothingChanged);
    }

    void countsByKind()
    {
        const QList<ScanChange> changes =
            ScanDiff::compare({result("a.b", Severity::Error), result("c.d", Severity::Warning)},
                              {result("c.d", Severity::Warning), result("e.f", Severity::Error)});
        QCOMPARE(ScanDiff::count(changes, ScanChange::Kind::Fixed), 1);
        QCOMPARE(ScanDiff::count(changes, ScanChange::Kind::StillFailing), 1);
        QCOMPARE(ScanDiff::count(changes, ScanChange::Kind::New), 1);
        QCOMPARE(ScanDiff::count(changes, ScanChange::Kind::Unchecked), 0);
        QCOMPARE(changes.at(1).title, QStringLiteral("title of c.d"));
    }
};

QTEST_GUILESS_MAIN(TestScanDiff)
#include "tst_scandiff.moc"
