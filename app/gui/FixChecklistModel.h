#pragma once

#include "remedy/FixStep.h"

#include <QAbstractListModel>
#include <QHash>

// The Fix page's checklist: one row per step of the plan. Scripted steps are checkable, ticked
// at first when the plan recommends them; what the user ticked or unticked survives a new plan
// (after a re-scan or a language switch). Manual steps are listed but cannot be ticked.
class FixChecklistModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixChecklistModel)
public:
    enum Role {
        FixIdRole = Qt::UserRole + 1, // QString
        WhyRole,                      // QString
        AnswersRole,                  // QStringList: titles of the findings the step answers
        ChangesRole,                  // QStringList: files, packages or units it may change
        NeedsRootRole,                // bool
        ManualRole,                   // bool: do by hand, not part of the script's run
        ManualTextRole,               // QString: what to do by hand
        DetailsRole,                  // QStringList: lines of small print (by hand, answers, changes)
    };

    explicit FixChecklistModel(QObject *parent = nullptr);

    // `findingTitles`: check id -> the title of its result, to say which findings a step answers.
    void setSteps(const QList<FixStep> &steps, const QHash<QString, QString> &findingTitles);
    const QList<FixStep> &steps() const { return m_steps; }
    // What goes into the script: the ticked scripted steps and every manual step (the script
    // lists those for the user), in the plan's order.
    QList<FixStep> chosenSteps() const;
    int scriptedCount() const;
    int tickedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // A box was ticked or unticked (not emitted by setSteps, which resets the model).
    void choiceChanged();

private:
    QStringList answers(const FixStep &step) const;
    QStringList details(const FixStep &step) const;
    QString toolTip(const FixStep &step) const;

    QList<FixStep> m_steps;
    QHash<QString, QString> m_titles;
    bool isTicked(const FixStep &step) const;

    QHash<QString, bool> m_choices; // fix id -> ticked, for the boxes the user clicked
};
