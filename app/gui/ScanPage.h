#pragma once

#include "model/CheckResult.h"

#include <QElapsedTimer>
#include <QWizardPage>

class DoctorWizard;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
struct Report;

// Runs the scan off the GUI thread: a progress bar, and a live list of the steps and checks as
// they finish, slow ones marked. "Stop" cancels; after a full scan the wizard moves on by itself.
class ScanPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanPage)
public:
    explicit ScanPage(DoctorWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // A step or check slower than this is marked in the list.
    static constexpr double kSlowMs = 100.0;
    // A probe step ("path", "limits", ...) in words; the capture dialog shows them too.
    static QString stepLabel(const QString &step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onProbing(const QString &step);
    void onCheckStarted(const QString &id, int index, int total);
    void onCheckFinished(const QString &id, const QList<CheckResult> &results, double ms);
    void onFinished(const Report &report);
    void closeStep();
    void addLine(const QString &text, Severity severity, double ms);

    DoctorWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_progress;
    QListWidget *m_log;
    QPushButton *m_stop;
    bool m_running = false;
    bool m_done = false;
    QString m_step; // the probe step under way
    QElapsedTimer m_stepClock;
};
