#pragma once

#include "model/CheckResult.h"

#include <QCoreApplication>
#include <QIcon>
#include <QIdentityProxyModel>

// How a severity looks: a small drawn badge (shape and glyph differ, not only the colour) and a
// word. Colours are chosen to read on light and dark palettes alike.
class SeverityStyle {
    Q_DECLARE_TR_FUNCTIONS(SeverityStyle)
public:
    static QIcon icon(Severity s);
    static QPixmap pixmap(Severity s, int size);
    // "Errors: 2", ... for the counts bar and summaries.
    static QString count(Severity s, int n);
    // Plain text for labels and lists: `code` loses its backticks.
    static QString plain(const QString &text);
};

// Adds the severity badge (DecorationRole) to column 0 of the FindingsModel, and shows titles
// without the backticks the text report uses for commands.
class SeverityIconProxy final : public QIdentityProxyModel {
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
