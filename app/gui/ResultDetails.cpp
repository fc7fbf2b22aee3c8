#include "ResultDetails.h"

#include "SeverityStyle.h"
#include "report/FindingsModel.h"

#include <QRegularExpression>
#include <QUrl>

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Message text keeps its line breaks, and `commands` in backticks show as code.
QString paragraphs(const QString &s)
{
    QString html = esc(s).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    return html.replace(code, QStringLiteral("<code>\\1</code>"));
}

QString severityImage(Severity s)
{
    return QStringLiteral("severity:%1").arg(severityName(s));
}
} // namespace

ResultDetails::ResultDetails(const FindingsModel *model, QWidget *parent) : QTextBrowser(parent), m_model(model)
{
    setObjectName(QStringLiteral("findingDetails"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ResultDetails::follow);
}

QString ResultDetails::styleSheet() const
{
    // Only palette colours: the desktop's light or dark theme decides.
    const QPalette p = palette();
    return QStringLiteral("<style>"
                          "h2 { margin-bottom: 4px; } h3 { margin-top: 14px; margin-bottom: 4px; }"
                          "code, pre { background-color: %1; font-family: monospace; }"
                          "pre { padding: 6px; white-space: pre-wrap; }"
                          "a { color: %2; } .id { color: %3; }"
                          "</style>")
        .arg(p.color(QPalette::AlternateBase).name(), p.color(QPalette::Link).name(),
             p.color(QPalette::PlaceholderText).name());
}

QString ResultDetails::html(const CheckResult &r) const
{
    QString h = styleSheet();
    h += QStringLiteral("<h2><img src=\"%1\" width=\"20\" height=\"20\"> %2</h2>")
             .arg(severityImage(r.severity), paragraphs(r.title));
    h += QStringLiteral("<p><b>%1</b> &nbsp;·&nbsp; <span class=\"id\">%2</span></p>")
             .arg(esc(FindingsModel::severityText(r.severity)), esc(r.check));
    h += QStringLiteral("<p>%1</p>").arg(paragraphs(r.message));

    if (!r.evidence.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Evidence")));
        for (int i = 0; i < r.evidence.size(); ++i) {
            const Evidence &e = r.evidence.at(i);
            switch (e.kind) {
            case Evidence::Kind::File: {
                const QString where = e.line > 0 ? tr("%1, line %2").arg(e.path).arg(e.line) : e.path;
                h += QStringLiteral("<li>%1 <a href=\"evidence:%2\">%3</a>")
                         .arg(esc(tr("File")), QString::number(i), esc(where));
                if (!e.text.isEmpty())
                    h += QStringLiteral("<br><code>%1</code>").arg(esc(e.text));
                h += QStringLiteral("</li>");
                break;
            }
            case Evidence::Kind::Link:
                h += QStringLiteral("<li>%1 <code>%2</code></li>").arg(esc(tr("Link")), esc(e.text));
                break;
            case Evidence::Kind::Env:
                h += QStringLiteral("<li>%1 <code>%2</code></li>").arg(esc(tr("Environment")), esc(e.text));
                break;
            case Evidence::Kind::Command:
                h += QStringLiteral("<li>%1 <code>%2</code><pre>%3</pre></li>")
                         .arg(esc(tr("Command")), esc(e.path), esc(e.text));
                break;
            case Evidence::Kind::Elf:
                h += QStringLiteral("<li>%1 <a href=\"evidence:%2\">%3</a>: %4</li>")
                         .arg(esc(tr("Program")), QString::number(i), esc(e.path), esc(e.text));
                break;
            default: h += QStringLiteral("<li>%1 <code>%2</code></li>").arg(esc(e.path), esc(e.text)); break;
            }
        }
        h += QStringLiteral("</ul>");
    }
    if (!r.howToFix.isEmpty() || !r.fixes.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("How to fix")));
        if (!r.howToFix.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(paragraphs(r.howToFix));
        if (!r.fixes.isEmpty())
            h += QStringLiteral("<p class=\"id\">%1</p>")
                     .arg(esc(tr("Fix ids: %1").arg(r.fixes.join(QStringLiteral(", ")))));
    }
    // One story instead of unrelated errors: what explains this, and what this explains.
    auto link = [this](const QString &id) {
        const CheckResult *other = m_model->result(m_model->indexOfCheck(id));
        const QString title = other ? other->title : id;
        const Severity s = other ? other->severity : Severity::Skipped;
        return QStringLiteral("<li><img src=\"%1\" width=\"16\" height=\"16\"> <a href=\"check:%2\">%3</a> <span "
                              "class=\"id\">(%2)</span></li>")
            .arg(severityImage(s), esc(id), paragraphs(title));
    };
    if (!r.causedBy.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Caused by")));
        for (const QString &id : r.causedBy)
            h += link(id);
        h += QStringLiteral("</ul>");
    }
    QStringList explains;
    for (const CheckResult &other : m_model->report().results) {
        if (other.causedBy.contains(r.check) && !explains.contains(other.check))
            explains << other.check;
    }
    if (!explains.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("This also explains")));
        for (const QString &id : std::as_const(explains))
            h += link(id);
        h += QStringLiteral("</ul>");
    }
    return h;
}

void ResultDetails::showResult(const CheckResult *result)
{
    m_current = result;
    if (!result) {
        setHtml(QString());
        return;
    }
    setHtml(html(*result));
}

void ResultDetails::showArea(const QString &title, const QList<const CheckResult *> &results)
{
    m_current = nullptr;
    QString h = styleSheet() + QStringLiteral("<h2>%1</h2><ul>").arg(esc(title));
    for (const CheckResult *r : results) {
        h += QStringLiteral("<li><img src=\"%1\" width=\"16\" height=\"16\"> <a href=\"check:%2\">%3</a> — %4</li>")
                 .arg(severityImage(r->severity), esc(r->check), paragraphs(r->title),
                      esc(FindingsModel::severityText(r->severity)));
    }
    setHtml(h + QStringLiteral("</ul>"));
}

QVariant ResultDetails::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && name.scheme() == QLatin1String("severity")) {
        for (Severity s : {Severity::Error, Severity::Warning, Severity::Info, Severity::Ok, Severity::Skipped}) {
            if (name.path() == severityName(s))
                return SeverityStyle::pixmap(s, 40);
        }
    }
    // Nothing else is loaded: a snapshot's text must not make the pane fetch files.
    return {};
}

void ResultDetails::follow(const QUrl &url)
{
    if (url.scheme() == QLatin1String("check")) {
        emit checkRequested(url.path());
    } else if (url.scheme() == QLatin1String("evidence") && m_current) {
        const int i = url.path().toInt();
        if (i >= 0 && i < m_current->evidence.size())
            emit fileRequested(m_current->evidence.at(i).path, m_current->evidence.at(i).line);
    }
}
