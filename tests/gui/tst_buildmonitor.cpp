// The Build monitor page: a real build on this machine drawn live, the limits drawn in, a
// what-if run under a low limit that the kernel OOM-kills (marked on the chart and in the
// verdict), a snapshot that cannot run builds, and the charts saved as PNG.
#include "WizardDriver.h"
#include "checks/CheckRegistry.h"
#include "gui/BuildMonitorPage.h"
#include "gui/MonitorCharts.h"

#include "report/FindingsModel.h"
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace WizardDriver;

class TestBuildMonitor : public QObject {
    Q_OBJECT

    BuildMonitorPage *openPage(DoctorWizard &wizard)
    {
        wizard.setStartId(DoctorWizard::BuildMonitorPageId);
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return nullptr;
        return qobject_cast<BuildMonitorPage *>(wizard.currentPage());
    }

    static void writeScript(const QString &path, const char *text)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    static bool waitFinished(BuildMonitorPage *page, int ms)
    {
        return QTest::qWaitFor([&] { return !page->session()->isRunning() && page->startButton()->isEnabled(); }, ms);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings of the test, not the user's
    }

    void watchesARealCommandAndDrawsIt()
    {
        DoctorWizard wizard;
        BuildMonitorPage *page = openPage(wizard);
        QVERIFY(page);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        page->folderEdit()->setText(dir.path());
        // Two processes that hold ~40 MiB and burn CPU for a second: enough to be seen.
        writeScript(dir.filePath(QStringLiteral("hold.py")), "import time\n"
                                                             "a = bytearray(40 << 20)\n"
                                                             "for i in range(0, len(a), 4096): a[i] = 1\n"
                                                             "t = time.time()\n"
                                                             "while time.time() - t < 1.2: pass\n");
        page->commandEdit()->setText(QStringLiteral("sh -c 'python3 hold.py & python3 hold.py; wait'"));
        QVERIFY(page->startBuild());
        QVERIFY(page->stopButton()->isEnabled());
        QVERIFY(!page->startButton()->isEnabled());
        QVERIFY(waitFinished(page, 30000));
        MonitorCharts *charts = page->charts();
        QVERIFY2(charts->line(MonitorCharts::Line::TreeRss)->count() >= 5, "samples drawn while it ran");
        double peak = 0;
        for (const QPointF &p : charts->line(MonitorCharts::Line::TreeRss)->points())
            peak = qMax(peak, p.y());
        QVERIFY2(peak >= 30, qPrintable(QStringLiteral("peak %1 MiB drawn").arg(peak)));
        double cpu = 0;
        for (const QPointF &p : charts->line(MonitorCharts::Line::TreeCpu)->points())
            cpu = qMax(cpu, p.y());
        QVERIFY2(cpu > 0.3, "CPU drawn");
        QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("exit status 0")));

        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("charts.png"));
        QString error;
        QVERIFY2(charts->saveImage(png, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.height() > 200);
    }

    void failingCommandIsReported()
    {
        DoctorWizard wizard;
        BuildMonitorPage *page = openPage(wizard);
        QVERIFY(page);
        QTemporaryDir dir;
        page->folderEdit()->setText(dir.path());
        page->commandEdit()->setText(QStringLiteral("sh -c 'echo broken >&2; exit 3'"));
        QVERIFY(page->startBuild());
        QVERIFY(waitFinished(page, 15000));
        QVERIFY2(page->summaryLabel()->text().contains(QStringLiteral("exit status 3")),
                 qPrintable(page->summaryLabel()->text()));
    }

    void whatIfRunUnderALowLimitIsKilledAndMarked()
    {
        DoctorWizard wizard;
        BuildMonitorPage *page = openPage(wizard);
        QVERIFY(page);
        if (!page->limitBox()->isEnabled())
            QSKIP("no what-if run on this machine (no writable cgroup and no delegated systemd)");
        QTemporaryDir dir;
        page->folderEdit()->setText(dir.path());
        writeScript(dir.filePath(QStringLiteral("grow.py")), "import time\n"
                                                             "chunks = []\n"
                                                             "for i in range(40):\n"
                                                             "    c = bytearray(8 << 20)\n"
                                                             "    for j in range(0, len(c), 4096): c[j] = 1\n"
                                                             "    chunks.append(c)\n"
                                                             "    time.sleep(0.05)\n");
        page->commandEdit()->setText(QStringLiteral("python3 grow.py"));
        page->limitBox()->setChecked(true);
        page->memoryLimitEdit()->setValue(64); // MiB: the program wants 320 MiB
        page->cpuLimitEdit()->setValue(1.0);
        QVERIFY(page->startBuild());
        QVERIFY(waitFinished(page, 30000));
        MonitorCharts *charts = page->charts();
        QVERIFY2(charts->marks(MonitorCharts::Line::OomKills)->count() >= 1, "the OOM kill is marked");
        QVERIFY2(charts->line(MonitorCharts::Line::MemoryLimit)->count() == 2, "the limit is drawn");
        QCOMPARE(charts->line(MonitorCharts::Line::MemoryLimit)->at(0).y(), 64.0);
        QVERIFY2(charts->line(MonitorCharts::Line::CpuQuota)->count() == 2, "the quota is drawn");
        const QString summary = page->summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("OOM")), qPrintable(summary));
    }

    // "Scan again with this peak": the wizard starts over and the memory-limit check now speaks of
    // the build that was measured.
    void measuredPeakFeedsTheNextScan()
    {
        DoctorWizard wizard;
        wizard.setChecks(CheckRegistry::select({QStringLiteral("cgroup.memory-limit")}));
        BuildMonitorPage *page = openPage(wizard);
        QVERIFY(page);
        QTemporaryDir dir;
        page->folderEdit()->setText(dir.path());
        writeScript(dir.filePath(QStringLiteral("hold.py")), "a = bytearray(30 << 20)\n"
                                                             "for i in range(0, len(a), 4096): a[i] = 1\n");
        page->commandEdit()->setText(QStringLiteral("python3 hold.py"));
        QVERIFY(page->startBuild());
        QVERIFY(waitFinished(page, 30000));
        QPushButton *use = page->findChild<QPushButton *>(QStringLiteral("monitorUseInFindings"));
        QVERIFY(use && use->isEnabled());
        wizard.setStartId(DoctorWizard::WelcomePageId); // as in the app: starting over means Welcome
        QTest::mouseClick(use, Qt::LeftButton);
        QVERIFY(wizard.measuredBuild().has_value());
        QVERIFY(wizard.measuredBuild()->peakBytes >= 30 << 20);
        QCOMPARE(wizard.measuredBuild()->command, QStringLiteral("python3 hold.py"));
        QCOMPARE(wizard.currentId(), int(DoctorWizard::WelcomePageId));
        wizard.next();
        QVERIFY(waitForPage(wizard, DoctorWizard::FindingsPageId, 30000));
        bool mentioned = false;
        for (const CheckResult &r : wizard.findings()->report().results)
            mentioned = mentioned || (r.check == QLatin1String("cgroup.memory-limit") &&
                                      r.message.contains(QStringLiteral("python3 hold.py")));
        QVERIFY2(mentioned, "the memory-limit result names the measured build");
    }

    void snapshotCannotRunBuilds()
    {
        DoctorWizard wizard;
        QString error;
        QVERIFY(wizard.openSource(fixture("healthy-tarball"), &error));
        BuildMonitorPage *page = openPage(wizard);
        QVERIFY(page);
        QVERIFY(!page->startButton()->isEnabled());
        QVERIFY(!page->commandEdit()->isEnabled());
        QVERIFY(!page->startBuild());
        QVERIFY(
            page->findChild<QLabel *>(QStringLiteral("monitorStatus"))->text().contains(QStringLiteral("snapshot")));
    }
};

QTEST_MAIN(TestBuildMonitor)
#include "tst_buildmonitor.moc"
