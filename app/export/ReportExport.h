#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QPageSize>

#include <optional>

// Writes a report file for the Report page and `--report FILE`: PDF, HTML or JSON by the file's
// extension. The JSON is the --json report; the HTML is self-contained (images as data: URIs);
// both HTML and PDF carry the PATH & links diagram, and the build charts when a build was
// watched. PDF and HTML draw the diagram with widgets: they need a QApplication (offscreen is
// enough).
class ReportExport {
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    enum class Format { Pdf, Html, Json };
    enum class Paper { Auto, A4, Letter };
    struct Options {
        bool privacy = false; // hide the user name, host name and home folder
        Paper paper = Paper::Auto;
        QString language = QStringLiteral("en");
        QImage charts; // the build monitor's charts, when a build was watched
    };

    // By the extension, case-insensitive; nullopt for anything else.
    static std::optional<Format> formatOf(const QString &file);
    static bool needsGui(Format format) { return format != Format::Json; }
    // On failure returns false and says why in `error` (the file is then left as it was).
    static bool write(const Report &report, const QString &file, const Options &options, QString *error);

    // Auto: US Letter where the locale's territory uses it (CLDR), else A4.
    static QPageSize::PageSizeId pageSize(Paper paper, const QLocale &locale = QLocale::system());
    // The PATH & links diagram of a story, on a light background, at twice its size for print.
    static QImage diagramImage(const PathStory &story);

private:
    static bool writeBytes(const QString &file, const QByteArray &bytes, QString *error);
};
