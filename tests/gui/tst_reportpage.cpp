// The Report page, offscreen: the wizard walked to it on a fixture snapshot, what the report will
// hold, PDF, HTML and JSON exported to a temporary folder (the test answers the file question
// instead of a dialog), privacy, the remembered folder, the charts of a build watched on the
// monitor page, and a file that cannot be written.
#include "WizardDriver.h"
#include "gui/BuildMonitorPage.h"
#include "gui/ReportPage.h"
#include "report/FindingsModel.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace WizardDriver;

namespace {
QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString xmlError(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    return xml.hasError() ? QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()) : QString();
}
} // namespace

class TestReportPage : public QObject {
    Q_OBJECT

    // Welcome → Scan → Findings → PATH & links → Build monitor → Fix → Report, as a user clicks through.
    ReportPage *walkToReport(DoctorWizard &wizard)
    {
        wizard.setTranslationFolders({QStringLiteral(GED_QM_DIR)});
        wizard.setLanguage(QStringLiteral("en"));
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return nullptr;
        chooseSnapshot(wizard, fixture("ubuntu2204-apt-shadows-tarball"));
        if (!waitForPage(wizard, DoctorWizard::FindingsPageId))
            return nullptr;
        wizard.next();
        wizard.next();
        if (wizard.currentId() != DoctorWizard::BuildMonitorPageId ||
            !wizard.button(QWizard::NextButton)->text().contains(QStringLiteral("Fix")))
            return nullptr;
        wizard.next();
        if (wizard.currentId() != DoctorWizard::FixPageId ||
            !wizard.button(QWizard::NextButton)->text().contains(QStringLiteral("Report")))
            return nullptr;
        wizard.next();
        return qobject_cast<ReportPage *>(wizard.currentPage());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the test's QSettings, not the user's
    }

    void init()
    {
        QSettings settings;
        settings.remove(QStringLiteral("language"));
        settings.remove(QStringLiteral("report/folder"));
    }

    void exportsPdfHtmlAndJson()
    {
        DoctorWizard wizard;
        ReportPage *page = walkToReport(wizard);
        QVERIFY(page);
        QCOMPARE(wizard.currentId(), int(DoctorWizard::ReportPageId));
        QCOMPARE(page->nextId(), -1); // the last page
        QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());

        // What the report will hold: the counts, the diagram, no build charts (none was watched).
        const QString summary = child<QLabel>(&wizard, "reportSummary")->text();
        for (const char *text : {"Errors: 2", "PATH and links diagram", "No build charts", "Language: English"})
            QVERIFY2(summary.contains(QLatin1String(text)), text);
        QVERIFY(!child<QPushButton>(&wizard, "openReportButton")->isEnabled());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList suggested;
        page->setFileChooser([&](ReportExport::Format, const QString &name) {
            suggested << name;
            return dir.filePath(QFileInfo(name).fileName());
        });
        QLabel *status = child<QLabel>(&wizard, "reportStatus");
        for (const char *button : {"exportPdfButton", "exportHtmlButton", "exportJsonButton"}) {
            QTest::mouseClick(child<QPushButton>(&wizard, button), Qt::LeftButton);
            QVERIFY2(status->text().startsWith(QStringLiteral("Report written to ")), qPrintable(status->text()));
            QVERIFY(child<QPushButton>(&wizard, "openReportButton")->isEnabled());
        }
        // Named after the host and the day, in the folder used last time.
        QCOMPARE(suggested.size(), 3);
        QVERIFY2(QFileInfo(suggested.at(0)).fileName().startsWith(QStringLiteral("go-env-report-wei-thinkpad-")),
                 qPrintable(suggested.at(0)));
        QCOMPARE(QFileInfo(suggested.at(1)).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
        QCOMPARE(QSettings().value(QStringLiteral("report/folder")).toString(),
                 QFileInfo(dir.path()).absoluteFilePath());

        const QString base = QFileInfo(suggested.at(0)).completeBaseName();
        const QByteArray pdf = readAll(dir.filePath(base + QStringLiteral(".pdf")));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 20000);
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));

        const QByteArray html = readAll(dir.filePath(base + QStringLiteral(".html")));
        QVERIFY2(xmlError(html).isEmpty(), qPrintable(xmlError(html)));
        QVERIFY(html.contains("An older Go shadows a newer one"));
        QVERIFY(html.contains("src=\"data:image/png;base64,")); // the diagram, inside the file

        const QByteArray json = readAll(dir.filePath(base + QStringLiteral(".json")));
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(report.value(QStringLiteral("schema")).toString(), QStringLiteral("go-env-doctor-report/1"));
        QCOMPARE(report, ReportJson::toJson(wizard.findings()->report())); // the --json report
    }

    void privacyHidesTheUserAndHost()
    {
        DoctorWizard wizard;
        ReportPage *page = walkToReport(wizard);
        QVERIFY(page);
        QCheckBox *privacy = child<QCheckBox>(&wizard, "reportPrivacy");
        privacy->setFocus();
        QTest::keyClick(privacy, Qt::Key_Space);
        QVERIFY(privacy->isChecked());
        QVERIFY(child<QLabel>(&wizard, "reportSummary")->text().contains(QStringLiteral("are hidden")));

        QTemporaryDir dir;
        QStringList suggested;
        page->setFileChooser([&](ReportExport::Format, const QString &name) {
            suggested << name;
            return dir.filePath(QFileInfo(name).fileName());
        });
        QTest::mouseClick(child<QPushButton>(&wizard, "exportJsonButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&wizard, "exportHtmlButton"), Qt::LeftButton);
        QCOMPARE(suggested.size(), 2);
        QVERIFY2(!suggested.at(0).contains(QStringLiteral("wei-thinkpad")), qPrintable(suggested.at(0)));
        for (const QString &name : std::as_const(suggested)) {
            const QByteArray bytes = readAll(dir.filePath(QFileInfo(name).fileName()));
            QVERIFY(!bytes.isEmpty());
            QVERIFY(!bytes.contains("/home/wei"));
            QVERIFY(!bytes.contains("wei-thinkpad"));
            QVERIFY(bytes.contains("~/.profile"));
        }
    }

    void includesTheChartsOfAWatchedBuild()
    {
        // A build watched on this computer: its charts go into the report.
        DoctorWizard wizard;
        wizard.setTranslationFolders({QStringLiteral(GED_QM_DIR)});
        wizard.setLanguage(QStringLiteral("en"));
        wizard.setStartId(DoctorWizard::BuildMonitorPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *monitor = qobject_cast<BuildMonitorPage *>(wizard.currentPage());
        QVERIFY(monitor);
        QVERIFY(!monitor->watchedBuild());
        QTemporaryDir dir;
        monitor->folderEdit()->setText(dir.path());
        monitor->commandEdit()->setText(QStringLiteral("sh -c 'i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done'"));
        QVERIFY(monitor->startBuild());
        QVERIFY(QTest::qWaitFor([&] { return !monitor->session()->isRunning() && monitor->startButton()->isEnabled(); },
                                30000));
        QVERIFY(monitor->watchedBuild());
        QVERIFY(!monitor->chartsImage().isNull());

        wizard.next(); // the Fix page
        QCOMPARE(wizard.currentId(), int(DoctorWizard::FixPageId));
        wizard.next();
        auto *page = qobject_cast<ReportPage *>(wizard.currentPage());
        QVERIFY(page);
        QVERIFY(child<QLabel>(&wizard, "reportSummary")->text().contains(QStringLiteral("charts of the build")));
        const QString html = dir.filePath(QStringLiteral("report.html"));
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(page->exportTo(html));
        QVERIFY(page->exportTo(pdf));
        const QByteArray bytes = readAll(html);
        QVERIFY2(xmlError(bytes).isEmpty(), qPrintable(xmlError(bytes)));
        QVERIFY(bytes.contains("Build monitor"));
        QVERIFY(bytes.contains("src=\"data:image/png;base64,"));
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
    }

    void unwritableFileSaysWhy()
    {
        DoctorWizard wizard;
        ReportPage *page = walkToReport(wizard);
        QVERIFY(page);
        const QString file = QStringLiteral("/nonexistent-folder-ged/report.pdf");
        QVERIFY(!page->exportTo(file));
        QVERIFY(child<QLabel>(&wizard, "reportStatus")->text().contains(file));
        QVERIFY(!child<QPushButton>(&wizard, "openReportButton")->isEnabled());
        QVERIFY(page->lastFile().isEmpty());
    }
};

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
