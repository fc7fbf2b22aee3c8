#include "Report.h"

namespace {
const char *kReset = "\x1b[0m";

QString mark(Severity s)
{
    switch (s) {
    case Severity::Ok: return QStringLiteral("✓");
    case Severity::Info: return QStringLiteral("i");
    case Severity::Warning: return QStringLiteral("!");
    case Severity::Error: return QStringLiteral("✗");
    case Severity::Skipped: return QStringLiteral("-");
    }
    return QStringLiteral("?");
}

const char *colour(Severity s)
{
    switch (s) {
    case Severity::Ok: return "\x1b[32m";
    case Severity::Info: return "\x1b[36m";
    case Severity::Warning: return "\x1b[33m";
    case Severity::Error: return "\x1b[1;31m";
    case Severity::Skipped: return "\x1b[2m";
    }
    return "";
}

QString indent(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l.prepend(prefix);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QString TextReport::areaTitle(const QString &area)
{
    if (area == QLatin1String("go"))
        return tr("Go toolchain");
    if (area == QLatin1String("goroot") || area == QLatin1String("gopath"))
        return tr("GOROOT and GOPATH");
    if (area == QLatin1String("modules") || area == QLatin1String("goenv"))
        return tr("Go settings");
    if (area == QLatin1String("path"))
        return tr("PATH");
    if (area == QLatin1String("shell"))
        return tr("Shell start-up files");
    if (area == QLatin1String("snap"))
        return tr("Snap");
    return area;
}

QString TextReport::renderResult(const CheckResult &r)
{
    QString out = QStringLiteral("%1 %2 [%3]\n").arg(mark(r.severity), r.title, r.check);
    out += Redact::text(r.message) + QLatin1Char('\n');
    for (const Evidence &e : r.evidence) {
        const QString where = e.line > 0 ? QStringLiteral("%1:%2").arg(e.path).arg(e.line) : e.path;
        const bool selfContained = e.kind == Evidence::Kind::Env || e.kind == Evidence::Kind::Link;
        const QString text = Redact::evidenceText(e);
        out += indent(Redact::text(selfContained ? text : QStringLiteral("%1: %2").arg(where, text)),
                      QStringLiteral("  · ")) +
               QLatin1Char('\n');
    }
    if (!r.howToFix.isEmpty())
        out += tr("Fix: %1").arg(Redact::text(r.howToFix)) + QLatin1Char('\n');
    if (!r.causedBy.isEmpty())
        out += tr("Caused by: %1").arg(r.causedBy.join(QStringLiteral(", "))) + QLatin1Char('\n');
    return out;
}

QString TextReport::render(const Report &report, const Options &options)
{
    auto paint = [&](Severity s, const QString &t) {
        return options.color ? QString::fromLatin1(colour(s)) + t + QString::fromLatin1(kReset) : t;
    };
    QString out;
    const QString source = report.snapshot ? tr("snapshot %1").arg(report.sourcePath) : tr("this computer");
    out += tr("Go Env Doctor — %1 (%2, %3)")
               .arg(source, report.host.hostname, report.osName.isEmpty() ? report.host.machine : report.osName);
    out += QLatin1Char('\n');

    // Areas in the order their first check ran.
    QStringList areas;
    for (const CheckResult &r : report.results) {
        const QString title = areaTitle(r.check.section(QLatin1Char('.'), 0, 0));
        if (!areas.contains(title))
            areas << title;
    }
    for (const QString &area : std::as_const(areas)) {
        QString block;
        int quiet = 0;
        for (const CheckResult &r : report.results) {
            if (areaTitle(r.check.section(QLatin1Char('.'), 0, 0)) != area)
                continue;
            const bool problem =
                r.severity == Severity::Error || r.severity == Severity::Warning || r.severity == Severity::Info;
            if (!problem && !options.verbose) {
                ++quiet;
                continue;
            }
            block += QStringLiteral("  %1 %2  [%3]\n").arg(paint(r.severity, mark(r.severity)), r.title, r.check);
            if (problem || options.verbose)
                block += indent(Redact::text(r.message), QStringLiteral("      ")) + QLatin1Char('\n');
            if (options.verbose) {
                for (const Evidence &e : r.evidence) {
                    // An env or command line says it all; a file or link names its place first.
                    const QString where = e.line > 0 ? QStringLiteral("%1:%2").arg(e.path).arg(e.line) : e.path;
                    const bool selfContained = e.kind == Evidence::Kind::Env || e.kind == Evidence::Kind::Link;
                    const QString text = Redact::evidenceText(e);
                    const QString line = selfContained ? text : QStringLiteral("%1: %2").arg(where, text);
                    block += indent(Redact::text(line), QStringLiteral("      · ")) + QLatin1Char('\n');
                }
            }
            if (problem && !r.howToFix.isEmpty())
                block +=
                    indent(tr("Fix: %1").arg(Redact::text(r.howToFix)), QStringLiteral("      → ")) + QLatin1Char('\n');
            if (!r.causedBy.isEmpty())
                block += QStringLiteral("      ") + tr("Caused by: %1").arg(r.causedBy.join(QStringLiteral(", "))) +
                         QLatin1Char('\n');
        }
        out += QLatin1Char('\n') + area + QLatin1Char('\n');
        if (quiet > 0) {
            // Worded to read right for any number, in English too (no plural forms needed).
            const QString passed = block.isEmpty() ? tr("all passed: %1").arg(quiet) : tr("passed: %1 more").arg(quiet);
            block += QStringLiteral("  %1 %2\n").arg(paint(Severity::Ok, mark(Severity::Ok)), passed);
        }
        out += block;
    }
    const auto c = report.summary();
    out += QLatin1Char('\n') +
           tr("Errors: %1 · Warnings: %2 · Notes: %3 · Passed: %4 · Skipped: %5")
               .arg(c.value(Severity::Error))
               .arg(c.value(Severity::Warning))
               .arg(c.value(Severity::Info))
               .arg(c.value(Severity::Ok))
               .arg(c.value(Severity::Skipped)) +
           QLatin1Char('\n');
    if (report.cancelled)
        out += tr("The scan was cancelled; the results are incomplete.") + QLatin1Char('\n');
    return out;
}
