#include "FixChecklistModel.h"

#include "SeverityStyle.h"

#include <algorithm>

FixChecklistModel::FixChecklistModel(QObject *parent) : QAbstractListModel(parent) {}

void FixChecklistModel::setSteps(const QList<FixStep> &steps, const QHash<QString, QString> &findingTitles)
{
    beginResetModel();
    m_steps = steps;
    m_titles = findingTitles;
    endResetModel();
}

bool FixChecklistModel::isTicked(const FixStep &step) const
{
    return !step.isManual() && m_choices.value(step.fixId, step.recommended);
}

QList<FixStep> FixChecklistModel::chosenSteps() const
{
    QList<FixStep> chosen;
    for (const FixStep &s : m_steps) {
        if (s.isManual() || isTicked(s))
            chosen << s;
    }
    return chosen;
}

int FixChecklistModel::scriptedCount() const
{
    return int(std::count_if(m_steps.cbegin(), m_steps.cend(), [](const FixStep &s) { return !s.isManual(); }));
}

int FixChecklistModel::tickedCount() const
{
    return int(std::count_if(m_steps.cbegin(), m_steps.cend(), [this](const FixStep &s) { return isTicked(s); }));
}

int FixChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QStringList FixChecklistModel::answers(const FixStep &step) const
{
    QStringList out;
    for (const QString &check : step.addresses) {
        const QString title = m_titles.value(check);
        out << (title.isEmpty() ? check : title);
    }
    return out;
}

QStringList FixChecklistModel::details(const FixStep &step) const
{
    QStringList lines;
    if (step.isManual())
        lines << tr("By hand: %1").arg(step.manual);
    // Often the reason is the finding's own title: then it is not said twice.
    const QString answered = answers(step).join(QStringLiteral("; "));
    if (!answered.isEmpty() && answered != SeverityStyle::plain(step.why))
        lines << tr("Answers: %1").arg(answered);
    if (!step.changes.isEmpty())
        lines << tr("May change: %1").arg(step.changes.join(QStringLiteral(", ")));
    return lines;
}

QString FixChecklistModel::toolTip(const FixStep &step) const
{
    QStringList lines = QStringList{SeverityStyle::plain(step.title), SeverityStyle::plain(step.why)} + details(step);
    if (step.needsRoot)
        lines << tr("Needs root: the script asks for your password (sudo) when it runs.");
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

QVariant FixChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const FixStep &s = m_steps.at(index.row());
    switch (role) {
    // Titles and reasons mark commands with backticks for the text report; plain here.
    case Qt::DisplayRole: return SeverityStyle::plain(s.title);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: return toolTip(s);
    case Qt::CheckStateRole:
        if (s.isManual())
            return {};
        return isTicked(s) ? Qt::Checked : Qt::Unchecked;
    case FixIdRole: return s.fixId;
    case WhyRole: return SeverityStyle::plain(s.why);
    case AnswersRole: return answers(s);
    case ChangesRole: return s.changes;
    case NeedsRootRole: return s.needsRoot;
    case ManualRole: return s.isManual();
    case ManualTextRole: return s.manual;
    case DetailsRole: return details(s);
    default: return {};
    }
}

bool FixChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.row() >= m_steps.size())
        return false;
    const FixStep &s = m_steps.at(index.row());
    if (s.isManual())
        return false;
    const bool ticked = value.toInt() == Qt::Checked;
    if (ticked == isTicked(s))
        return true;
    m_choices.insert(s.fixId, ticked);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit choiceChanged();
    return true;
}

Qt::ItemFlags FixChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_steps.at(index.row()).isManual())
        f |= Qt::ItemIsUserCheckable;
    return f;
}
