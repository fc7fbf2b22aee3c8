#pragma once

#include "Report.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

// The findings of one report as a two-level tree for views: areas ("Go toolchain", "PATH") at
// the top, their results below, worst first. Column 0 is the title, column 1 the severity in
// words (never colour alone). QtCore only: the app adds icons through a proxy.
class FindingsModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)
public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Severity): for a result its own, for an area its worst
        CheckIdRole,                     // QString: the result's check id; empty for an area
        ResultIndexRole,                 // int: index into report().results; -1 for an area
        AreaRole,                        // QString: the area key ("go", "goroot", ...)
    };
    enum Column { TitleColumn = 0, SeverityColumn = 1, ColumnCount = 2 };

    explicit FindingsModel(QObject *parent = nullptr);

    void setReport(const Report &report);
    void clear();
    const Report &report() const { return m_report; }
    const CheckResult *result(const QModelIndex &index) const;
    // The first result of a check with something to say (else its first result), for "caused by".
    QModelIndex indexOfCheck(const QString &checkId) const;
    // The first result that is an error, warning or note, or the first row.
    QModelIndex firstProblem() const;

    static QString severityText(Severity s);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Area {
        QString key;     // "go"
        QString title;   // "Go toolchain"
        QList<int> rows; // indexes into m_report.results, worst first
        Severity worst = Severity::Ok;
    };
    // Internal ids: 0 for an area row, area index + 1 for a result row (its parent's index).
    static constexpr quintptr kAreaId = 0;

    QString areaSummary(const Area &area) const;

    Report m_report;
    QList<Area> m_areas;
};
