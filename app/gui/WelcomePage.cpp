#include "WelcomePage.h"

#include "CaptureDialog.h"
#include "DoctorWizard.h"
#include "SeverityStyle.h"
#include "Translations.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

WelcomePage::WelcomePage(DoctorWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_intro(new QLabel(this)),
      m_thisComputer(new QRadioButton(this)),
      m_snapshot(new QRadioButton(this)),
      m_snapshotPath(new QLineEdit(this)),
      m_browse(new QPushButton(this)),
      m_browseMenu(new QMenu(this)),
      m_readsNote(new QLabel(this)),
      m_promise(new QLabel(this)),
      m_introDetail(new QLabel(this)),
      m_error(new QLabel(this)),
      m_captureNote(new QLabel(this)),
      m_capture(new QPushButton(this)),
      m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_thisComputer->setObjectName(QStringLiteral("thisComputerRadio"));
    m_snapshot->setObjectName(QStringLiteral("snapshotRadio"));
    m_snapshotPath->setObjectName(QStringLiteral("snapshotPathEdit"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browseMenu->setObjectName(QStringLiteral("browseMenu"));
    m_error->setObjectName(QStringLiteral("welcomeError"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_capture->setObjectName(QStringLiteral("captureButton"));
    m_captureNote->setObjectName(QStringLiteral("captureNote"));

    m_intro->setWordWrap(true);
    m_introDetail->setWordWrap(true);
    m_readsNote->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setAutoFillBackground(true);
    m_error->setBackgroundRole(QPalette::Highlight);
    m_error->setMargin(8);
    m_thisComputer->setChecked(true);
    m_snapshotPath->setEnabled(false);
    m_browse->setEnabled(false);
    m_snapshotPath->setClearButtonEnabled(true);
    // A snapshot is a folder or a .tar.gz: one file dialog cannot pick both, so Browse offers each.
    m_browseFolder = m_browseMenu->addAction(QString(), this, &WelcomePage::browseFolder);
    m_browseFolder->setObjectName(QStringLiteral("browseFolderAction"));
    m_browseArchive = m_browseMenu->addAction(QString(), this, &WelcomePage::browseArchive);
    m_browseArchive->setObjectName(QStringLiteral("browseArchiveAction"));
    m_browse->setMenu(m_browseMenu);

    auto *group = new QButtonGroup(this);
    group->addButton(m_thisComputer);
    group->addButton(m_snapshot);

    auto *snapshotRow = new QHBoxLayout;
    snapshotRow->setContentsMargins(24, 0, 0, 0);
    snapshotRow->addWidget(m_snapshotPath, 1);
    snapshotRow->addWidget(m_browse);

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    for (const QString &lang : Translations::supported())
        m_language->addItem(Translations::nativeName(lang), lang);
    m_languageLabel->setBuddy(m_language);

    m_sourceBox = new QGroupBox(this);
    auto *sourceLayout = new QVBoxLayout(m_sourceBox);
    sourceLayout->addWidget(m_thisComputer);
    sourceLayout->addWidget(m_snapshot);
    sourceLayout->addLayout(snapshotRow);
    // Where someone who is asked to "send your set-up" looks: next to the snapshot choice.
    auto *captureRow = new QHBoxLayout;
    m_captureNote->setWordWrap(true);
    m_captureNote->setBuddy(m_capture);
    captureRow->addWidget(m_captureNote, 1);
    captureRow->addWidget(m_capture, 0, Qt::AlignVCenter);
    sourceLayout->addSpacing(8);
    sourceLayout->addLayout(captureRow);
    connect(m_capture, &QPushButton::clicked, this, &WelcomePage::openCapture);

    m_readsBox = new QGroupBox(this);
    auto *promise = new QHBoxLayout;
    auto *badge = new QLabel(this);
    badge->setPixmap(SeverityStyle::pixmap(Severity::Ok, 20));
    promise->addWidget(badge, 0, Qt::AlignTop);
    promise->addWidget(m_promise, 1);
    auto *readsLayout = new QVBoxLayout(m_readsBox);
    readsLayout->addWidget(m_readsNote);
    readsLayout->addLayout(promise);

    QFont big = m_intro->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_intro->setFont(big);
    m_promise->setWordWrap(true);
    m_readsNote->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(m_introDetail);
    layout->addWidget(m_sourceBox);
    layout->addWidget(m_error);
    layout->addWidget(m_readsBox);
    layout->addStretch(1);
    layout->addLayout(languageRow);

    connect(m_snapshot, &QRadioButton::toggled, this, [this](bool on) {
        m_snapshotPath->setEnabled(on);
        m_browse->setEnabled(on);
        m_error->setVisible(false);
        if (on)
            m_snapshotPath->setFocus();
        emit completeChanged();
    });
    connect(m_snapshotPath, &QLineEdit::textChanged, this, [this] {
        m_error->setVisible(false);
        emit completeChanged();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_wizard->setLanguage(m_language->itemData(index).toString()); });
    connect(m_wizard, &DoctorWizard::languageChanged, this, [this](const QString &lang) {
        const int index = m_language->findData(lang);
        if (index >= 0 && index != m_language->currentIndex()) {
            const QSignalBlocker block(m_language);
            m_language->setCurrentIndex(index);
        }
    });
    retranslate();
}

bool WelcomePage::isComplete() const
{
    return m_thisComputer->isChecked() || !m_snapshotPath->text().trimmed().isEmpty();
}

bool WelcomePage::validatePage()
{
    QString error;
    const QString path = m_snapshot->isChecked() ? m_snapshotPath->text().trimmed() : QString();
    // A .tar.gz is unpacked here (bounded by the archive limits): a second or two at most.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool opened = m_wizard->openSource(path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!opened) {
        m_error->setText(tr("This snapshot cannot be read: %1").arg(error));
        m_error->setVisible(true);
        return false;
    }
    m_error->setVisible(false);
    return true;
}

void WelcomePage::setSnapshotFolder(const QString &path)
{
    m_snapshot->setChecked(true);
    m_snapshotPath->setText(path);
}

QString WelcomePage::browseStart() const
{
    // Where the path typed so far points: its folder, or the folder holding the archive.
    const QFileInfo typed(m_snapshotPath->text().trimmed());
    if (typed.filePath().isEmpty())
        return {};
    return typed.isDir() ? typed.absoluteFilePath() : typed.absolutePath();
}

void WelcomePage::browseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a snapshot folder"), browseStart());
    if (!folder.isEmpty())
        m_snapshotPath->setText(folder);
}

void WelcomePage::browseArchive()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a snapshot archive"), browseStart(),
                                                      tr("Snapshot archives (*.tar.gz *.tgz);;All files (*)"));
    if (!file.isEmpty())
        m_snapshotPath->setText(file);
}

void WelcomePage::openCapture()
{
    // open(), not exec(): the scan runs while the event loop does.
    auto *dialog = new CaptureDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaptureDialog::openInWizard, this, [this](const QString &file) {
        setSnapshotFolder(file);
        // Once the dialog has closed: examine the snapshot, as Next would.
        QTimer::singleShot(0, m_wizard, [wizard = m_wizard] {
            if (wizard->currentId() == DoctorWizard::WelcomePageId)
                wizard->next();
        });
    });
    dialog->open();
    dialog->start();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void WelcomePage::retranslate()
{
    setTitle(tr("Find out why Go does not work"));
    setSubTitle(tr("Go Env Doctor looks at how Go is set up and explains what is wrong, why, and how to fix it."));
    m_intro->setText(tr("Go is installed, but something does not work?"));
    m_introDetail->setText(tr("The doctor examines how Go is set up — which go runs, where it comes from, GOROOT, "
                              "GOPATH, PATH and the go env file — and explains each problem in plain words, with "
                              "the evidence and the fix."));
    m_sourceBox->setTitle(tr("What to examine"));
    m_thisComputer->setText(tr("&This computer"));
    m_snapshot->setText(tr("A &snapshot captured on another machine (a folder or a .tar.gz):"));
    m_snapshotPath->setPlaceholderText(tr("Folder with snapshot.json and root/, or a .tar.gz of it"));
    m_snapshotPath->setAccessibleName(tr("Snapshot folder or archive"));
    m_browse->setText(tr("&Browse…"));
    m_browseFolder->setText(tr("Snapshot &folder…"));
    m_browseArchive->setText(tr("Snapshot &archive (.tar.gz)…"));
    m_captureNote->setText(tr("Someone else is helping you? Capture this computer as a snapshot file and send it "
                              "to them. You see everything it holds before it is saved."));
    m_capture->setText(tr("&Capture this computer…"));
    m_readsBox->setTitle(tr("What the scan reads"));
    m_readsNote->setText(tr("<ul style=\"margin-left: -20px\">"
                            "<li>PATH and the GO* variables of the environment</li>"
                            "<li>every <code>go</code> on PATH, and each link leading to it</li>"
                            "<li>the Go installations it finds, and their VERSION files</li>"
                            "<li>the go env file (what <code>go env -w</code> wrote)</li>"
                            "<li>the output of <code>go env -json</code> and <code>go version</code></li>"
                            "</ul>"));
    m_promise->setText(tr("Nothing is changed on this computer, and nothing is sent anywhere."));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
}
