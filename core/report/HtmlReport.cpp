#include "HtmlReport.h"

#include "FindingsModel.h"

#include <QRegularExpression>

#include <algorithm>

namespace {
struct Colours {
    const char *strong; // badges, bars, counts
    const char *light;  // the background of a count that is zero
};

Colours colours(Severity s)
{
    switch (s) {
    case Severity::Error: return {"#c62828", "#fbe9e7"};
    case Severity::Warning: return {"#d46b08", "#fff3e0"};
    case Severity::Info: return {"#1565c0", "#e3f2fd"};
    case Severity::Ok: return {"#2e7d32", "#e8f5e9"};
    case Severity::Skipped: return {"#6b6b6b", "#f0f0f0"};
    }
    return {"#6b6b6b", "#f0f0f0"};
}

// Text for XML: markup characters escaped, and the control characters XML 1.0 forbids (an
// escape sequence in a command's output) shown as U+FFFD instead of breaking the file.
QString esc(const QString &s)
{
    QString out;
    out.reserve(s.size() + s.size() / 8);
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        case '\t':
        case '\n':
        case '\r': out += c; break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0xfffe || c.unicode() == 0xffff)
                out += QChar(0xfffd);
            else
                out += c;
        }
    }
    return out;
}

// Prose from the checks: `commands` in backticks become code, line breaks stay.
QString prose(const QString &s)
{
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    QString html = esc(s);
    html.replace(code, QStringLiteral("<code>\\1</code>"));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return html;
}

QString plainTitle(const QString &s)
{
    QString out = s;
    return out.remove(QLatin1Char('`'));
}

QString fontList(const QStringList &families, const char *generic)
{
    QStringList quoted;
    for (const QString &f : families)
        quoted << QStringLiteral("'%1'").arg(QString(f).remove(QLatin1Char('\'')));
    quoted << QLatin1String(generic);
    return quoted.join(QStringLiteral(", "));
}

const Severity kCountOrder[] = {Severity::Error, Severity::Warning, Severity::Info, Severity::Skipped, Severity::Ok};

// Writes one document. Its tr() is HtmlReport's, so translators see one context.
class HtmlWriter {
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
public:
    HtmlWriter(const ReportDocument &doc, const HtmlReport::Options &options) : m_doc(doc), m_o(options) {}

    QString html()
    {
        head();
        cover();
        findings();
        skippedAndPassed();
        pictures();
        appendix();
        m_out += QStringLiteral("</body>\n</html>\n");
        return m_out;
    }

private:
    bool print() const { return m_o.target == HtmlReport::Target::Print; }

    // A heading that starts a new page on paper; the screen just shows it.
    QString pageBreak() const { return QStringLiteral(" style=\"page-break-before: always\""); }

    void head()
    {
        const QString sans = fontList(m_o.sansFonts, "sans-serif");
        const QString mono = fontList(m_o.monoFonts, "monospace");
        m_out += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\">\n<head>\n"
                                "<meta charset=\"utf-8\"/>\n<title>%2</title>\n<style>\n")
                     .arg(esc(QString(m_o.language).replace(QLatin1Char('_'), QLatin1Char('-'))),
                          esc(HtmlReport::title() + QStringLiteral(" – ") + host()));
        m_out += QStringLiteral("body { font-family: %1; font-size: 10pt; color: #1f2328; }\n").arg(sans);
        if (!print()) {
            // Only a browser reads these; QTextDocument ignores what it does not know, but the
            // page margins of the PDF come from the page layout, not the body.
            m_out += QStringLiteral("body { font-size: 11pt; max-width: 52em; margin: 2em auto; padding: 0 1em; "
                                    "line-height: 1.4; }\n"
                                    "img { max-width: 100%; height: auto; }\n"
                                    ".badge { padding: 1px 6px; border-radius: 3px; }\n"
                                    "td.count { border-radius: 6px; }\n"
                                    ".code { overflow-wrap: anywhere; }\n");
        }
        m_out +=
            QStringLiteral(
                "h1 { font-size: 17pt; font-weight: bold; color: #1f2328; margin-top: 6px; margin-bottom: 10px; }\n"
                "h2 { font-size: 12.5pt; font-weight: bold; margin-top: 18px; margin-bottom: 10px; }\n"
                "p { margin-top: 0px; margin-bottom: 5px; }\n"
                "code { font-family: %1; font-size: 9pt; }\n"
                ".code { font-family: %1; font-size: 8.5pt; white-space: pre-wrap; margin-bottom: 3px; }\n"
                ".where { font-size: 8.5pt; color: #57606a; margin-bottom: 1px; }\n"
                ".id { font-family: %1; font-size: 8.5pt; color: #57606a; }\n"
                ".muted { color: #57606a; }\n"
                ".small { font-size: 8.5pt; }\n"
                ".label { font-size: 8.5pt; font-weight: bold; color: #57606a; margin-top: 8px; "
                "margin-bottom: 3px; }\n"
                ".ftitle { font-size: 12pt; font-weight: bold; margin-bottom: 2px; }\n"
                ".badge { font-size: 8pt; font-weight: bold; color: #ffffff; }\n"
                ".doctitle { font-size: 26pt; font-weight: bold; margin-bottom: 2px; }\n"
                ".subtitle { font-size: 13pt; color: #57606a; }\n"
                ".number { font-size: 22pt; font-weight: bold; margin-bottom: 0px; }\n"
                ".countlabel { font-size: 9pt; font-weight: bold; }\n"
                ".verdict { font-size: 11pt; margin-top: 10px; margin-bottom: 8px; }\n"
                "th { text-align: left; font-size: 8.5pt; color: #57606a; }\n"
                "td.key { color: #57606a; }\n"
                // Every cell of a list row has the same line height, whatever its font, so
                // a page break never splits a one-line row between two pages.
                "td.row { font-size: 8.5pt; line-height: 14px; }\n"
                "td.evidence { background-color: #f3f4f6; }\n"
                "td.fix { background-color: #eef6ee; }\n"
                "td.fixbar { background-color: #2e7d32; }\n"
                "td.rule { background-color: #d0d7de; }\n"
                "</style>\n</head>\n<body>\n")
                .arg(mono);
    }

    QString host() const
    {
        const QString h = m_doc.report.host.hostname;
        return h.isEmpty() ? tr("unknown host") : h;
    }

    QString badge(Severity s) const
    {
        return QStringLiteral("<span class=\"badge\" style=\"background-color: %1\">&#160;%2&#160;</span>")
            .arg(QLatin1String(colours(s).strong), esc(FindingsModel::severityText(s).toUpper()));
    }

    QString image(const HtmlReport::Image &img, const QString &alt) const
    {
        QSize size = img.size;
        if (!m_o.maxImage.isEmpty() && (size.width() > m_o.maxImage.width() || size.height() > m_o.maxImage.height()))
            size = size.scaled(m_o.maxImage, Qt::KeepAspectRatio);
        return QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"/></p>\n")
            .arg(esc(img.src))
            .arg(size.width())
            .arg(size.height())
            .arg(esc(alt));
    }

    // A full-width rule: a one-pixel table row, since QTextDocument draws <hr/> in its own grey.
    void rule()
    {
        m_out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td class=\"rule\" "
                                "height=\"2\" style=\"font-size: 1pt\"></td></tr></table>\n");
    }

    void cover()
    {
        const Report &r = m_doc.report;
        m_out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>");
        if (!m_o.logo.src.isEmpty())
            m_out += QStringLiteral("<td width=\"76\" valign=\"middle\"><img src=\"%1\" width=\"64\" height=\"64\" "
                                    "alt=\"\"/></td>")
                         .arg(esc(m_o.logo.src));
        m_out += QStringLiteral("<td valign=\"middle\"><p class=\"doctitle\">%1</p><p class=\"subtitle\">%2</p></td>"
                                "</tr></table>\n")
                     .arg(esc(HtmlReport::title()), esc(host()));
        m_out += QStringLiteral("<p>&#160;</p>\n");
        rule();
        m_out += QStringLiteral("<p>&#160;</p>\n");

        // The counts, worst first. Problems that are there are drawn solid; zeros, skipped and
        // passed checks pale, so the eye goes to what needs doing.
        const auto counts = r.summary();
        m_out += QStringLiteral("<table width=\"100%\" cellspacing=\"6\" cellpadding=\"10\"><tr>");
        for (Severity s : kCountOrder) {
            const int n = counts.value(s);
            const Colours c = colours(s);
            const bool solid = n > 0 && s != Severity::Ok && s != Severity::Skipped;
            const QString bg = QLatin1String(solid ? c.strong : c.light);
            const QString fg = solid ? QStringLiteral("#ffffff") : QLatin1String(c.strong);
            m_out += QStringLiteral("<td class=\"count\" width=\"20%\" align=\"center\" style=\"background-color: %1; "
                                    "color: %2\"><p class=\"number\" align=\"center\">%3</p><p class=\"countlabel\" "
                                    "align=\"center\">%4</p></td>")
                         .arg(bg, fg, QString::number(n), esc(HtmlReport::pluralName(s)));
        }
        m_out += QStringLiteral("</tr></table>\n");
        m_out += QStringLiteral("<p class=\"verdict\">%1</p>\n").arg(esc(verdict(counts)));

        m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("The system examined")));
        m_out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        auto row = [this](const QString &key, const QString &value) {
            if (!value.isEmpty())
                m_out += QStringLiteral("<tr><td class=\"key\" width=\"150\">%1</td><td>%2</td></tr>")
                             .arg(esc(key), esc(value));
        };
        row(tr("Host"), host());
        row(tr("Operating system"), r.osName);
        row(tr("Architecture"), r.host.machine);
        row(tr("Kernel"), r.host.kernel);
        row(tr("Examined"), m_doc.sourceText());
        row(tr("Captured"), m_doc.capturedText());
        row(tr("Report made"), m_doc.generatedText());
        row(tr("Made by"), QStringLiteral("Go Env Doctor %1").arg(QStringLiteral(GED_VERSION)));
        if (m_doc.privacy)
            row(tr("Privacy"), tr("The user name, the host name and the home folder are hidden."));
        m_out += QStringLiteral("</table>\n");

        m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Problems at a glance")));
        if (m_doc.problems.isEmpty()) {
            m_out += QStringLiteral("<p>%1</p>\n")
                         .arg(esc(r.results.isEmpty() ? tr("No check ran.")
                                                      : tr("No problems: every check that ran passed.")));
            return;
        }
        m_out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
        for (int i = 0; i < m_doc.problems.size(); ++i) {
            const CheckResult &p = m_doc.problems.at(i);
            // On screen the list is a table of contents; paper has no links to follow.
            QString title = esc(plainTitle(p.title));
            if (!print())
                title = QStringLiteral("<a href=\"#%1\">%2</a>").arg(anchor(i), title);
            m_out += QStringLiteral("<tr><td width=\"80\" valign=\"top\">%1</td><td valign=\"top\">%2 <span "
                                    "class=\"id\">%3</span></td></tr>")
                         .arg(badge(p.severity), title, esc(p.check));
        }
        m_out += QStringLiteral("</table>\n");
    }

    static QString verdict(const QMap<Severity, int> &counts)
    {
        if (counts.value(Severity::Error) > 0)
            return tr("Start with the errors, then the warnings: each finding says why it matters and how to fix "
                      "it.");
        if (counts.value(Severity::Warning) > 0)
            return tr("No errors. Look at the warnings: each says why it matters and how to fix it.");
        return tr("No errors and no warnings: nothing needs fixing.");
    }

    void findings()
    {
        if (m_doc.problems.isEmpty())
            return;
        m_out += QStringLiteral("<h1%1>%2</h1>\n").arg(pageBreak(), esc(tr("Findings")));
        // problems are sorted worst first: a heading where the severity changes.
        for (int i = 0; i < m_doc.problems.size(); ++i) {
            const Severity s = m_doc.problems.at(i).severity;
            if (i == 0 || m_doc.problems.at(i - 1).severity != s) {
                const auto count = std::count_if(m_doc.problems.cbegin(), m_doc.problems.cend(),
                                                 [s](const CheckResult &r) { return r.severity == s; });
                m_out += QStringLiteral("<h2 style=\"color: %1\">%2 (%3)</h2>\n")
                             .arg(QLatin1String(colours(s).strong), esc(HtmlReport::pluralName(s)))
                             .arg(count);
            }
            finding(m_doc.problems.at(i), i);
        }
    }

    // One finding as a card: a bar in the severity's colour, then title, id, explanation,
    // evidence, the fix and what causes it.
    static QString anchor(int index) { return HtmlReport::findingAnchorPrefix() + QString::number(index + 1); }

    void finding(const CheckResult &r, int index)
    {
        m_out += QStringLiteral("<table class=\"finding\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                                "style=\"margin-bottom: 14px\"><tr><td width=\"4\" style=\"background-color: %1\">"
                                "</td><td width=\"10\"></td><td>\n")
                     .arg(QLatin1String(colours(r.severity).strong));
        m_out += QStringLiteral("<p class=\"ftitle\"><a name=\"%1\" id=\"%1\"></a>%2</p>\n")
                     .arg(anchor(index), esc(plainTitle(r.title)));
        m_out += QStringLiteral("<p>%1 &#160;<span class=\"id\">%2</span></p>\n").arg(badge(r.severity), esc(r.check));
        if (!r.message.isEmpty())
            m_out += QStringLiteral("<p>%1</p>\n").arg(prose(r.message));
        evidence(r);
        if (!r.howToFix.isEmpty() || !r.fixes.isEmpty()) {
            m_out += QStringLiteral("<p class=\"label\">%1</p>\n")
                         .arg(esc(QCoreApplication::translate("ResultDetails", "How to fix").toUpper()));
            m_out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr><td "
                                    "class=\"fixbar\" width=\"3\"></td><td class=\"fix\">");
            if (!r.howToFix.isEmpty())
                m_out += QStringLiteral("<p>%1</p>").arg(prose(r.howToFix));
            if (!r.fixes.isEmpty())
                m_out += QStringLiteral("<p class=\"id\">%1</p>")
                             .arg(esc(QCoreApplication::translate("ResultDetails", "Fix ids: %1")
                                          .arg(r.fixes.join(QStringLiteral(", ")))));
            m_out += QStringLiteral("</td></tr></table>\n");
        }
        if (!r.causedBy.isEmpty()) {
            QStringList causes;
            for (const QString &id : r.causedBy) {
                const CheckResult *cause = findCheck(id);
                causes << (cause ? QStringLiteral("%1 <span class=\"id\">(%2)</span>")
                                       .arg(esc(plainTitle(cause->title)), esc(id))
                                 : QStringLiteral("<span class=\"id\">%1</span>").arg(esc(id)));
            }
            m_out += QStringLiteral("<p class=\"label\">%1</p><p>%2</p>\n")
                         .arg(esc(QCoreApplication::translate("ResultDetails", "Caused by").toUpper()),
                              causes.join(QStringLiteral("<br/>")));
        }
        m_out += QStringLiteral("</td></tr></table>\n");
    }

    const CheckResult *findCheck(const QString &id) const
    {
        // The first result of that check with something to say, else its first.
        const CheckResult *first = nullptr;
        for (const CheckResult &r : m_doc.report.results) {
            if (r.check != id)
                continue;
            if (r.severity != Severity::Ok && r.severity != Severity::Skipped)
                return &r;
            if (!first)
                first = &r;
        }
        return first;
    }

    // Where a piece of evidence comes from, in the words of the findings page (one context, so
    // translated once; literal strings, so lupdate sees them used here too).
    static QString where(const Evidence &e)
    {
        switch (e.kind) {
        case Evidence::Kind::File: {
            const QString file = QCoreApplication::translate("ResultDetails", "File");
            const QString line = QCoreApplication::translate("ResultDetails", "%1, line %2");
            return file + QLatin1Char(' ') + (e.line > 0 ? line.arg(e.path).arg(e.line) : e.path);
        }
        case Evidence::Kind::Link: return QCoreApplication::translate("ResultDetails", "Link");
        case Evidence::Kind::Env: return QCoreApplication::translate("ResultDetails", "Environment");
        case Evidence::Kind::Command:
            return QCoreApplication::translate("ResultDetails", "Command") + QStringLiteral(" $ ") + e.path;
        case Evidence::Kind::Elf:
            return QCoreApplication::translate("ResultDetails", "Program") + QLatin1Char(' ') + e.path;
        default: return e.path;
        }
    }

    // The evidence: where each piece comes from, then its text in monospace.
    void evidence(const CheckResult &r)
    {
        if (r.evidence.isEmpty())
            return;
        const QString label = QCoreApplication::translate("ResultDetails", "Evidence");
        m_out += QStringLiteral("<p class=\"label\">%1</p>\n").arg(esc(label.toUpper()));
        m_out +=
            QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr><td class=\"evidence\">");
        for (const Evidence &e : r.evidence) {
            m_out += QStringLiteral("<p class=\"where\">%1</p>").arg(esc(where(e)));
            if (!e.text.isEmpty())
                m_out += QStringLiteral("<p class=\"code\">%1</p>").arg(esc(e.text));
        }
        m_out += QStringLiteral("</td></tr></table>\n");
    }

    void skippedAndPassed()
    {
        if (!m_doc.skipped.isEmpty()) {
            m_out += QStringLiteral("<h2 style=\"color: %1\">%2 (%3)</h2>\n")
                         .arg(QLatin1String(colours(Severity::Skipped).strong), esc(tr("Checks that could not run")))
                         .arg(m_doc.skipped.size());
            m_out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
            for (const CheckResult &r : m_doc.skipped)
                m_out +=
                    QStringLiteral("<tr><td valign=\"top\" width=\"34%\" class=\"row\"><span class=\"id\">%1</span>"
                                   "</td><td valign=\"top\" class=\"row\">%2</td></tr>")
                        .arg(esc(r.check),
                             QStringLiteral("<b>%1</b><br/>%2").arg(esc(plainTitle(r.title)), prose(r.message)));
            m_out += QStringLiteral("</table>\n");
        }
        if (!m_doc.passed.isEmpty()) {
            m_out += QStringLiteral("<h2 style=\"color: %1\">%2 (%3)</h2>\n")
                         .arg(QLatin1String(colours(Severity::Ok).strong), esc(tr("Checks that passed")))
                         .arg(m_doc.passed.size());
            m_out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
            for (const CheckResult &r : m_doc.passed)
                m_out +=
                    QStringLiteral("<tr><td valign=\"top\" width=\"34%\" class=\"row\"><span class=\"id\">%1</span>"
                                   "</td><td valign=\"top\" class=\"row\">%2</td></tr>")
                        .arg(esc(r.check), esc(plainTitle(r.title)));
            m_out += QStringLiteral("</table>\n");
        }
    }

    // A picture with its heading and caption, kept on one page in the PDF.
    void figure(const char *id, const QString &title, const QString &caption, const HtmlReport::Image &img)
    {
        const QString anchor = HtmlReport::figureAnchorPrefix() + QLatin1String(id);
        m_out += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
        m_out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td><p class=\"muted\">"
                                "<a name=\"%1\" id=\"%1\"></a>%2</p>\n")
                     .arg(anchor, esc(caption));
        m_out += image(img, title);
        m_out += QStringLiteral("</td></tr></table>\n");
    }

    void pictures()
    {
        // The captions are this class's words; the titles are the pages' (translated once).
        // One call a statement: lupdate files a tr() that follows QCoreApplication::translate()
        // in the same statement under the wrong context.
        if (!m_o.diagram.src.isEmpty()) {
            const QString caption =
                tr("Every go on PATH in the order the shell looks, each link it goes through, and where it ends.");
            const QString title = QCoreApplication::translate("PathDiagram", "Where go comes from: PATH and links");
            figure("diagram", title, caption, m_o.diagram);
        }
        if (!m_o.charts.src.isEmpty()) {
            const QString caption =
                tr("Memory and CPU of the build watched in this session, with the limits that apply to it.");
            const QString title = QCoreApplication::translate("BuildMonitorPage", "Build monitor");
            figure("charts", title, caption, m_o.charts);
        }
    }

    void appendix()
    {
        m_out += QStringLiteral("<h1%1>%2</h1>\n").arg(pageBreak(), esc(tr("Appendix: the Go environment")));
        if (!m_doc.goEnvProblem.isEmpty())
            m_out += QStringLiteral("<p>%1</p>\n").arg(prose(m_doc.goEnvProblem));
        else
            m_out += QStringLiteral("<p class=\"muted\">%1</p>\n")
                         .arg(esc(tr("What `go env` says. First the values someone set, in the environment or in "
                                     "the go env file, or that differ from Go's defaults; then the rest.")
                                      .remove(QLatin1Char('`'))));
        if (m_doc.goEnvProblem.isEmpty() && m_doc.goChanged.isEmpty())
            m_out += QStringLiteral("<p>%1</p>\n")
                         .arg(esc(tr("Nobody changed a setting: every value is Go's default or worked out by Go.")));
        variables(tr("Set or changed"), m_doc.goChanged, true);
        variables(tr("Everything else"), m_doc.goOther, false);
    }

    void variables(const QString &heading, const QList<ReportDocument::GoVariable> &vars, bool withWhy)
    {
        if (vars.isEmpty())
            return;
        m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(heading));
        m_out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
        // A header row repeated on every page the table runs over.
        m_out += QStringLiteral("<thead><tr><th width=\"22%\">%1</th><th>%2</th>%3</tr></thead><tbody>")
                     .arg(esc(tr("Variable")), esc(tr("Value")),
                          withWhy ? QStringLiteral("<th width=\"30%\">%1</th>").arg(esc(tr("Why it is listed")))
                                  : QString());
        bool shade = false;
        for (const ReportDocument::GoVariable &v : vars) {
            const QString bg = shade ? QStringLiteral(" style=\"background-color: #f6f8fa\"") : QString();
            shade = !shade;
            m_out += QStringLiteral("<tr%1><td valign=\"top\" class=\"row\"><span class=\"id\" style=\"color: "
                                    "#1f2328\">%2</span></td><td valign=\"top\" class=\"row\"><span class=\"id\" "
                                    "style=\"color: #1f2328\">%3</span></td>")
                         .arg(bg, esc(v.name), esc(v.value));
            if (withWhy)
                m_out += QStringLiteral("<td valign=\"top\" class=\"row\">%1</td>").arg(esc(v.why));
            m_out += QStringLiteral("</tr>");
        }
        m_out += QStringLiteral("</tbody></table>\n");
    }

    const ReportDocument &m_doc;
    const HtmlReport::Options &m_o;
    QString m_out;
};
} // namespace

QString HtmlReport::render(const ReportDocument &doc, const Options &options)
{
    return HtmlWriter(doc, options).html();
}

QString HtmlReport::pluralName(Severity s)
{
    switch (s) {
    case Severity::Error: return tr("Errors");
    case Severity::Warning: return tr("Warnings");
    case Severity::Info: return tr("Notes");
    case Severity::Ok: return tr("Passed");
    case Severity::Skipped: return tr("Skipped");
    }
    return {};
}

QString HtmlReport::title()
{
    return tr("Go environment report");
}
