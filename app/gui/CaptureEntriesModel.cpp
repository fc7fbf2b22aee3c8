#include "CaptureEntriesModel.h"

#include "capture/CaptureText.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

CaptureEntriesModel::CaptureEntriesModel(QObject *parent) : QAbstractTableModel(parent) {}

void CaptureEntriesModel::setEntries(const QList<CapturedEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const CapturedEntry *CaptureEntriesModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int CaptureEntriesModel::rowOf(const QString &path) const
{
    // The plan lists its entries sorted by path.
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), path,
                                     [](const CapturedEntry &e, const QString &p) { return e.path < p; });
    return it != m_entries.cend() && it->path == path ? int(it - m_entries.cbegin()) : -1;
}

int CaptureEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CaptureEntriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaptureEntriesModel::data(const QModelIndex &index, int role) const
{
    const CapturedEntry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PathColumn: return e->path;
        case KindColumn: return CaptureText::kindText(*e);
        case NotesColumn: return CaptureText::noteText(*e);
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole: return CaptureText::entryLine(*e);
    case Qt::AccessibleTextRole: return CaptureText::entryLine(*e);
    case Qt::DecorationRole:
        if (column == PathColumn && qobject_cast<QApplication *>(QCoreApplication::instance())) {
            QStyle *style = QApplication::style();
            switch (e->kind) {
            case CapturedEntry::Kind::Folder: return style->standardIcon(QStyle::SP_DirIcon);
            case CapturedEntry::Kind::Link: return style->standardIcon(QStyle::SP_FileLinkIcon);
            case CapturedEntry::Kind::File: return style->standardIcon(QStyle::SP_FileIcon);
            }
        }
        break;
    case Qt::FontRole:
        // What was changed before it leaves is worth a second look.
        if (column == NotesColumn && (e->redacted || e->unreadable)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case SortRole:
        switch (column) {
        case PathColumn: return e->path;
        case KindColumn: return CaptureText::kindText(*e);
        case NotesColumn: return qint64(e->content.size());
        case ColumnCount: break;
        }
        break;
    case PathRole: return e->path;
    case RedactedRole: return e->redacted;
    default: break;
    }
    return {};
}

QVariant CaptureEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PathColumn: return tr("Path");
    case KindColumn: return tr("Kind");
    case NotesColumn: return tr("Size and notes");
    case ColumnCount: break;
    }
    return {};
}

void CaptureEntriesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, KindColumn), index(int(m_entries.size()) - 1, NotesColumn));
}
