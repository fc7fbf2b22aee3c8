#include "BuildMonitorPage.h"

#include "DoctorWizard.h"
#include "MonitorCharts.h"
#include "SeverityStyle.h"
#include "monitor/BuildVerdict.h"
#include "monitor/CommandWords.h"
#include "monitor/MonitorCsv.h"
#include "system/SystemView.h"

#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QString kDefaultCommand = QStringLiteral("go build ./...");

Severity severityOf(BuildSummary::Level level)
{
    switch (level) {
    case BuildSummary::Level::Error: return Severity::Error;
    case BuildSummary::Level::Warning: return Severity::Warning;
    case BuildSummary::Level::Info: return Severity::Info;
    case BuildSummary::Level::Ok: break;
    }
    return Severity::Ok;
}

QString seconds(qint64 ms)
{
    return QString::number(ms / 1000.0, 'f', ms < 10000 ? 1 : 0);
}

// The folder a build starts in: the last one used, else the current folder when it holds a
// go.mod, else the home folder.
QString defaultFolder()
{
    const QString saved = QSettings().value(QStringLiteral("monitor/folder")).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    if (QFileInfo::exists(QDir::current().filePath(QStringLiteral("go.mod"))))
        return QDir::currentPath();
    return QDir::homePath();
}
} // namespace

BuildMonitorPage::BuildMonitorPage(DoctorWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_intro(new QLabel(this)),
      m_folderLabel(new QLabel(this)),
      m_folder(new QLineEdit(this)),
      m_browse(new QPushButton(this)),
      m_commandLabel(new QLabel(this)),
      m_command(new QLineEdit(this)),
      m_parallelLabel(new QLabel(this)),
      m_parallel(new QSpinBox(this)),
      m_limitBox(new QCheckBox(this)),
      m_memoryLabel(new QLabel(this)),
      m_memoryLimit(new QSpinBox(this)),
      m_cpuLabel(new QLabel(this)),
      m_cpuLimit(new QDoubleSpinBox(this)),
      m_limitReason(new QLabel(this)),
      m_start(new QPushButton(this)),
      m_stop(new QPushButton(this)),
      m_status(new QLabel(this)),
      m_charts(new MonitorCharts(this)),
      m_outputLabel(new QLabel(this)),
      m_output(new QPlainTextEdit(this)),
      m_summaryBadge(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_saveCsv(new QPushButton(this)),
      m_saveCharts(new QPushButton(this)),
      m_useInFindings(new QPushButton(this)),
      m_redraw(new QTimer(this))
{
    setObjectName(QStringLiteral("buildMonitorPage"));
    setFinalPage(true); // Close stays at hand; Next goes on to the Fix page
    m_folder->setObjectName(QStringLiteral("monitorFolder"));
    m_command->setObjectName(QStringLiteral("monitorCommand"));
    m_parallel->setObjectName(QStringLiteral("monitorParallel"));
    m_limitBox->setObjectName(QStringLiteral("monitorLimits"));
    m_memoryLimit->setObjectName(QStringLiteral("monitorMemoryLimit"));
    m_cpuLimit->setObjectName(QStringLiteral("monitorCpuLimit"));
    m_start->setObjectName(QStringLiteral("monitorStart"));
    m_stop->setObjectName(QStringLiteral("monitorStop"));
    m_status->setObjectName(QStringLiteral("monitorStatus"));
    m_summary->setObjectName(QStringLiteral("monitorSummary"));
    m_output->setObjectName(QStringLiteral("monitorOutput"));
    m_useInFindings->setObjectName(QStringLiteral("monitorUseInFindings"));

    m_intro->setWordWrap(true);
    m_folderLabel->setBuddy(m_folder);
    m_commandLabel->setBuddy(m_command);
    m_parallelLabel->setBuddy(m_parallel);
    m_command->setText(QSettings().value(QStringLiteral("monitor/command"), kDefaultCommand).toString());
    m_parallel->setRange(0, 256);
    m_limitBox->setChecked(false);
    // In MiB: small limits (what makes a build fail) need more precision than GiB gives.
    m_memoryLimit->setRange(16, 1024 * 1024);
    m_memoryLimit->setSingleStep(256);
    m_memoryLimit->setValue(2048);
    m_memoryLabel->setBuddy(m_memoryLimit);
    m_cpuLimit->setDecimals(1);
    m_cpuLimit->setRange(0.1, qMax(1, QThread::idealThreadCount()));
    m_cpuLimit->setSingleStep(0.5);
    m_cpuLimit->setValue(qMax(1, QThread::idealThreadCount() / 2));
    m_cpuLabel->setBuddy(m_cpuLimit);
    m_limitReason->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(3000); // a noisy build must not grow the widget without bound
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_outputLabel->setBuddy(m_output);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryBadge->setAlignment(Qt::AlignTop);
    m_redraw->setSingleShot(true);

    auto *limits = new QHBoxLayout;
    limits->addWidget(m_limitBox);
    limits->addSpacing(8);
    limits->addWidget(m_memoryLabel);
    limits->addWidget(m_memoryLimit);
    limits->addSpacing(8);
    limits->addWidget(m_cpuLabel);
    limits->addWidget(m_cpuLimit);
    limits->addSpacing(8);
    limits->addWidget(m_limitReason, 1);

    auto *form = new QGridLayout;
    form->addWidget(m_folderLabel, 0, 0);
    form->addWidget(m_folder, 0, 1);
    form->addWidget(m_browse, 0, 2);
    form->addWidget(m_commandLabel, 1, 0);
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_parallelLabel);
    commandRow->addWidget(m_parallel);
    form->addLayout(commandRow, 1, 1);
    form->setColumnStretch(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_status, 1);

    auto *outputBox = new QWidget(this);
    auto *outputLayout = new QVBoxLayout(outputBox);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    outputLayout->addWidget(m_outputLabel);
    outputLayout->addWidget(m_output, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_charts);
    split->addWidget(outputBox);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 2);
    split->setSizes({700, 280}); // the charts are what this page is for
    split->setChildrenCollapsible(false);

    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summaryBadge);
    summaryRow->addWidget(m_summary, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveCsv);
    saveRow->addWidget(m_saveCharts);
    saveRow->addWidget(m_useInFindings);
    saveRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(limits);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    layout->addLayout(summaryRow);
    layout->addLayout(saveRow);

    connect(m_browse, &QPushButton::clicked, this, &BuildMonitorPage::chooseFolder);
    connect(m_limitBox, &QCheckBox::toggled, this, &BuildMonitorPage::updateControls);
    connect(m_start, &QPushButton::clicked, this, &BuildMonitorPage::startBuild);
    connect(m_stop, &QPushButton::clicked, &m_session, &BuildSession::stop);
    connect(m_command, &QLineEdit::returnPressed, this, &BuildMonitorPage::startBuild);
    connect(m_saveCsv, &QPushButton::clicked, this, &BuildMonitorPage::saveCsv);
    connect(m_saveCharts, &QPushButton::clicked, this, &BuildMonitorPage::saveCharts);
    connect(m_useInFindings, &QPushButton::clicked, this, &BuildMonitorPage::useInFindings);
    connect(&m_session, &BuildSession::sampled, this, &BuildMonitorPage::sampled);
    connect(&m_session, &BuildSession::eventRaised, this, [this](const MonitorEvent &e) {
        if (e.kind == MonitorEvent::Kind::Note || e.kind == MonitorEvent::Kind::OomKill)
            m_output->appendPlainText(QStringLiteral("[go-env-doctor] ") + e.text);
        m_dirty = true;
    });
    connect(&m_session, &BuildSession::outputReceived, this, [this](const QString &text) {
        QString t = text;
        if (t.endsWith(QLatin1Char('\n')))
            t.chop(1);
        m_output->appendPlainText(t);
    });
    connect(&m_session, &BuildSession::started, this, [this](qint64 pid, const QString &cgroup) {
        m_status->setText(tr("Running (process %1, cgroup %2)…").arg(pid).arg(cgroup));
    });
    connect(&m_session, &BuildSession::finished, this, &BuildMonitorPage::buildFinished);
    connect(m_redraw, &QTimer::timeout, this, &BuildMonitorPage::redraw);
    retranslate();
    updateControls();
}

BuildMonitorPage::~BuildMonitorPage()
{
    // The session stops its build and joins its sampler thread when it is destroyed.
    m_session.stop();
}

void BuildMonitorPage::initializePage()
{
    if (m_folder->text().isEmpty())
        m_folder->setText(defaultFolder());
    // What-if runs need a cgroup we may create (or a user manager with delegation): ask once.
    m_whatIf = WhatIfLauncher::probe();
    retranslate();
    updateControls();
}

void BuildMonitorPage::cleanupPage()
{
    m_session.stop();
}

bool BuildMonitorPage::validatePage()
{
    m_session.stop();
    return true;
}

void BuildMonitorPage::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder to build in"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(dir);
}

BuildRequest BuildMonitorPage::request(QString *error) const
{
    BuildRequest r;
    r.folder = m_folder->text().trimmed();
    QString quoting;
    r.argv = CommandWords::split(m_command->text(), &quoting);
    r.parallelism = m_parallel->value();
    if (m_limitBox->isChecked() && m_whatIf.available()) {
        r.limits.memoryMaxBytes = qint64(m_memoryLimit->value()) * 1024 * 1024;
        r.limits.cpuCores = m_cpuLimit->value();
    }
    if (!quoting.isEmpty())
        *error = quoting;
    else if (r.argv.isEmpty())
        *error = tr("Type the command to run, for example: go build ./...");
    else if (r.folder.isEmpty() || !QFileInfo(r.folder).isDir())
        *error = tr("The folder %1 does not exist.").arg(r.folder);
    return r;
}

bool BuildMonitorPage::startBuild()
{
    if (m_session.isRunning() || !m_start->isEnabled())
        return false;
    QString error;
    const BuildRequest r = request(&error);
    if (!error.isEmpty()) {
        m_status->setText(error);
        return false;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("monitor/folder"), r.folder);
    settings.setValue(QStringLiteral("monitor/command"), m_command->text());
    m_output->clear();
    m_charts->clear();
    m_summary->clear();
    m_summaryBadge->clear();
    m_haveSummary = false;
    m_lastCommand = BuildSession::commandLine(r).join(QLatin1Char(' '));
    m_output->appendPlainText(QStringLiteral("$ cd %1 && %2").arg(r.folder, m_lastCommand));
    m_status->setText(tr("Starting…"));
    m_session.start(r);
    updateControls();
    return true;
}

void BuildMonitorPage::sampled(const MonitorSample &sample)
{
    showStatus(sample);
    // One redraw per tick at most: samples that arrive together are drawn together.
    if (!m_redraw->isActive())
        m_redraw->start(50);
}

void BuildMonitorPage::redraw()
{
    m_charts->show(m_session.samples().samples(), m_session.events());
}

void BuildMonitorPage::showStatus(const MonitorSample &s)
{
    QString memory = BuildVerdict::bytes(s.treeRssBytes);
    if (s.memoryLimitBytes > 0)
        memory = tr("%1 of %2").arg(memory, BuildVerdict::bytes(s.memoryLimitBytes));
    QString text = tr("%1 s · memory %2 · CPU %3 cores · %n process(es)", nullptr, s.processCount)
                       .arg(seconds(s.elapsedMs), memory, QString::number(s.treeCpuCores, 'f', 1));
    if (s.oomKills > 0)
        text += QStringLiteral(" · ") + tr("%n OOM kill(s)", nullptr, int(s.oomKills));
    m_status->setText(text);
}

void BuildMonitorPage::buildFinished(const BuildSummary &summary)
{
    m_redraw->stop();
    redraw();
    m_lastSummary = summary;
    m_haveSummary = summary.started;
    const Severity severity = severityOf(summary.level);
    m_summaryBadge->setPixmap(SeverityStyle::pixmap(severity, 22));
    if (!summary.started) {
        m_summary->setText(tr("The build could not start: %1").arg(summary.startError.toHtmlEscaped()));
        m_status->setText(tr("Not started."));
        updateControls();
        return;
    }
    QStringList facts;
    facts << tr("Ended with %1 after %2 s (CPU time %3 s).")
                 .arg(summary.exitDescription, seconds(summary.wallMs), seconds(summary.cpuMs));
    // Against a limit, the number the kernel compares with it; without one, the build's own.
    QString peak = summary.memoryLimitBytes > 0 ? tr("Peak memory %1 of the %2 limit")
                                                      .arg(BuildVerdict::bytes(summary.peakAgainstLimit()),
                                                           BuildVerdict::bytes(summary.memoryLimitBytes))
                                                : tr("Peak memory %1").arg(BuildVerdict::bytes(summary.peakBytes()));
    if (summary.cpuQuotaCores > 0)
        peak += QStringLiteral(" · ") + tr("CPU quota %1 cores").arg(summary.cpuQuotaCores, 0, 'f', 1);
    if (summary.throttledUsec > 0)
        peak += QStringLiteral(" · ") + tr("throttled %1 s").arg(seconds(summary.throttledUsec / 1000));
    if (summary.oomKills > 0)
        peak += QStringLiteral(" · ") + tr("%n OOM kill(s)", nullptr, int(summary.oomKills));
    if (summary.whatIf)
        peak += QStringLiteral(" · ") + tr("what-if run (%1)").arg(summary.whatIfMethod);
    facts << peak;
    QString html = QStringLiteral("<b>%1</b><br>%2")
                       .arg(summary.verdict.toHtmlEscaped(), facts.join(QLatin1Char(' ')).toHtmlEscaped());
    for (const QString &note : summary.notes)
        html += QStringLiteral("<br><i>%1</i>").arg(note.toHtmlEscaped());
    m_summary->setText(html);
    m_status->setText(tr("Finished."));
    updateControls();
}

void BuildMonitorPage::saveCsv()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("build-samples.csv"));
    const QString file = QFileDialog::getSaveFileName(this, tr("Save samples"), suggested, tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!MonitorCsv::write(file, m_session.samples().samples(), &error))
        m_status->setText(tr("Could not save %1: %2").arg(file, error));
    else
        m_status->setText(tr("Samples saved to %1.").arg(file));
}

void BuildMonitorPage::saveCharts()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                                  .filePath(QStringLiteral("build-monitor.png"));
    const QString file = QFileDialog::getSaveFileName(this, tr("Save charts"), suggested, tr("PNG images (*.png)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!m_charts->saveImage(file, &error))
        m_status->setText(tr("Could not save %1: %2").arg(file, error));
    else
        m_status->setText(tr("Charts saved to %1.").arg(file));
}

void BuildMonitorPage::useInFindings()
{
    if (!m_haveSummary)
        return;
    // The next scan compares this build's peak with the memory limit (cgroup.memory-limit).
    Facts::MeasuredBuild measured;
    measured.peakBytes = m_lastSummary.peakBytes();
    measured.command = m_lastCommand;
    measured.folder = m_folder->text();
    m_wizard->setMeasuredBuild(measured);
    m_wizard->restart();
}

bool BuildMonitorPage::watchedBuild() const
{
    return m_session.samples().size() > 0;
}

QImage BuildMonitorPage::chartsImage() const
{
    return watchedBuild() ? m_charts->image(2) : QImage(); // twice the pixels: sharp on paper
}

void BuildMonitorPage::updateControls()
{
    const bool live = !(m_wizard->system() && m_wizard->system()->isSnapshot());
    const bool running = m_session.isRunning();
    for (QWidget *w : std::initializer_list<QWidget *>{m_folder, m_browse, m_command, m_parallel})
        w->setEnabled(live && !running);
    m_limitBox->setEnabled(live && !running && m_whatIf.available());
    for (QWidget *w : std::initializer_list<QWidget *>{m_memoryLabel, m_memoryLimit, m_cpuLabel, m_cpuLimit})
        w->setEnabled(m_limitBox->isEnabled() && m_limitBox->isChecked());
    m_start->setEnabled(live && !running);
    m_stop->setEnabled(running);
    const bool haveSamples = m_session.samples().size() > 0 && !running;
    m_saveCsv->setEnabled(haveSamples);
    m_saveCharts->setEnabled(haveSamples);
    m_useInFindings->setEnabled(m_haveSummary && !running && m_lastSummary.peakBytes() > 0);
    if (!live)
        m_status->setText(tr("Builds run on this computer only: a snapshot cannot run one."));
}

void BuildMonitorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void BuildMonitorPage::retranslate()
{
    setTitle(tr("Build monitor"));
    setSubTitle(tr("Run a real build and watch its memory and CPU next to the limits of its cgroup."));
    m_intro->setText(tr("“go build: signal: killed” usually means the kernel killed the build for using more "
                        "memory than its cgroup allows. Start a build here to see how close it comes to the "
                        "limit, and whether a CPU quota slows it down."));
    m_folderLabel->setText(tr("&Folder:"));
    m_browse->setText(tr("&Browse…"));
    m_commandLabel->setText(tr("&Command:"));
    m_parallelLabel->setText(tr("Parallel &jobs (-p):"));
    m_parallel->setSpecialValueText(tr("Go's default"));
    m_limitBox->setText(tr("&What-if: run under a limit"));
    m_memoryLabel->setText(tr("&Memory:"));
    m_memoryLimit->setSuffix(tr(" MiB"));
    m_cpuLabel->setText(tr("C&PU:"));
    m_cpuLimit->setSuffix(tr(" cores"));
    if (m_whatIf.available())
        m_limitReason->setText(tr("Runs the build in a new cgroup of its own (%1); your session's limits are not "
                                  "changed.")
                                   .arg(m_whatIf.methodName()));
    else
        m_limitReason->setText(m_whatIf.reason().isEmpty() ? QString()
                                                           : tr("Not available here: %1").arg(m_whatIf.reason()));
    m_start->setText(tr("&Start"));
    m_stop->setText(tr("S&top"));
    m_outputLabel->setText(tr("Build &output"));
    m_saveCsv->setText(tr("Save samples as CS&V…"));
    m_saveCharts->setText(tr("Save charts as P&NG…"));
    m_useInFindings->setText(tr("Scan again with this &peak"));
    m_useInFindings->setToolTip(tr("The memory-limit check then compares the limit with what this build needed."));
}
