#include "SeverityStyle.h"

#include "report/FindingsModel.h"

#include <QPainter>
#include <QPainterPath>

namespace {
QColor colour(Severity s)
{
    switch (s) {
    case Severity::Error: return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Warning: return QColor(0xe0, 0x8a, 0x00);
    case Severity::Info: return QColor(0x1e, 0x88, 0xc8);
    case Severity::Ok: return QColor(0x2e, 0x9d, 0x4a);
    case Severity::Skipped: return QColor(0x8a, 0x8a, 0x8a);
    }
    return Qt::gray;
}
} // namespace

QPixmap SeverityStyle::pixmap(Severity s, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1, 1, size - 2, size - 2);
    p.setPen(Qt::NoPen);
    p.setBrush(colour(s));
    // Different shapes for different severities, so the icon reads without colour: a warning is
    // a triangle, an error an octagon-like circle with a cross, a note a circle with an "i".
    if (s == Severity::Warning) {
        QPainterPath tri;
        tri.moveTo(r.center().x(), r.top());
        tri.lineTo(r.right(), r.bottom());
        tri.lineTo(r.left(), r.bottom());
        tri.closeSubpath();
        p.drawPath(tri);
    } else if (s == Severity::Skipped) {
        p.drawRoundedRect(r, size * 0.2, size * 0.2);
    } else {
        p.drawEllipse(r);
    }
    QPen pen(Qt::white, qMax(1.5, size / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const qreal c = size / 2.0, d = size * 0.2;
    switch (s) {
    case Severity::Error:
        p.drawLine(QPointF(c - d, c - d), QPointF(c + d, c + d));
        p.drawLine(QPointF(c + d, c - d), QPointF(c - d, c + d));
        break;
    case Severity::Warning:
        p.drawLine(QPointF(c, size * 0.38), QPointF(c, size * 0.62));
        p.drawPoint(QPointF(c, size * 0.78));
        break;
    case Severity::Info:
        p.drawPoint(QPointF(c, size * 0.3));
        p.drawLine(QPointF(c, size * 0.45), QPointF(c, size * 0.72));
        break;
    case Severity::Ok:
        p.drawPolyline(
            QPolygonF({QPointF(c - d * 1.1, c), QPointF(c - d * 0.2, c + d * 0.9), QPointF(c + d * 1.2, c - d)}));
        break;
    case Severity::Skipped: p.drawLine(QPointF(c - d, c), QPointF(c + d, c)); break;
    }
    return pm;
}

QIcon SeverityStyle::icon(Severity s)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(pixmap(s, size));
    return icon;
}

QString SeverityStyle::count(Severity s, int n)
{
    // "Errors: 2" rather than "2 error(s)": reads right for any number in English and Chinese.
    switch (s) {
    case Severity::Error: return tr("Errors: %1").arg(n);
    case Severity::Warning: return tr("Warnings: %1").arg(n);
    case Severity::Info: return tr("Notes: %1").arg(n);
    case Severity::Ok: return tr("Passed: %1").arg(n);
    case Severity::Skipped: return tr("Skipped: %1").arg(n);
    }
    return {};
}

QString SeverityStyle::plain(const QString &text)
{
    QString out = text;
    return out.remove(QLatin1Char('`'));
}

QVariant SeverityIconProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return SeverityStyle::plain(QIdentityProxyModel::data(index, role).toString());
    if (role == Qt::DecorationRole && index.column() == FindingsModel::TitleColumn) {
        const QVariant severity = QIdentityProxyModel::data(index, FindingsModel::SeverityRole);
        if (severity.isValid())
            return SeverityStyle::icon(Severity(severity.toInt()));
    }
    return QIdentityProxyModel::data(index, role);
}
