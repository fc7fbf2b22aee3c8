#include "PdfReport.h"

#include "report/HtmlReport.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

namespace {
// Page margins in millimetres; the header and footer sit inside the top and bottom ones.
constexpr qreal kSideMm = 18;
constexpr qreal kTopMm = 22;
constexpr qreal kBottomMm = 20;
constexpr qreal kHeaderMm = 12; // baseline of the header from the top edge
constexpr qreal kFooterMm = 11; // baseline of the footer from the bottom edge

QStringList installed(const QStringList &wanted)
{
    QStringList out;
    for (const QString &f : wanted) {
        if (QFontDatabase::hasFamily(f))
            out << f;
    }
    return out;
}

QStringList cjkFamilies()
{
    // WenQuanYi first: its PDF text copies back as the real characters.
    return installed({QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("WenQuanYi Micro Hei"),
                      QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("Droid Sans Fallback")});
}

QFont familiesFont(const QStringList &families, qreal points)
{
    QFont f;
    if (!families.isEmpty())
        f.setFamilies(families);
    f.setPointSizeF(points);
    // No ligatures: Qt's PDF maps a ligature glyph back to its own code point (U+FB01 for "fi"),
    // so "file" would copy out as "ﬁle" and search for "file" would miss it.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// Qt sizes <h1>..<h6> by their built-in size adjustment even when the style sheet gives a size:
// take the adjustment off, so the style sheet decides (as a browser does).
void useStyleSheetHeadingSizes(QTextDocument &doc)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 0)
            continue;
        QList<std::pair<QTextFragment, QTextCharFormat>> parts;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            QTextCharFormat f = it.fragment().charFormat();
            f.clearProperty(QTextFormat::FontSizeAdjustment);
            parts.append({it.fragment(), f});
        }
        for (const auto &[fragment, format] : std::as_const(parts)) {
            QTextCursor c(&doc);
            c.setPosition(fragment.position());
            c.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            c.setCharFormat(format);
        }
    }
}

// A finding or a picture: a top-level table whose text starts with the anchor HtmlReport gives them.
bool isFinding(QTextTable *table)
{
    const QTextCursor start = table->cellAt(0, table->columns() - 1).firstCursorPosition();
    for (auto it = start.block().begin(); !it.atEnd(); ++it) {
        const QStringList anchors = it.fragment().charFormat().anchorNames();
        if (!anchors.isEmpty() && (anchors.constFirst().startsWith(HtmlReport::findingAnchorPrefix()) ||
                                   anchors.constFirst().startsWith(HtmlReport::figureAnchorPrefix())))
            return true;
    }
    return false;
}

// Where page breaks go. A finding cut by a page break moves to the next page when it fits on one;
// a list (passed checks, the Go environment) may break anywhere, but not right after its heading.
// The headings just above a table go with it, so a heading never ends a page.
void keepTogether(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const auto page = [pageHeight](qreal y) { return int(y / pageHeight); };
    const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextBlock heading;
        for (QTextBlock b = doc.findBlock(table->firstPosition() - 1);
             b.isValid() && b.blockFormat().headingLevel() > 0; b = b.previous()) {
            heading = b;
            if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                break;
        }
        const bool finding = isFinding(table);
        if (!finding && !heading.isValid())
            continue;
        const QRectF r = layout->frameBoundingRect(table);
        if (finding && r.height() > pageHeight * 0.85)
            continue; // longer than a page: it breaks wherever it must
        // What must share a page with the top: the whole finding, or a list's first few rows.
        const qreal keep = finding ? r.height() : qMin(r.height(), pageHeight * 0.12);
        const qreal top = heading.isValid() ? layout->blockBoundingRect(heading).top() : r.top();
        if (page(top) == page(r.top() + keep - 1))
            continue;
        if (heading.isValid()) {
            if (heading.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue; // already starts a page: moving it would leave that page empty
            QTextCursor c(heading);
            QTextBlockFormat f = heading.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            c.setBlockFormat(f);
        } else {
            QTextTableFormat f = table->format();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(f);
        }
    }
}

void addImage(QTextDocument &doc, HtmlReport::Image *img, const QImage &image, const QString &name)
{
    if (image.isNull())
        return;
    const QUrl url(QStringLiteral("report:%1").arg(name));
    doc.addResource(QTextDocument::ImageResource, url, image);
    img->src = url.toString();
    img->size = (QSizeF(image.size()) / image.devicePixelRatio()).toSize();
}
} // namespace

QStringList PdfReport::sansFamilies(const QString &language)
{
    const QStringList latin =
        installed({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans")});
    const QStringList cjk = cjkFamilies();
    // Chinese text reads best in one font throughout; English keeps its Latin font and uses the
    // CJK one only for the odd Chinese character in a path.
    return language.startsWith(QLatin1String("zh")) ? cjk + latin : latin + cjk;
}

QStringList PdfReport::monoFamilies()
{
    return installed({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono"),
                      QStringLiteral("Liberation Mono"), QStringLiteral("WenQuanYi Zen Hei Mono")}) +
           cjkFamilies();
}

bool PdfReport::write(const ReportDocument &doc, const QString &file, const Options &options, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return fail(tr("Could not write %1: %2").arg(file, out.errorString()));

    QPdfWriter writer(&out);
    writer.setTitle(HtmlReport::title() + QStringLiteral(" – ") + doc.report.host.hostname);
    writer.setCreator(QStringLiteral("Go Env Doctor %1").arg(QStringLiteral(GED_VERSION)));
    // The whole sheet is ours: the margins are applied below, around the header and footer.
    QPageLayout pageLayout(QPageSize(options.paper), QPageLayout::Portrait, QMarginsF());
    pageLayout.setMode(QPageLayout::FullPageMode);
    writer.setPageLayout(pageLayout);

    const qreal dpi = writer.resolution();
    const auto mm = [dpi](qreal v) { return v / 25.4 * dpi; };
    const QRectF sheet = writer.pageLayout().fullRectPixels(int(dpi));
    const QRectF body(mm(kSideMm), mm(kTopMm), sheet.width() - 2 * mm(kSideMm),
                      sheet.height() - mm(kTopMm) - mm(kBottomMm));
    const qreal cssPx = dpi / 96.0; // device pixels per CSS pixel

    const QStringList sans = sansFamilies(options.language);
    const QStringList mono = monoFamilies();
    QTextDocument text;
    text.documentLayout()->setPaintDevice(&writer);
    text.setDocumentMargin(0);
    text.setDefaultFont(familiesFont(sans, 10));
    HtmlReport::Options html;
    html.target = HtmlReport::Target::Print;
    html.language = options.language;
    html.sansFonts = sans;
    html.monoFonts = mono;
    html.maxImage = QSize(int(body.width() / cssPx), int(body.height() / cssPx * 0.8));
    addImage(text, &html.logo, options.logo, QStringLiteral("logo"));
    addImage(text, &html.diagram, options.diagram, QStringLiteral("diagram"));
    addImage(text, &html.charts, options.charts, QStringLiteral("charts"));
    text.setHtml(HtmlReport::render(doc, html));
    useStyleSheetHeadingSizes(text);
    text.setPageSize(body.size());
    keepTogether(text, body.height());

    QPainter p;
    if (!p.begin(&writer))
        return fail(tr("Could not write %1.").arg(file));
    const int pages = text.pageCount();
    const QFont small = familiesFont(sans, 8);
    const QColor grey(0x57, 0x60, 0x6a);
    const QString header = HtmlReport::title() + QStringLiteral(" · ") + doc.report.host.hostname;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        p.setFont(small);
        p.setPen(grey);
        const QRectF line(body.left(), 0, body.width(), mm(4));
        // The cover has its own title; the other pages say whose report they belong to.
        if (page > 0) {
            const QRectF top = line.translated(0, mm(kHeaderMm) - mm(4));
            p.drawText(top, Qt::AlignLeft | Qt::AlignBottom, header);
            p.drawText(top, Qt::AlignRight | Qt::AlignBottom, doc.generatedText());
            p.setPen(QPen(QColor(0xd0, 0xd7, 0xde), mm(0.2)));
            p.drawLine(QPointF(body.left(), mm(kHeaderMm + 2)), QPointF(body.right(), mm(kHeaderMm + 2)));
            p.setPen(grey);
        }
        const QRectF bottom = line.translated(0, sheet.height() - mm(kFooterMm) - mm(4));
        p.drawText(bottom, Qt::AlignLeft | Qt::AlignBottom,
                   QStringLiteral("Go Env Doctor %1").arg(QStringLiteral(GED_VERSION)));
        p.drawText(bottom, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(page + 1).arg(pages));

        p.save();
        p.translate(body.left(), body.top() - page * body.height());
        // One device pixel short of the page's end: what starts exactly at the next page's top
        // (a finding's colour bar) must not leave a hairline at the bottom of this one.
        text.drawContents(&p, QRectF(0, page * body.height(), body.width(), body.height() - 1));
        p.restore();
    }
    if (!p.end())
        return fail(tr("Could not write %1.").arg(file));
    if (!out.commit())
        return fail(tr("Could not write %1: %2").arg(file, out.errorString()));
    return true;
}
