#include "ScanPage.h"

#include "DoctorWizard.h"
#include "SeverityStyle.h"
#include "report/FindingsModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

ScanPage::ScanPage(DoctorWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_log(new QListWidget(this)),
      m_stop(new QPushButton(this))
{
    setObjectName(QStringLiteral("scanPage"));
    m_status->setObjectName(QStringLiteral("scanStatus"));
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_log->setObjectName(QStringLiteral("scanLog"));
    m_stop->setObjectName(QStringLiteral("stopScanButton"));
    m_status->setWordWrap(true);
    m_log->setUniformItemSizes(true);
    m_log->setSelectionMode(QAbstractItemView::NoSelection);
    m_log->setFocusPolicy(Qt::StrongFocus);

    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(m_log, 1);

    ScanRunner *runner = wizard->runner();
    connect(runner, &ScanRunner::probing, this, &ScanPage::onProbing);
    connect(runner, &ScanRunner::checkStarted, this, &ScanPage::onCheckStarted);
    connect(runner, &ScanRunner::checkFinished, this, &ScanPage::onCheckFinished);
    connect(runner, &ScanRunner::finished, this, &ScanPage::onFinished);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_wizard->runner()->cancel();
        m_stop->setEnabled(false);
        m_status->setText(tr("Stopping…"));
    });
    retranslate();
}

void ScanPage::initializePage()
{
    m_log->clear();
    m_done = false;
    m_running = true;
    m_step.clear();
    m_progress->setRange(0, 0); // busy until the checks start
    m_stop->setEnabled(true);
    m_wizard->findings()->clear();
    m_status->setText(tr("Examining %1…").arg(m_wizard->sourceDescription()));
    m_wizard->startScan();
    m_stop->setFocus();
    emit completeChanged();
}

void ScanPage::cleanupPage()
{
    // Back to Welcome while scanning: the scan is abandoned.
    if (m_running)
        m_wizard->runner()->cancel();
    m_running = false;
}

bool ScanPage::isComplete() const
{
    return m_done;
}

QString ScanPage::stepLabel(const QString &step)
{
    if (step == QLatin1String("path"))
        return tr("Reading PATH and every `go` on it");
    if (step == QLatin1String("shell"))
        return tr("Reading your shell's start-up files");
    if (step == QLatin1String("goenv-file"))
        return tr("Reading the go env file and GOROOT");
    if (step == QLatin1String("go-env"))
        return tr("Running `go env -json` and `go version`");
    if (step == QLatin1String("installs"))
        return tr("Looking for Go installations");
    if (step == QLatin1String("limits"))
        return tr("Reading cgroup, systemd and resource limits");
    return step;
}

void ScanPage::closeStep()
{
    if (m_step.isEmpty())
        return;
    addLine(stepLabel(m_step), Severity::Ok, double(m_stepClock.nsecsElapsed()) / 1e6);
    m_step.clear();
}

void ScanPage::onProbing(const QString &step)
{
    closeStep();
    m_step = step;
    m_stepClock.start();
    m_status->setText(SeverityStyle::plain(stepLabel(step)) + QStringLiteral("…"));
}

void ScanPage::onCheckStarted(const QString &, int index, int total)
{
    closeStep();
    if (m_progress->maximum() != total)
        m_progress->setRange(0, total);
    m_progress->setValue(index);
}

void ScanPage::onCheckFinished(const QString &id, const QList<CheckResult> &results, double ms)
{
    Severity worst = Severity::Ok;
    for (const CheckResult &r : results)
        worst = worse(worst, r.severity);
    const QString title = results.isEmpty() ? id : results.first().title;
    addLine(QStringLiteral("%1 — %2").arg(title, FindingsModel::severityText(worst)), worst, ms);
    m_progress->setValue(m_progress->value() + 1);
}

void ScanPage::addLine(const QString &text, Severity severity, double ms)
{
    const bool slow = ms >= kSlowMs;
    QString line = SeverityStyle::plain(text);
    if (slow)
        line += QStringLiteral("  ·  ") + tr("slow: %1 ms").arg(qRound(ms));
    auto *item = new QListWidgetItem(SeverityStyle::icon(severity), line, m_log);
    item->setToolTip(tr("%1 ms").arg(ms, 0, 'f', 2));
    item->setData(Qt::AccessibleTextRole, line);
    item->setData(Qt::UserRole, slow);
    if (slow) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    m_log->scrollToBottom();
}

void ScanPage::onFinished(const Report &report)
{
    closeStep();
    m_running = false;
    m_done = true;
    m_stop->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_wizard->findings()->setReport(report);
    const auto counts = report.summary();
    const QString summary = tr("%1 · %2 · %3")
                                .arg(SeverityStyle::count(Severity::Error, counts.value(Severity::Error)),
                                     SeverityStyle::count(Severity::Warning, counts.value(Severity::Warning)),
                                     SeverityStyle::count(Severity::Info, counts.value(Severity::Info)));
    if (report.cancelled) {
        m_status->setText(tr("The scan was stopped. The findings so far are incomplete: %1").arg(summary));
    } else {
        m_status->setText(tr("Scan finished in %1 ms: %2").arg(qRound(report.totalMs)).arg(summary));
        // Let the finished list show for a moment, then show the findings.
        QTimer::singleShot(400, this, [this] {
            if (m_wizard->currentPage() == this)
                m_wizard->next();
        });
    }
    emit completeChanged();
}

void ScanPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ScanPage::retranslate()
{
    setTitle(tr("Scanning"));
    setSubTitle(tr("Each check below is a question the doctor asks. Nothing is changed."));
    m_stop->setText(tr("&Stop"));
    m_stop->setAccessibleName(tr("Stop the scan"));
    m_log->setAccessibleName(tr("Checks done so far"));
    m_progress->setAccessibleName(tr("Scan progress"));
    setButtonText(QWizard::NextButton, tr("Show &findings >"));
}
