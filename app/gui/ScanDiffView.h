#pragma once

#include "report/ScanDiff.h"

#include <QWidget>

class QLabel;
class QListWidget;

// What changed since the scan the fix script was made from: a one-line summary and a list with
// ✓ fixed, ✗ still failing, ! new and ? not checked. The marks and words carry the meaning;
// the colours only repeat it.
class ScanDiffView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanDiffView)
public:
    explicit ScanDiffView(QWidget *parent = nullptr);

    // `snapshot`: both scans read the same snapshot, which cannot have changed.
    void showChanges(const QList<ScanChange> &changes, bool snapshot = false);
    void clear();
    bool hasChanges() const { return m_shown; }
    QLabel *summaryLabel() const { return m_summary; }
    QListWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refill();

    QLabel *m_summary;
    QListWidget *m_list;
    QList<ScanChange> m_changes;
    bool m_shown = false;
    bool m_snapshot = false;
};
