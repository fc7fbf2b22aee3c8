#include "PathDiagram.h"

#include "SeverityStyle.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QIcon>
#include <QImage>
#include <QImageWriter>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>
#include <QSvgGenerator>

namespace {
enum class Tone { Neutral, Good, Info, Warn, Bad };
enum class NodeKind { Start, Link, Final, Missing };

constexpr qreal kMargin = 14;
constexpr qreal kStripe = 4;
constexpr qreal kPadX = 10;
constexpr qreal kPadY = 6;
constexpr qreal kArrow = 46;
constexpr qreal kBadgeGap = 6;
constexpr qreal kIcon = 14;
// A loop is drawn once, then its repeats stop: the kernel follows 40 links before giving up.
constexpr int kMaxNodes = 12;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

bool isDark(const QPalette &pal)
{
    return pal.color(QPalette::Base).lightnessF() < 0.5;
}

QColor toneColour(Tone tone, const QPalette &pal)
{
    const bool dark = isDark(pal);
    switch (tone) {
    case Tone::Good: return dark ? QColor(0x66, 0xcc, 0x80) : QColor(0x2e, 0x8b, 0x45);
    case Tone::Info: return dark ? QColor(0x6c, 0xb8, 0xf0) : QColor(0x1e, 0x78, 0xb8);
    case Tone::Warn: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb8, 0x6a, 0x00);
    case Tone::Bad: return dark ? QColor(0xff, 0x70, 0x70) : QColor(0xc6, 0x28, 0x28);
    case Tone::Neutral: break;
    }
    return mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45);
}

std::optional<Severity> toneSeverity(Tone tone)
{
    switch (tone) {
    case Tone::Good: return Severity::Ok;
    case Tone::Info: return Severity::Info;
    case Tone::Warn: return Severity::Warning;
    case Tone::Bad: return Severity::Error;
    case Tone::Neutral: break;
    }
    return std::nullopt;
}

Tone fateTone(const PathStory::Go &go)
{
    if (go.active)
        return Tone::Good;
    if (go.status != QLatin1String("ok"))
        return Tone::Bad;
    if (go.sameAsActive)
        return Tone::Info;
    if (!go.shadowedBy.isEmpty())
        return Tone::Warn;
    return Tone::Neutral;
}

QString cleaned(const QString &path)
{
    return path.isEmpty() ? path : QDir::cleanPath(path);
}

// Fonts in pixels, so the screen, the PNG and the SVG lay out the same text in the same space.
QFont pixelFont(QFont font, int pixels)
{
    font.setPixelSize(qMax(8, pixels));
    return font;
}
} // namespace

struct PathDiagram::Layout {
    struct Badge {
        QString text;
        Tone tone = Tone::Neutral;
        bool mono = false;
        QRectF rect;
        bool offMark = false; // "not on PATH": a hollow circle crossed out, drawn before the text
    };
    struct Node {
        QString caption;
        QString text;
        NodeKind kind = NodeKind::Start;
        QRectF rect;
    };
    struct Row {
        int go = -1;      // index into story().gos, -1 for an installation off PATH
        int offPath = -1; // index into story().offPath
        QRectF rect;
        QList<Badge> badges;
        QList<Node> nodes;
        bool broken = false; // the last arrow leads nowhere (a dangling link)
        int loopBack = -1;   // the node the last link leads back to
        QString loopText;
        QRectF loopTextRect;
        qreal loopY = 0;
        QString note; // off PATH: how to remove it, a caption under the box
        QRectF noteRect;
    };
    QFont base, small, mono, bold;
    QSize size;
    QList<Row> rows;
    QString empty;
};

PathDiagram::PathDiagram(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pathDiagram"));
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(tr("Diagram: how each go on PATH is reached"));
}

PathDiagram::~PathDiagram() = default;

void PathDiagram::setStory(const PathStory &story)
{
    m_story = story;
    m_current = story.gos.isEmpty() ? -1 : (story.active >= 0 ? story.active : 0);
    // A screen reader gets the whole story as text: the same words as --explain-path.
    setAccessibleDescription(PathStoryText::render(story));
    invalidate();
}

void PathDiagram::invalidate()
{
    m_layout.reset();
    updateGeometry();
    update();
}

QString PathDiagram::sourceText(const PathStory::Go &go)
{
    return sourceText(go.source, go.sourceDetail);
}

QString PathDiagram::sourceText(const QString &source, const QString &sourceDetail)
{
    QString name;
    const QString &s = source;
    if (s == QLatin1String("apt"))
        name = tr("apt package");
    else if (s == QLatin1String("snap"))
        name = tr("snap");
    else if (s == QLatin1String("tarball"))
        name = tr("official tarball");
    else if (s == QLatin1String("sdk"))
        name = tr("golang.org/dl SDK");
    else if (s == QLatin1String("toolchain"))
        name = tr("GOTOOLCHAIN download");
    else if (s == QLatin1String("gvm") || s == QLatin1String("asdf") || s == QLatin1String("goenv") ||
             s == QLatin1String("mise"))
        name = tr("%1 (version manager)").arg(s);
    else
        name = tr("source unknown");
    return sourceDetail.isEmpty()
               ? name
               : tr("%1 %2", "source and detail: apt package golang-1.22-go").arg(name, sourceDetail);
}

QString PathDiagram::shortSource(const PathStory::Go &go)
{
    const QString &s = go.source;
    if (s == QLatin1String("apt"))
        return tr("apt");
    if (s == QLatin1String("snap"))
        return tr("snap");
    if (s == QLatin1String("tarball"))
        return tr("tarball");
    if (s == QLatin1String("sdk"))
        return tr("SDK");
    if (s == QLatin1String("toolchain"))
        return tr("toolchain");
    if (s == QLatin1String("gvm") || s == QLatin1String("asdf") || s == QLatin1String("goenv") ||
        s == QLatin1String("mise"))
        return s;
    return {};
}

QString PathDiagram::fateText(const PathStory::Go &go)
{
    if (go.active)
        return tr("runs when you type go");
    if (go.status == QLatin1String("loop"))
        return tr("cannot run: its links go round in a loop");
    if (go.status == QLatin1String("dangling"))
        return tr("cannot run: a link points to nothing");
    if (go.status == QLatin1String("not executable"))
        return tr("cannot run: not executable");
    if (go.status != QLatin1String("ok"))
        return tr("cannot run: not found");
    if (go.sameAsActive)
        return tr("the same program as the one that runs, reached another way");
    if (!go.shadowedBy.isEmpty())
        return tr("shadowed by %1, which comes first on PATH").arg(go.shadowedBy);
    return tr("found, not used");
}

QString PathDiagram::shortFate(const PathStory::Go &go)
{
    if (go.active)
        return tr("runs");
    if (go.status == QLatin1String("loop"))
        return tr("link loop");
    if (go.status == QLatin1String("dangling"))
        return tr("broken link");
    if (go.status == QLatin1String("not executable"))
        return tr("not executable");
    if (go.status != QLatin1String("ok"))
        return tr("not found");
    if (go.sameAsActive)
        return tr("same program");
    if (!go.shadowedBy.isEmpty())
        return tr("shadowed");
    return tr("not used");
}

QIcon PathDiagram::fateIcon(const PathStory::Go &go)
{
    const std::optional<Severity> s = toneSeverity(fateTone(go));
    return s ? SeverityStyle::icon(*s) : QIcon();
}

const PathDiagram::Layout &PathDiagram::layout() const
{
    if (m_layout)
        return *m_layout;
    auto l = std::make_unique<Layout>();
    const int px = QFontInfo(font()).pixelSize();
    l->base = pixelFont(font(), px);
    l->small = pixelFont(font(), px - 1);
    l->bold = l->base;
    l->bold.setBold(true);
    l->mono = pixelFont(QFontDatabase::systemFont(QFontDatabase::FixedFont), px);
    const QFontMetricsF small(l->small), mono(l->mono), bold(l->bold);

    const qreal badgeH = small.height() + 8;
    const qreal boxH = kPadY + small.height() + 2 + mono.height() + kPadY;
    const qreal left = kMargin + kStripe + 10;
    qreal width = 0;
    qreal y = kMargin;

    if (m_story.gos.isEmpty()) {
        l->empty = tr("No go was found in any PATH folder.");
        width = kMargin + bold.horizontalAdvance(l->empty);
        y += bold.height() + 8;
    }
    // Badges side by side from the left; returns where the next one would go.
    auto placeBadges = [&](QList<Layout::Badge> &badges, qreal top) {
        qreal x = left;
        for (Layout::Badge &b : badges) {
            QFont f = b.mono ? l->mono : l->small;
            f.setBold(b.tone != Tone::Neutral); // as render() draws it
            const QFontMetricsF fm(f);
            const qreal w = 14 + (toneSeverity(b.tone) || b.offMark ? kIcon + 5 : 0) + fm.horizontalAdvance(b.text);
            b.rect = QRectF(x, top, w, badgeH);
            x += w + kBadgeGap;
        }
        return x;
    };

    for (int g = 0; g < m_story.gos.size(); ++g) {
        const PathStory::Go &go = m_story.gos.at(g);
        Layout::Row row;
        row.go = g;

        // Badges: its fate, its source, its version.
        row.badges << Layout::Badge{fateText(go), fateTone(go), false, {}};
        row.badges << Layout::Badge{sourceText(go), Tone::Neutral, false, {}};
        if (!go.version.isEmpty())
            row.badges << Layout::Badge{go.version, Tone::Neutral, true, {}};
        qreal x = placeBadges(row.badges, y + 10);
        width = qMax(width, x);

        // The chain, like namei: where the shell finds it, each link as written, where it ends.
        int entry = -1;
        for (const PathStory::Entry &e : m_story.entries) {
            if (e.gos.contains(g))
                entry = e.index;
        }
        QStringList seen; // where each node is, to find a loop
        row.nodes << Layout::Node{
            entry >= 0 ? tr("PATH folder #%1 has").arg(entry + 1) : tr("found at"), go.path, NodeKind::Start, {}};
        seen << cleaned(go.path);
        const bool loop = go.status == QLatin1String("loop");
        for (const LinkHop &hop : go.hops) {
            const QString next = cleaned(hop.next);
            const bool fileLink = cleaned(hop.link) == seen.last();
            if (loop && fileLink && !next.isEmpty() && seen.contains(next)) {
                row.loopBack = int(seen.indexOf(next));
                break;
            }
            if (row.nodes.size() >= kMaxNodes)
                break;
            const QString caption = fileLink ? tr("a symlink to") : tr("folder %1 is a symlink to").arg(hop.link);
            row.nodes << Layout::Node{caption, hop.target, NodeKind::Link, {}};
            seen << next;
        }
        if (loop) {
            row.loopText = row.loopBack >= 0 ? tr("loop: the links lead back here, so the system gives up")
                                             : tr("loop: the links never end, so the system gives up after 40");
        } else if (go.status == QLatin1String("dangling") && row.nodes.size() > 1) {
            Layout::Node &last = row.nodes.last();
            last.kind = NodeKind::Missing;
            last.caption = tr("missing: a link to nothing");
            if (!go.hops.last().next.isEmpty() && go.hops.last().next != go.hops.last().target)
                last.text = go.hops.last().target + QStringLiteral("  (") + go.hops.last().next + QLatin1Char(')');
            row.broken = true;
        } else if (go.hops.isEmpty()) {
            row.nodes.first().kind = NodeKind::Final;
            row.nodes.first().caption =
                entry >= 0 ? tr("PATH folder #%1 has the program itself").arg(entry + 1) : tr("the program itself");
        } else {
            const LinkHop &lastHop = go.hops.last();
            const bool snap = go.source == QLatin1String("snap");
            const QString finalCaption = snap ? tr("the program (snap starts go for you)") : tr("the program");
            if (cleaned(lastHop.next) == cleaned(go.target) && lastHop.target == lastHop.next) {
                row.nodes.last().kind = NodeKind::Final;
                row.nodes.last().caption = tr("a symlink to %1", "a symlink to the program").arg(finalCaption);
            } else if (!go.target.isEmpty()) {
                row.nodes << Layout::Node{finalCaption, go.target, NodeKind::Final, {}};
            }
        }

        const qreal boxTop = y + 10 + badgeH + 8;
        x = left;
        for (Layout::Node &n : row.nodes) {
            const qreal w = qMax(small.horizontalAdvance(n.caption), mono.horizontalAdvance(n.text)) + 2 * kPadX;
            n.rect = QRectF(x, boxTop, w, boxH);
            x += w + kArrow;
        }
        x -= kArrow;
        qreal bottom = boxTop + boxH;
        if (loop) {
            // A loop back under the boxes, or an arrow into "…" when the start is not reached.
            if (row.loopBack < 0) {
                const QString more = tr("and so on");
                const qreal w =
                    qMax(small.horizontalAdvance(more), mono.horizontalAdvance(QStringLiteral("…"))) + 2 * kPadX;
                row.nodes << Layout::Node{more, QStringLiteral("…"), NodeKind::Missing,
                                          QRectF(x + kArrow, boxTop, w, boxH)};
                x = row.nodes.last().rect.right();
            }
            row.loopY = bottom + 16;
            const qreal labelX =
                row.loopBack >= 0 ? row.nodes.at(row.loopBack).rect.center().x() + 8 : row.nodes.first().rect.left();
            row.loopTextRect = QRectF(labelX, row.loopY + 4, bold.horizontalAdvance(row.loopText) + 4, bold.height());
            width = qMax(width, row.loopTextRect.right());
            bottom = row.loopTextRect.bottom();
        }
        width = qMax(width, x);
        row.rect = QRectF(kMargin, y, 0, bottom + 12 - y);
        y = row.rect.bottom() + 8;
        l->rows << row;
    }

    // Every go found: the installations no PATH folder leads to, after the ones on PATH.
    for (int o = 0; o < m_story.offPath.size(); ++o) {
        const PathStory::OffPath &off = m_story.offPath.at(o);
        Layout::Row row;
        row.offPath = o;
        row.badges << Layout::Badge{tr("not on PATH"), Tone::Neutral, false, {}, true};
        row.badges << Layout::Badge{sourceText(off.source, off.sourceDetail), Tone::Neutral, false, {}};
        if (!off.version.isEmpty())
            row.badges << Layout::Badge{off.version, Tone::Neutral, true, {}};
        width = qMax(width, placeBadges(row.badges, y + 10));

        const qreal boxTop = y + 10 + badgeH + 8;
        Layout::Node node{tr("Go installation folder, not in any PATH folder"), off.root, NodeKind::Start, {}};
        const qreal w = qMax(small.horizontalAdvance(node.caption), mono.horizontalAdvance(node.text)) + 2 * kPadX;
        node.rect = QRectF(left, boxTop, w, boxH);
        row.nodes << node;
        width = qMax(width, node.rect.right());
        qreal bottom = node.rect.bottom();
        if (!off.removeHow.isEmpty()) {
            row.note = tr("To remove it: %1").arg(off.removeHow);
            row.noteRect = QRectF(left, bottom + 6, small.horizontalAdvance(row.note) + 4, small.height());
            width = qMax(width, row.noteRect.right());
            bottom = row.noteRect.bottom();
        }
        row.rect = QRectF(kMargin, y, 0, bottom + 12 - y);
        y = row.rect.bottom() + 8;
        l->rows << row;
    }
    width += kMargin;
    for (Layout::Row &row : l->rows)
        row.rect.setRight(width - kMargin);
    l->size = QSize(qCeil(width), qCeil(y - 8 + kMargin));
    m_layout = std::move(l);
    return *m_layout;
}

QSize PathDiagram::sizeHint() const
{
    return layout().size;
}

QSize PathDiagram::minimumSizeHint() const
{
    // Inside a scroll area: never squeezed, scrolled instead.
    return layout().size;
}

QRect PathDiagram::goRect(int go) const
{
    if (go < 0)
        return {};
    for (const Layout::Row &row : layout().rows) {
        if (row.go == go)
            return row.rect.toAlignedRect();
    }
    return {};
}

void PathDiagram::setCurrentGo(int go)
{
    if (go < -1 || go >= m_story.gos.size() || go == m_current)
        return;
    m_current = go;
    update();
    emit currentGoChanged(go);
}

namespace {
void drawArrow(QPainter *p, QPointF from, QPointF to, const QColor &colour, bool broken, const QColor &bad)
{
    const qreal head = 8;
    p->setPen(QPen(colour, 1.6, Qt::SolidLine, Qt::RoundCap));
    p->setBrush(Qt::NoBrush);
    if (broken) {
        // A broken arrow: the line stops, a cross says it leads nowhere.
        const qreal mid = (from.x() + to.x()) / 2;
        p->setPen(QPen(bad, 1.6, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(from, QPointF(mid - 7, from.y()));
        p->drawLine(QPointF(mid + 7, to.y()), QPointF(to.x() - head, to.y()));
        p->setPen(QPen(bad, 2, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(QPointF(mid - 4, from.y() - 4), QPointF(mid + 4, from.y() + 4));
        p->drawLine(QPointF(mid + 4, from.y() - 4), QPointF(mid - 4, from.y() + 4));
        p->setPen(Qt::NoPen);
        p->setBrush(bad);
    } else {
        p->drawLine(from, QPointF(to.x() - head, to.y()));
        p->setPen(Qt::NoPen);
        p->setBrush(colour);
    }
    p->drawPolygon(
        QPolygonF({to, QPointF(to.x() - head, to.y() - head / 2), QPointF(to.x() - head, to.y() + head / 2)}));
}
} // namespace

void PathDiagram::render(QPainter *p) const
{
    paint(p, layout().size.width());
}

void PathDiagram::paint(QPainter *p, int width) const
{
    const Layout &l = layout();
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = mix(text, base, 0.35);
    const QColor line = mix(text, base, 0.5);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor bad = toneColour(Tone::Bad, pal);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    p->fillRect(QRect(0, 0, qMax(width, l.size.width()), l.size.height()), base);

    if (!l.empty.isEmpty()) {
        p->setFont(l.bold);
        p->setPen(text);
        p->drawText(QRectF(kMargin, kMargin, l.size.width(), l.size.height()), Qt::AlignLeft | Qt::AlignTop, l.empty);
    }

    const PathStory::Go offPathGo; // an installation off PATH: drawn like a go that does not run
    for (const Layout::Row &row : l.rows) {
        const PathStory::Go &go = row.go >= 0 ? m_story.gos.at(row.go) : offPathGo;
        QRectF band = row.rect;
        band.setRight(qMax(row.rect.right(), width - kMargin));
        // The one that runs: a band and a stripe in the highlight colour, and the "runs" badge.
        if (go.active) {
            QColor wash = highlight;
            wash.setAlphaF(isDark(pal) ? 0.22f : 0.12f);
            p->setPen(Qt::NoPen);
            p->setBrush(wash);
            p->drawRoundedRect(band, 6, 6);
            p->setBrush(highlight);
            p->drawRoundedRect(QRectF(band.left(), band.top(), kStripe, band.height()), 2, 2);
        } else {
            // Off PATH: a dashed frame, as no PATH folder leads there.
            p->setPen(QPen(mix(line, base, 0.5), 1, row.offPath >= 0 ? Qt::DashLine : Qt::SolidLine));
            p->setBrush(Qt::NoBrush);
            p->drawRoundedRect(band.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        }

        for (const Layout::Badge &b : row.badges) {
            const QColor c = toneColour(b.tone, pal);
            QColor fill = c;
            fill.setAlphaF(b.tone == Tone::Neutral ? 0.10f : 0.18f);
            p->setPen(QPen(c, 1));
            p->setBrush(fill);
            p->drawRoundedRect(b.rect.adjusted(0.5, 0.5, -0.5, -0.5), b.rect.height() / 2, b.rect.height() / 2);
            qreal x = b.rect.left() + 7;
            if (const std::optional<Severity> s = toneSeverity(b.tone)) {
                const QRectF icon(x, b.rect.center().y() - kIcon / 2, kIcon, kIcon);
                p->drawPixmap(icon, SeverityStyle::pixmap(*s, int(kIcon * 2)), QRectF(0, 0, kIcon * 2, kIcon * 2));
                x += kIcon + 5;
            } else if (b.offMark) {
                // A hollow circle crossed out: "not on PATH" without relying on colour.
                const QRectF icon =
                    QRectF(x, b.rect.center().y() - kIcon / 2, kIcon, kIcon).adjusted(1.5, 1.5, -1.5, -1.5);
                p->setPen(QPen(text, 1.4, Qt::SolidLine, Qt::RoundCap));
                p->setBrush(Qt::NoBrush);
                p->drawEllipse(icon);
                p->drawLine(icon.bottomLeft() + QPointF(2, -2), icon.topRight() + QPointF(-2, 2));
                x += kIcon + 5;
            }
            QFont f = b.mono ? l.mono : l.small;
            f.setBold(b.tone != Tone::Neutral);
            p->setFont(f);
            p->setPen(text);
            p->drawText(QRectF(x, b.rect.top(), b.rect.right() - x, b.rect.height()), Qt::AlignVCenter | Qt::AlignLeft,
                        b.text);
        }

        for (int i = 0; i < row.nodes.size(); ++i) {
            const Layout::Node &n = row.nodes.at(i);
            if (i > 0) {
                const QRectF &prev = row.nodes.at(i - 1).rect;
                const bool broken = row.broken && i == row.nodes.size() - 1;
                drawArrow(p, QPointF(prev.right() + 3, prev.center().y()),
                          QPointF(n.rect.left() - 3, n.rect.center().y()), go.active ? highlight : line,
                          broken || n.kind == NodeKind::Missing, bad);
            }
            QPen pen(line, 1);
            QColor fill = mix(base, text, 0.04);
            switch (n.kind) {
            case NodeKind::Start: break;
            case NodeKind::Link:
                pen.setStyle(Qt::DashLine);
                fill = base;
                break;
            case NodeKind::Final: pen = QPen(go.active ? highlight : mix(text, base, 0.25), 2); break;
            case NodeKind::Missing:
                pen = QPen(bad, 1.5, Qt::DashLine);
                fill = bad;
                fill.setAlphaF(0.10f);
                break;
            }
            p->setPen(pen);
            p->setBrush(fill);
            p->drawRoundedRect(n.rect.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
            p->setFont(l.small);
            p->setPen(n.kind == NodeKind::Missing ? bad : muted);
            const QRectF inner = n.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
            p->drawText(inner, Qt::AlignLeft | Qt::AlignTop, n.caption);
            QFont mono = l.mono;
            mono.setBold(n.kind == NodeKind::Final && go.active);
            p->setFont(mono);
            p->setPen(text);
            p->drawText(inner, Qt::AlignLeft | Qt::AlignBottom, n.text);
        }

        if (!row.loopText.isEmpty()) {
            // The loop: from the last box back to where it started, in the "bad" colour.
            const QRectF last = row.nodes.last().rect;
            const QRectF back = row.loopBack >= 0 ? row.nodes.at(row.loopBack).rect : last;
            p->setPen(QPen(bad, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p->setBrush(Qt::NoBrush);
            if (row.loopBack >= 0) {
                QPainterPath path;
                path.moveTo(last.center().x(), last.bottom() + 2);
                path.lineTo(last.center().x(), row.loopY);
                path.lineTo(back.center().x(), row.loopY);
                path.lineTo(back.center().x(), back.bottom() + 10);
                p->drawPath(path);
                p->setPen(Qt::NoPen);
                p->setBrush(bad);
                const QPointF tip(back.center().x(), back.bottom() + 2);
                p->drawPolygon(QPolygonF({tip, QPointF(tip.x() - 4, tip.y() + 8), QPointF(tip.x() + 4, tip.y() + 8)}));
            }
            QFont f = l.bold;
            p->setFont(f);
            p->setPen(bad);
            p->drawText(row.loopTextRect, Qt::AlignLeft | Qt::AlignVCenter, row.loopText);
        }
        if (!row.note.isEmpty()) {
            p->setFont(l.small);
            p->setPen(muted);
            p->drawText(row.noteRect, Qt::AlignLeft | Qt::AlignVCenter, row.note);
        }
    }
    p->restore();
}

void PathDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    // On screen the rows span the whole width; exports are as wide as the content.
    paint(&p, width());
    if (hasFocus() && m_current >= 0) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        QRect r = goRect(m_current);
        r.setRight(qMax(r.right(), width() - int(kMargin)));
        option.rect = r.adjusted(-3, -3, 3, 3);
        option.backgroundColor = palette().color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

void PathDiagram::keyPressEvent(QKeyEvent *event)
{
    const int n = int(m_story.gos.size());
    switch (event->key()) {
    case Qt::Key_Up:
        if (n > 0)
            setCurrentGo(qMax(0, m_current - 1));
        break;
    case Qt::Key_Down:
        if (n > 0)
            setCurrentGo(qMin(n - 1, m_current + 1));
        break;
    case Qt::Key_Home:
        if (n > 0)
            setCurrentGo(0);
        break;
    case Qt::Key_End:
        if (n > 0)
            setCurrentGo(n - 1);
        break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void PathDiagram::mousePressEvent(QMouseEvent *event)
{
    for (const Layout::Row &row : layout().rows) {
        if (row.go >= 0 && row.rect.contains(event->position())) {
            setCurrentGo(row.go);
            break;
        }
    }
    QWidget::mousePressEvent(event);
}

void PathDiagram::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        setAccessibleName(tr("Diagram: how each go on PATH is reached"));
        setAccessibleDescription(PathStoryText::render(m_story));
        invalidate();
        break;
    case QEvent::FontChange:
    case QEvent::StyleChange: invalidate(); break;
    case QEvent::PaletteChange: update(); break;
    default: break;
    }
    QWidget::changeEvent(event);
}

void PathDiagram::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void PathDiagram::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

QStringList PathDiagram::rowTexts() const
{
    QStringList out;
    for (const Layout::Row &row : layout().rows) {
        QStringList parts{row.nodes.isEmpty() ? QString() : row.nodes.first().text};
        for (const Layout::Badge &b : row.badges)
            parts << b.text;
        if (!row.note.isEmpty())
            parts << row.note;
        out << parts.join(QStringLiteral(" · "));
    }
    return out;
}

bool PathDiagram::saveImage(const QString &file, QString *error) const
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    const QSize size = sizeHint();
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (suffix == QLatin1String("png")) {
        // Twice the pixels, so it stays sharp in a ticket or a report.
        const qreal scale = 2;
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(palette().color(QPalette::Base));
        {
            QPainter p(&image);
            render(&p);
        }
        QImageWriter writer(file, "png");
        if (!writer.write(image))
            return fail(tr("Could not write %1: %2").arg(file, writer.errorString()));
        return true;
    }
    if (suffix == QLatin1String("svg")) {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(tr("Could not write %1: %2").arg(file, out.errorString()));
        QSvgGenerator generator;
        generator.setOutputDevice(&out);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setResolution(qMax(72, logicalDpiX()));
        generator.setTitle(tr("Where go comes from: PATH and links"));
        generator.setDescription(PathStoryText::render(m_story));
        QPainter p;
        if (!p.begin(&generator))
            return fail(tr("Could not write %1.").arg(file));
        render(&p);
        p.end();
        out.close();
        if (out.error() != QFileDevice::NoError)
            return fail(tr("Could not write %1: %2").arg(file, out.errorString()));
        return true;
    }
    return fail(tr("Choose a file name ending in .png or .svg."));
}
