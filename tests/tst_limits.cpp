// pam_limits and `ulimit` lines, and the rlimit.* checks on snapshots with given limits.
#include "TinySnapshotSystemd.h"

#include "checks/RlimitChecks.h"
#include "probes/FactsCollector.h"
#include "probes/LimitsConf.h"

#include <QtTest>

namespace {
Facts factsOf(const LimitsSnapshot &snap)
{
    auto system = snap.open();
    return system ? FactsCollector(*system).collect() : Facts{};
}
} // namespace

class TestLimits : public QObject {
    Q_OBJECT
private slots:
    void limitsConfLines()
    {
        const QByteArray text = "# /etc/security/limits.conf\n"
                                "*               soft    core            0\n"
                                "*               hard    as              2097152   # 2 GiB\n"
                                "u               -       nproc           256\n"
                                "other           -       nproc           10\n"
                                "@dev            soft    nofile          512\n"
                                "1000:           hard    nofile          2048\n"
                                ":999            hard    nofile          1\n"
                                "*   soft  maxlogins 4\n"
                                "broken line\n"
                                "*   sometimes nproc 5\n";
        const QList<RlimitSource> lines =
            LimitsConf::parse(text, QStringLiteral("/etc/security/limits.conf"), QStringLiteral("u"), 1000);
        QStringList got;
        for (const RlimitSource &s : lines)
            got << QStringLiteral("%1 %2 %3 %4 %5").arg(s.line).arg(s.domain, s.type, s.item, s.value);
        QCOMPARE(got, (QStringList{QStringLiteral("2 * soft core 0"), QStringLiteral("3 * hard as 2097152"),
                                   QStringLiteral("4 u both nproc 256"), QStringLiteral("6 @dev soft nofile 512"),
                                   QStringLiteral("7 1000: hard nofile 2048")}));
        QCOMPARE(LimitsConf::valueOf(lines.at(1)), std::optional<qint64>(2147483648LL));
        QCOMPARE(LimitsConf::valueOf(lines.at(2)), std::optional<qint64>(256));
    }
    void limitsConfGarbage()
    {
        QByteArray noise(100000, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char(i % 251);
        QVERIFY(LimitsConf::parse(noise, QStringLiteral("x"), QStringLiteral("u"), 1000).size() >= 0);
        QVERIFY(LimitsConf::parse(QByteArray(), QStringLiteral("x"), QStringLiteral("u"), 1000).isEmpty());
    }
    void ulimitLines()
    {
        const QByteArray rc = "# ulimit -v 1\n"
                              "ulimit -v 2097152\n"
                              "ulimit -Sn 4096; ulimit -H -u 512\n"
                              "ulimit -a\n"
                              "[ -x /x ] && ulimit -v unlimited\n"
                              "echo ulimitless\n"
                              "export A=1 # ulimit -v 5\n";
        const QList<RlimitSource> lines = LimitsConf::scanUlimit(rc, QStringLiteral("/home/u/.bashrc"));
        QStringList got;
        for (const RlimitSource &s : lines)
            got << QStringLiteral("%1 %2 %3 %4").arg(s.line).arg(s.type, s.item, s.value);
        QCOMPARE(got, (QStringList{QStringLiteral("2 both as 2097152"), QStringLiteral("3 soft nofile 4096"),
                                   QStringLiteral("3 hard nproc 512"), QStringLiteral("5 both as unlimited")}));
        QCOMPARE(LimitsConf::valueOf(lines.at(3)), std::optional<qint64>(-1));
    }

    void addressSpaceError()
    {
        LimitsSnapshot snap({{QStringLiteral("as"), 2147483648LL}});
        snap.file(QStringLiteral("/etc/security/limits.conf"), "*  hard  as  2097152\n");
        snap.file(QStringLiteral("/home/u/.bashrc"), "export EDITOR=vi\nulimit -v 2097152\n");
        const Facts f = factsOf(snap);
        const QList<CheckResult> r = RlimitChecks::addressSpace(f);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).severity, Severity::Error);
        QVERIFY(r.at(0).title.contains(QStringLiteral("2.0 GiB")));
        bool limitsLine = false, bashrcLine = false;
        for (const Evidence &e : r.at(0).evidence) {
            limitsLine = limitsLine || (e.path == QLatin1String("/etc/security/limits.conf") && e.line == 1);
            bashrcLine = bashrcLine || (e.path == QLatin1String("/home/u/.bashrc") && e.line == 2);
        }
        QVERIFY(limitsLine);
        QVERIFY(bashrcLine);
        QVERIFY(r.at(0).howToFix.contains(QStringLiteral("GOMEMLIMIT")));
    }
    void addressSpaceWarningAboveFourGiB()
    {
        LimitsSnapshot snap({{QStringLiteral("as"), 8LL * 1024 * 1024 * 1024}});
        const QList<CheckResult> r = RlimitChecks::addressSpace(factsOf(snap));
        QCOMPARE(r.at(0).severity, Severity::Warning);
    }
    void addressSpaceOkAndSkipped()
    {
        LimitsSnapshot unlimited({{QStringLiteral("as"), QStringLiteral("unlimited")}});
        QCOMPARE(RlimitChecks::addressSpace(factsOf(unlimited)).at(0).severity, Severity::Ok);
        LimitsSnapshot unknown;
        QCOMPARE(RlimitChecks::addressSpace(factsOf(unknown)).at(0).severity, Severity::Skipped);
    }
    void lowNproc()
    {
        LimitsSnapshot snap({{QStringLiteral("nproc"), 256}, {QStringLiteral("nofile"), 1024}});
        snap.file(QStringLiteral("/etc/security/limits.d/90-nproc.conf"), "u  -  nproc  256\n");
        const QList<CheckResult> r = RlimitChecks::low(factsOf(snap));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).severity, Severity::Warning);
        QCOMPARE(r.at(0).evidence.size(), 2);
        QCOMPARE(r.at(0).evidence.at(1).path, QStringLiteral("/etc/security/limits.d/90-nproc.conf"));
    }
    void lowNofileHardOnly()
    {
        // A low soft nofile is harmless for Go 1.19+ (it raises soft to hard); a low hard one is not.
        LimitsSnapshot softOnly({{QStringLiteral("nproc"), 62000}, {QStringLiteral("nofile"), 256}},
                                {{QStringLiteral("nofile"), 524288}});
        QCOMPARE(RlimitChecks::low(factsOf(softOnly)).at(0).severity, Severity::Ok);
        LimitsSnapshot hardLow({{QStringLiteral("nproc"), 62000}, {QStringLiteral("nofile"), 1024}},
                               {{QStringLiteral("nofile"), 1024}});
        const QList<CheckResult> r = RlimitChecks::low(factsOf(hardLow));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).severity, Severity::Warning);
        QVERIFY(r.at(0).title.contains(QStringLiteral("1024")));
    }
    void lowSkippedWhenUnknown()
    {
        LimitsSnapshot snap({{QStringLiteral("nofile"), 1024}});
        QCOMPARE(RlimitChecks::low(factsOf(snap)).at(0).severity, Severity::Skipped);
    }
    void systemdDefaultLimitIsASource()
    {
        LimitsSnapshot snap({{QStringLiteral("as"), 1073741824LL}});
        snap.file(QStringLiteral("/etc/systemd/system.conf"), "[Manager]\nDefaultLimitAS=1073741824\n");
        const QList<CheckResult> r = RlimitChecks::addressSpace(factsOf(snap));
        bool cited = false;
        for (const Evidence &e : r.at(0).evidence)
            cited = cited || (e.path == QLatin1String("/etc/systemd/system.conf") && e.line == 2);
        QVERIFY(cited);
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
