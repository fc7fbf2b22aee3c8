#pragma once

#include "ReportDocument.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

// The report document as HTML: a cover (host, date, counts by severity, the problems at a
// glance), the findings worst first with their evidence and fix, the skipped and passed checks,
// the PATH & links diagram and the build charts when given, and the Go environment appendix.
// Well-formed XHTML (every tag closed, every text escaped, CSS inline), so a browser shows it
// as it is and XML tools can read it. The same markup, in the subset QTextDocument lays out,
// feeds the PDF (Target::Print).
class HtmlReport {
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
public:
    enum class Target {
        Browser, // a self-contained file: images as data: URIs, a centred column
        Print,   // for QTextDocument and the PDF: page breaks, images by resource name
    };
    struct Image {
        QString src; // data: URI or a QTextDocument resource name; empty: no image
        QSize size;  // natural size in CSS pixels
    };
    struct Options {
        Target target = Target::Browser;
        QString language = QStringLiteral("en"); // <html lang>
        Image logo;
        Image diagram; // the PATH & links diagram
        Image charts;  // the build monitor's charts
        // Font families in order of preference; the PDF names fonts whose text copies back.
        QStringList sansFonts;
        QStringList monoFonts;
        QSize maxImage; // the largest an image may be drawn, CSS pixels; empty: no limit
    };

    static QString render(const ReportDocument &doc, const Options &options);

    // The severity in the plural, for headings and counts: "Errors", "Warnings", ...
    static QString pluralName(Severity s);
    static QString title();
    // The named anchors that start each finding ("finding-1", ...) and picture ("figure-diagram"):
    // links in the HTML; the PDF keeps what they start on one page.
    static QString findingAnchorPrefix() { return QStringLiteral("finding-"); }
    static QString figureAnchorPrefix() { return QStringLiteral("figure-"); }
};
