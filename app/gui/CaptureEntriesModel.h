#pragma once

#include "capture/RecordingSystem.h"

#include <QAbstractTableModel>

// The paths a snapshot will hold, one row each, for the capture dialog's list: the path, what it
// is (CaptureText::kindText) and its size and what was done to it (CaptureText::noteText). Sorts
// by the path, the kind, or the stored size (SortRole) through a QSortFilterProxyModel.
class CaptureEntriesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureEntriesModel)
public:
    enum Column { PathColumn, KindColumn, NotesColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // the path; the kind's name; the stored size in bytes
        PathRole,                    // QString: the entry's path, whatever the column
        RedactedRole,                // bool
    };

    explicit CaptureEntriesModel(QObject *parent = nullptr);

    void setEntries(const QList<CapturedEntry> &entries);
    const QList<CapturedEntry> &entries() const { return m_entries; }
    // The entry of a row, nullptr for a bad row.
    const CapturedEntry *entry(int row) const;
    // The row of `path`, -1 when the snapshot does not hold it.
    int rowOf(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Header texts follow a language switch.
    void retranslate();

private:
    QList<CapturedEntry> m_entries;
};
