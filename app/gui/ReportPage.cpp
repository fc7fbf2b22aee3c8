#include "ReportPage.h"

#include "BuildMonitorPage.h"
#include "DoctorWizard.h"
#include "SeverityStyle.h"
#include "Translations.h"
#include "report/FindingsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const char *kFolderKey = "report/folder";

QString suffix(ReportExport::Format format)
{
    switch (format) {
    case ReportExport::Format::Pdf: return QStringLiteral("pdf");
    case ReportExport::Format::Html: return QStringLiteral("html");
    case ReportExport::Format::Json: return QStringLiteral("json");
    }
    return {};
}
} // namespace

ReportPage::ReportPage(DoctorWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_intro(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_privacy(new QCheckBox(this)),
      m_paperLabel(new QLabel(this)),
      m_paper(new QComboBox(this)),
      m_pdf(new QPushButton(this)),
      m_html(new QPushButton(this)),
      m_json(new QPushButton(this)),
      m_status(new QLabel(this)),
      m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("reportPage"));
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_privacy->setObjectName(QStringLiteral("reportPrivacy"));
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_pdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_html->setObjectName(QStringLiteral("exportHtmlButton"));
    m_json->setObjectName(QStringLiteral("exportJsonButton"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_open->setObjectName(QStringLiteral("openReportButton"));

    m_intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setEnabled(false);
    m_paperLabel->setBuddy(m_paper);
    for (int i = 0; i < 3; ++i)
        m_paper->addItem(QString());
    m_paper->setItemData(0, int(ReportExport::Paper::Auto));
    m_paper->setItemData(1, int(ReportExport::Paper::A4));
    m_paper->setItemData(2, int(ReportExport::Paper::Letter));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_privacy);
    form->addRow(m_paperLabel, m_paper);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_html);
    buttons->addWidget(m_json);
    buttons->addStretch(1);

    // The Open button right beside where the report went.
    auto *written = new QHBoxLayout;
    written->addWidget(m_open);
    written->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addLayout(buttons);
    layout->addLayout(written);
    layout->addStretch(1);

    connect(m_pdf, &QPushButton::clicked, this, [this] { exportAs(ReportExport::Format::Pdf); });
    connect(m_html, &QPushButton::clicked, this, [this] { exportAs(ReportExport::Format::Html); });
    connect(m_json, &QPushButton::clicked, this, [this] { exportAs(ReportExport::Format::Json); });
    connect(m_privacy, &QCheckBox::toggled, this, &ReportPage::updateSummary);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastFile)); });
    connect(wizard, &DoctorWizard::languageChanged, this, &ReportPage::updateSummary);
    retranslate();
}

void ReportPage::initializePage()
{
    m_status->clear();
    m_open->setEnabled(false);
    updateSummary();
}

ReportExport::Options ReportPage::options() const
{
    ReportExport::Options o;
    o.privacy = m_privacy->isChecked();
    o.paper = ReportExport::Paper(m_paper->currentData().toInt());
    o.language = m_wizard->language();
    if (auto *monitor = qobject_cast<BuildMonitorPage *>(m_wizard->page(DoctorWizard::BuildMonitorPageId)))
        o.charts = monitor->chartsImage();
    return o;
}

void ReportPage::updateSummary()
{
    const Report &report = m_wizard->findings()->report();
    const auto counts = report.summary();
    QStringList countTexts;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info, Severity::Skipped, Severity::Ok})
        countTexts << SeverityStyle::count(s, counts.value(s));
    QStringList items;
    items << tr("The findings of the scan of %1: %2.")
                 .arg(m_wizard->sourceDescription(), countTexts.join(QStringLiteral(" · ")))
                 .toHtmlEscaped();
    items << tr("The PATH and links diagram.").toHtmlEscaped();
    auto *monitor = qobject_cast<BuildMonitorPage *>(m_wizard->page(DoctorWizard::BuildMonitorPageId));
    items << (!monitor || !monitor->watchedBuild()
                  ? tr("No build charts: no build was watched on the Build monitor page in this session.")
                  : tr("The build monitor's charts of the build watched in this session."))
                 .toHtmlEscaped();
    items << tr("The Go environment (go env), the values someone changed first.").toHtmlEscaped();
    items << tr("Language: %1.").arg(Translations::nativeName(m_wizard->language())).toHtmlEscaped();
    if (m_privacy->isChecked())
        items << tr("Your user name, host name and home folder are hidden.").toHtmlEscaped();
    m_summary->setText(QStringLiteral("<b>%1</b><ul style=\"margin-left: -20px\"><li>%2</li></ul>")
                           .arg(tr("The report will hold:").toHtmlEscaped(), items.join(QStringLiteral("</li><li>"))));
    // "Automatic" says what it picks here.
    const QString automatic =
        ReportExport::pageSize(ReportExport::Paper::Auto) == QPageSize::Letter ? tr("US Letter") : QStringLiteral("A4");
    m_paper->setItemText(0, tr("Automatic (%1)").arg(automatic));
}

QString ReportPage::askForFile(ReportExport::Format format, const QString &suggested)
{
    if (m_chooser)
        return m_chooser(format, suggested);
    QString filter;
    switch (format) {
    case ReportExport::Format::Pdf: filter = tr("PDF documents (*.pdf)"); break;
    case ReportExport::Format::Html: filter = tr("Web pages (*.html)"); break;
    case ReportExport::Format::Json: filter = tr("JSON files (*.json)"); break;
    }
    return QFileDialog::getSaveFileName(this, tr("Save the report"), suggested, filter);
}

void ReportPage::exportAs(ReportExport::Format format)
{
    const QSettings settings;
    const QString folder =
        settings.value(QLatin1String(kFolderKey), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const Report &report = m_wizard->findings()->report();
    // go-env-report-HOST-20261126.pdf: whose and when, unless the host is to stay private.
    QString name = QStringLiteral("go-env-report");
    if (!m_privacy->isChecked() && !report.host.hostname.isEmpty())
        name += QLatin1Char('-') + report.host.hostname;
    name += QLatin1Char('-') + report.generated.toString(QStringLiteral("yyyyMMdd"));
    QString file = askForFile(format, QDir(folder).filePath(name + QLatin1Char('.') + suffix(format)));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().toLower() != suffix(format))
        file += QLatin1Char('.') + suffix(format); // a name typed without its extension
    if (exportTo(file))
        QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(file).absolutePath());
}

bool ReportPage::exportTo(const QString &file)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = ReportExport::write(m_wizard->findings()->report(), file, options(), &error);
    QGuiApplication::restoreOverrideCursor();
    m_lastFile = ok ? file : QString();
    m_open->setEnabled(ok);
    m_status->setText(ok ? tr("Report written to %1.").arg(QDir::toNativeSeparators(file)) : error);
    return ok;
}

void ReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ReportPage::retranslate()
{
    setTitle(tr("Report"));
    setSubTitle(tr("Keep what the scan found, or hand it to a colleague: a PDF to read, a web page, or JSON for "
                   "tools."));
    m_intro->setText(tr("Secrets (passwords in proxy addresses, tokens) are never written into a report. Tick "
                        "privacy to hide who and where as well."));
    m_privacy->setText(tr("Pri&vacy: hide my user name, host name and home folder"));
    m_paperLabel->setText(tr("P&aper (PDF):"));
    m_paper->setItemText(1, QStringLiteral("A4"));
    m_paper->setItemText(2, tr("US Letter"));
    m_pdf->setText(tr("Export &PDF…"));
    m_html->setText(tr("Export &HTML…"));
    m_json->setText(tr("Export &JSON…"));
    m_open->setText(tr("&Open"));
    updateSummary();
}
