// The Fix page, offscreen: Welcome → Scan → Findings → PATH & links → Build monitor → Fix on
// fixture snapshots. The checklist and its badges, unticking a step drops it from the live
// preview, saving an executable file equal to the preview, Copy, the highlighter, the snapshot
// note, the empty state, the terminal command lines, "Scan again" with what changed — and on
// this machine, a go env file with GO111MODULE=off fixed by running the saved script for real.
#include "gui/BashHighlighter.h"
#include "gui/DoctorWizard.h"
#include "gui/FixChecklistModel.h"
#include "gui/FixPage.h"
#include "gui/ScanDiffView.h"
#include "gui/TerminalCommand.h"
#include "remedy/FixCatalog.h"
#include "report/FindingsModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

#include "WizardDriver.h"

using namespace WizardDriver;

namespace {
// Welcome → Scan → Findings, then Next through PATH & links and the Build monitor.
FixPage *openFixPage(DoctorWizard &wizard, const QString &snapshot, int scanMs = 15000)
{
    if (snapshot.isEmpty()) {
        wizard.next(); // this computer is the default choice
    } else {
        chooseSnapshot(wizard, snapshot);
    }
    if (!waitForPage(wizard, DoctorWizard::FindingsPageId, scanMs))
        return nullptr;
    wizard.next();
    wizard.next();
    if (wizard.currentId() != DoctorWizard::BuildMonitorPageId)
        return nullptr;
    wizard.next();
    if (wizard.currentId() != DoctorWizard::FixPageId)
        return nullptr;
    return qobject_cast<FixPage *>(wizard.currentPage());
}

int rowOfStepIn(const FixChecklistModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row);
        if (!i.data(FixChecklistModel::ManualRole).toBool() &&
            text.contains(i.data(FixChecklistModel::FixIdRole).toString()))
            return row;
    }
    return -1;
}

// The text a terminal's `bash -c` runs for `script`.
QString held(const QString &quotedScript)
{
    return QStringLiteral("bash %1; status=$?; echo; printf '%s' 'Press Enter to close this window. '; read -r _; "
                          "exit \"$status\"")
        .arg(quotedScript);
}
// What the highlighter made of the character at `column` of line `line`: the kind whose colour
// it has, or "plain".
QString kindAt(const BashHighlighter &h, const QTextDocument &doc, int line, int column)
{
    const QTextBlock block = doc.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (column < r.start || column >= r.start + r.length)
            continue;
        const std::pair<BashHighlighter::Kind, const char *> kinds[] = {
            {BashHighlighter::Kind::Comment, "comment"},   {BashHighlighter::Kind::String, "string"},
            {BashHighlighter::Kind::Keyword, "keyword"},   {BashHighlighter::Kind::Function, "function"},
            {BashHighlighter::Kind::Variable, "variable"},
        };
        for (const auto &k : kinds) {
            if (r.format.foreground() == h.format(k.first).foreground())
                return QLatin1String(k.second);
        }
    }
    return QStringLiteral("plain");
}
} // namespace

class TestFixPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings of the test, not the user's
    }

    void init() { QSettings().remove(QStringLiteral("language")); }

    void terminalCommands_data()
    {
        QTest::addColumn<QString>("terminal");
        QTest::addColumn<QStringList>("expected");
        const QString script = QStringLiteral("/tmp/it's here/go-env-doctor-fix.sh");
        const QString quoted = QStringLiteral("'/tmp/it'\\''s here/go-env-doctor-fix.sh'");
        const QStringList run{QStringLiteral("bash"), QStringLiteral("-c"), held(quoted)};
        QTest::newRow("x-terminal-emulator")
            << QStringLiteral("x-terminal-emulator")
            << QStringList{QStringLiteral("x-terminal-emulator"), QStringLiteral("-e")} + run;
        QTest::newRow("gnome-terminal") << QStringLiteral("gnome-terminal")
                                        << QStringList{QStringLiteral("gnome-terminal"), QStringLiteral("--")} + run;
        QTest::newRow("konsole") << QStringLiteral("konsole")
                                 << QStringList{QStringLiteral("konsole"), QStringLiteral("-e")} + run;
        QTest::newRow("xfce4-terminal") << QStringLiteral("xfce4-terminal")
                                        << QStringList{QStringLiteral("xfce4-terminal"), QStringLiteral("-x")} + run;
        QTest::newRow("mate-terminal") << QStringLiteral("mate-terminal")
                                       << QStringList{QStringLiteral("mate-terminal"), QStringLiteral("-x")} + run;
        QTest::newRow("kitty") << QStringLiteral("kitty") << QStringList{QStringLiteral("kitty")} + run;
        QTest::newRow("alacritty") << QStringLiteral("alacritty")
                                   << QStringList{QStringLiteral("alacritty"), QStringLiteral("-e")} + run;
        QTest::newRow("xterm-by-path") << QStringLiteral("/usr/bin/xterm")
                                       << QStringList{QStringLiteral("/usr/bin/xterm"), QStringLiteral("-e")} + run;
        // tilix takes one string and splits it like a shell: the whole command quoted once more.
        QString twice = held(quoted);
        twice.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        QTest::newRow("tilix") << QStringLiteral("tilix")
                               << QStringList{QStringLiteral("tilix"), QStringLiteral("-e"),
                                              QStringLiteral("bash -c '") + twice + QLatin1Char('\'')};
        QTest::newRow("unknown") << QStringLiteral("notepad.exe") << QStringList{};
    }

    void terminalCommands()
    {
        QFETCH(QString, terminal);
        QFETCH(QStringList, expected);
        QCOMPARE(TerminalCommand::forTerminal(terminal, QStringLiteral("/tmp/it's here/go-env-doctor-fix.sh")),
                 expected);
    }

    // What the terminal runs really runs the script, keeps its exit status and waits for Enter.
    void terminalCommandRunsTheScriptInBash()
    {
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/it's here XXXXXX"));
        QVERIFY(dir.isValid());
        const QString script = dir.filePath(QStringLiteral("fix.sh"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("echo ran > \"$(dirname \"$0\")/ran.txt\"\nexit 3\n"); // not executable: bash runs it
        f.close();
        const QStringList argv = TerminalCommand::forTerminal(QStringLiteral("xterm"), script);
        QProcess p;
        p.start(argv.at(2), argv.mid(3)); // what xterm -e would run
        QVERIFY(p.waitForStarted());
        p.write("\n"); // Enter
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 3);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("ran.txt"))));
        QVERIFY(p.readAllStandardOutput().contains("Press Enter to close"));
    }

    void findsAKnownTerminal()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(TerminalCommand::find({dir.path()}), QString());
        const QString konsole = dir.filePath(QStringLiteral("konsole"));
        QFile f(konsole);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QCOMPARE(TerminalCommand::find({dir.path()}), konsole);
        QCOMPARE(TerminalCommand::knownTerminals().first(), QStringLiteral("x-terminal-emulator"));
    }

    void highlightsBash()
    {
        QTextDocument doc;
        doc.documentLayout(); // without a layout, a document reports no changes to highlight
        BashHighlighter h(&doc);
        doc.setPlainText(QStringLiteral("if [[ -n \"$HOME\" ]]; then # a comment\n"     // 0
                                        "  ged_say 'it''s # no' \"${GED_X} done\" $1\n" // 1
                                        "fi\n"                                          // 2
                                        "cat <<'EOF'\n"                                 // 3
                                        "if this is text\n"                             // 4
                                        "EOF\n"                                         // 5
                                        "echo 'two\n"                                   // 6
                                        "lines' done\n"));                              // 7
        QCOMPARE(kindAt(h, doc, 0, 0), QStringLiteral("keyword"));
        QCOMPARE(kindAt(h, doc, 0, 9), QStringLiteral("string"));    // the opening "
        QCOMPARE(kindAt(h, doc, 0, 10), QStringLiteral("variable")); // $HOME
        QCOMPARE(kindAt(h, doc, 0, 21), QStringLiteral("keyword"));  // then
        QCOMPARE(kindAt(h, doc, 0, 27), QStringLiteral("comment"));
        QCOMPARE(kindAt(h, doc, 1, 2), QStringLiteral("function"));  // ged_say
        QCOMPARE(kindAt(h, doc, 1, 17), QStringLiteral("string"));   // the # inside quotes
        QCOMPARE(kindAt(h, doc, 1, 24), QStringLiteral("variable")); // ${GED_X}
        QCOMPARE(kindAt(h, doc, 1, 33), QStringLiteral("string"));   // done, inside quotes
        QCOMPARE(kindAt(h, doc, 1, 39), QStringLiteral("variable")); // $1
        QCOMPARE(kindAt(h, doc, 2, 0), QStringLiteral("keyword"));
        QCOMPARE(kindAt(h, doc, 3, 0), QStringLiteral("plain"));  // cat
        QCOMPARE(kindAt(h, doc, 4, 0), QStringLiteral("string")); // inside the here-document
        QCOMPARE(kindAt(h, doc, 5, 0), QStringLiteral("string"));
        QCOMPARE(kindAt(h, doc, 6, 0), QStringLiteral("plain"));  // echo, after the here-document
        QCOMPARE(kindAt(h, doc, 7, 0), QStringLiteral("string")); // a quote across lines
        QCOMPARE(kindAt(h, doc, 7, 7), QStringLiteral("keyword"));

        // On a dark background the colours change, the kinds stay.
        const QBrush light = h.format(BashHighlighter::Kind::Keyword).foreground();
        h.setDark(true);
        QVERIFY(h.format(BashHighlighter::Kind::Keyword).foreground() != light);
        QCOMPARE(kindAt(h, doc, 0, 0), QStringLiteral("keyword"));
    }

    void checklistPreviewSaveCopyOnASnapshot()
    {
        DoctorWizard wizard;
        wizard.setTranslationFolders({QStringLiteral(GED_QM_DIR)});
        wizard.setLanguage(QStringLiteral("en"));
        wizard.resize(1280, 800);
        auto *fixPage = qobject_cast<FixPage *>(wizard.page(DoctorWizard::FixPageId));
        QVERIFY(fixPage);
        QAbstractItemModelTester tester(fixPage->checklist(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        chooseSnapshot(wizard, fixture("ubuntu2204-apt-shadows-tarball"));
        QVERIFY(waitForPage(wizard, DoctorWizard::FindingsPageId));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(DoctorWizard::BuildMonitorPageId));
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Next: Fix >"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(DoctorWizard::FixPageId));
        FixPage *page = qobject_cast<FixPage *>(wizard.currentPage());
        QCOMPARE(page, fixPage);
        QCOMPARE(page->buttonText(QWizard::NextButton), QStringLiteral("&Next: Report >"));

        // The checklist: scripted steps ticked as the plan recommends, manual ones listed but not
        // tickable, and at least one step that needs root (removing the apt Go).
        FixChecklistModel *model = page->checklist();
        QCOMPARE(child<QListView>(&wizard, "fixList")->model(), model);
        QVERIFY2(model->rowCount() >= 2, qPrintable(QString::number(model->rowCount())));
        bool root = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex i = model->index(row);
            QVERIFY(!i.data().toString().isEmpty());
            QVERIFY(!i.data(FixChecklistModel::WhyRole).toString().isEmpty());
            QVERIFY(!i.data(FixChecklistModel::AnswersRole).toStringList().isEmpty());
            root = root || i.data(FixChecklistModel::NeedsRootRole).toBool();
            if (i.data(FixChecklistModel::ManualRole).toBool()) {
                QVERIFY(!(i.flags() & Qt::ItemIsUserCheckable));
                QVERIFY(!i.data(Qt::CheckStateRole).isValid());
            } else {
                QVERIFY(i.flags() & Qt::ItemIsUserCheckable);
                // Ticked at first when the plan recommends the step.
                QCOMPARE(i.data(Qt::CheckStateRole).toInt(),
                         int(model->steps().at(row).recommended ? Qt::Checked : Qt::Unchecked));
            }
        }
        QVERIFY(root);
        const int ticked = model->tickedCount();
        QVERIFY(ticked >= 1);
        // Which findings a step answers is said with their titles.
        const QStringList answers = model->index(0).data(FixChecklistModel::AnswersRole).toStringList();
        QVERIFY2(!answers.first().contains(QLatin1String("fix.")), qPrintable(answers.join(QLatin1Char('|'))));

        // The preview: read-only, monospace, highlighted, the same text as the script.
        QPlainTextEdit *preview = child<QPlainTextEdit>(&wizard, "scriptPreview");
        QVERIFY(preview->isReadOnly());
        QVERIFY(QFontInfo(preview->font()).fixedPitch());
        QCOMPARE(preview->toPlainText(), page->script());
        QVERIFY(page->script().startsWith(QLatin1String("#!")));
        QCOMPARE(page->highlighter()->document(), preview->document());
        const QList<QTextLayout::FormatRange> firstLine = preview->document()->firstBlock().layout()->formats();
        QVERIFY(!firstLine.isEmpty());
        QCOMPARE(firstLine.first().format.foreground(),
                 page->highlighter()->format(BashHighlighter::Kind::Comment).foreground());

        // Unticking a step with the keyboard drops it from the preview; ticking brings it back,
        // and the preview keeps its place.
        const int row = rowOfStepIn(model, page->script());
        QVERIFY(row >= 0);
        const QString fixId = model->index(row).data(FixChecklistModel::FixIdRole).toString();
        QListView *list = page->fixList();
        list->setFocus();
        list->setCurrentIndex(model->index(row));
        preview->verticalScrollBar()->setValue(preview->verticalScrollBar()->maximum() / 2);
        const int scrolled = preview->verticalScrollBar()->value();
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(model->index(row).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY2(!page->script().contains(fixId), qPrintable(fixId));
        QCOMPARE(preview->toPlainText(), page->script());
        QCOMPARE(model->tickedCount(), ticked - 1);
        QCOMPARE(preview->verticalScrollBar()->value(), qMin(scrolled, preview->verticalScrollBar()->maximum()));
        QTest::keyClick(list, Qt::Key_Space);
        QVERIFY(page->script().contains(fixId));
        // A click on the box does the same.
        const QRect rect = list->visualRect(model->index(row));
        const int box = list->style()->pixelMetric(QStyle::PM_IndicatorWidth);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 8 + box / 2, rect.top() + 14));
        QCOMPARE(model->index(row).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!page->script().contains(fixId));
        QVERIFY(model->setData(model->index(row), Qt::Checked, Qt::CheckStateRole));

        // The download site: golang.google.cn goes into the script when a step downloads Go.
        QComboBox *base = child<QComboBox>(&wizard, "downloadBaseCombo");
        if (base->isEnabled()) {
            QVERIFY(page->script().contains(QLatin1String("https://go.dev/dl/")));
            base->setCurrentIndex(1);
            emit base->activated(1);
            QVERIFY(page->script().contains(QLatin1String("https://golang.google.cn/dl/")));
            QCOMPARE(model->tickedCount(), ticked); // the ticks stay
        }

        // Saving: an executable file holding exactly the preview.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("go-env-doctor-fix.sh"));
        QString error;
        QVERIFY2(page->saveTo(path, &error), qPrintable(error));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), preview->toPlainText());
        QVERIFY(saved.permissions() & QFileDevice::ExeOwner);
        QVERIFY(saved.permissions() & QFileDevice::ExeOther);
        QCOMPARE(page->savedPath(), path);
        QVERIFY(!page->saveTo(dir.filePath(QStringLiteral("no/such/folder/x.sh")), &error));
        QVERIFY(child<QLabel>(&wizard, "fixStatus")->text().contains(QLatin1String("could not be saved")));

        // Copy.
        QTest::mouseClick(child<QPushButton>(&wizard, "copyScriptButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), page->script());

        // A snapshot's script is for the snapshot's machine: said, and no terminal here.
        QLabel *note = child<QLabel>(&wizard, "fixNote");
        QVERIFY(note->isVisible());
        const QString host = wizard.findings()->report().host.hostname;
        QVERIFY(!host.isEmpty());
        QVERIFY2(note->text().contains(host), qPrintable(note->text()));
        QVERIFY(note->text().contains(QLatin1String("Copy it there")));
        QVERIFY(!child<QPushButton>(&wizard, "openTerminalButton")->isEnabled());
        QVERIFY(child<QPushButton>(&wizard, "saveScriptButton")->isEnabled());

        // Every control a user reaches has a name a screen reader can say.
        for (const char *name : {"fixList", "scriptPreview", "saveScriptButton", "copyScriptButton",
                                 "openTerminalButton", "scanAgainButton", "downloadBaseCombo"}) {
            QWidget *w = wizard.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(w && (!w->accessibleName().isEmpty() || !w->property("text").toString().isEmpty() ||
                           !w->toolTip().isEmpty()),
                     name);
        }

        // Scan again: a snapshot does not change, so nothing changed, every problem still failing.
        const int before = model->rowCount();
        QPushButton *again = child<QPushButton>(&wizard, "scanAgainButton");
        QTest::mouseClick(again, Qt::LeftButton);
        QVERIFY(page->isRescanning());
        QVERIFY(!again->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return !page->isRescanning(); }, 15000));
        QCOMPARE(wizard.currentId(), int(DoctorWizard::FixPageId));
        QVERIFY(child<QGroupBox>(&wizard, "diffBox")->isVisible());
        const QString summary = child<QLabel>(&wizard, "diffSummary")->text();
        QVERIFY2(summary.startsWith(QLatin1String("Nothing changed")), qPrintable(summary));
        QListWidget *diff = child<QListWidget>(&wizard, "diffView");
        QVERIFY(diff->count() >= 2);
        for (int i = 0; i < diff->count(); ++i)
            QVERIFY2(diff->item(i)->text().startsWith(QStringLiteral("✗  Still failing")),
                     qPrintable(diff->item(i)->text()));
        QCOMPARE(model->rowCount(), before);
        QVERIFY(again->isEnabled());
        // The findings follow the new scan as usual.
        QCOMPARE(child<QLabel>(&wizard, "count_error")->text(), QStringLiteral("Errors: 2"));
    }

    void nothingToFix()
    {
        DoctorWizard wizard;
        wizard.setTranslationFolders({QStringLiteral(GED_QM_DIR)});
        wizard.setLanguage(QStringLiteral("en"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        FixPage *page = openFixPage(wizard, fixture("healthy-tarball"));
        QVERIFY(page);
        QCOMPARE(page->checklist()->rowCount(), 0);
        QLabel *empty = child<QLabel>(&wizard, "fixEmptyState");
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QLatin1String("Nothing to fix")), qPrintable(empty->text()));
        QVERIFY(!child<QPushButton>(&wizard, "saveScriptButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&wizard, "copyScriptButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&wizard, "openTerminalButton")->isEnabled());
        QVERIFY(child<QPushButton>(&wizard, "scanAgainButton")->isEnabled());
        QVERIFY(page->script().isEmpty());
    }

    void zhCnDownloadsFromTheMirror()
    {
        DoctorWizard wizard;
        wizard.setTranslationFolders({QStringLiteral(GED_QM_DIR)});
        wizard.setLanguage(QStringLiteral("zh_CN"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        FixPage *page = openFixPage(wizard, fixture("ubuntu2204-apt-shadows-tarball"));
        QVERIFY(page);
        QCOMPARE(child<QComboBox>(&wizard, "downloadBaseCombo")->currentText(),
                 FixCatalog::defaultDownloadBase(QStringLiteral("zh_CN")));
        wizard.setLanguage(QStringLiteral("en"));
    }

    // This machine, for real: a throwaway HOME whose go env file turns modules off. The saved
    // script (only the steps for that finding ticked) is run with bash, and "Scan again" shows
    // modules.disabled as fixed.
    void liveScriptFixesModulesOff()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("go")).isEmpty())
            QSKIP("no go on PATH");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".config/go")));
        QFile env(home.filePath(QStringLiteral(".config/go/env")));
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("GO111MODULE=off\n");
        env.close();
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        const auto restore = qScopeGuard([&] {
            qputenv("HOME", oldHome);
            if (!oldConfig.isEmpty())
                qputenv("XDG_CONFIG_HOME", oldConfig);
        });
        qputenv("HOME", home.path().toLocal8Bit());
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("GOENV");
        qunsetenv("GO111MODULE");

        DoctorWizard wizard; // a live scan of this computer, with the HOME above
        wizard.setTranslationFolders({QStringLiteral(GED_QM_DIR)});
        wizard.setLanguage(QStringLiteral("en"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        FixPage *page = openFixPage(wizard, QString(), 120000);
        QVERIFY(page);
        const QModelIndex finding = wizard.findings()->indexOfCheck(QStringLiteral("modules.disabled"));
        QVERIFY(finding.isValid());
        QCOMPARE(Severity(finding.data(FindingsModel::SeverityRole).toInt()), Severity::Error);
        QVERIFY2(!child<QLabel>(&wizard, "fixNote")->text().contains(QLatin1String("snapshot")),
                 qPrintable(child<QLabel>(&wizard, "fixNote")->text()));

        // Only the steps for the modules finding: the others could change this machine.
        FixChecklistModel *model = page->checklist();
        int kept = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex i = model->index(row);
            if (i.data(FixChecklistModel::ManualRole).toBool())
                continue;
            const bool forModules = model->steps().at(row).addresses.contains(QStringLiteral("modules.disabled"));
            QVERIFY(model->setData(i, forModules ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
            kept += forModules ? 1 : 0;
        }
        QVERIFY2(kept >= 1, "a scripted step answers modules.disabled");
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("go-env-doctor-fix.sh"));
        QVERIFY(page->saveTo(path));
        QVERIFY(child<QPushButton>(&wizard, "openTerminalButton")->isEnabled());
        if (FixCatalog::scriptedIds().isEmpty())
            QSKIP("the fix script generators are not in this build yet");

        QProcess bash;
        bash.setProcessChannelMode(QProcess::MergedChannels);
        bash.start(QStringLiteral("bash"), {path, QStringLiteral("--force")});
        QVERIFY(bash.waitForStarted());
        bash.closeWriteChannel();
        QVERIFY(bash.waitForFinished(120000));
        const QByteArray output = bash.readAll();
        QVERIFY2(bash.exitStatus() == QProcess::NormalExit && bash.exitCode() == 0, output.constData());
        QFile after(env.fileName());
        if (after.open(QIODevice::ReadOnly))
            QVERIFY2(!after.readAll().contains("GO111MODULE=off"), output.constData());

        QTest::mouseClick(child<QPushButton>(&wizard, "scanAgainButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !page->isRescanning(); }, 120000));
        QListWidget *diff = child<QListWidget>(&wizard, "diffView");
        bool fixed = false;
        for (int i = 0; i < diff->count(); ++i) {
            if (diff->item(i)->data(Qt::UserRole + 1).toString() == QLatin1String("modules.disabled") &&
                diff->item(i)->data(Qt::UserRole).toInt() == int(ScanChange::Kind::Fixed))
                fixed = true;
        }
        QVERIFY2(fixed, qPrintable(child<QLabel>(&wizard, "diffSummary")->text()));
        QVERIFY(diff->item(0)->text().startsWith(QStringLiteral("✓  Fixed")));
        const QModelIndex now = wizard.findings()->indexOfCheck(QStringLiteral("modules.disabled"));
        QVERIFY(!now.isValid() || !ScanDiff::isProblem(Severity(now.data(FindingsModel::SeverityRole).toInt())));
    }
};

QTEST_MAIN(TestFixPage)
#include "tst_fixpage.moc"
