// FactsCollector on small snapshots built in the test: how PATH folders, links and Go trees
// become Facts.
#include "checks/GoChecks.h"
#include "probes/FactsCollector.h"
#include "system/SnapshotSystem.h"

#include <QtTest>

namespace {
// A snapshot in a temporary folder: files, links and a snapshot.json with the given PATH.
class TinySnapshot {
public:
    explicit TinySnapshot(const QString &path)
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("root"));
        QJsonObject env{{QStringLiteral("PATH"), path}, {QStringLiteral("HOME"), QStringLiteral("/home/u")}};
        QJsonObject doc{{QStringLiteral("format"), QStringLiteral("go-env-doctor-snapshot")},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("captured"), QStringLiteral("2024-10-05T00:00:00Z")},
                        {QStringLiteral("host"), QJsonObject{{QStringLiteral("machine"), QStringLiteral("x86_64")}}},
                        {QStringLiteral("user"), QJsonObject{{QStringLiteral("home"), QStringLiteral("/home/u")}}},
                        {QStringLiteral("process"), QJsonObject{{QStringLiteral("env"), env}}}};
        QFile f(m_dir.filePath(QStringLiteral("snapshot.json")));
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(doc).toJson());
    }
    void dir(const QString &p)
    {
        if (p.size() > 1)
            QDir(root()).mkpath(p.mid(1));
    }
    void file(const QString &p, const QByteArray &content = "x", bool exec = false)
    {
        dir(p.left(p.lastIndexOf(QLatin1Char('/'))));
        QFile f(root() + p);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        f.close();
        if (exec)
            f.setPermissions(f.permissions() | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    }
    void link(const QString &p, const QString &target)
    {
        dir(p.left(p.lastIndexOf(QLatin1Char('/'))));
        QFile::link(target, root() + p);
    }
    std::unique_ptr<SnapshotSystem> open() const { return SnapshotSystem::open(m_dir.path(), nullptr); }
    QString root() const { return m_dir.path() + QStringLiteral("/root"); }

private:
    QTemporaryDir m_dir;
};
} // namespace

class TestFacts : public QObject {
    Q_OBJECT
private slots:
    void mergedUsrFolderCountsOnce()
    {
        // Debian's PATH has both /usr/bin and /bin, the same folder: a dangling go is one problem.
        TinySnapshot s(QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
        s.dir(QStringLiteral("/usr/local/bin"));
        s.link(QStringLiteral("/usr/bin/go"), QStringLiteral("../lib/go-1.19/bin/go"));
        s.link(QStringLiteral("/bin"), QStringLiteral("usr/bin"));
        auto sys = s.open();
        QVERIFY(sys);
        const Facts f = FactsCollector(*sys).collect();
        QCOMPARE(f.gos.size(), 1);
        QCOMPARE(f.gos.first().resolution.status, Resolution::Status::Dangling);
        QCOMPARE(GoChecks::brokenLink(f).size(), 1);
        QCOMPARE(GoChecks::notFound(f).first().severity, Severity::Error);
    }

    void twoLinksToOneGoAreOneGo()
    {
        TinySnapshot s(QStringLiteral("/usr/local/bin:/usr/local/go/bin"));
        s.file(QStringLiteral("/usr/local/go/bin/go"),
               "\x7f"
               "ELF",
               true);
        s.file(QStringLiteral("/usr/local/go/VERSION"), "go1.23.2\ntime 2024-09-25T17:04:10Z\n");
        s.dir(QStringLiteral("/usr/local/go/src"));
        s.dir(QStringLiteral("/usr/local/go/pkg/tool"));
        s.link(QStringLiteral("/usr/local/bin/go"), QStringLiteral("/usr/local/go/bin/go"));
        auto sys = s.open();
        QVERIFY(sys);
        const Facts f = FactsCollector(*sys).collect();
        QCOMPARE(f.gos.size(), 2);
        QCOMPARE(f.gos.at(1).sameAs, 0);
        QCOMPARE(f.active, 0);
        QCOMPARE(f.gos.at(0).root.path, QStringLiteral("/usr/local/go"));
        QVERIFY(f.activeVersion);
        QCOMPARE(f.activeVersion->name(), QStringLiteral("go1.23.2"));
        QCOMPARE(f.activeVersionSource, QStringLiteral("/usr/local/go/VERSION"));
        QCOMPARE(GoChecks::shadowed(f).first().severity, Severity::Ok);
        QCOMPARE(f.installs.size(), 1);
    }

    void nonExecutableGoIsSkippedLikeTheShellDoes()
    {
        TinySnapshot s(QStringLiteral("/opt/bin:/usr/local/go/bin"));
        s.file(QStringLiteral("/opt/bin/go"), "#!/bin/sh\n", false);
        s.file(QStringLiteral("/usr/local/go/bin/go"), "#!/bin/sh\n", true);
        auto sys = s.open();
        QVERIFY(sys);
        const Facts f = FactsCollector(*sys).collect();
        QCOMPARE(f.gos.size(), 2);
        QVERIFY(!f.gos.at(0).usable);
        QCOMPARE(f.active, 1);
        const QList<CheckResult> broken = GoChecks::brokenLink(f);
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken.first().severity, Severity::Error);
        QVERIFY(broken.first().message.contains(QStringLiteral("not executable")));
    }

    void installsInWellKnownPlacesAreFound()
    {
        TinySnapshot s(QStringLiteral("/usr/bin"));
        s.file(QStringLiteral("/usr/lib/go-1.22/bin/go"), "x", true);
        s.file(QStringLiteral("/usr/lib/go-1.22/VERSION"), "go1.22.2\n");
        s.file(QStringLiteral("/home/u/sdk/go1.21.0/bin/go"), "x", true);
        s.file(QStringLiteral("/home/u/sdk/go1.21.0/VERSION"), "go1.21.0\n");
        s.file(QStringLiteral("/home/u/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.23.2.linux-amd64/bin/go"), "x", true);
        s.link(QStringLiteral("/usr/bin/go"), QStringLiteral("../lib/go-1.22/bin/go"));
        auto sys = s.open();
        QVERIFY(sys);
        const Facts f = FactsCollector(*sys).collect();
        QMap<QString, QString> sources;
        for (const GoInstall &i : f.installs)
            sources.insert(i.tree.path, i.source + QLatin1Char(' ') + i.sourceDetail);
        QCOMPARE(sources.value(QStringLiteral("/usr/lib/go-1.22")), QStringLiteral("apt golang-1.22-go"));
        QCOMPARE(sources.value(QStringLiteral("/home/u/sdk/go1.21.0")), QStringLiteral("sdk "));
        QCOMPARE(sources.value(QStringLiteral("/home/u/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.23.2.linux-amd64")),
                 QStringLiteral("toolchain "));
        QCOMPARE(f.installs.size(), 3);
        QCOMPARE(GoChecks::multipleInstalls(f).first().severity, Severity::Info);
    }

    void goenvFileFromGOENV()
    {
        TinySnapshot s(QStringLiteral("/usr/bin"));
        s.file(QStringLiteral("/home/u/.config/go/env"), "GO111MODULE=off\n");
        auto sys = s.open();
        QVERIFY(sys);
        const Facts f = FactsCollector(*sys).collect();
        QCOMPARE(f.envFile.path, QStringLiteral("/home/u/.config/go/env"));
        QVERIFY(f.envFile.exists);
        QCOMPARE(f.envFile.find(QStringLiteral("GO111MODULE"))->line, 1);
    }
};

QTEST_GUILESS_MAIN(TestFacts)
#include "tst_facts.moc"
