#pragma once

#include "checks/Check.h"
#include "engine/ScanEngine.h"

#include <QWizard>

#include <memory>

class FindingsModel;
class SystemView;

// The wizard a newcomer sees: Welcome → Scan → Findings → PATH & links → Build monitor → Fix → Report. It owns
// what the pages share: the system being examined (this computer or a snapshot), the scan runner and the findings
// model.
class DoctorWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoctorWizard)
public:
    // Report stays last: pages added later go before it.
    enum PageId {
        WelcomePageId,
        ScanPageId,
        FindingsPageId,
        PathLinksPageId,
        BuildMonitorPageId,
        FixPageId,
        ReportPageId
    };

    explicit DoctorWizard(QWidget *parent = nullptr);
    ~DoctorWizard() override;

    // Chooses what to examine: a snapshot folder, or this computer when `snapshotFolder` is
    // empty. Returns false with a message naming the problem when the snapshot cannot be read.
    bool openSource(const QString &snapshotFolder, QString *error);
    std::shared_ptr<const SystemView> system() const { return m_system; }
    // "this computer" or "snapshot /path", for page subtitles.
    QString sourceDescription() const;

    // The checks a scan runs: all of them, unless a caller (a test) narrows them.
    void setChecks(const QList<Check> &checks) { m_checks = checks; }
    const QList<Check> &checks() const { return m_checks; }

    ScanRunner *runner() { return &m_runner; }
    // Starts a scan of system() with checks(), including the build measured on the monitor page.
    void startScan();
    // A build watched on the monitor page: later scans compare its peak with the memory limit.
    void setMeasuredBuild(const Facts::MeasuredBuild &measured) { m_measured = measured; }
    const std::optional<Facts::MeasuredBuild> &measuredBuild() const { return m_measured; }
    FindingsModel *findings() { return m_findings; }

    // Switches the interface language ("en", "zh_CN") and remembers it (QSettings).
    void setLanguage(const QString &lang);
    QString language() const { return m_language; }
    // Extra folders for .qm files (tests pass the build tree's).
    void setTranslationFolders(const QStringList &folders) { m_qmFolders = folders; }

signals:
    void languageChanged(const QString &lang);

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslate();

    std::shared_ptr<const SystemView> m_system;
    QList<Check> m_checks;
    ScanRunner m_runner;
    FindingsModel *m_findings = nullptr;
    QString m_language;
    QStringList m_qmFolders;
    std::optional<Facts::MeasuredBuild> m_measured;
};
