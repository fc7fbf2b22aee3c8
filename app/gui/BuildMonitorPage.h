#pragma once

#include "monitor/BuildSession.h"
#include "monitor/WhatIfLauncher.h"

#include <QWizardPage>

class DoctorWizard;
class MonitorCharts;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

// "Build monitor": runs a real build (default `go build ./...`) in a chosen folder and draws its
// memory and CPU live next to the cgroup's limits, with OOM kills and throttling marked; after
// the build, a plain-words verdict. A what-if run repeats the build under a chosen memory and CPU
// limit to find what it needs. Builds run on this computer only: for a snapshot the page says so.
class BuildMonitorPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildMonitorPage)
public:
    explicit BuildMonitorPage(DoctorWizard *wizard);
    ~BuildMonitorPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;

    // For tests and the screenshots.
    BuildSession *session() { return &m_session; }
    MonitorCharts *charts() const { return m_charts; }
    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *commandEdit() const { return m_command; }
    QCheckBox *limitBox() const { return m_limitBox; }
    QSpinBox *memoryLimitEdit() const { return m_memoryLimit; }
    QDoubleSpinBox *cpuLimitEdit() const { return m_cpuLimit; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *summaryLabel() const { return m_summary; }
    // Starts the build as the Start button does; false (with the reason shown) when it cannot.
    bool startBuild();
    // The charts of the build watched in this session, for the report; null when none was.
    bool watchedBuild() const;
    QImage chartsImage() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateControls();
    void chooseFolder();
    void sampled(const MonitorSample &sample);
    void buildFinished(const BuildSummary &summary);
    void redraw();
    void showStatus(const MonitorSample &sample);
    void saveCsv();
    void saveCharts();
    void useInFindings();
    BuildRequest request(QString *error) const;

    DoctorWizard *m_wizard;
    BuildSession m_session;
    WhatIfLauncher m_whatIf;
    QLabel *m_intro;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLabel *m_commandLabel;
    QLineEdit *m_command;
    QLabel *m_parallelLabel;
    QSpinBox *m_parallel;
    QCheckBox *m_limitBox; // run under the limits below (what-if)
    QLabel *m_memoryLabel;
    QSpinBox *m_memoryLimit; // MiB
    QLabel *m_cpuLabel;
    QDoubleSpinBox *m_cpuLimit;
    QLabel *m_limitReason;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_status;
    MonitorCharts *m_charts;
    QLabel *m_outputLabel;
    QPlainTextEdit *m_output;
    QLabel *m_summaryBadge;
    QLabel *m_summary;
    QPushButton *m_saveCsv;
    QPushButton *m_saveCharts;
    QPushButton *m_useInFindings;
    QTimer *m_redraw;
    bool m_dirty = false;
    bool m_haveSummary = false;
    BuildSummary m_lastSummary;
    QString m_lastCommand;
};
