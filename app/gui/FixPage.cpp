#include "FixPage.h"

#include "BashHighlighter.h"
#include "DoctorWizard.h"
#include "FixChecklistModel.h"
#include "FixStepDelegate.h"
#include "ScanDiffView.h"
#include "SeverityStyle.h"
#include "TerminalCommand.h"
#include "remedy/FixCatalog.h"
#include "report/FindingsModel.h"
#include "report/ScanDiff.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTime>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const QString kScriptName = QStringLiteral("go-env-doctor-fix.sh");
const QString kFolderKey = QStringLiteral("fix/folder");
const QStringList kDownloadSites{QStringLiteral("https://go.dev/dl/"), QStringLiteral("https://golang.google.cn/dl/")};

bool isDark(const QWidget *w)
{
    return w->palette().color(QPalette::Base).lightness() < 128;
}
} // namespace

FixPage::FixPage(DoctorWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_model(new FixChecklistModel(this)),
      m_noteIcon(new QLabel(this)),
      m_note(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_emptyIcon(new QLabel(this)),
      m_empty(new QLabel(this)),
      m_listLabel(new QLabel(this)),
      m_list(new QListView(this)),
      m_baseLabel(new QLabel(this)),
      m_base(new QComboBox(this)),
      m_previewLabel(new QLabel(this)),
      m_preview(new QPlainTextEdit(this)),
      m_highlighter(new BashHighlighter(m_preview->document())),
      m_save(new QPushButton(this)),
      m_copy(new QPushButton(this)),
      m_open(new QPushButton(this)),
      m_scanAgain(new QPushButton(this)),
      m_status(new QLabel(this)),
      m_diffBox(new QGroupBox(this)),
      m_diff(new ScanDiffView(this))
{
    setObjectName(QStringLiteral("fixPage"));
    setFinalPage(true);
    m_note->setObjectName(QStringLiteral("fixNote"));
    m_empty->setObjectName(QStringLiteral("fixEmptyState"));
    m_list->setObjectName(QStringLiteral("fixList"));
    m_base->setObjectName(QStringLiteral("downloadBaseCombo"));
    m_preview->setObjectName(QStringLiteral("scriptPreview"));
    m_save->setObjectName(QStringLiteral("saveScriptButton"));
    m_copy->setObjectName(QStringLiteral("copyScriptButton"));
    m_open->setObjectName(QStringLiteral("openTerminalButton"));
    m_scanAgain->setObjectName(QStringLiteral("scanAgainButton"));
    m_status->setObjectName(QStringLiteral("fixStatus"));
    m_diffBox->setObjectName(QStringLiteral("diffBox"));

    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_empty->setFont(emptyFont);

    m_list->setModel(m_model);
    m_list->setItemDelegate(new FixStepDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust); // rows re-wrap to the new width
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_listLabel->setBuddy(m_list);

    m_base->setEditable(true);
    m_base->setInsertPolicy(QComboBox::NoInsert);
    m_base->addItems(kDownloadSites);
    m_base->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_baseLabel->setBuddy(m_base);

    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_highlighter->setDark(isDark(m_preview));
    m_previewLabel->setBuddy(m_preview);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setDefault(false);

    // Left: the checklist and where Go is downloaded from; right: the script.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_listLabel);
    leftLayout->addWidget(m_list, 1);
    auto *baseRow = new QHBoxLayout;
    baseRow->addWidget(m_baseLabel);
    baseRow->addWidget(m_base, 1);
    leftLayout->addLayout(baseRow);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewLabel);
    rightLayout->addWidget(m_preview, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 5);
    split->setChildrenCollapsible(false);
    m_stack->addWidget(split);
    // The empty state: a badge and one sentence in the middle of the page.
    auto *emptyBox = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyBox);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyIcon, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addStretch(1);
    m_stack->addWidget(emptyBox);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_open);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_scanAgain);

    auto *diffLayout = new QVBoxLayout(m_diffBox);
    diffLayout->setContentsMargins(6, 4, 6, 6);
    diffLayout->addWidget(m_diff);
    m_diffBox->hide();

    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteIcon, 0, Qt::AlignTop);
    noteRow->addWidget(m_note, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(noteRow);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_diffBox);

    setTabOrder(m_list, m_base);
    setTabOrder(m_base, m_preview);
    setTabOrder(m_preview, m_save);
    setTabOrder(m_save, m_copy);
    setTabOrder(m_copy, m_open);
    setTabOrder(m_open, m_scanAgain);

    connect(m_model, &FixChecklistModel::choiceChanged, this, &FixPage::regenerate);
    connect(m_base, &QComboBox::activated, this, &FixPage::downloadSiteChosen);
    connect(m_base->lineEdit(), &QLineEdit::editingFinished, this, &FixPage::downloadSiteChosen);
    connect(m_save, &QPushButton::clicked, this, &FixPage::chooseFile);
    connect(m_copy, &QPushButton::clicked, this, &FixPage::copyScript);
    connect(m_open, &QPushButton::clicked, this, &FixPage::openInTerminal);
    connect(m_scanAgain, &QPushButton::clicked, this, &FixPage::scanAgain);
    connect(wizard->runner(), &ScanRunner::finished, this, &FixPage::scanFinished);
    retranslate();
    updateControls();
}

bool FixPage::forSnapshot() const
{
    return m_wizard->system() && m_wizard->system()->isSnapshot();
}

void FixPage::initializePage()
{
    m_diff->clear();
    m_diffBox->hide();
    m_status->clear();
    if (!m_baseChosen)
        m_base->setEditText(FixCatalog::defaultDownloadBase(m_wizard->language()));
    setBaseline(m_wizard->findings()->report());
    m_list->setFocus();
}

void FixPage::cleanupPage()
{
    // Back while scanning again: the scan goes on and updates the findings, but this page no
    // longer waits to compare it.
    m_rescanning = false;
}

void FixPage::setBaseline(const Report &report)
{
    m_baseline = report;
    m_haveBaseline = true;
    m_target = report.facts ? FixScript::targetOf(*report.facts) : FixScript::Target{};
    m_target.downloadBase = downloadBase();
    replan();
}

void FixPage::downloadSiteChosen()
{
    m_baseChosen = true;
    // The script's GED_DOWNLOAD_BASE: only the header changes, the plan stays.
    m_target.downloadBase = downloadBase();
    regenerate();
}

QString FixPage::downloadBase()
{
    const QString text = m_base->currentText().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const bool web = url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    if (!web || url.host().isEmpty()) {
        const QString fallback = FixCatalog::defaultDownloadBase(m_wizard->language());
        m_status->setText(tr("“%1” is not a web address; the script uses %2.").arg(text, fallback));
        return fallback;
    }
    // The script appends file names to it.
    return text.endsWith(QLatin1Char('/')) ? text : text + QLatin1Char('/');
}

void FixPage::replan()
{
    if (!m_haveBaseline)
        return;
    FixCatalog::Options options;
    options.downloadBase = m_target.downloadBase;
    options.installDir = m_target.installDir;
    const QList<FixStep> steps =
        m_baseline.facts ? FixCatalog::plan(m_baseline, options) : QList<FixStep>{}; // no scan yet
    QHash<QString, QString> titles;
    for (const CheckResult &r : m_baseline.results) {
        // The worst result of a check names it (a check may give several).
        if (!titles.contains(r.check) || ScanDiff::isProblem(r.severity))
            titles.insert(r.check, SeverityStyle::plain(r.title));
    }
    m_model->setSteps(steps, titles);
    // The site matters only when a step downloads Go: those read the library's GED_DOWNLOAD_BASE.
    const bool downloads = std::any_of(steps.cbegin(), steps.cend(), [](const FixStep &s) {
        return s.code.contains(QLatin1String("GED_DOWNLOAD_BASE"));
    });
    m_base->setEnabled(downloads);
    m_baseLabel->setEnabled(downloads);
    m_base->setToolTip(downloads ? tr("Where the script downloads Go from. golang.google.cn is Go's official "
                                      "mirror for mainland China; you may type another mirror.")
                                 : tr("No fix in this plan downloads Go."));
    updateEmptyState();
    updateNote();
    regenerate();
}

void FixPage::regenerate()
{
    const QString text = m_model->rowCount() == 0 ? QString() : FixScript::render(m_model->chosenSteps(), m_target);
    m_script = text;
    if (text != m_preview->toPlainText()) {
        // Same lines stay in view while boxes are ticked: no jump to the top, no flicker.
        QScrollBar *v = m_preview->verticalScrollBar();
        QScrollBar *h = m_preview->horizontalScrollBar();
        const int top = v->value();
        const int x = h->value();
        m_preview->setUpdatesEnabled(false);
        m_preview->setPlainText(text);
        v->setValue(top);
        h->setValue(x);
        m_preview->setUpdatesEnabled(true);
    }
    updateListLabel();
    updateControls();
}

void FixPage::updateListLabel()
{
    if (!m_haveBaseline) {
        m_listLabel->setText(tr("&Fixes to include:"));
        return;
    }
    m_listLabel->setText(
        tr("&Fixes to include (%1 of %2 ticked):").arg(m_model->tickedCount()).arg(m_model->scriptedCount()));
}

void FixPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 1 : 0);
    if (!empty)
        return;
    const bool problems = std::any_of(m_baseline.results.cbegin(), m_baseline.results.cend(),
                                      [](const CheckResult &r) { return ScanDiff::isProblem(r.severity); });
    m_emptyIcon->setPixmap(SeverityStyle::pixmap(problems || !m_baseline.facts ? Severity::Info : Severity::Ok, 48));
    if (!m_baseline.facts)
        m_empty->setText(tr("Nothing to fix yet: there is no scan to make a script from. Press “Scan again”."));
    else if (!problems)
        m_empty->setText(tr("Nothing to fix: the scan found no warnings or errors."));
    else
        m_empty->setText(tr("Nothing to fix with a script: the findings left need no change on this machine, or "
                            "the Findings page says what to do by hand."));
}

void FixPage::updateNote()
{
    const bool show = m_model->rowCount() > 0;
    m_note->setVisible(show);
    m_noteIcon->setVisible(show);
    if (!show)
        return;
    // A snapshot's script is for another machine: worth a second look.
    m_noteIcon->setPixmap(SeverityStyle::pixmap(forSnapshot() ? Severity::Warning : Severity::Info, 18));
    if (forSnapshot()) {
        const QString host = m_target.hostname.isEmpty() ? m_baseline.host.hostname : m_target.hostname;
        m_note->setText(tr("This script is for %1 (user %2), the machine the snapshot was taken on, not this "
                           "computer. Copy it there and run it with “bash %3”; it will not run on another machine.")
                            .arg(host.isEmpty() ? tr("an unnamed machine") : host,
                                 m_target.user.isEmpty() ? tr("unknown") : m_target.user, kScriptName));
        return;
    }
    const bool root =
        std::any_of(m_model->steps().cbegin(), m_model->steps().cend(), [](const FixStep &s) { return s.needsRoot; });
    m_note->setText(root ? tr("Nothing has been changed. Tick the fixes you want, save the script, read it, then "
                              "run it: it asks for your password (sudo) only for the steps marked “needs root”.")
                         : tr("Nothing has been changed. Tick the fixes you want, save the script, read it, then "
                              "run it. No step needs root."));
}

void FixPage::updateControls()
{
    const bool haveScript = !m_script.isEmpty();
    m_save->setEnabled(haveScript && !m_rescanning);
    m_copy->setEnabled(haveScript);
    const bool saved = !m_savedPath.isEmpty() && QFileInfo::exists(m_savedPath);
    m_open->setEnabled(!forSnapshot() && saved && !m_rescanning);
    if (forSnapshot())
        m_open->setToolTip(tr("The script is for the snapshot's machine: run it there, not here."));
    else if (!saved)
        m_open->setToolTip(tr("Save the script first: the terminal runs the saved file."));
    else if (m_savedScript != m_script)
        m_open->setToolTip(
            tr("Runs %1 as saved; the preview has changed since: save again to run the changes.").arg(m_savedPath));
    else
        m_open->setToolTip(tr("Opens a terminal running %1.").arg(TerminalCommand::typedCommand(m_savedPath)));
    m_scanAgain->setEnabled(!m_rescanning);
}

void FixPage::chooseFile()
{
    const QString folder = QSettings().value(kFolderKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the fix script"), QDir(folder).filePath(kScriptName), tr("Shell scripts (*.sh);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool FixPage::saveTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    QString why;
    if (!file.open(QIODevice::WriteOnly))
        why = file.errorString();
    else if (file.write(m_script.toUtf8()) < 0)
        why = file.errorString();
    else if (!file.commit())
        why = file.errorString();
    else if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                              QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther))
        why = tr("could not make it executable");
    if (!why.isEmpty()) {
        m_status->setText(tr("The script could not be saved to %1: %2").arg(path, why));
        if (error)
            *error = why;
        return false;
    }
    m_savedPath = QFileInfo(path).absoluteFilePath();
    m_savedScript = m_script;
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    m_status->setText(
        forSnapshot()
            ? tr("Saved to %1. Copy it to the snapshot's machine and run it there.").arg(m_savedPath)
            : tr("Saved to %1. Read it, then run it: %2").arg(m_savedPath, TerminalCommand::typedCommand(m_savedPath)));
    updateControls();
    return true;
}

void FixPage::copyScript()
{
    QApplication::clipboard()->setText(m_script);
    m_status->setText(tr("The script is on the clipboard."));
}

void FixPage::openInTerminal()
{
    if (m_savedPath.isEmpty() || forSnapshot())
        return;
    const QString typed = TerminalCommand::typedCommand(m_savedPath);
    const QString terminal = TerminalCommand::find();
    if (terminal.isEmpty()) {
        m_status->setText(tr("No terminal program was found (looked for %1). Open a terminal and run: %2")
                              .arg(TerminalCommand::knownTerminals().join(QStringLiteral(", ")), typed));
        return;
    }
    const QStringList argv = TerminalCommand::forTerminal(terminal, m_savedPath);
    if (!QProcess::startDetached(argv.first(), argv.mid(1), QFileInfo(m_savedPath).absolutePath())) {
        m_status->setText(tr("%1 could not be started. Open a terminal and run: %2").arg(terminal, typed));
        return;
    }
    m_status->setText(tr("Opened %1 running the script. When it has finished, press “Scan again”.")
                          .arg(QFileInfo(terminal).fileName()));
}

void FixPage::scanAgain()
{
    m_rescanning = true;
    updateControls();
    m_status->setText(tr("Scanning %1 again…").arg(m_wizard->sourceDescription()));
    m_wizard->startScan();
}

void FixPage::scanFinished(const Report &report)
{
    // Scans started elsewhere (the Scan page) are not ours to compare.
    if (!m_rescanning)
        return;
    m_rescanning = false;
    if (report.cancelled) {
        m_status->setText(tr("The scan was stopped: nothing to compare."));
        updateControls();
        return;
    }
    // The findings model was updated by the Scan page, which handles every scan's result.
    m_diff->showChanges(ScanDiff::compare(m_baseline.results, report.results), forSnapshot());
    m_diffBox->show();
    m_status->setText(tr("Scanned again at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    // What is left to fix comes from the new scan; the boxes the user unticked stay unticked.
    setBaseline(report);
}

void FixPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        replan(); // step titles and the script's comments are in the language of the plan
    } else if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setDark(isDark(m_preview));
    }
    QWizardPage::changeEvent(event);
}

void FixPage::retranslate()
{
    setTitle(tr("Fix"));
    setSubTitle(tr("The fixes the findings ask for, as one script you can read before you run it. This program "
                   "changes nothing itself."));
    m_list->setAccessibleName(tr("Fixes to include in the script"));
    m_baseLabel->setText(tr("&Download Go from:"));
    m_base->setItemData(0, tr("Go's official downloads"), Qt::ToolTipRole);
    m_base->setItemData(1, tr("Go's official mirror for mainland China"), Qt::ToolTipRole);
    m_previewLabel->setText(tr("Script &preview:"));
    m_preview->setAccessibleName(tr("Script preview"));
    m_save->setText(tr("&Save script…"));
    m_save->setToolTip(tr("Save the script as an executable file (%1)").arg(kScriptName));
    m_copy->setText(tr("C&opy"));
    m_copy->setToolTip(tr("Copy the script to the clipboard"));
    m_open->setText(tr("Open in &terminal"));
    m_scanAgain->setText(tr("Scan &again"));
    m_scanAgain->setToolTip(tr("After running the script: scan again and see what changed"));
    m_diffBox->setTitle(tr("What changed"));
    updateListLabel();
    if (m_haveBaseline) {
        updateNote();
        updateEmptyState();
    }
    updateControls();
}
