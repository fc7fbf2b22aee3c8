#include "ReportExport.h"

#include "PdfReport.h"
#include "gui/PathDiagram.h"
#include "report/HtmlReport.h"
#include "report/Privacy.h"
#include "report/ReportDocument.h"

#include <QApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QStyle>

namespace {
QString dataUri(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

HtmlReport::Image htmlImage(const QImage &image)
{
    if (image.isNull())
        return {};
    return {dataUri(image), (QSizeF(image.size()) / image.devicePixelRatio()).toSize()};
}
} // namespace

std::optional<ReportExport::Format> ReportExport::formatOf(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QPageSize::PageSizeId ReportExport::pageSize(Paper paper, const QLocale &locale)
{
    switch (paper) {
    case Paper::A4: return QPageSize::A4;
    case Paper::Letter: return QPageSize::Letter;
    case Paper::Auto: break;
    }
    // CLDR's supplemental paperSize data: these territories use US Letter, the rest of the world A4.
    static const QList<QLocale::Territory> letter = {
        QLocale::UnitedStates, QLocale::Canada,     QLocale::Mexico,    QLocale::Philippines, QLocale::Chile,
        QLocale::Colombia,     QLocale::Venezuela,  QLocale::CostaRica, QLocale::Guatemala,   QLocale::Panama,
        QLocale::PuertoRico,   QLocale::ElSalvador, QLocale::Nicaragua, QLocale::Belize,
    };
    return letter.contains(locale.territory()) ? QPageSize::Letter : QPageSize::A4;
}

QImage ReportExport::diagramImage(const PathStory &story)
{
    if (story.entries.isEmpty() && story.gos.isEmpty() && story.offPath.isEmpty())
        return {};
    PathDiagram diagram;
    // Paper is white whatever the desktop's theme: draw with the style's light palette.
    diagram.setPalette(QApplication::style()->standardPalette());
    diagram.setStory(story);
    const QSize size = diagram.sizeHint();
    const qreal scale = 2; // sharp when printed
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(diagram.palette().color(QPalette::Base));
    QPainter p(&image);
    diagram.render(&p);
    return image;
}

bool ReportExport::writeBytes(const QString &file, const QByteArray &bytes, QString *error)
{
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit())
        return true;
    if (error)
        *error = tr("Could not write %1: %2").arg(file, out.errorString());
    return false;
}

bool ReportExport::write(const Report &report, const QString &file, const Options &options, QString *error)
{
    const std::optional<Format> format = formatOf(file);
    if (!format) {
        if (error)
            *error = tr("%1: a report is written as .pdf, .html or .json.").arg(file);
        return false;
    }
    if (*format == Format::Json) {
        const Privacy privacy = options.privacy ? Privacy(report) : Privacy();
        return writeBytes(file, ReportJson::toBytes(privacy.apply(report)), error);
    }

    const ReportDocument doc = ReportDocument::build(report, {options.privacy});
    const QImage logo(QStringLiteral(":/icons/go-env-doctor-128.png"));
    const QImage diagram = diagramImage(doc.report.path);
    if (*format == Format::Html) {
        HtmlReport::Options html;
        html.language = options.language;
        html.logo = htmlImage(logo);
        html.logo.size = QSize(64, 64);
        html.diagram = htmlImage(diagram);
        html.charts = htmlImage(options.charts);
        return writeBytes(file, HtmlReport::render(doc, html).toUtf8(), error);
    }
    PdfReport::Options pdf;
    pdf.paper = pageSize(options.paper);
    pdf.language = options.language;
    pdf.logo = logo;
    pdf.diagram = diagram;
    pdf.charts = options.charts;
    return PdfReport::write(doc, file, pdf, error);
}
