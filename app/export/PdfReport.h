#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <QStringList>

// The report document as a PDF: QTextDocument lays out the print HTML (HtmlReport) on the page,
// QPdfWriter writes it, with a header and "page N of M" footer drawn around each page. A finding
// that would be cut by a page break starts on the next page when it fits on one. Needs a
// QGuiApplication (the offscreen platform is enough).
class PdfReport {
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
public:
    struct Options {
        QPageSize::PageSizeId paper = QPageSize::A4;
        QString language = QStringLiteral("en"); // "zh_CN" sets a CJK font for the whole text
        QImage logo;
        QImage diagram; // the PATH & links diagram; null: none
        QImage charts;  // the build monitor's charts; null: none
    };

    // Writes `file` (replacing it only once the whole PDF is written). On failure returns false
    // and says why in `error`.
    static bool write(const ReportDocument &doc, const QString &file, const Options &options, QString *error);

    // Installed font families in order of preference. A CJK font is always in the list so that
    // Chinese text never falls back to one whose PDF text copies back wrong (build-notes.md:
    // Noto CJK gives compatibility ideographs; WenQuanYi Zen Hei gives the real characters).
    static QStringList sansFamilies(const QString &language);
    static QStringList monoFamilies();
};
