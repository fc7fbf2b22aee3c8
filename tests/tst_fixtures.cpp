// Every snapshot fixture (ours and the shared worked examples) against its expected.json:
// each id in "fire" comes out as info, warning or error ("id:severity" asks for exactly that),
// no id in "quiet" comes out as warning or error, and ids no issue has built yet are absent.
#include "checks/CheckRegistry.h"
#include "engine/ScanEngine.h"
#include "system/SnapshotSystem.h"

#include <QtTest>

namespace {
struct Expectation {
    QStringList fire;
    QStringList quiet;
};

Expectation readExpected(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    Expectation e;
    for (const auto &v : o.value(QStringLiteral("fire")).toArray())
        e.fire << v.toString();
    for (const auto &v : o.value(QStringLiteral("quiet")).toArray())
        e.quiet << v.toString();
    return e;
}

QStringList fixtureFolders()
{
    QStringList out;
    const QStringList roots{QStringLiteral(GED_FIXTURES "/snapshots"),
                            QStringLiteral(GED_SOURCE_DIR "/../shared/snapshots")};
    for (const QString &root : roots) {
        const QDir dir(root);
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (QFile::exists(dir.filePath(name + QStringLiteral("/expected.json"))))
                out << dir.filePath(name);
        }
    }
    return out;
}

bool speaks(Severity s)
{
    return s == Severity::Info || s == Severity::Warning || s == Severity::Error;
}
} // namespace

class TestFixtures : public QObject {
    Q_OBJECT
    QTemporaryDir m_reports; // every report this test makes, validated against the schema at the end

private slots:
    void fixture_data()
    {
        QTest::addColumn<QString>("folder");
        for (const QString &f : fixtureFolders())
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    void fixture()
    {
        QFETCH(QString, folder);
        QString error;
        auto system = SnapshotSystem::open(folder + QStringLiteral("/snapshot"), &error);
        QVERIFY2(system, qPrintable(error));
        const Report report = ScanEngine::run(*system, CheckRegistry::all());
        const Expectation expected = readExpected(folder + QStringLiteral("/expected.json"));
        const QStringList built = CheckRegistry::ids();

        for (const QString &item : expected.fire) {
            const QString id = item.section(QLatin1Char(':'), 0, 0);
            const QString severity = item.section(QLatin1Char(':'), 1);
            bool found = false;
            for (const CheckResult &r : report.results)
                found = found || (r.check == id && speaks(r.severity) &&
                                  (severity.isEmpty() || severityName(r.severity) == severity));
            if (!built.contains(id)) {
                // A later issue's id: it must simply be absent.
                for (const CheckResult &r : report.results)
                    QVERIFY2(r.check != id, qPrintable(id + QStringLiteral(" is not built yet but appeared")));
                continue;
            }
            QVERIFY2(found, qPrintable(QStringLiteral("%1 should fire in %2").arg(item, folder)));
        }
        for (const QString &id : expected.quiet) {
            for (const CheckResult &r : report.results) {
                QVERIFY2(
                    !(r.check == id && (r.severity == Severity::Warning || r.severity == Severity::Error)),
                    qPrintable(QStringLiteral("%1 should be quiet in %2 but says: %3").arg(id, folder, r.message)));
            }
        }
        // Every check that ran is listed, and every result is explained.
        QSet<QString> listed;
        for (const CheckResult &r : report.results) {
            listed.insert(r.check);
            QVERIFY2(built.contains(r.check), qPrintable(r.check));
            QVERIFY(!r.title.isEmpty());
            QVERIFY2(!r.message.isEmpty(), qPrintable(r.check));
            if (speaks(r.severity) && r.severity != Severity::Info)
                QVERIFY2(!r.evidence.isEmpty(), qPrintable(QStringLiteral("%1 has no evidence").arg(r.check)));
        }
        QCOMPARE(listed.size(), built.size());

        QFile out(m_reports.filePath(QFileInfo(folder).fileName() + QStringLiteral(".json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(ReportJson::toBytes(report));
    }

    // docs/report.schema.json is the contract: every report made above must satisfy it.
    void reportsMatchTheSchema()
    {
        const QString schema = QStringLiteral(GED_SOURCE_DIR "/docs/report.schema.json");
        const QString script = QStringLiteral(
            "import json, sys, jsonschema\n"
            "schema = json.load(open(sys.argv[1]))\n"
            "jsonschema.Draft202012Validator.check_schema(schema)\n"
            "for path in sys.argv[2:]:\n"
            "    jsonschema.validate(json.load(open(path)), schema, cls=jsonschema.Draft202012Validator)\n"
            "print(len(sys.argv) - 2)\n");
        QStringList args{QStringLiteral("-c"), script, schema};
        for (const QString &name : QDir(m_reports.path()).entryList({QStringLiteral("*.json")}))
            args << m_reports.filePath(name);
        QVERIFY(args.size() > 3);
        QProcess python;
        python.start(QStringLiteral("python3"), args);
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QCOMPARE(python.readAllStandardOutput().trimmed().toInt(), int(args.size() - 3));
    }

    // checks.md: every id fires in one fixture and stays quiet in another.
    void everyIdFiresAndStaysQuietSomewhere()
    {
        QSet<QString> fired, quiet;
        for (const QString &folder : fixtureFolders()) {
            const Expectation e = readExpected(folder + QStringLiteral("/expected.json"));
            for (const QString &item : e.fire)
                fired.insert(item.section(QLatin1Char(':'), 0, 0));
            for (const QString &id : e.quiet)
                quiet.insert(id);
        }
        for (const QString &id : CheckRegistry::ids()) {
            QVERIFY2(fired.contains(id), qPrintable(id + QStringLiteral(" fires in no fixture")));
            QVERIFY2(quiet.contains(id), qPrintable(id + QStringLiteral(" is quiet in no fixture")));
        }
    }
};

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
