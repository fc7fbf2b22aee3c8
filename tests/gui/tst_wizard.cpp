// The wizard, offscreen: Welcome → Scan → Findings on a fixture snapshot, a detail, "caused by"
// navigation, copying, cancelling a scan, a .tar.gz snapshot, a bad snapshot and a hostile
// archive, the language switch and a dark palette.
#include "gui/DoctorWizard.h"
#include "gui/FindingsPage.h"
#include "gui/ResultDetails.h"
#include "report/FindingsModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeView>
#include <QtTest>

#include "WizardDriver.h"

#include <thread>

using namespace WizardDriver;

class TestWizard : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        // Each test starts in English with no remembered choice.
        QSettings().remove(QStringLiteral("language"));
    }

    void walksWelcomeScanFindings()
    {
        DoctorWizard wizard;
        wizard.setTranslationFolders({QStringLiteral(GED_QM_DIR)});
        wizard.setLanguage(QStringLiteral("en"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(DoctorWizard::WelcomePageId));

        QAbstractItemModelTester tester(wizard.findings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        chooseSnapshot(wizard, fixture("ubuntu2204-apt-shadows-tarball"));
        QVERIFY(wizard.currentId() == DoctorWizard::ScanPageId || wizard.currentId() == DoctorWizard::FindingsPageId);
        QVERIFY(waitForPage(wizard, DoctorWizard::FindingsPageId));

        // The scan log listed every check.
        QListWidget *log = child<QListWidget>(&wizard, "scanLog");
        QVERIFY(log->count() >= wizard.checks().size());
        // Every probe step is named in words, never by its internal id.
        QVERIFY(!log->findItems(QStringLiteral("Reading cgroup, systemd and resource limits"), Qt::MatchStartsWith)
                     .isEmpty());
        QVERIFY(log->findItems(QStringLiteral("limits"), Qt::MatchExactly).isEmpty());

        // The fixture's problems, with the right severities, in the tree.
        const FindingsModel *model = wizard.findings();
        auto severityOf = [&](const char *id) {
            const QModelIndex i = model->indexOfCheck(QLatin1String(id));
            return i.isValid() ? Severity(i.data(FindingsModel::SeverityRole).toInt()) : Severity::Skipped;
        };
        QCOMPARE(severityOf("go.shadowed"), Severity::Error);
        QCOMPARE(severityOf("go.version-unsupported"), Severity::Error);
        QCOMPARE(severityOf("go.multiple-installs"), Severity::Info);
        QCOMPARE(severityOf("goroot.mismatch"), Severity::Ok);
        QCOMPARE(child<QLabel>(&wizard, "count_error")->text(), QStringLiteral("Errors: 2"));

        // The worst finding is selected and its details are shown, evidence included.
        auto *page = qobject_cast<FindingsPage *>(wizard.currentPage());
        QVERIFY(page);
        QTreeView *tree = child<QTreeView>(&wizard, "findingsTree");
        QVERIFY(tree->currentIndex().isValid());
        ResultDetails *details = child<ResultDetails>(&wizard, "findingDetails");
        QVERIFY(page->selectCheck(QStringLiteral("go.version-unsupported")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("go1.18.1 is past its support")));
        QVERIFY(details->toHtml().contains(QStringLiteral("check:go.shadowed"))); // caused by
        QVERIFY(details->toPlainText().contains(QStringLiteral("/usr/lib/go-1.18/VERSION")));

        // Following "caused by" selects the cause.
        emit details->anchorClicked(QUrl(QStringLiteral("check:go.shadowed")));
        QCOMPARE(tree->currentIndex().data(FindingsModel::CheckIdRole).toString(), QStringLiteral("go.shadowed"));
        QVERIFY(details->toPlainText().contains(QStringLiteral("/usr/bin/go -> ../lib/go-1.18/bin/go")));

        // Keyboard: Down moves to the next finding and the details follow.
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Down);
        QVERIFY(tree->currentIndex().data(FindingsModel::CheckIdRole).toString() != QStringLiteral("go.shadowed"));

        // Copying a finding and all of them, as text for a ticket.
        QVERIFY(page->selectCheck(QStringLiteral("go.shadowed")));
        QTest::mouseClick(child<QPushButton>(&wizard, "copyFindingButton"), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("[go.shadowed]")));
        QTest::mouseClick(child<QPushButton>(&wizard, "copyAllButton"), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("[go.version-unsupported]")));

        // Every widget a user reaches has a name a screen reader can say.
        for (const char *name :
             {"findingsTree", "findingDetails", "copyFindingButton", "copyAllButton", "rescanButton"}) {
            QWidget *w = wizard.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(w && (!w->accessibleName().isEmpty() || !w->property("text").toString().isEmpty()), name);
        }

        // Scan again goes back to Welcome.
        QTest::mouseClick(child<QPushButton>(&wizard, "rescanButton"), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(DoctorWizard::WelcomePageId));
    }

    void cancelsAScan()
    {
        DoctorWizard wizard;
        QList<Check> slow;
        for (int i = 0; i < 40; ++i) {
            const QString id = QStringLiteral("test.slow-%1").arg(i);
            slow << Check{id, [id](const Facts &) {
                              std::this_thread::sleep_for(std::chrono::milliseconds(25));
                              return QList<CheckResult>{
                                  CheckKit::make(id, Severity::Ok, QStringLiteral("slow"), QStringLiteral("m"))};
                          }};
        }
        wizard.setChecks(slow);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        chooseSnapshot(wizard, fixture("healthy-tarball"));
        QCOMPARE(wizard.currentId(), int(DoctorWizard::ScanPageId));
        QListWidget *log = child<QListWidget>(&wizard, "scanLog");
        QVERIFY(QTest::qWaitFor([&] { return log->count() >= 3; }, 10000));
        QPushButton *stop = child<QPushButton>(&wizard, "stopScanButton");
        QVERIFY(stop->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, 10000));
        QTest::qWait(600); // a cancelled scan does not move on by itself
        QCOMPARE(wizard.currentId(), int(DoctorWizard::ScanPageId));
        QVERIFY(wizard.findings()->report().cancelled);
        QVERIFY(wizard.findings()->report().results.size() < slow.size());
        QVERIFY(child<QLabel>(&wizard, "scanStatus")->text().contains(QStringLiteral("stopped")));
    }

    void evidenceFileOpensAtItsLine()
    {
        DoctorWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        chooseSnapshot(wizard, fixture("goenv-modules-off"));
        QVERIFY(waitForPage(wizard, DoctorWizard::FindingsPageId));
        auto *page = qobject_cast<FindingsPage *>(wizard.currentPage());
        QVERIFY(page->selectCheck(QStringLiteral("modules.disabled")));
        ResultDetails *details = child<ResultDetails>(&wizard, "findingDetails");
        QVERIFY(details->toHtml().contains(QStringLiteral("evidence:0")));
        emit details->anchorClicked(QUrl(QStringLiteral("evidence:0")));
        // The file is read inside the snapshot, shown with line numbers, its line highlighted.
        auto *text = wizard.findChild<QPlainTextEdit *>(QStringLiteral("fileViewerText"));
        QVERIFY(text);
        QVERIFY(text->toPlainText().startsWith(QStringLiteral("1 │ GO111MODULE=off")));
        QCOMPARE(text->extraSelections().size(), 1);
        QCOMPARE(text->extraSelections().first().cursor.blockNumber(), 0);
        // A snapshot's file is never handed to this computer's editor.
        auto *viewer = wizard.findChild<QDialog *>(QStringLiteral("fileViewer"));
        QVERIFY(viewer);
        QVERIFY(!viewer->findChildren<QPushButton *>().isEmpty());
        for (QPushButton *b : viewer->findChildren<QPushButton *>())
            QVERIFY2(!b->text().contains(QStringLiteral("editor")), qPrintable(b->text()));
    }

    void badSnapshotStaysOnWelcome()
    {
        DoctorWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        chooseSnapshot(wizard, QStringLiteral("/nonexistent/snapshot"));
        QCOMPARE(wizard.currentId(), int(DoctorWizard::WelcomePageId));
        QLabel *error = child<QLabel>(&wizard, "welcomeError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("/nonexistent/snapshot")));
    }

    void archiveSnapshotScans()
    {
        // The wizard opens a .tar.gz like a folder (docs/snapshot-format.md, "A .tar.gz snapshot").
        QTemporaryDir tmp;
        const QString archive = tmp.path() + QStringLiteral("/ubuntu2204.tar.gz");
        const QString fixtureFolder = fixture("ubuntu2204-apt-shadows-tarball");
        QCOMPARE(
            QProcess::execute(QStringLiteral("tar"), {QStringLiteral("-C"), QFileInfo(fixtureFolder).path(),
                                                      QStringLiteral("-czf"), archive, QStringLiteral("snapshot")}),
            0);
        DoctorWizard wizard;
        wizard.setLanguage(QStringLiteral("en"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        chooseSnapshot(wizard, archive);
        QVERIFY(waitForPage(wizard, DoctorWizard::FindingsPageId));
        QCOMPARE(child<QLabel>(&wizard, "count_error")->text(), QStringLiteral("Errors: 2"));
        QVERIFY2(wizard.sourceDescription().contains(archive), qPrintable(wizard.sourceDescription()));
    }

    void hostileArchiveStaysOnWelcome()
    {
        // An entry that climbs out with "..": refused, and said so on the page like a bad folder.
        QTemporaryDir tmp;
        QVERIFY(QDir().mkpath(tmp.path() + QStringLiteral("/work/snap/root")));
        QFile outside(tmp.path() + QStringLiteral("/outside.txt"));
        QVERIFY(outside.open(QIODevice::WriteOnly));
        outside.write("x");
        outside.close();
        const QString archive = tmp.path() + QStringLiteral("/evil.tar.gz");
        // -P keeps the "../" in the member's name, as a hostile archive would have it.
        QCOMPARE(QProcess::execute(QStringLiteral("tar"),
                                   {QStringLiteral("-C"), tmp.path() + QStringLiteral("/work"), QStringLiteral("-czPf"),
                                    archive, QStringLiteral("snap"), QStringLiteral("../outside.txt")}),
                 0);
        DoctorWizard wizard;
        wizard.setLanguage(QStringLiteral("en"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        chooseSnapshot(wizard, archive);
        QCOMPARE(wizard.currentId(), int(DoctorWizard::WelcomePageId));
        QLabel *error = child<QLabel>(&wizard, "welcomeError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(archive), qPrintable(error->text()));
        QVERIFY2(error->text().contains(QStringLiteral("refused the entry \"../outside.txt\"")),
                 qPrintable(error->text()));
        QVERIFY2(error->text().contains(QStringLiteral("climbs out")), qPrintable(error->text()));
    }

    void switchesToChinese()
    {
        DoctorWizard wizard;
        wizard.setTranslationFolders({QStringLiteral(GED_QM_DIR)});
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QComboBox *language = child<QComboBox>(&wizard, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QCOMPARE(wizard.language(), QStringLiteral("zh_CN"));
        // The LanguageChange event is posted: the page retranslates when events are processed.
        auto chinese = [&wizard] {
            const QString title = wizard.currentPage()->title();
            return std::any_of(title.cbegin(), title.cend(),
                               [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
        };
        QTRY_VERIFY2(chinese(), qPrintable(wizard.currentPage()->title()));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
        // Qt's own strings too (qt6-translations-l10n): the Cancel button is not English.
        QTRY_VERIFY2(wizard.buttonText(QWizard::CancelButton) != QStringLiteral("Cancel"),
                     qPrintable(wizard.buttonText(QWizard::CancelButton)));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QTRY_COMPARE(wizard.buttonText(QWizard::CancelButton), QStringLiteral("Cancel"));
        QTRY_COMPARE(wizard.currentPage()->title(), QStringLiteral("Find out why Go does not work"));
    }

    void detailsFollowTheDarkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Window, QColor(45, 45, 45));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::AlternateBase, QColor(60, 60, 60));
        dark.setColor(QPalette::Link, QColor(120, 180, 255));
        const QPalette saved = QApplication::palette();
        QApplication::setPalette(dark);
        {
            DoctorWizard wizard;
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            chooseSnapshot(wizard, fixture("path-tilde-literal"));
            QVERIFY(waitForPage(wizard, DoctorWizard::FindingsPageId));
            ResultDetails *details = child<ResultDetails>(&wizard, "findingDetails");
            const QString html = details->html(*wizard.findings()->result(wizard.findings()->firstProblem()));
            QVERIFY(html.contains(QStringLiteral("#3c3c3c"))); // code blocks use AlternateBase
            QVERIFY(html.contains(QStringLiteral("#78b4ff"))); // links use Link
            const QImage shot = details->viewport()->grab().toImage();
            QVERIFY(!shot.isNull());
            QVERIFY(qGray(shot.pixel(shot.width() - 5, shot.height() - 5)) < 80); // a dark background
        }
        QApplication::setPalette(saved);
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
