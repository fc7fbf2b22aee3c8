#include "CaptureDialog.h"

#include "CaptureEntriesModel.h"
#include "ScanPage.h"
#include "SeverityStyle.h"
#include "capture/CaptureText.h"
#include "system/SnapshotArchive.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString kLastFolderKey = QStringLiteral("capture/lastFolder");
// A binary file (a go program's first 64 KiB) is shown as a hex dump of its start.
constexpr int kHexBytes = 512;

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

// "00000000  7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00  |.ELF............|"
QString hexDump(const QByteArray &bytes, int max)
{
    QString out;
    const int n = int(qMin<qsizetype>(bytes.size(), max));
    for (int line = 0; line < n; line += 16) {
        QString hex, ascii;
        for (int i = line; i < line + 16; ++i) {
            if (i == line + 8)
                hex += QLatin1Char(' ');
            if (i < n) {
                const auto c = uchar(bytes.at(i));
                hex += QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0'));
                ascii += c >= 0x20 && c < 0x7f ? QLatin1Char(char(c)) : QLatin1Char('.');
            } else {
                hex += QStringLiteral("   ");
            }
        }
        out += QStringLiteral("%1  %2 |%3|\n").arg(line, 8, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    return out;
}

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

QPlainTextEdit *monospaceView(QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return text;
}

} // namespace

CaptureDialog::CaptureDialog(QWidget *parent)
    : QDialog(parent),
      m_pages(new QStackedWidget(this)),
      m_scanTitle(new QLabel(this)),
      m_scanIntro(wrappingLabel(this)),
      m_status(wrappingLabel(this)),
      m_progress(new QProgressBar(this)),
      m_reviewIntro(wrappingLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_filesTab(new QWidget(this)),
      m_commandsTab(new QWidget(this)),
      m_envTab(new QWidget(this)),
      m_filter(new QLineEdit(this)),
      m_filterCount(new QLabel(this)),
      m_entries(new CaptureEntriesModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_files(new QTreeView(this)),
      m_contentHeader(wrappingLabel(this)),
      m_content(monospaceView(this)),
      m_commands(new QTreeWidget(this)),
      m_commandOutput(monospaceView(this)),
      m_envNote(wrappingLabel(this)),
      m_env(new QTreeWidget(this)),
      m_withheld(wrappingLabel(this)),
      m_totals(wrappingLabel(this)),
      m_savedRow(new QWidget(this)),
      m_savedLabel(wrappingLabel(this)),
      m_openInWizard(new QPushButton(this)),
      m_showInFolder(new QPushButton(this)),
      m_save(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("captureDialog"));
    m_status->setObjectName(QStringLiteral("captureStatus"));
    m_progress->setObjectName(QStringLiteral("captureProgress"));
    m_tabs->setObjectName(QStringLiteral("captureTabs"));
    m_filter->setObjectName(QStringLiteral("captureFilter"));
    m_files->setObjectName(QStringLiteral("captureFiles"));
    m_contentHeader->setObjectName(QStringLiteral("captureContentHeader"));
    m_content->setObjectName(QStringLiteral("captureContent"));
    m_commands->setObjectName(QStringLiteral("captureCommands"));
    m_commandOutput->setObjectName(QStringLiteral("captureCommandOutput"));
    m_env->setObjectName(QStringLiteral("captureEnvironment"));
    m_withheld->setObjectName(QStringLiteral("captureWithheld"));
    m_totals->setObjectName(QStringLiteral("captureTotals"));
    m_savedLabel->setObjectName(QStringLiteral("captureSavedLabel"));
    m_openInWizard->setObjectName(QStringLiteral("captureOpenInWizard"));
    m_showInFolder->setObjectName(QStringLiteral("captureShowInFolder"));
    m_save->setObjectName(QStringLiteral("captureSaveButton"));
    m_close->setObjectName(QStringLiteral("captureCloseButton"));

    m_pages->addWidget(buildProgressPage());
    m_pages->addWidget(buildReviewPage());

    // Enter in the filter must not save: no button is the default.
    for (QPushButton *b : {m_save, m_close, m_openInWizard, m_showInFolder})
        b->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaptureDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &CaptureDialog::chooseFileAndSave);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(&m_runner, &ScanRunner::probing, this, &CaptureDialog::onProbing);
    connect(&m_runner, &ScanRunner::checkStarted, this, &CaptureDialog::onCheckStarted);
    connect(&m_runner, &ScanRunner::finished, this, &CaptureDialog::onScanFinished);

    // A list with long paths above a file's contents: nearly as large as the wizard (1280x800),
    // which stays visible around it, and never larger than the screen.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    setMinimumSize(qMin(720, available.width()), qMin(480, available.height()));
    resize(qMin(1040, available.width() - 40), qMin(700, available.height() - 40));
    setState(State::Idle);
    retranslate();
}

CaptureDialog::~CaptureDialog()
{
    // The runner stops and waits for its scan itself; a plan or a save in progress is finished
    // (both are short and neither can be interrupted halfway).
    m_runner.cancel();
    if (m_worker)
        m_worker->wait();
}

QWidget *CaptureDialog::buildProgressPage()
{
    auto *page = new QWidget(this);
    QFont big = m_scanTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_scanTitle->setFont(big);
    m_progress->setTextVisible(false);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(12);
    layout->addWidget(m_scanTitle);
    layout->addWidget(m_scanIntro);
    layout->addSpacing(12);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    return page;
}

QWidget *CaptureDialog::buildReviewPage()
{
    auto *page = new QWidget(this);

    // Files: filter, list, and the stored contents of the selected one.
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_entries);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(CaptureEntriesModel::SortRole);
    m_files->setModel(m_proxy);
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->setAlternatingRowColors(true);
    m_files->setSortingEnabled(true);
    m_files->sortByColumn(CaptureEntriesModel::PathColumn, Qt::AscendingOrder);
    m_files->setTextElideMode(Qt::ElideMiddle);
    m_files->setSelectionMode(QAbstractItemView::SingleSelection);
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(CaptureEntriesModel::PathColumn, QHeaderView::Stretch);
    m_files->header()->setSectionResizeMode(CaptureEntriesModel::KindColumn, QHeaderView::Interactive);
    m_files->header()->setSectionResizeMode(CaptureEntriesModel::NotesColumn, QHeaderView::Interactive);
    m_contentHeader->setTextFormat(Qt::RichText);
    m_contentHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_filterCount);
    auto *contentPane = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(contentPane);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_contentHeader);
    contentLayout->addWidget(m_content, 1);
    auto *filesSplit = new QSplitter(Qt::Vertical, this);
    filesSplit->addWidget(m_files);
    filesSplit->addWidget(contentPane);
    filesSplit->setStretchFactor(0, 3);
    filesSplit->setStretchFactor(1, 2);
    filesSplit->setChildrenCollapsible(false);
    auto *filesLayout = new QVBoxLayout(m_filesTab);
    filesLayout->addLayout(filterRow);
    filesLayout->addWidget(filesSplit, 1);

    // Commands: what ran, and what it printed (redacted) for the selected one.
    m_commands->setColumnCount(2);
    m_commands->setRootIsDecorated(false);
    m_commands->setUniformRowHeights(true);
    m_commands->setAlternatingRowColors(true);
    m_commands->header()->setStretchLastSection(false);
    m_commands->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_commands->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *commandsSplit = new QSplitter(Qt::Vertical, this);
    commandsSplit->addWidget(m_commands);
    commandsSplit->addWidget(m_commandOutput);
    commandsSplit->setStretchFactor(0, 1);
    commandsSplit->setStretchFactor(1, 3);
    commandsSplit->setChildrenCollapsible(false);
    auto *commandsLayout = new QVBoxLayout(m_commandsTab);
    commandsLayout->addWidget(commandsSplit);

    // Environment: names and (redacted) values.
    m_env->setColumnCount(2);
    m_env->setRootIsDecorated(false);
    m_env->setUniformRowHeights(true);
    m_env->setAlternatingRowColors(true);
    m_env->setTextElideMode(Qt::ElideMiddle);
    auto *envLayout = new QVBoxLayout(m_envTab);
    envLayout->addWidget(m_envNote);
    envLayout->addWidget(m_env, 1);

    m_tabs->addTab(m_filesTab, QString());
    m_tabs->addTab(m_commandsTab, QString());
    m_tabs->addTab(m_envTab, QString());

    auto *savedLayout = new QHBoxLayout(m_savedRow);
    savedLayout->setContentsMargins(0, 0, 0, 0);
    auto *badge = new QLabel(this);
    badge->setPixmap(SeverityStyle::pixmap(Severity::Ok, 20));
    savedLayout->addWidget(badge, 0, Qt::AlignTop);
    savedLayout->addWidget(m_savedLabel, 1);
    savedLayout->addWidget(m_openInWizard);
    savedLayout->addWidget(m_showInFolder);
    m_savedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_savedRow->setVisible(false);

    QFont bold = m_withheld->font();
    bold.setBold(true);
    m_withheld->setFont(bold);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reviewIntro);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_withheld);
    layout->addWidget(m_totals);
    layout->addWidget(m_savedRow);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateFilterCount();
    });
    connect(m_files->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showEntry(current); });
    connect(m_commands, &QTreeWidget::currentItemChanged, this, &CaptureDialog::showCommand);
    connect(m_openInWizard, &QPushButton::clicked, this, [this] {
        emit openInWizard(m_savedFile);
        accept();
    });
    connect(m_showInFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_savedFile).absolutePath())); });
    return page;
}

void CaptureDialog::start(const QList<Check> &checks)
{
    if (m_state != State::Idle)
        return;
    m_system = std::make_shared<RecordingSystem>();
    m_progress->setRange(0, 0);
    setState(State::Scanning);
    m_runner.start(m_system, checks);
}

void CaptureDialog::setState(State state)
{
    m_state = state;
    const bool review = state == State::Review || state == State::Saving;
    m_pages->setCurrentIndex(review ? 1 : 0);
    m_save->setVisible(review);
    m_save->setEnabled(state == State::Review);
    // Cancel stops the scan; once the list is shown, nothing is left to cancel.
    m_close->setText(review ? tr("&Close") : tr("Cancel"));
    m_close->setEnabled(!m_closeWhenIdle);
    m_openInWizard->setEnabled(state == State::Review);
}

void CaptureDialog::runInWorker(std::function<void()> work, std::function<void()> done)
{
    if (m_worker)
        m_worker->wait();
    m_worker.reset(QThread::create(std::move(work)));
    // Queued to this object's thread; dropped if the dialog is gone (the destructor waits).
    connect(m_worker.get(), &QThread::finished, this, [this, done = std::move(done)] {
        m_worker->wait();
        done();
    });
    m_worker->start();
}

void CaptureDialog::onProbing(const QString &step)
{
    m_step = step;
    if (!m_closeWhenIdle)
        m_status->setText(SeverityStyle::plain(ScanPage::stepLabel(step)) + QStringLiteral("…"));
}

void CaptureDialog::onCheckStarted(const QString &, int index, int total)
{
    m_step.clear();
    if (m_progress->maximum() != total)
        m_progress->setRange(0, total);
    m_progress->setValue(index);
    if (!m_closeWhenIdle)
        m_status->setText(tr("Running the checks: %1 of %2…").arg(index + 1).arg(total));
}

void CaptureDialog::onScanFinished(const Report &report)
{
    if (report.cancelled || m_closeWhenIdle) {
        m_state = State::Idle;
        QDialog::reject();
        return;
    }
    // What the scan touched, read and redacted: the files are read again here, off the GUI thread.
    setState(State::Planning);
    m_step.clear();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Reading the files the scan looked at and removing secrets…"));
    auto system = m_system;
    auto result = std::make_shared<std::shared_ptr<const CapturePlan>>();
    runInWorker([system, result] { *result = std::make_shared<const CapturePlan>(SnapshotCapture::plan(*system)); },
                [this, result] {
                    if (m_closeWhenIdle) {
                        m_state = State::Idle;
                        QDialog::reject();
                        return;
                    }
                    showPlan(*result);
                });
}

void CaptureDialog::showPlan(std::shared_ptr<const CapturePlan> plan)
{
    m_plan = std::move(plan);
    m_entries->setEntries(m_plan->entries);
    m_files->resizeColumnToContents(CaptureEntriesModel::KindColumn);
    m_files->resizeColumnToContents(CaptureEntriesModel::NotesColumn);
    const int notesMax = qMax(240, width() / 3);
    if (m_files->columnWidth(CaptureEntriesModel::NotesColumn) > notesMax)
        m_files->setColumnWidth(CaptureEntriesModel::NotesColumn, notesMax);

    m_commands->clear();
    for (int i = 0; i < m_plan->commands.size(); ++i) {
        const CommandResult &c = m_plan->commands.at(i);
        auto *item = new QTreeWidgetItem(m_commands);
        item->setText(0, QStringLiteral("$ ") + c.argv.join(QLatin1Char(' ')));
        item->setText(1, c.timedOut ? tr("timed out") : QString::number(c.exitCode));
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(0, item->text(0));
    }
    if (m_commands->topLevelItemCount() > 0)
        m_commands->setCurrentItem(m_commands->topLevelItem(0));

    m_env->clear();
    for (auto it = m_plan->env.cbegin(); it != m_plan->env.cend(); ++it) {
        auto *item = new QTreeWidgetItem(m_env, {it.key(), it.value()});
        item->setToolTip(1, it.value());
    }
    if (m_env->topLevelItemCount() > 0)
        m_env->setCurrentItem(m_env->topLevelItem(0));
    m_env->scrollToTop();
    m_env->resizeColumnToContents(0);
    if (m_env->columnWidth(0) > width() / 3)
        m_env->setColumnWidth(0, width() / 3);

    setState(State::Review);
    updatePlanTexts();
    updateFilterCount();

    // Start where a second look matters: a file whose secrets were removed, else the first file.
    int row = -1;
    for (int i = 0; i < m_plan->entries.size() && row < 0; ++i) {
        if (m_plan->entries.at(i).redacted)
            row = i;
    }
    for (int i = 0; i < m_plan->entries.size() && row < 0; ++i) {
        if (m_plan->entries.at(i).kind == CapturedEntry::Kind::File)
            row = i;
    }
    if (row >= 0)
        selectPath(m_plan->entries.at(row).path);
    else
        showEntry({});
    m_filter->setFocus();
    emit reviewShown();
}

void CaptureDialog::updatePlanTexts()
{
    if (!m_plan)
        return;
    int files = 0, links = 0, folders = 0;
    for (const CapturedEntry &e : m_plan->entries) {
        switch (e.kind) {
        case CapturedEntry::Kind::File: ++files; break;
        case CapturedEntry::Kind::Link: ++links; break;
        case CapturedEntry::Kind::Folder: ++folders; break;
        }
    }
    m_tabs->setTabText(0, tr("&Files (%1)").arg(m_plan->entries.size()));
    m_tabs->setTabText(1, tr("C&ommands (%1)").arg(m_plan->commands.size()));
    m_tabs->setTabText(2, tr("&Environment (%1)").arg(m_plan->env.size()));
    m_withheld->setText(m_plan->withheld.isEmpty()
                            ? tr("Never captured (credentials): none were found where the scan looked.")
                            : tr("Never captured (credentials): %1").arg(m_plan->withheld.join(QStringLiteral(", "))));
    m_totals->setText(tr("The snapshot will hold %1 files, %2 links, %3 folders and %4 commands: %5 of file contents.")
                          .arg(files)
                          .arg(links)
                          .arg(folders)
                          .arg(m_plan->commands.size())
                          .arg(dataSize(m_plan->contentBytes())));
}

void CaptureDialog::updateFilterCount()
{
    m_filterCount->setText(tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_entries->rowCount()));
}

bool CaptureDialog::selectPath(const QString &path)
{
    const int row = m_entries->rowOf(path);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_entries->index(row, CaptureEntriesModel::PathColumn));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_entries->index(row, CaptureEntriesModel::PathColumn));
    }
    m_tabs->setCurrentWidget(m_filesTab);
    m_files->setCurrentIndex(index);
    m_files->scrollTo(index);
    return true;
}

QString CaptureDialog::shownContent() const
{
    return m_content->toPlainText();
}

void CaptureDialog::showEntry(const QModelIndex &proxyIndex)
{
    const CapturedEntry *e = proxyIndex.isValid() ? m_entries->entry(m_proxy->mapToSource(proxyIndex).row()) : nullptr;
    if (!e) {
        m_contentHeader->setText(tr("Select a path to see what the snapshot stores of it."));
        m_content->clear();
        m_content->setAccessibleName(tr("Stored contents"));
        return;
    }
    QString what;
    QString text;
    switch (e->kind) {
    case CapturedEntry::Kind::Folder:
        what = tr("A folder: the snapshot keeps its name and the paths listed above that lie in it.");
        break;
    case CapturedEntry::Kind::Link:
        what =
            tr("A link: the snapshot keeps where it points, %1, and nothing else.").arg(e->linkTarget.toHtmlEscaped());
        break;
    case CapturedEntry::Kind::File:
        if (e->unreadable) {
            what = tr("You may not read this file: it is stored empty.");
        } else if (e->content.contains('\0')) {
            what = tr("Binary, not text: its first %1 bytes are shown in hex.")
                       .arg(qMin<qsizetype>(e->content.size(), kHexBytes));
            text = hexDump(e->content, kHexBytes);
        } else if (e->content.isEmpty()) {
            what = tr("Stored empty: the file holds nothing.");
        } else {
            what = e->redacted ? tr("Stored exactly as shown below, with the secrets replaced by ***.")
                               : tr("Stored exactly as shown below.");
            text = QString::fromUtf8(e->content);
        }
        if (e->truncated)
            what +=
                QLatin1Char(' ') +
                tr("Only the first %1 of its %2 are kept.").arg(dataSize(e->content.size()), dataSize(e->sizeOnDisk));
        break;
    }
    m_contentHeader->setText(QStringLiteral("<b>%1</b> — %2").arg(e->path.toHtmlEscaped(), what));
    m_content->setPlainText(text);
    m_content->setAccessibleName(tr("Stored contents of %1").arg(e->path));
}

void CaptureDialog::showCommand()
{
    const QTreeWidgetItem *item = m_commands->currentItem();
    const int i = item ? item->data(0, Qt::UserRole).toInt() : -1;
    if (!m_plan || i < 0 || i >= m_plan->commands.size()) {
        m_commandOutput->clear();
        return;
    }
    const CommandResult &c = m_plan->commands.at(i);
    QString text = QStringLiteral("$ %1\n").arg(c.argv.join(QLatin1Char(' ')));
    text += c.timedOut ? tr("(timed out after %1 ms)").arg(c.elapsedMs) : tr("(exit code %1)").arg(c.exitCode);
    text += QStringLiteral("\n\n── %1 ──\n").arg(tr("standard output"));
    text += c.stdoutText.isEmpty() ? tr("(nothing)") + QLatin1Char('\n') : c.stdoutText;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    text += QStringLiteral("\n── %1 ──\n").arg(tr("standard error"));
    text += c.stderrText.isEmpty() ? tr("(nothing)") : c.stderrText;
    m_commandOutput->setPlainText(text);
}

QString CaptureDialog::defaultFileName(const QString &hostname, const QDateTime &when)
{
    QString host;
    for (const QChar c : hostname) {
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
                          c == QLatin1Char('_') || c == QLatin1Char('.');
        host += safe ? c : QLatin1Char('_');
    }
    while (host.startsWith(QLatin1Char('.')))
        host.remove(0, 1);
    if (host.isEmpty())
        host = QStringLiteral("host");
    return QStringLiteral("go-env-doctor-snapshot-%1-%2.tar.gz")
        .arg(host, when.toString(QStringLiteral("yyyyMMdd-HHmm")));
}

QString CaptureDialog::withArchiveExtension(const QString &file)
{
    if (file.isEmpty() || SnapshotArchive::isArchiveName(file))
        return file;
    if (file.endsWith(QLatin1String(".tar"), Qt::CaseInsensitive))
        return file + QStringLiteral(".gz");
    return file + QStringLiteral(".tar.gz");
}

QString CaptureDialog::suggestedPath() const
{
    QString folder = QSettings().value(kLastFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString name = m_plan ? defaultFileName(m_plan->host.hostname, m_plan->captured.toLocalTime())
                                : defaultFileName(QString(), QDateTime::currentDateTime());
    return QDir(folder).filePath(name);
}

void CaptureDialog::chooseFileAndSave()
{
    if (m_state != State::Review)
        return;
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Save snapshot"), suggestedPath(), tr("Snapshots (*.tar.gz *.tgz)"));
    if (chosen.isEmpty())
        return;
    // The file dialog asked before replacing what the user typed, not the name with .tar.gz added.
    const QString file = withArchiveExtension(chosen);
    if (file != chosen && QFileInfo::exists(file) &&
        QMessageBox::question(this, tr("Save snapshot"),
                              tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(file))) !=
            QMessageBox::Yes)
        return;
    saveTo(file);
}

bool CaptureDialog::saveTo(const QString &requested)
{
    if (m_state != State::Review || !m_plan || requested.isEmpty())
        return false;
    const QString file = withArchiveExtension(QFileInfo(requested).absoluteFilePath());
    setState(State::Saving);
    m_savedLabel->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(file)));
    m_openInWizard->setVisible(false);
    m_showInFolder->setVisible(false);
    m_savedRow->setVisible(true);
    keepSelectionVisible();
    auto plan = m_plan;
    auto outcome = std::make_shared<QPair<bool, QString>>(false, QString());
    runInWorker([plan, file, outcome] { outcome->first = SnapshotCapture::write(*plan, file, &outcome->second); },
                [this, file, outcome] { onSaved(file, outcome->first, outcome->second); });
    return true;
}

void CaptureDialog::onSaved(const QString &file, bool ok, const QString &error)
{
    setState(State::Review);
    if (m_closeWhenIdle) {
        m_state = State::Idle;
        QDialog::reject();
        return;
    }
    if (!ok) {
        m_savedRow->setVisible(!m_savedFile.isEmpty());
        if (!m_savedFile.isEmpty()) {
            m_savedLabel->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(m_savedFile)));
            m_openInWizard->setVisible(true);
            m_showInFolder->setVisible(true);
        }
        // Not exec(): the outcome is known, the dialog stays usable behind the message.
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("The snapshot was not saved"), error, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("captureSaveError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit saveFailed(error);
        return;
    }
    m_savedFile = file;
    QSettings().setValue(kLastFolderKey, QFileInfo(file).absolutePath());
    m_savedLabel->setText(tr("Saved to %1 (%2). Send this file to whoever helps you; they open it in Go Env Doctor.")
                              .arg(QDir::toNativeSeparators(file), dataSize(QFileInfo(file).size())));
    m_openInWizard->setVisible(true);
    m_showInFolder->setVisible(true);
    m_savedRow->setVisible(true);
    keepSelectionVisible();
    emit saved(file);
}

void CaptureDialog::keepSelectionVisible()
{
    // The row under the tabs takes height from the list once the layout has run.
    QTimer::singleShot(0, this, [this] {
        if (m_files->currentIndex().isValid())
            m_files->scrollTo(m_files->currentIndex());
    });
}

void CaptureDialog::reject()
{
    switch (m_state) {
    case State::Idle:
    case State::Review: QDialog::reject(); return;
    case State::Scanning:
        m_runner.cancel();
        m_status->setText(tr("Stopping…"));
        break;
    case State::Planning:
    case State::Saving: break;
    }
    // Close once the scan (or the plan, or the save) is done: its worker is not interrupted.
    m_closeWhenIdle = true;
    m_close->setEnabled(false);
}

void CaptureDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CaptureDialog::retranslate()
{
    setWindowTitle(tr("Capture this computer"));
    m_scanTitle->setText(tr("Capturing this computer"));
    m_scanIntro->setText(tr("The doctor scans this computer as usual and writes down every file it reads and every "
                            "command it runs. Nothing is saved until you have seen that list."));
    m_reviewIntro->setText(tr("Nothing has been saved yet. Below is everything the snapshot will hold: the files "
                              "and links the scan read, the commands it ran with their output, and the environment. "
                              "Secrets are already replaced with ***. Select a file to see exactly what is stored."));
    m_filter->setPlaceholderText(tr("Filter by path, kind or note"));
    m_filter->setAccessibleName(tr("Filter the files"));
    m_files->setAccessibleName(tr("Files the snapshot will hold"));
    m_commands->setHeaderLabels({tr("Command"), tr("Exit code")});
    m_commands->setAccessibleName(tr("Commands the scan ran"));
    m_commandOutput->setAccessibleName(tr("Output of the selected command"));
    m_envNote->setText(tr("The environment the scan saw. Values of names that look like secrets (TOKEN, PASSWORD, "
                          "…) are replaced with ***."));
    m_env->setHeaderLabels({tr("Name"), tr("Value")});
    m_env->setAccessibleName(tr("Environment variables"));
    m_progress->setAccessibleName(tr("Capture progress"));
    m_save->setText(tr("&Save snapshot…"));
    m_openInWizard->setText(tr("Open it in the &wizard"));
    m_showInFolder->setText(tr("Show in fo&lder"));
    m_entries->retranslate();
    if (m_step.isEmpty() && m_state == State::Idle)
        m_status->setText(tr("Starting…"));
    else if (!m_step.isEmpty() && m_state == State::Scanning)
        m_status->setText(SeverityStyle::plain(ScanPage::stepLabel(m_step)) + QStringLiteral("…"));
    setState(m_state);
    if (m_plan) {
        updatePlanTexts();
        updateFilterCount();
        showEntry(m_files->currentIndex());
        showCommand();
    } else {
        m_tabs->setTabText(0, tr("&Files"));
        m_tabs->setTabText(1, tr("C&ommands"));
        m_tabs->setTabText(2, tr("&Environment"));
    }
}
