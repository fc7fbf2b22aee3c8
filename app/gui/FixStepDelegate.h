#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

// Draws one fix step of the checklist (FixChecklistModel) as a small card: the tick box, the
// title in bold with its badges ("needs root (sudo)", "do by hand"), why it helps, and in
// smaller type which findings it answers and what it may change (or, for a manual step, what to
// do). Rows are as tall as their wrapped text at the view's width.
class FixStepDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixStepDelegate)
public:
    explicit FixStepDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Layout;
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    int textWidth(const QStyleOptionViewItem &option) const;

    QAbstractItemView *m_view;
};
