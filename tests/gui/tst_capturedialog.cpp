// The capture dialog, offscreen, for real on this machine: the Welcome page's "Capture this
// computer…" runs a recording scan, the list shows what the snapshot will hold (Debian's
// /usr/bin/go link, /proc/self/cgroup, the go commands, a .bashrc with its token redacted) before
// anything is saved, a save writes an archive SnapshotSystem opens, "Open it in the wizard" scans
// that snapshot with the results of a live scan, and Cancel stops a scan.
#include "capture/CaptureText.h"
#include "checks/CheckRegistry.h"
#include "engine/ScanEngine.h"
#include "gui/CaptureDialog.h"
#include "gui/CaptureEntriesModel.h"
#include "gui/DoctorWizard.h"
#include "report/FindingsModel.h"
#include "system/LiveSystem.h"
#include "system/SnapshotSystem.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

#include "WizardDriver.h"

#include <thread>

using namespace WizardDriver;

namespace {

// Debian's golang-go on this machine (build-notes.md, "This machine").
const QString kGoLink = QStringLiteral("/usr/bin/go");
const QString kGoLinkTarget = QStringLiteral("../lib/go-1.19/bin/go");

QList<Check> slowChecks(int count)
{
    QList<Check> checks;
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("test.slow-%1").arg(i);
        checks << Check{id, [id](const Facts &) {
                            std::this_thread::sleep_for(std::chrono::milliseconds(50));
                            return QList<CheckResult>{
                                CheckKit::make(id, Severity::Ok, QStringLiteral("slow"), QStringLiteral("m"))};
                        }};
    }
    return checks;
}

// check id -> the worst severity of its results.
QMap<QString, int> worstByCheck(const QList<CheckResult> &results)
{
    QMap<QString, int> worst;
    for (const CheckResult &r : results) {
        const auto it = worst.find(r.check);
        worst[r.check] = it == worst.end() ? int(r.severity) : int(worse(Severity(*it), r.severity));
    }
    return worst;
}

} // namespace

class TestCaptureDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // A HOME of its own, with a token in .bashrc: set before the dialog's RecordingSystem
        // reads the machine. QSettings (the last save folder) lands in it too.
        QVERIFY(m_home.isValid());
        m_savedHome = qgetenv("HOME");
        m_bashrc = m_home.path() + QStringLiteral("/.bashrc");
        QFile rc(m_bashrc);
        QVERIFY(rc.open(QIODevice::WriteOnly));
        rc.write("# the test's shell start-up file\n"
                 "export GITHUB_TOKEN=abc123\n"
                 "export PATH=\"$PATH:$HOME/go/bin\"\n");
        rc.close();
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QSettings().remove(QStringLiteral("language"));

        // The dialog as a user opens it: from the Welcome page.
        m_wizard = std::make_unique<DoctorWizard>();
        m_wizard->setTranslationFolders({QStringLiteral(GED_QM_DIR)});
        m_wizard->setLanguage(QStringLiteral("en"));
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QPushButton *capture = child<QPushButton>(m_wizard.get(), "captureButton");
        QVERIFY(capture);
        QVERIFY(capture->isVisible());
        QCOMPARE(capture->text(), QStringLiteral("&Capture this computer…"));
        QTest::mouseClick(capture, Qt::LeftButton);
        m_dialog = m_wizard->findChild<CaptureDialog *>(QStringLiteral("captureDialog"));
        QVERIFY(m_dialog);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_dialog->isModal() || m_dialog->windowModality() != Qt::NonModal);

        // While it scans: a busy bar, a step in words, Cancel; nothing to save yet.
        QCOMPARE(m_dialog->state(), CaptureDialog::State::Scanning);
        QVERIFY(!child<QPushButton>(m_dialog, "captureSaveButton")->isVisible());
        QCOMPARE(child<QPushButton>(m_dialog, "captureCloseButton")->text(), QStringLiteral("Cancel"));
        QLabel *status = child<QLabel>(m_dialog, "captureStatus");
        QVERIFY(QTest::qWaitFor(
            [&] {
                return status->text().startsWith(QStringLiteral("Reading")) ||
                       status->text().startsWith(QStringLiteral("Running")) ||
                       status->text().startsWith(QStringLiteral("Looking")) ||
                       m_dialog->state() != CaptureDialog::State::Scanning;
            },
            30000));

        QVERIFY(QTest::qWaitFor([&] { return m_dialog->state() == CaptureDialog::State::Review; }, 120000));
        QVERIFY(m_dialog->plan());
        QVERIFY(m_dialog->savedFile().isEmpty()); // shown, not saved
    }

    void cleanupTestCase()
    {
        m_wizard.reset();
        qputenv("HOME", m_savedHome);
    }

    void listsWhatTheScanTouched()
    {
        const CaptureEntriesModel *model = m_dialog->entriesModel();
        QVERIFY(model->rowCount() > 10);

        // Debian's go is a link, kept as its text.
        const int go = model->rowOf(kGoLink);
        QVERIFY(go >= 0);
        QCOMPARE(model->entry(go)->kind, CapturedEntry::Kind::Link);
        QCOMPARE(model->entry(go)->linkTarget, kGoLinkTarget);
        QCOMPARE(model->index(go, CaptureEntriesModel::KindColumn).data().toString(), QStringLiteral("link"));
        QCOMPARE(model->index(go, CaptureEntriesModel::NotesColumn).data().toString(),
                 QStringLiteral("→ ") + kGoLinkTarget);
        // ... and the program it leads to, as its first 64 KiB.
        const int binary = model->rowOf(QStringLiteral("/usr/lib/go-1.19/bin/go"));
        QVERIFY(binary >= 0);
        QCOMPARE(model->entry(binary)->kind, CapturedEntry::Kind::File);
        QVERIFY(model->entry(binary)->executable);
        QVERIFY(model->entry(binary)->truncated);
        QCOMPARE(model->index(binary, CaptureEntriesModel::KindColumn).data().toString(), QStringLiteral("program"));

        // /proc/self is a folder of the snapshot, its cgroup a file with the real contents.
        const int cgroup = model->rowOf(QStringLiteral("/proc/self/cgroup"));
        QVERIFY(cgroup >= 0);
        QCOMPARE(model->entry(cgroup)->kind, CapturedEntry::Kind::File);
        QVERIFY(!model->entry(cgroup)->content.isEmpty());
        QCOMPARE(model->index(cgroup, CaptureEntriesModel::KindColumn).data().toString(), QStringLiteral("file"));
        const int procSelf = model->rowOf(QStringLiteral("/proc/self"));
        QVERIFY(procSelf >= 0);
        QCOMPARE(model->entry(procSelf)->kind, CapturedEntry::Kind::Folder);

        // Selecting a file shows its stored bytes.
        QVERIFY(m_dialog->selectPath(QStringLiteral("/proc/self/cgroup")));
        QCOMPARE(m_dialog->shownContent(), QString::fromUtf8(model->entry(cgroup)->content));
        QVERIFY(child<QLabel>(m_dialog, "captureContentHeader")->text().contains(QStringLiteral("/proc/self/cgroup")));
        QVERIFY(child<QPlainTextEdit>(m_dialog, "captureContent")->isReadOnly());
        // A program is shown as hex, not as mojibake.
        QVERIFY(m_dialog->selectPath(QStringLiteral("/usr/lib/go-1.19/bin/go")));
        QVERIFY2(m_dialog->shownContent().startsWith(QStringLiteral("00000000  7f 45 4c 46")),
                 qPrintable(m_dialog->shownContent().left(80)));
        const QString header = child<QLabel>(m_dialog, "captureContentHeader")->text();
        QVERIFY2(header.contains(QStringLiteral("Only the first 64.0 KiB of its ")), qPrintable(header));

        // The go commands the analysis ran, with their exit codes; one selected shows its output.
        QTreeWidget *commands = child<QTreeWidget>(m_dialog, "captureCommands");
        QTreeWidgetItem *version = nullptr;
        QTreeWidgetItem *envJson = nullptr;
        for (int i = 0; i < commands->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = commands->topLevelItem(i);
            if (item->text(0).endsWith(QStringLiteral("/go version")))
                version = item;
            if (item->text(0).endsWith(QStringLiteral("/go env -json")))
                envJson = item;
        }
        QVERIFY(version);
        QVERIFY(envJson);
        QCOMPARE(version->text(1), QStringLiteral("0"));
        QCOMPARE(envJson->text(1), QStringLiteral("0"));
        commands->setCurrentItem(version);
        const QString output = child<QPlainTextEdit>(m_dialog, "captureCommandOutput")->toPlainText();
        QVERIFY2(output.contains(QStringLiteral("go version go1.19")), qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("(exit code 0)")));

        // The environment, and the totals and credentials lines.
        QTreeWidget *env = child<QTreeWidget>(m_dialog, "captureEnvironment");
        QCOMPARE(env->topLevelItemCount(), int(m_dialog->plan()->env.size()));
        QVERIFY(!env->findItems(QStringLiteral("HOME"), Qt::MatchExactly, 0).isEmpty());
        QVERIFY(child<QLabel>(m_dialog, "captureWithheld")->text().startsWith(QStringLiteral("Never captured")));
        const QString totals = child<QLabel>(m_dialog, "captureTotals")->text();
        QVERIFY2(totals.contains(QStringLiteral(" links, ")) && totals.contains(QStringLiteral(" commands")),
                 qPrintable(totals));
    }

    void filterNarrowsTheList()
    {
        auto *files = child<QTreeView>(m_dialog, "captureFiles");
        QLineEdit *filter = child<QLineEdit>(m_dialog, "captureFilter");
        const int all = files->model()->rowCount();
        QCOMPARE(all, m_dialog->entriesModel()->rowCount());
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("CGROUP"));
        const int shown = files->model()->rowCount();
        QVERIFY(shown > 0 && shown < all);
        for (int r = 0; r < shown; ++r) {
            QString row;
            for (int c = 0; c < files->model()->columnCount(); ++c)
                row += files->model()->index(r, c).data().toString() + QLatin1Char(' ');
            QVERIFY2(row.contains(QStringLiteral("cgroup"), Qt::CaseInsensitive), qPrintable(row));
        }
        // Selecting a path the filter hides clears the filter.
        QVERIFY(m_dialog->selectPath(kGoLink));
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(files->model()->rowCount(), all);
        QCOMPARE(files->currentIndex().data(CaptureEntriesModel::PathRole).toString(), kGoLink);
        QVERIFY(m_dialog->shownContent().isEmpty()); // a link stores its target only
        QVERIFY(child<QLabel>(m_dialog, "captureContentHeader")->text().contains(kGoLinkTarget));
    }

    void bashrcIsShownRedacted()
    {
        const CaptureEntriesModel *model = m_dialog->entriesModel();
        const int row = model->rowOf(m_bashrc);
        QVERIFY2(row >= 0, qPrintable(m_bashrc));
        QVERIFY(model->entry(row)->redacted);
        QVERIFY(model->index(row, CaptureEntriesModel::NotesColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("secrets redacted")));
        QVERIFY(m_dialog->selectPath(m_bashrc));
        const QString shown = m_dialog->shownContent();
        QVERIFY2(shown.contains(QStringLiteral("export GITHUB_TOKEN=***")), qPrintable(shown));
        QVERIFY(!shown.contains(QStringLiteral("abc123")));
        QVERIFY(shown.contains(QStringLiteral("$HOME/go/bin"))); // the rest is kept as written
        QVERIFY(child<QLabel>(m_dialog, "captureContentHeader")->text().contains(QStringLiteral("***")));
        // Nowhere in the snapshot: no file, no command output, no variable.
        for (const CapturedEntry &e : m_dialog->plan()->entries)
            QVERIFY2(!e.content.contains("abc123"), qPrintable(e.path));
        for (const CommandResult &c : m_dialog->plan()->commands)
            QVERIFY(!c.stdoutText.contains(QStringLiteral("abc123")) &&
                    !c.stderrText.contains(QStringLiteral("abc123")));
        for (const QString &v : m_dialog->plan()->env)
            QVERIFY(!v.contains(QStringLiteral("abc123")));
    }

    void modelIsConsistent()
    {
        CaptureEntriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CaptureEntriesModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(m_dialog->plan()->entries);
        QCOMPARE(model.rowCount(), int(m_dialog->plan()->entries.size()));
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Path"));
        QCOMPARE(model.rowOf(QStringLiteral("/no/such/path")), -1);
        QVERIFY(!model.entry(-1) && !model.entry(model.rowCount()));
        // Sorting by size puts the largest stored file last.
        proxy.sort(CaptureEntriesModel::NotesColumn, Qt::AscendingOrder);
        qint64 largest = 0;
        for (const CapturedEntry &e : m_dialog->plan()->entries)
            largest = qMax(largest, qint64(e.content.size()));
        QCOMPARE(proxy.index(proxy.rowCount() - 1, 0).data(CaptureEntriesModel::SortRole).toString(),
                 proxy.index(proxy.rowCount() - 1, 0).data(CaptureEntriesModel::PathRole).toString());
        QCOMPARE(proxy.index(proxy.rowCount() - 1, CaptureEntriesModel::NotesColumn)
                     .data(CaptureEntriesModel::SortRole)
                     .toLongLong(),
                 largest);
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void fileNames()
    {
        QCOMPARE(CaptureDialog::defaultFileName(QStringLiteral("build-7.example"),
                                                QDateTime(QDate(2024, 3, 5), QTime(14, 7))),
                 QStringLiteral("go-env-doctor-snapshot-build-7.example-20240305-1407.tar.gz"));
        QCOMPARE(
            CaptureDialog::defaultFileName(QStringLiteral("../we ird/"), QDateTime(QDate(2024, 1, 2), QTime(3, 4))),
            QStringLiteral("go-env-doctor-snapshot-_we_ird_-20240102-0304.tar.gz"));
        QCOMPARE(CaptureDialog::defaultFileName(QString(), QDateTime(QDate(2024, 1, 2), QTime(3, 4))),
                 QStringLiteral("go-env-doctor-snapshot-host-20240102-0304.tar.gz"));
        QCOMPARE(CaptureDialog::withArchiveExtension(QStringLiteral("/t/snap")), QStringLiteral("/t/snap.tar.gz"));
        QCOMPARE(CaptureDialog::withArchiveExtension(QStringLiteral("/t/snap.tar")), QStringLiteral("/t/snap.tar.gz"));
        QCOMPARE(CaptureDialog::withArchiveExtension(QStringLiteral("/t/snap.TGZ")), QStringLiteral("/t/snap.TGZ"));
        QCOMPARE(CaptureDialog::withArchiveExtension(QStringLiteral("/t/a.b.tar.gz")), QStringLiteral("/t/a.b.tar.gz"));
    }

    void followsTheLanguage()
    {
        // The wizard's language switch reaches the open dialog: its texts, and the sizes
        // (QLocale follows the interface language).
        const QModelIndex notes = m_dialog->entriesModel()->index(m_dialog->entriesModel()->rowOf(m_bashrc),
                                                                  CaptureEntriesModel::NotesColumn);
        m_wizard->setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(m_dialog->windowTitle(), QStringLiteral("采集本机快照"));
        QVERIFY2(notes.data().toString().contains(QStringLiteral("字节")), qPrintable(notes.data().toString()));
        QVERIFY(notes.data().toString().contains(QStringLiteral("已隐去机密信息")));
        QCOMPARE(child<QPushButton>(m_dialog, "captureSaveButton")->text(), QStringLiteral("保存快照(&S)…"));
        QVERIFY(child<QLabel>(m_dialog, "captureTotals")->text().startsWith(QStringLiteral("快照将包含")));
        m_wizard->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(m_dialog->windowTitle(), QStringLiteral("Capture this computer"));
        QVERIFY2(notes.data().toString().contains(QStringLiteral(" bytes, secrets redacted")),
                 qPrintable(notes.data().toString()));
    }

    void saveErrorIsShown()
    {
        QSignalSpy failed(m_dialog, &CaptureDialog::saveFailed);
        const QString bad = QStringLiteral("/nonexistent-folder/snap.tar.gz");
        QVERIFY(m_dialog->saveTo(bad));
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains(bad), qPrintable(failed.first().first().toString()));
        auto *box = m_dialog->findChild<QMessageBox *>(QStringLiteral("captureSaveError"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QCOMPARE(box->text(), failed.first().first().toString());
        box->close();
        QCOMPARE(m_dialog->state(), CaptureDialog::State::Review);
        QVERIFY(m_dialog->savedFile().isEmpty());
        QVERIFY(child<QPushButton>(m_dialog, "captureSaveButton")->isEnabled());
    }

    void savesAndOpensInTheWizard()
    {
        QTemporaryDir out;
        QSignalSpy saved(m_dialog, &CaptureDialog::saved);
        // No extension typed: .tar.gz is added.
        QVERIFY(m_dialog->saveTo(out.path() + QStringLiteral("/from-test")));
        QCOMPARE(m_dialog->state(), CaptureDialog::State::Saving);
        QVERIFY(!child<QPushButton>(m_dialog, "captureSaveButton")->isEnabled());
        QVERIFY(saved.wait(60000));
        const QString file = out.path() + QStringLiteral("/from-test.tar.gz");
        QCOMPARE(saved.first().first().toString(), file);
        QCOMPARE(m_dialog->savedFile(), file);
        QVERIFY(QFileInfo(file).size() > 0);
        QCOMPARE(QSettings().value(QStringLiteral("capture/lastFolder")).toString(), out.path());
        QVERIFY(child<QLabel>(m_dialog, "captureSavedLabel")->text().contains(file));
        QVERIFY(child<QPushButton>(m_dialog, "captureShowInFolder")->isVisible());

        // The reader accepts it, and sees what the list showed.
        QString error;
        const std::shared_ptr<SnapshotSystem> snapshot = SnapshotSystem::open(file, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(snapshot->readLink(kGoLink).value_or(QString()), kGoLinkTarget);
        QCOMPARE(snapshot->readFile(m_bashrc, 4096).value_or(QByteArray()).contains("GITHUB_TOKEN=***"), true);

        // "Open it in the wizard": the dialog closes, the wizard examines the snapshot.
        QPointer<CaptureDialog> dialog = m_dialog;
        QPushButton *open = child<QPushButton>(m_dialog, "captureOpenInWizard");
        QVERIFY(open->isVisible() && open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull()); // WA_DeleteOnClose
        m_dialog = nullptr;
        QCOMPARE(child<QLineEdit>(m_wizard.get(), "snapshotPathEdit")->text(), file);
        QVERIFY(waitForPage(*m_wizard, DoctorWizard::FindingsPageId, 60000));
        QVERIFY(m_wizard->system()->isSnapshot());
        QVERIFY2(m_wizard->sourceDescription().contains(file), qPrintable(m_wizard->sourceDescription()));

        // Every check gives the verdict the live scan gives.
        const Report live = ScanEngine::run(LiveSystem(), CheckRegistry::all());
        const Report &fromSnapshot = m_wizard->findings()->report();
        QVERIFY(!fromSnapshot.cancelled);
        const QMap<QString, int> liveWorst = worstByCheck(live.results);
        const QMap<QString, int> snapWorst = worstByCheck(fromSnapshot.results);
        QCOMPARE(snapWorst.keys(), liveWorst.keys());
        for (auto it = liveWorst.cbegin(); it != liveWorst.cend(); ++it) {
            QVERIFY2(snapWorst.value(it.key()) == it.value(), qPrintable(QStringLiteral("%1: live %2, snapshot %3")
                                                                             .arg(it.key())
                                                                             .arg(it.value())
                                                                             .arg(snapWorst.value(it.key()))));
        }
    }

    void cancelDuringProbes()
    {
        // The real scan, cancelled as soon as it says what it is doing.
        QPointer<CaptureDialog> dialog = new CaptureDialog;
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QSignalSpy rejected(dialog.data(), &QDialog::rejected);
        QSignalSpy review(dialog.data(), &CaptureDialog::reviewShown);
        dialog->open();
        dialog->start();
        QCOMPARE(dialog->state(), CaptureDialog::State::Scanning);
        QPushButton *cancel = child<QPushButton>(dialog, "captureCloseButton");
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(child<QLabel>(dialog, "captureStatus")->text(), QStringLiteral("Stopping…"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 30000);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(review.size(), 0);
    }

    void cancelDuringChecks()
    {
        // Slow checks: Cancel while they run stops them, well before the last.
        QPointer<CaptureDialog> dialog = new CaptureDialog;
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QSignalSpy rejected(dialog.data(), &QDialog::rejected);
        QSignalSpy review(dialog.data(), &CaptureDialog::reviewShown);
        dialog->show();
        dialog->start(slowChecks(200));
        auto *progress = child<QProgressBar>(dialog, "captureProgress");
        QVERIFY(QTest::qWaitFor([&] { return progress->maximum() == 200 && progress->value() >= 2; }, 30000));
        QVERIFY(child<QLabel>(dialog, "captureStatus")->text().startsWith(QStringLiteral("Running the checks: ")));
        QElapsedTimer clock;
        clock.start();
        dialog->reject(); // Escape, the window's close button and Cancel all come here
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(review.size(), 0);
    }

    void deletedWhileScanning()
    {
        // Destroyed outright mid-scan (the wizard closing): the runner stops and waits, no crash.
        auto *dialog = new CaptureDialog;
        dialog->show();
        dialog->start(slowChecks(200));
        QTest::qWait(300);
        delete dialog;
    }

private:
    QTemporaryDir m_home;
    QByteArray m_savedHome;
    QString m_bashrc;
    std::unique_ptr<DoctorWizard> m_wizard;
    CaptureDialog *m_dialog = nullptr;
};

QTEST_MAIN(TestCaptureDialog)
#include "tst_capturedialog.moc"
