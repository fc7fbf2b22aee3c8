#include "DoctorWizard.h"

#include "BuildMonitorPage.h"
#include "FindingsPage.h"
#include "FixPage.h"
#include "PathLinksPage.h"
#include "ReportPage.h"
#include "ScanPage.h"
#include "Translations.h"
#include "WelcomePage.h"
#include "checks/CheckRegistry.h"
#include "report/FindingsModel.h"
#include "system/LiveSystem.h"
#include "system/SnapshotSystem.h"

#include <QEvent>
#include <QIcon>
#include <QLocale>
#include <QScreen>
#include <QSettings>

DoctorWizard::DoctorWizard(QWidget *parent)
    : QWizard(parent),
      m_system(std::make_shared<LiveSystem>()),
      m_checks(CheckRegistry::all()),
      m_findings(new FindingsModel(this))
{
    setObjectName(QStringLiteral("doctorWizard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/go-env-doctor-128.png")));
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, QPixmap(QStringLiteral(":/icons/go-env-doctor-64.png")));
    // Every page from the findings on can end the wizard (Close) or go on, up to the report, the
    // last page; Back returns. "Scan again" starts over; Cancel has nothing left to stop
    // once the findings are in.
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(WelcomePageId, new WelcomePage(this));
    setPage(ScanPageId, new ScanPage(this));
    setPage(FindingsPageId, new FindingsPage(this));
    setPage(PathLinksPageId, new PathLinksPage(this));
    setPage(BuildMonitorPageId, new BuildMonitorPage(this));
    setPage(FixPageId, new FixPage(this));
    setPage(ReportPageId, new ReportPage(this));
    connect(this, &QWizard::currentIdChanged, this,
            [this](int id) { setOption(QWizard::NoCancelButton, id >= FindingsPageId); });
    setStartId(WelcomePageId);
    // Made for 1280x800, usable down to 1024x600: never larger than the screen it opens on.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    setMinimumSize(qMin(800, available.width()), qMin(500, available.height()));
    resize(qMin(1280, available.width()), qMin(800, available.height()));
    retranslate();
}

DoctorWizard::~DoctorWizard()
{
    m_runner.cancel();
}

bool DoctorWizard::openSource(const QString &snapshotFolder, QString *error)
{
    if (snapshotFolder.isEmpty()) {
        m_system = std::make_shared<LiveSystem>();
        return true;
    }
    QString why;
    std::shared_ptr<SnapshotSystem> snapshot = SnapshotSystem::open(snapshotFolder, &why);
    if (!snapshot) {
        if (error)
            *error = why;
        return false;
    }
    m_system = snapshot;
    return true;
}

QString DoctorWizard::sourceDescription() const
{
    return m_system && m_system->isSnapshot() ? tr("the snapshot %1").arg(m_system->sourcePath()) : tr("this computer");
}

void DoctorWizard::startScan()
{
    m_runner.start(m_system, m_checks, m_measured);
}

void DoctorWizard::setLanguage(const QString &lang)
{
    const QString chosen = Translations::apply(lang, m_qmFolders);
    // Sizes follow the interface language ("283 字节", not "283 bytes", in the capture dialog);
    // English keeps the locale the program started with.
    static const QLocale startLocale;
    QLocale::setDefault(chosen == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China) : startLocale);
    if (chosen == m_language)
        return;
    m_language = chosen;
    QSettings().setValue(QStringLiteral("language"), chosen);
    emit languageChanged(chosen);
}

void DoctorWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void DoctorWizard::retranslate()
{
    setWindowTitle(tr("Go Env Doctor"));
    // QWizard sets its button texts once; set them again in the current language (Qt's own
    // translations from qt6-translations-l10n provide these strings).
    setButtonText(QWizard::BackButton, QCoreApplication::translate("QWizard", "< &Back"));
    setButtonText(QWizard::NextButton, QCoreApplication::translate("QWizard", "&Next >"));
    setButtonText(QWizard::CancelButton, QCoreApplication::translate("QWizard", "Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    // From the findings, Next says where it goes.
    page(FindingsPageId)->setButtonText(QWizard::NextButton, tr("&Next: PATH && links >"));
    page(PathLinksPageId)->setButtonText(QWizard::NextButton, tr("&Next: Build monitor >"));
    page(BuildMonitorPageId)->setButtonText(QWizard::NextButton, tr("&Next: Fix >"));
    page(FixPageId)->setButtonText(QWizard::NextButton, tr("&Next: Report >"));
}

void DoctorWizard::done(int result)
{
    // Closing while a scan runs: stop it; the runner waits for its worker when destroyed.
    m_runner.cancel();
    QWizard::done(result);
}
