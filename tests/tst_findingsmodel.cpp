// The findings tree model: QAbstractItemModelTester, grouping, order, and lookups.
#include "checks/CheckRegistry.h"
#include "engine/ScanEngine.h"
#include "report/FindingsModel.h"
#include "system/SnapshotSystem.h"

#include <QAbstractItemModelTester>
#include <QtTest>

namespace {
Report scan(const char *fixture)
{
    auto system = SnapshotSystem::open(
        QStringLiteral(GED_FIXTURES "/snapshots/%1/snapshot").arg(QLatin1String(fixture)), nullptr);
    return system ? ScanEngine::run(*system, CheckRegistry::all()) : Report();
}
} // namespace

class TestFindingsModel : public QObject {
    Q_OBJECT
private slots:
    void passesTheModelTester()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(scan("ubuntu2204-apt-shadows-tarball"));
        QVERIFY(model.rowCount() > 0);
        model.setReport(scan("healthy-tarball"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.setReport(scan("path-mess"));
    }

    void groupsByAreaWorstFirst()
    {
        FindingsModel model;
        const Report report = scan("ubuntu2204-apt-shadows-tarball");
        model.setReport(report);
        QStringList areas;
        int results = 0;
        for (int a = 0; a < model.rowCount(); ++a) {
            const QModelIndex area = model.index(a, 0);
            areas << area.data().toString();
            int previousRank = -1;
            for (int r = 0; r < model.rowCount(area); ++r) {
                const int rank =
                    severityRank(Severity(model.index(r, 0, area).data(FindingsModel::SeverityRole).toInt()));
                QVERIFY(rank >= previousRank);
                previousRank = rank;
                ++results;
            }
        }
        QCOMPARE(results, report.results.size());
        QCOMPARE(areas.mid(0, 4), (QStringList{"Go toolchain", "GOROOT and GOPATH", "Go settings", "PATH"}));
        QVERIFY(areas.contains(QStringLiteral("Shell start-up files")));
        const QModelIndex goArea = model.index(0, 0);
        QCOMPARE(Severity(goArea.data(FindingsModel::SeverityRole).toInt()), Severity::Error);
        QVERIFY(model.index(0, FindingsModel::SeverityColumn).data().toString().contains(QStringLiteral("errors: 2")));
        // Severity in words as well as by icon.
        QCOMPARE(model.index(0, FindingsModel::SeverityColumn, goArea).data().toString(), QStringLiteral("Error"));
    }

    void findsChecksAndTheFirstProblem()
    {
        FindingsModel model;
        model.setReport(scan("ubuntu2204-apt-shadows-tarball"));
        const QModelIndex shadowed = model.indexOfCheck(QStringLiteral("go.shadowed"));
        QVERIFY(shadowed.isValid());
        QCOMPARE(model.result(shadowed)->check, QStringLiteral("go.shadowed"));
        QCOMPARE(shadowed.data(FindingsModel::CheckIdRole).toString(), QStringLiteral("go.shadowed"));
        QVERIFY(!model.indexOfCheck(QStringLiteral("nosuch.id")).isValid());
        QCOMPARE(model.result(model.firstProblem())->severity, Severity::Error);
        QVERIFY(!model.result(model.index(0, 0))); // an area row is not a result
        QVERIFY(!model.index(0, 0).data(Qt::AccessibleTextRole).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
