#include "FindingsModel.h"

#include <algorithm>

namespace {
// Areas that share a heading in the text report share a group here too.
QString areaKey(const QString &checkId)
{
    const QString prefix = checkId.section(QLatin1Char('.'), 0, 0);
    return TextReport::areaTitle(prefix);
}

bool speaks(Severity s)
{
    return s == Severity::Error || s == Severity::Warning || s == Severity::Info;
}
} // namespace

FindingsModel::FindingsModel(QObject *parent) : QAbstractItemModel(parent) {}

QString FindingsModel::severityText(Severity s)
{
    switch (s) {
    case Severity::Error: return tr("Error");
    case Severity::Warning: return tr("Warning");
    case Severity::Info: return tr("Note");
    case Severity::Ok: return tr("Passed");
    case Severity::Skipped: return tr("Skipped");
    }
    return {};
}

void FindingsModel::setReport(const Report &report)
{
    beginResetModel();
    m_report = report;
    m_areas.clear();
    for (int i = 0; i < m_report.results.size(); ++i) {
        const CheckResult &r = m_report.results.at(i);
        const QString key = areaKey(r.check);
        auto it = std::find_if(m_areas.begin(), m_areas.end(), [&](const Area &a) { return a.key == key; });
        if (it == m_areas.end()) {
            m_areas.append(Area{key, key, {}, Severity::Ok});
            it = m_areas.end() - 1;
        }
        it->rows.append(i);
        it->worst = worse(it->worst, r.severity);
    }
    for (Area &a : m_areas) {
        // Worst first; the order checks ran in otherwise (stable).
        std::stable_sort(a.rows.begin(), a.rows.end(), [this](int x, int y) {
            return severityRank(m_report.results.at(x).severity) < severityRank(m_report.results.at(y).severity);
        });
    }
    endResetModel();
}

void FindingsModel::clear()
{
    setReport(Report());
}

const CheckResult *FindingsModel::result(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kAreaId)
        return nullptr;
    const int row = data(index, ResultIndexRole).toInt();
    return row >= 0 && row < m_report.results.size() ? &m_report.results.at(row) : nullptr;
}

QModelIndex FindingsModel::indexOfCheck(const QString &checkId) const
{
    QModelIndex fallback;
    for (int a = 0; a < m_areas.size(); ++a) {
        for (int r = 0; r < m_areas.at(a).rows.size(); ++r) {
            const CheckResult &res = m_report.results.at(m_areas.at(a).rows.at(r));
            if (res.check != checkId)
                continue;
            const QModelIndex idx = index(r, 0, index(a, 0));
            if (speaks(res.severity))
                return idx;
            if (!fallback.isValid())
                fallback = idx;
        }
    }
    return fallback;
}

QModelIndex FindingsModel::firstProblem() const
{
    // Areas keep the order checks ran in; the worst problem anywhere comes first.
    QModelIndex best;
    int bestRank = severityRank(Severity::Info) + 1;
    for (int a = 0; a < m_areas.size(); ++a) {
        const Area &area = m_areas.at(a);
        if (area.rows.isEmpty())
            continue;
        const int rank = severityRank(m_report.results.at(area.rows.first()).severity);
        if (rank < bestRank) {
            bestRank = rank;
            best = index(0, 0, index(a, 0));
        }
    }
    if (!best.isValid() && !m_areas.isEmpty())
        best = index(0, 0);
    return best;
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kAreaId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kAreaId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kAreaId);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_areas.size());
    if (parent.column() != 0 || parent.internalId() != kAreaId)
        return 0;
    return int(m_areas.at(parent.row()).rows.size());
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString FindingsModel::areaSummary(const Area &area) const
{
    QMap<Severity, int> counts;
    for (int row : area.rows)
        counts[m_report.results.at(row).severity] += 1;
    QStringList parts;
    if (counts.value(Severity::Error))
        parts << tr("errors: %1").arg(counts.value(Severity::Error));
    if (counts.value(Severity::Warning))
        parts << tr("warnings: %1").arg(counts.value(Severity::Warning));
    if (counts.value(Severity::Info))
        parts << tr("notes: %1").arg(counts.value(Severity::Info));
    if (parts.isEmpty())
        parts << tr("all passed");
    return parts.join(tr(", "));
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kAreaId) {
        const Area &area = m_areas.at(index.row());
        switch (role) {
        case Qt::DisplayRole: return index.column() == TitleColumn ? area.title : areaSummary(area);
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole: return tr("%1: %2").arg(area.title, areaSummary(area));
        case SeverityRole: return int(area.worst);
        case ResultIndexRole: return -1;
        case AreaRole: return area.key;
        default: return {};
        }
    }
    const Area &area = m_areas.at(int(index.internalId() - 1));
    const int resultIndex = area.rows.at(index.row());
    const CheckResult &r = m_report.results.at(resultIndex);
    switch (role) {
    case Qt::DisplayRole: return index.column() == TitleColumn ? r.title : severityText(r.severity);
    case Qt::ToolTipRole: return r.check;
    case Qt::AccessibleTextRole: return tr("%1: %2").arg(severityText(r.severity), r.title);
    case SeverityRole: return int(r.severity);
    case CheckIdRole: return r.check;
    case ResultIndexRole: return resultIndex;
    case AreaRole: return area.key;
    default: return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Finding") : tr("Severity");
}

Qt::ItemFlags FindingsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}
