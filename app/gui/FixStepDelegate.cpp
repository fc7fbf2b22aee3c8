#include "FixStepDelegate.h"

#include "FixChecklistModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace {
constexpr int kMargin = 8;
constexpr int kGap = 3;
constexpr int kBadgePad = 5;

struct Badge {
    QString text;
    QColor colour;
};

QFont boldFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

QList<Badge> badgesOf(const QModelIndex &index)
{
    QList<Badge> out;
    if (index.data(FixChecklistModel::NeedsRootRole).toBool())
        out << Badge{FixStepDelegate::tr("needs root (sudo)"), QColor(0xb3, 0x5c, 0x00)};
    if (index.data(FixChecklistModel::ManualRole).toBool())
        out << Badge{FixStepDelegate::tr("do by hand"), QColor(0x5a, 0x5a, 0x6e)};
    return out;
}

int badgeWidth(const QFontMetrics &fm, const Badge &b)
{
    return fm.horizontalAdvance(b.text) + 2 * kBadgePad;
}

QRect wrapped(const QFont &font, int left, int top, int width, const QString &text)
{
    if (text.isEmpty())
        return QRect(left, top, width, 0);
    const QRect r = QFontMetrics(font).boundingRect(QRect(left, top, width, 100000), Qt::TextWordWrap, text);
    return QRect(left, top, width, r.height());
}
} // namespace

struct FixStepDelegate::Layout {
    QRect check; // the tick box (empty for a manual step)
    QRect title;
    QList<QRect> badges;
    QRect why;
    QRect details; // answers, changes or what to do by hand
    QString detailsText;
    int height = 0;
};

FixStepDelegate::FixStepDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view) {}

int FixStepDelegate::textWidth(const QStyleOptionViewItem &option) const
{
    // QListView does not pass the item's width to sizeHint: use the viewport's.
    int width = m_view ? m_view->viewport()->width() : option.rect.width();
    if (width <= 0)
        width = option.rect.width();
    return qMax(120, width);
}

FixStepDelegate::Layout FixStepDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                int width) const
{
    Layout l;
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const int box = style->pixelMetric(QStyle::PM_IndicatorWidth, &option, option.widget);
    const QFont bold = boldFont(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics smallMetrics(small);
    const int left = option.rect.left() + kMargin;
    const int textLeft = left + box + kMargin;
    const int textWidth = qMax(60, option.rect.left() + width - kMargin - textLeft);
    int top = option.rect.top() + kMargin;

    // Badges sit at the right of the title line; the title wraps in what is left.
    const QList<Badge> badges = badgesOf(index);
    int badgesWidth = 0;
    for (const Badge &b : badges)
        badgesWidth += badgeWidth(smallMetrics, b) + kGap * 2;
    l.title = wrapped(bold, textLeft, top, qMax(40, textWidth - badgesWidth), index.data().toString());
    int x =
        l.title.left() +
        qMin(l.title.width(), boldMetrics.boundingRect(l.title, Qt::TextWordWrap, index.data().toString()).width()) +
        kGap * 2;
    const int badgeHeight = smallMetrics.height() + 2;
    for (const Badge &b : badges) {
        l.badges << QRect(x, top + (boldMetrics.height() - badgeHeight) / 2, badgeWidth(smallMetrics, b), badgeHeight);
        x += l.badges.last().width() + kGap * 2;
    }
    if (!index.data(FixChecklistModel::ManualRole).toBool())
        l.check = QRect(left, top + (boldMetrics.height() - box) / 2, box, box);
    top = l.title.bottom() + 1 + kGap;
    l.why = wrapped(option.font, textLeft, top, textWidth, index.data(FixChecklistModel::WhyRole).toString());
    top = l.why.bottom() + 1 + (l.why.height() > 0 ? kGap : 0);

    l.detailsText = index.data(FixChecklistModel::DetailsRole).toStringList().join(QLatin1Char('\n'));
    l.details = wrapped(small, textLeft, top, textWidth, l.detailsText);
    const int bottom = l.details.height() > 0 ? l.details.bottom() + 1 : top;
    l.height = bottom + kMargin - option.rect.top();
    return l;
}

QSize FixStepDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = textWidth(opt);
    opt.rect = QRect(0, 0, width, 0);
    return QSize(width, layout(opt, index, width).height);
}

void FixStepDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const Layout l = layout(opt, index, opt.rect.width());

    painter->save();
    // The row's background, selection and focus as the style draws them, without the text.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    // A thin line between cards.
    painter->setPen(QPen(opt.palette.color(QPalette::Mid), 0));
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.78);

    if (!l.check.isEmpty()) {
        QStyleOptionViewItem box = opt;
        box.rect = l.check;
        box.state = box.state & ~QStyle::State_HasFocus;
        box.state |= index.data(Qt::CheckStateRole).toInt() == Qt::Checked ? QStyle::State_On : QStyle::State_Off;
        style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &box, painter, widget);
    }
    painter->setPen(text);
    painter->setFont(boldFont(opt.font));
    painter->drawText(l.title, Qt::TextWordWrap, index.data().toString());

    const QList<Badge> badges = badgesOf(index);
    painter->setFont(smallFont(opt.font));
    painter->setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < badges.size() && i < l.badges.size(); ++i) {
        const QColor c = selected ? text : badges[i].colour;
        QColor fill = c;
        fill.setAlphaF(0.12);
        painter->setPen(QPen(c, 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(l.badges[i]).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->drawText(l.badges[i], Qt::AlignCenter, badges[i].text);
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(muted);
    painter->setFont(opt.font);
    painter->drawText(l.why, Qt::TextWordWrap, index.data(FixChecklistModel::WhyRole).toString());
    painter->setFont(smallFont(opt.font));
    painter->drawText(l.details, Qt::TextWordWrap, l.detailsText);
    painter->restore();
}

bool FixStepDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (!(index.flags() & Qt::ItemIsUserCheckable) || !(index.flags() & Qt::ItemIsEnabled))
        return false;
    const auto toggle = [&] {
        const bool ticked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        return model->setData(index, ticked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    };
    switch (event->type()) {
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const Layout l = layout(opt, index, opt.rect.width());
        // The box and the title are the checkbox's label, as with a QCheckBox.
        const QRect target = l.check.united(l.title);
        if (!target.contains(mouse->position().toPoint()))
            return false;
        if (event->type() == QEvent::MouseButtonRelease)
            return toggle();
        return true; // press and double-click: swallowed so they do not toggle twice
    }
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() != Qt::Key_Space && key->key() != Qt::Key_Select)
            return false;
        return toggle();
    }
    default: return false;
    }
}
