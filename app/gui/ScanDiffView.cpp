#include "ScanDiffView.h"

#include "SeverityStyle.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace {
// Mark, colour: shared with the text so the list reads in black and white too.
QString markOf(ScanChange::Kind kind)
{
    switch (kind) {
    case ScanChange::Kind::Fixed: return QStringLiteral("✓");
    case ScanChange::Kind::StillFailing: return QStringLiteral("✗");
    case ScanChange::Kind::New: return QStringLiteral("!");
    case ScanChange::Kind::Unchecked: return QStringLiteral("?");
    }
    return {};
}

QColor colourOf(ScanChange::Kind kind)
{
    // Blue-green for good news and vermilion/orange for bad: apart for red-green colour blindness.
    switch (kind) {
    case ScanChange::Kind::Fixed: return QColor(0x00, 0x7a, 0x5e);
    case ScanChange::Kind::StillFailing: return QColor(0xc0, 0x39, 0x2b);
    case ScanChange::Kind::New: return QColor(0xb3, 0x5c, 0x00);
    case ScanChange::Kind::Unchecked: return QColor(0x6a, 0x6a, 0x6a);
    }
    return {};
}
} // namespace

ScanDiffView::ScanDiffView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("scanDiff"));
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_list->setObjectName(QStringLiteral("diffView"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    clear();
}

void ScanDiffView::clear()
{
    m_changes.clear();
    m_shown = false;
    refill();
}

void ScanDiffView::showChanges(const QList<ScanChange> &changes, bool snapshot)
{
    m_changes = changes;
    m_snapshot = snapshot;
    m_shown = true;
    refill();
}

void ScanDiffView::refill()
{
    m_list->clear();
    m_list->setAccessibleName(tr("What changed since the script was made"));
    if (!m_shown) {
        m_summary->clear();
        return;
    }
    const int fixed = ScanDiff::count(m_changes, ScanChange::Kind::Fixed);
    const int still = ScanDiff::count(m_changes, ScanChange::Kind::StillFailing);
    const int added = ScanDiff::count(m_changes, ScanChange::Kind::New);
    const int unchecked = ScanDiff::count(m_changes, ScanChange::Kind::Unchecked);
    if (ScanDiff::nothingChanged(m_changes)) {
        if (still == 0)
            m_summary->setText(tr("Nothing changed, and nothing is failing."));
        else if (m_snapshot)
            m_summary->setText(tr("Nothing changed: a snapshot stays as it was captured. Run the script on its "
                                  "machine and take a new snapshot there. Still failing: %1.")
                                   .arg(still));
        else
            m_summary->setText(tr("Nothing changed. Still failing: %1. Did the script run to its end?").arg(still));
    } else {
        QStringList parts{tr("%n fixed", "", fixed), tr("%n still failing", "", still), tr("%n new", "", added)};
        if (unchecked > 0)
            parts << tr("%n could not be checked", "", unchecked);
        m_summary->setText(tr("Since the script was made: %1.").arg(parts.join(QStringLiteral(", "))));
    }
    // This program's own environment is the session's: what the script wrote in start-up files
    // reaches it only through a new login.
    if (still > 0 && !m_snapshot)
        m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                           tr("Changes to start-up files reach programs started after you log out and in again: do "
                              "that, then scan again."));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (const ScanChange &c : m_changes) {
        QString word;
        switch (c.kind) {
        case ScanChange::Kind::Fixed: word = tr("Fixed"); break;
        case ScanChange::Kind::StillFailing: word = tr("Still failing"); break;
        case ScanChange::Kind::New: word = tr("New"); break;
        case ScanChange::Kind::Unchecked: word = tr("Not checked"); break;
        }
        QString line = QStringLiteral("%1  %2: %3").arg(markOf(c.kind), word, SeverityStyle::plain(c.title));
        if (!c.detail.isEmpty()) {
            // One line per row (the rows have one height): the evidence's first line, the rest in the tooltip.
            const QString detail = SeverityStyle::plain(c.detail).trimmed();
            const QString first = detail.section(QLatin1Char('\n'), 0, 0);
            line += QStringLiteral(" — ") + first + (first.size() < detail.size() ? QStringLiteral(" …") : QString());
        }
        auto *item = new QListWidgetItem(line, m_list);
        item->setForeground(dark ? colourOf(c.kind).lighter(170) : colourOf(c.kind));
        item->setToolTip(
            QStringLiteral("%1 (%2)\n%3").arg(SeverityStyle::plain(c.title), c.check, SeverityStyle::plain(c.detail)));
        item->setData(Qt::UserRole, int(c.kind));
        item->setData(Qt::UserRole + 1, c.check);
    }
    m_list->setVisible(!m_changes.isEmpty());
    // As tall as its rows, two to six of them: the checklist above keeps the room.
    const int rows = qBound(2, m_list->count(), 6);
    const int rowHeight = m_list->count() > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height() + 4;
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
}

void ScanDiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refill();
    QWidget::changeEvent(event);
}
