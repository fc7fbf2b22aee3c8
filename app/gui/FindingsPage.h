#pragma once

#include <QMap>
#include <QWizardPage>

#include "model/CheckResult.h"

class DoctorWizard;
class QLabel;
class QPushButton;
class QTreeView;
class ResultDetails;
class SeverityIconProxy;

// The findings grouped by area, counts per severity, the details of the selected one, and
// copying them as text for a ticket.
class FindingsPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsPage)
public:
    explicit FindingsPage(DoctorWizard *wizard);

    void initializePage() override;
    // Selects the result of a check (for "caused by" links); false when there is none.
    bool selectCheck(const QString &checkId);
    QTreeView *tree() const { return m_tree; }
    ResultDetails *details() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCounts();
    void showCurrent();
    void copyFinding();
    void copyAll();
    void openFile(const QString &path, int line);

    DoctorWizard *m_wizard;
    SeverityIconProxy *m_proxy;
    QTreeView *m_tree;
    ResultDetails *m_details;
    QMap<Severity, QLabel *> m_counts;
    QPushButton *m_copyFinding;
    QPushButton *m_copyAll;
    QPushButton *m_rescan;
};
