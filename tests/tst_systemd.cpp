// systemd's file syntax, the key table, the probe's precedence rules and systemd.bogus-setting.
#include "TinySnapshotSystemd.h"

#include "checks/SystemdChecks.h"
#include "probes/FactsCollector.h"
#include "probes/SystemdKeys.h"
#include "probes/SystemdProbe.h"
#include "probes/UnitFileSyntax.h"

#include <QtTest>

using Problem = SystemdSetting::Problem;
Q_DECLARE_METATYPE(Problem)
Q_DECLARE_METATYPE(SystemdKeys::FileKind)

namespace {
const UnitFileSyntax::Assignment *find(const UnitFileSyntax::Parsed &p, const QString &key)
{
    for (const UnitFileSyntax::Assignment &a : p.assignments) {
        if (a.key == key)
            return &a;
    }
    return nullptr;
}

QList<CheckResult> bogusOf(const LimitsSnapshot &snap)
{
    auto system = snap.open();
    if (!system)
        return {};
    const Facts f = FactsCollector(*system).collect();
    return SystemdChecks::bogusSetting(f);
}
} // namespace

class TestSystemd : public QObject {
    Q_OBJECT
private slots:
    // ---- UnitFileSyntax ----------------------------------------------------------------------
    void sectionsKeysAndWhitespace()
    {
        const auto p = UnitFileSyntax::parse("  [Unit]\nDescription = My slice  \n\n[Slice]\n\tMemoryMax=4G\n");
        QCOMPARE(p.sections, (QList<QString>{QStringLiteral("Unit"), QStringLiteral("Slice")}));
        QCOMPARE(p.assignments.size(), 2);
        QCOMPARE(p.assignments.at(0).key, QStringLiteral("Description"));
        QCOMPARE(p.assignments.at(0).value, QStringLiteral("My slice"));
        QCOMPARE(p.assignments.at(1).section, QStringLiteral("Slice"));
        QCOMPARE(p.assignments.at(1).line, 5);
        QVERIFY(p.issues.isEmpty());
    }
    void commentsAreWholeLinesOnly()
    {
        const auto p = UnitFileSyntax::parse("[Slice]\n# MemoryMax=1G\n  ; TasksMax=10\nMemoryMax=4G # four\n");
        QCOMPARE(p.assignments.size(), 1);
        // No trailing comments in systemd's syntax: the text after the value is part of it.
        QCOMPARE(p.assignments.at(0).value, QStringLiteral("4G # four"));
        QCOMPARE(p.assignments.at(0).line, 4);
    }
    void continuations()
    {
        const auto p =
            UnitFileSyntax::parse("[Service]\nEnvironment=A=1 \\\n# skipped comment\n  B=2 \\\n  C=3\nX=y\n");
        const auto *env = find(p, QStringLiteral("Environment"));
        QVERIFY(env);
        QCOMPARE(env->line, 2);
        QCOMPARE(env->value.simplified(), QStringLiteral("A=1 B=2 C=3"));
        QCOMPARE(find(p, QStringLiteral("X"))->line, 6);
        // An even number of backslashes is a literal backslash, not a continuation.
        const auto q = UnitFileSyntax::parse("[S]\nA=x\\\\\nB=y\n");
        QCOMPARE(q.assignments.size(), 2);
        QCOMPARE(q.assignments.at(0).value, QStringLiteral("x\\\\"));
    }
    void continuationAtEndOfFile()
    {
        const auto p = UnitFileSyntax::parse("[Slice]\nMemoryMax=4G\\");
        QCOMPARE(p.assignments.size(), 1);
        QCOMPARE(p.assignments.at(0).value, QStringLiteral("4G"));
        QCOMPARE(p.issues.size(), 1);
        QCOMPARE(p.issues.at(0).kind, UnitFileSyntax::Issue::Kind::UnfinishedContinuation);
    }
    void emptyAssignmentIsKept()
    {
        const auto p = UnitFileSyntax::parse("[Slice]\nMemoryMax=4G\nMemoryMax=\n");
        QCOMPARE(p.assignments.size(), 2);
        QVERIFY(p.assignments.at(1).value.isEmpty());
    }
    void quotesKeptButUnquotedAvailable()
    {
        const auto p = UnitFileSyntax::parse("[Slice]\nMemoryMax=\"4G\"\nX='a'\nY=\"a\n");
        QCOMPARE(p.assignments.at(0).value, QStringLiteral("\"4G\""));
        QCOMPARE(p.assignments.at(0).unquoted(), QStringLiteral("4G"));
        QCOMPARE(p.assignments.at(1).unquoted(), QStringLiteral("a"));
        QCOMPARE(p.assignments.at(2).unquoted(), QStringLiteral("\"a")); // unbalanced: left alone
    }
    void crlfAndBom()
    {
        const auto p = UnitFileSyntax::parse("\xEF\xBB\xBF[Manager]\r\nDefaultLimitCPU=80%\r\n");
        QCOMPARE(p.sections.value(0), QStringLiteral("Manager"));
        QCOMPARE(p.assignments.value(0).value, QStringLiteral("80%"));
    }
    void garbageLinesBecomeIssues()
    {
        const auto p = UnitFileSyntax::parse("MemoryMax=1G\n[Slice\nTasksMax=5\n[Slice]\njust words\n=novalue\n");
        QVERIFY(p.assignments.isEmpty());
        QCOMPARE(p.issues.size(), 5);
        QCOMPARE(p.issues.at(0).kind, UnitFileSyntax::Issue::Kind::OutsideSection);
        QCOMPARE(p.issues.at(1).kind, UnitFileSyntax::Issue::Kind::BadSectionHeader);
        QCOMPARE(p.issues.at(2).kind, UnitFileSyntax::Issue::Kind::OutsideSection); // after the bad header
        QCOMPARE(p.issues.at(3).kind, UnitFileSyntax::Issue::Kind::MissingEquals);
        QCOMPARE(p.issues.at(4).line, 6);
    }
    void binaryInput()
    {
        QByteArray bin("[Slice]\nMemoryMax=1G\n");
        bin.append('\0');
        bin.append(QByteArray(5000, '\xff'));
        const auto p = UnitFileSyntax::parse(bin);
        QCOMPARE(p.assignments.size(), 1);
        QCOMPARE(p.issues.value(0).kind, UnitFileSyntax::Issue::Kind::Binary);
        // Random bytes without NUL: no crash, no assignment invented from nothing sensible.
        QByteArray noise;
        for (int i = 0; i < 20000; ++i)
            noise.append(char((i * 7919) % 255 + 1));
        const auto q = UnitFileSyntax::parse(noise);
        QVERIFY(q.assignments.size() + q.issues.size() >= 0);
    }
    void hugeFileIsLinear()
    {
        QByteArray big("[Slice]\n");
        for (int i = 0; i < 100000; ++i)
            big += "TasksMax=" + QByteArray::number(i) + "\n";
        big += QByteArray(2 * 1024 * 1024, 'a') + "\n"; // one line over LONG_LINE_MAX
        big += QByteArray(3 * 1024 * 1024 / 2, 'b') + "\\\n" + QByteArray(10, 'c') + "\n"; // long continuation
        QElapsedTimer t;
        t.start();
        const auto p = UnitFileSyntax::parse(big);
        QCOMPARE(p.assignments.size(), 100000);
        bool tooLong = false;
        for (const auto &i : p.issues)
            tooLong = tooLong || i.kind == UnitFileSyntax::Issue::Kind::TooLong;
        QVERIFY(tooLong);
        QVERIFY2(t.elapsed() < 20000, "parsing must stay linear");
    }

    // ---- SystemdKeys -------------------------------------------------------------------------
    void judge_data()
    {
        QTest::addColumn<SystemdKeys::FileKind>("kind");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<QString>("suggestion");
        using K = SystemdKeys::FileKind;
        const QString M = QStringLiteral("Manager"), S = QStringLiteral("Slice"), Sv = QStringLiteral("Service");
        QTest::newRow("seed: DefaultLimitMemory") << K::Manager << M << "DefaultLimitMemory"
                                                  << "4G" << Problem::NoSuchRlimit << "";
        QTest::newRow("case: DefaultLimitNoFile") << K::Manager << M << "DefaultLimitNoFile"
                                                  << "4096" << Problem::NoSuchRlimit << "DefaultLimitNOFILE";
        QTest::newRow("seed: DefaultLimitCPU=80%") << K::Manager << M << "DefaultLimitCPU"
                                                   << "80%" << Problem::CpuLimitNotSeconds << "CPUQuota";
        QTest::newRow("DefaultLimitCPU=80 s") << K::Manager << M << "DefaultLimitCPU"
                                              << "80" << Problem::CpuLimitSeconds << "CPUQuota";
        QTest::newRow("DefaultLimitCPU=1h:2h") << K::Manager << M << "DefaultLimitCPU"
                                               << "1h:2h" << Problem::CpuLimitSeconds << "CPUQuota";
        QTest::newRow("DefaultLimitCPU=infinity") << K::Manager << M << "DefaultLimitCPU"
                                                  << "infinity" << Problem::None << "";
        QTest::newRow("DefaultLimitCPU= reset") << K::Manager << M << "DefaultLimitCPU"
                                                << "" << Problem::None << "";
        QTest::newRow("MemoryMax in Manager") << K::Manager << M << "MemoryMax"
                                              << "4G" << Problem::ResourceInManager << "";
        QTest::newRow("DefaultMemoryMax") << K::Manager << M << "DefaultMemoryMax"
                                          << "4G" << Problem::ResourceInManager << "";
        QTest::newRow("DefaultCPUQuota") << K::Manager << M << "DefaultCPUQuota"
                                         << "50%" << Problem::ResourceInManager << "";
        QTest::newRow("DefaultTasksMax exists") << K::Manager << M << "DefaultTasksMax"
                                                << "15%" << Problem::None << "";
        QTest::newRow("DefaultLimitNOFILE exists") << K::Manager << M << "DefaultLimitNOFILE"
                                                   << "1024:524288" << Problem::None << "";
        QTest::newRow("unknown Manager key") << K::Manager << M << "Frobnicate"
                                             << "yes" << Problem::UnknownManagerKey << "";
        QTest::newRow("[Slice] in user.conf") << K::Manager << S << "MemoryMax"
                                              << "4G" << Problem::ResourceInManager << "";
        QTest::newRow("[Service] LogLevel in user.conf") << K::Manager << Sv << "LogLevel"
                                                         << "debug" << Problem::UnknownManagerKey << "Manager";
        QTest::newRow("slice MemoryMax") << K::Slice << S << "MemoryMax"
                                         << "8G" << Problem::None << "";
        QTest::newRow("slice MemoryLimit") << K::Slice << S << "MemoryLimit"
                                           << "8G" << Problem::LegacyCgroupKey << "MemoryMax";
        QTest::newRow("slice CPUShares") << K::Slice << S << "CPUShares"
                                         << "512" << Problem::LegacyCgroupKey << "CPUWeight";
        QTest::newRow("slice CPUQuota=2") << K::Slice << S << "CPUQuota"
                                          << "2" << Problem::CpuQuotaNoPercent << "CPUQuota";
        QTest::newRow("slice CPUQuota=200%") << K::Slice << S << "CPUQuota"
                                             << "200%" << Problem::None << "";
        QTest::newRow("slice CPUQuota= reset") << K::Slice << S << "CPUQuota"
                                               << "" << Problem::None << "";
        QTest::newRow("slice unknown key") << K::Slice << S << "MemoryMaximum"
                                           << "8G" << Problem::UnknownSliceKey << "";
        QTest::newRow("slice wrong case") << K::Slice << S << "memorymax"
                                          << "8G" << Problem::UnknownSliceKey << "MemoryMax";
        QTest::newRow("slice MemoryMax in [Unit]") << K::Slice << "Unit"
                                                   << "MemoryMax"
                                                   << "8G" << Problem::WrongSection << "Slice";
        QTest::newRow("slice Description in [Unit]") << K::Slice << "Unit"
                                                     << "Description"
                                                     << "x" << Problem::None << "";
        QTest::newRow("service Delegate") << K::Service << Sv << "Delegate"
                                          << "cpu memory pids" << Problem::None << "";
        QTest::newRow("service MemoryLimit") << K::Service << Sv << "MemoryLimit"
                                             << "2G" << Problem::LegacyCgroupKey << "MemoryMax";
        QTest::newRow("service LimitCPU=50%") << K::Service << Sv << "LimitCPU"
                                              << "50%" << Problem::CpuLimitNotSeconds << "CPUQuota";
        QTest::newRow("service [Slice] MemoryMax") << K::Service << S << "MemoryMax"
                                                   << "2G" << Problem::WrongSection << "Service";
    }
    void judge()
    {
        QFETCH(SystemdKeys::FileKind, kind);
        QFETCH(QString, section);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(Problem, problem);
        QFETCH(QString, suggestion);
        const SystemdKeys::Verdict v = SystemdKeys::judge(kind, section, key, value);
        QCOMPARE(v.problem, problem);
        QCOMPARE(v.suggestion, suggestion);
    }
    void timeSpans()
    {
        QVERIFY(SystemdKeys::isTimeSpan(QStringLiteral("80")));
        QVERIFY(SystemdKeys::isTimeSpan(QStringLiteral("1min 30s")));
        QVERIFY(SystemdKeys::isTimeSpan(QStringLiteral("2h")));
        QVERIFY(!SystemdKeys::isTimeSpan(QStringLiteral("80%")));
        QVERIFY(!SystemdKeys::isTimeSpan(QStringLiteral("")));
        QVERIFY(!SystemdKeys::isTimeSpan(QStringLiteral("lots")));
    }

    // ---- SystemdProbe ------------------------------------------------------------------------
    void dropInDirNames()
    {
        QCOMPARE(SystemdProbe::dropInDirNames(QStringLiteral("user-1000.slice")),
                 (QStringList{QStringLiteral("user-1000.slice.d"), QStringLiteral("user-.slice.d")}));
        QCOMPARE(SystemdProbe::dropInDirNames(QStringLiteral("user@1000.service")),
                 (QStringList{QStringLiteral("user@1000.service.d"), QStringLiteral("user@.service.d")}));
        QCOMPARE(SystemdProbe::dropInDirNames(QStringLiteral("user.slice")),
                 QStringList{QStringLiteral("user.slice.d")});
        QCOMPARE(SystemdProbe::dropInDirNames(QStringLiteral("a-b-c.slice")),
                 (QStringList{QStringLiteral("a-b-c.slice.d"), QStringLiteral("a-b-.slice.d"),
                              QStringLiteral("a-.slice.d")}));
    }
    void precedence()
    {
        const QStringList dirs{QStringLiteral("/etc/systemd/system"), QStringLiteral("/run/systemd/system"),
                               QStringLiteral("/usr/lib/systemd/system")};
        QMap<QString, QStringList> listing;
        listing[QStringLiteral("/usr/lib/systemd/system/user-.slice.d")] = {QStringLiteral("10-defaults.conf")};
        listing[QStringLiteral("/etc/systemd/system/user-.slice.d")] = {QStringLiteral("10-defaults.conf"),
                                                                        QStringLiteral("README")};
        listing[QStringLiteral("/run/systemd/system/user-1000.slice.d")] = {QStringLiteral("50-mem.conf")};
        listing[QStringLiteral("/etc/systemd/system/user-1000.slice.d")] = {QStringLiteral("90-cpu.conf")};
        listing[QStringLiteral("/usr/lib/systemd/system")] = {QStringLiteral("user-1000.slice")};
        const auto files = SystemdProbe::unitFiles(QStringLiteral("user-1000.slice"), dirs, listing);
        QCOMPARE(files.mainFile, QStringLiteral("/usr/lib/systemd/system/user-1000.slice"));
        QStringList order, masked;
        for (const SystemdFile &f : files.dropIns) {
            order << f.path;
            if (!f.maskedBy.isEmpty())
                masked << f.path + QStringLiteral(" <- ") + f.maskedBy;
        }
        // Sorted by file name; /etc's 10-defaults.conf replaces /usr/lib's; README is not a .conf.
        QCOMPARE(order, (QStringList{QStringLiteral("/etc/systemd/system/user-.slice.d/10-defaults.conf"),
                                     QStringLiteral("/usr/lib/systemd/system/user-.slice.d/10-defaults.conf"),
                                     QStringLiteral("/run/systemd/system/user-1000.slice.d/50-mem.conf"),
                                     QStringLiteral("/etc/systemd/system/user-1000.slice.d/90-cpu.conf")}));
        QCOMPARE(masked, QStringList{QStringLiteral("/usr/lib/systemd/system/user-.slice.d/10-defaults.conf <- "
                                                    "/etc/systemd/system/user-.slice.d/10-defaults.conf")});
        // An instance without its own file is loaded from the template.
        QMap<QString, QStringList> templ;
        templ[QStringLiteral("/usr/lib/systemd/system")] = {QStringLiteral("user@.service")};
        QCOMPARE(SystemdProbe::unitFiles(QStringLiteral("user@1000.service"), dirs, templ).mainFile,
                 QStringLiteral("/usr/lib/systemd/system/user@.service"));
        // Within one root, the specific folder wins over the prefix folder for the same name.
        QMap<QString, QStringList> same;
        same[QStringLiteral("/etc/systemd/system/user-1000.slice.d")] = {QStringLiteral("10.conf")};
        same[QStringLiteral("/etc/systemd/system/user-.slice.d")] = {QStringLiteral("10.conf")};
        const auto s = SystemdProbe::unitFiles(QStringLiteral("user-1000.slice"), dirs, same);
        QCOMPARE(s.dropIns.size(), 2);
        QCOMPARE(s.dropIns.at(1).maskedBy, QStringLiteral("/etc/systemd/system/user-1000.slice.d/10.conf"));
    }
    void collectFromSnapshot()
    {
        LimitsSnapshot snap;
        snap.dir(QStringLiteral("/run/systemd/system"));
        snap.file(QStringLiteral("/usr/lib/systemd/system/user-.slice.d/10-defaults.conf"),
                  "[Unit]\nDescription=User Slice of UID %j\n\n[Slice]\nTasksMax=33%\n");
        snap.file(QStringLiteral("/etc/systemd/system/user-1000.slice.d/50-memory.conf"),
                  "[Slice]\nMemoryMax=6G\nMemoryHigh=5G\nCPUQuota=300%\n");
        snap.file(QStringLiteral("/etc/systemd/system/user-1000.slice.d/60-reset.conf"), "[Slice]\nMemoryHigh=\n");
        snap.file(QStringLiteral("/usr/lib/systemd/system/user@.service.d/10-login-barrier.conf"),
                  "[Service]\nDelegate=cpu memory pids\n");
        snap.file(QStringLiteral("/etc/systemd/user.conf.d/limits.conf"), "[Manager]\nDefaultLimitMemory=4G\n");
        snap.file(QStringLiteral("/home/u/.config/systemd/user.conf"), "[Manager]\nDefaultLimitCPU=80%\n");
        auto system = snap.open();
        QVERIFY(system);
        const SystemdFacts f = SystemdProbe::collect(*system, {1000, QStringLiteral("/home/u"), QString()});
        QVERIFY(f.booted);
        QStringList limits;
        for (const SliceLimit &l : f.sliceLimits)
            limits << QStringLiteral("%1 %2=%3 %4:%5").arg(l.unit, l.key, l.value, l.file).arg(l.line);
        limits.sort();
        QCOMPARE(
            limits,
            (QStringList{
                QStringLiteral("user-1000.slice CPUQuota=300% /etc/systemd/system/user-1000.slice.d/50-memory.conf:4"),
                QStringLiteral("user-1000.slice MemoryMax=6G /etc/systemd/system/user-1000.slice.d/50-memory.conf:2"),
                QStringLiteral(
                    "user-1000.slice TasksMax=33% /usr/lib/systemd/system/user-.slice.d/10-defaults.conf:5")}));
        QVERIFY(f.delegate);
        QCOMPARE(f.delegate->value, QStringLiteral("cpu memory pids"));
        const QList<SystemdSetting> problems = f.problems();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).file, QStringLiteral("/home/u/.config/systemd/user.conf")); // read first
        QCOMPARE(problems.at(0).problem, Problem::CpuLimitNotSeconds);
        QCOMPARE(problems.at(1).problem, Problem::NoSuchRlimit);
    }
    void noSystemd()
    {
        LimitsSnapshot snap;
        auto system = snap.open();
        QVERIFY(system);
        const SystemdFacts f = SystemdProbe::collect(*system, {1000, QStringLiteral("/home/u"), QString()});
        QVERIFY(!f.booted);
        QVERIFY(f.files.isEmpty());
    }
    void hostileFilesDoNotCrash()
    {
        LimitsSnapshot snap;
        QByteArray bin(4096, '\0');
        snap.file(QStringLiteral("/etc/systemd/system/user-1000.slice.d/bin.conf"), bin);
        snap.file(QStringLiteral("/etc/systemd/system.conf"), QByteArray(3 * 1024 * 1024, '['));
        snap.dir(QStringLiteral("/etc/systemd/user.conf.d/dir.conf")); // a folder named like a drop-in
        auto system = snap.open();
        QVERIFY(system);
        const SystemdFacts f = SystemdProbe::collect(*system, {1000, QStringLiteral("/home/u"), QString()});
        QVERIFY(f.problems().isEmpty());
        QVERIFY(!f.files.isEmpty());
    }

    // ---- systemd.bogus-setting ---------------------------------------------------------------
    void bogusFiresPerLine()
    {
        LimitsSnapshot snap;
        snap.dir(QStringLiteral("/run/systemd/system"));
        snap.file(QStringLiteral("/etc/systemd/user.conf.d/limits.conf"),
                  "[Manager]\nDefaultLimitMemory=4G\nDefaultLimitCPU=80%\n");
        snap.file(QStringLiteral("/etc/systemd/system/user-1000.slice.d/50-memory.conf"), "[Slice]\nMemoryMax=6G\n");
        const QList<CheckResult> results = bogusOf(snap);
        QCOMPARE(results.size(), 2);
        for (const CheckResult &r : results) {
            QCOMPARE(r.severity, Severity::Warning);
            QCOMPARE(r.evidence.size(), 1);
            QCOMPARE(r.evidence.at(0).path, QStringLiteral("/etc/systemd/user.conf.d/limits.conf"));
            QVERIFY(r.howToFix.contains(QStringLiteral("user-1000.slice.d")));
            QVERIFY(r.howToFix.contains(QStringLiteral("daemon-reload")));
        }
        QCOMPARE(results.at(0).evidence.at(0).line, 2);
        QVERIFY(results.at(0).howToFix.contains(QStringLiteral("MemoryMax=")));
        QCOMPARE(results.at(1).evidence.at(0).line, 3);
        QVERIFY(results.at(1).message.contains(QStringLiteral("seconds")));
        QVERIFY(results.at(1).howToFix.contains(QStringLiteral("CPUQuota=200%")));
    }
    void bogusQuietOnGoodDropIns()
    {
        LimitsSnapshot snap;
        snap.dir(QStringLiteral("/run/systemd/system"));
        snap.file(QStringLiteral("/etc/systemd/system/user-1000.slice.d/50-memory.conf"),
                  "[Slice]\nMemoryMax=6G\nCPUQuota=200%\nTasksMax=4096\n");
        snap.file(QStringLiteral("/etc/systemd/user.conf"),
                  "[Manager]\n#DefaultLimitCPU=\nDefaultLimitNOFILE=1024:524288\n");
        const QList<CheckResult> results = bogusOf(snap);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).severity, Severity::Ok);
        QVERIFY(results.at(0).message.contains(QStringLiteral("MemoryMax=6G")));
        QCOMPARE(results.at(0).evidence.size(), 3);
    }
    void bogusOkWithoutFiles()
    {
        LimitsSnapshot snap;
        const QList<CheckResult> results = bogusOf(snap);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).severity, Severity::Ok);
    }
    void syntaxIssuesFire()
    {
        // A very common mistake: a user.conf.d drop-in without its [Manager] header.
        LimitsSnapshot snap;
        snap.file(QStringLiteral("/etc/systemd/user.conf.d/nofile.conf"), "DefaultLimitNOFILE=65536\n");
        snap.file(QStringLiteral("/etc/systemd/system/user-1000.slice.d/50.conf"), "[Slice\nMemoryMax=4G\n");
        QByteArray bin("[Slice]\n");
        bin.append('\0');
        snap.file(QStringLiteral("/etc/systemd/system/user-1000.slice.d/60.conf"), bin);
        const QList<CheckResult> results = bogusOf(snap);
        QStringList got;
        for (const CheckResult &r : results) {
            QCOMPARE(r.severity, Severity::Warning);
            got << QStringLiteral("%1:%2").arg(r.evidence.value(0).path).arg(r.evidence.value(0).line);
        }
        got.sort();
        QCOMPARE(got, (QStringList{QStringLiteral("/etc/systemd/system/user-1000.slice.d/50.conf:1"),
                                   QStringLiteral("/etc/systemd/system/user-1000.slice.d/50.conf:2"),
                                   QStringLiteral("/etc/systemd/system/user-1000.slice.d/60.conf:2"),
                                   QStringLiteral("/etc/systemd/user.conf.d/nofile.conf:1")}));
        for (const CheckResult &r : results) {
            if (r.evidence.value(0).path.endsWith(QLatin1String("nofile.conf")))
                QVERIFY(r.howToFix.contains(QStringLiteral("[Manager]")));
        }
    }
    void delegateIsReported()
    {
        LimitsSnapshot snap;
        snap.file(QStringLiteral("/usr/lib/systemd/system/user@.service.d/10-login-barrier.conf"),
                  "[Unit]\nAfter=systemd-user-sessions.service\n\n[Service]\nDelegate=pids memory cpu\n");
        const QList<CheckResult> results = bogusOf(snap);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).severity, Severity::Ok);
        QVERIFY(results.at(0).message.contains(QStringLiteral("user@1000.service delegates: pids memory cpu")));
    }
    void maskedDropInIsNotJudged()
    {
        LimitsSnapshot snap;
        snap.file(QStringLiteral("/usr/lib/systemd/system/user-.slice.d/50-x.conf"), "[Slice]\nMemoryLimit=1G\n");
        snap.file(QStringLiteral("/etc/systemd/system/user-.slice.d/50-x.conf"), "[Slice]\nMemoryMax=8G\n");
        const QList<CheckResult> results = bogusOf(snap);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).severity, Severity::Ok);
    }
};

QTEST_GUILESS_MAIN(TestSystemd)
#include "tst_systemd.moc"
