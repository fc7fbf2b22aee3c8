#include "CliFront.h"

#include "MonitorCli.h"
#include "Translations.h"
#include "capture/CaptureText.h"
#include "capture/SnapshotCapture.h"
#include "checks/CheckRegistry.h"
#include "engine/ScanEngine.h"
#include "export/ReportExport.h"
#include "remedy/FixCatalog.h"
#include "remedy/FixScript.h"
#include "report/Privacy.h"
#include "system/LiveSystem.h"
#include "system/SnapshotArchive.h"
#include "system/SnapshotSystem.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {
constexpr int kExitOk = 0;
constexpr int kExitProblems = 1;
constexpr int kExitUsage = 2;

void printErr(const QString &text)
{
    QTextStream err(stderr);
    err << text << Qt::endl;
}

// Options that later issues build. Until then they exit 2 with a clear word, never a fake result.
struct PendingOption {
    const char *name;
    bool takesValue;
};
constexpr PendingOption kPending[] = {
    {"project", true}, {"binary", true}, {"target-glibc", true}, {"network", false}, {"offline", false},
};

// --capture: a full scan of this machine through a RecordingSystem, then what it touched as a
// snapshot. The list goes to stderr with --verbose (the CLI's "shown before saving").
int captureMachine(const QString &file, bool verbose)
{
    if (!SnapshotArchive::isArchiveName(file)) {
        printErr(CliFront::tr("--capture %1: the file must end in .tar.gz or .tgz.").arg(file));
        return kExitUsage;
    }
    RecordingSystem system;
    ScanEngine::run(system, CheckRegistry::all());
    const CapturePlan plan = SnapshotCapture::plan(system);
    if (verbose) {
        QTextStream err(stderr);
        for (const CapturedEntry &e : plan.entries)
            err << CaptureText::entryLine(e) << Qt::endl;
        for (const CommandResult &c : plan.commands)
            err << QStringLiteral("$ ") << c.argv.join(QLatin1Char(' ')) << Qt::endl;
    }
    QString error;
    if (!SnapshotCapture::write(plan, file, &error)) {
        printErr(error);
        return kExitUsage;
    }
    printErr(CaptureText::summary(plan, file));
    return kExitOk;
}

// --fix-script: the script for every fix the findings name. Exit status as for --cli, so a CI job
// can tell "there is something to fix" from "nothing to do".
int writeFixScript(const Report &report, const QString &file, const QString &downloadBase, const QString &lang)
{
    FixCatalog::Options options;
    options.downloadBase =
        downloadBase.isEmpty() ? FixCatalog::defaultDownloadBase(Translations::resolve(lang)) : downloadBase;
    const QList<FixStep> steps = FixCatalog::plan(report, options);
    FixScript::Target target = FixScript::targetOf(*report.facts);
    target.downloadBase = options.downloadBase;
    target.installDir = options.installDir;
    const QByteArray script = FixScript::render(steps, target).toUtf8();
    if (file == QLatin1String("-")) {
        std::fwrite(script.constData(), 1, size_t(script.size()), stdout);
    } else {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(script) != script.size() || !out.commit()) {
            printErr(CliFront::tr("Cannot write %1: %2").arg(file, out.errorString()));
            return kExitUsage;
        }
        QFile::setPermissions(file, QFile::permissions(file) | QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                        QFileDevice::ExeOther);
        int scripted = 0;
        for (const FixStep &s : steps)
            scripted += s.isManual() ? 0 : 1;
        printErr(CliFront::tr("Wrote %1: %2 step(s), %3 to do by hand. Read it, then run: bash %1 --dry-run")
                     .arg(file)
                     .arg(scripted)
                     .arg(steps.size() - scripted));
    }
    return report.hasErrors() ? kExitProblems : kExitOk;
}

// The value of --report in raw arguments ("--report F" or "--report=F"); empty when absent.
QString reportArgument(const QStringList &arguments)
{
    QString file;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--report") && i + 1 < arguments.size())
            file = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--report=")))
            file = arguments.at(i).mid(9);
    }
    return file;
}
} // namespace

bool CliFront::needsGui(const QStringList &arguments)
{
    const auto format = ReportExport::formatOf(reportArgument(arguments));
    return format && ReportExport::needsGui(*format);
}

bool CliFront::wantsCli(const QStringList &arguments)
{
    // Everything but the wizard's own options (--lang, --snapshot) is the command line's: the
    // CLI modes, and the options of later issues, which must say "not supported yet" rather
    // than open a window.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") || a == QLatin1String("--snapshot")) {
            ++i; // skip the value
            continue;
        }
        if (a.startsWith(QLatin1String("--lang=")) || a.startsWith(QLatin1String("--snapshot=")))
            continue;
        return true;
    }
    return false;
}

int CliFront::run(const QStringList &arguments)
{
    // --lang must take effect before the help text is built, so look for it first.
    QString lang;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            lang = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            lang = arguments.at(i).mid(7);
    }
    const QString language = Translations::apply(lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Finds out why Go does not work on this computer, and says how to fix it."));
    const QCommandLineOption help = parser.addHelpOption();
    // Not addVersionOption(): that takes -v, which cli.md gives to --cli's verbose mode.
    const QCommandLineOption version(QStringLiteral("version"), tr("Print the version and exit."));
    const QCommandLineOption cli(QStringLiteral("cli"), tr("Scan and print a summary for people, grouped by area."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Scan and print the report as JSON."));
    const QCommandLineOption verbose(QStringList{QStringLiteral("v"), QStringLiteral("verbose")},
                                     tr("With --cli: show every result, passed and skipped ones too, with evidence."));
    const QCommandLineOption snapshot(
        QStringLiteral("snapshot"),
        tr("Analyse a captured snapshot (a folder, or a .tar.gz of one) instead of this computer."), tr("path"));
    const QCommandLineOption only(
        QStringLiteral("only"),
        tr("Run only these checks: comma-separated ids, or prefixes ending in a dot (go.,path.tilde-literal)."),
        tr("list"));
    const QCommandLineOption explainPath(QStringLiteral("explain-path"),
                                         tr("Print PATH in order and the link chain of every go, as text."));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language: en or zh_CN (default: the system's)."),
                                        tr("lang"));
    const QCommandLineOption monitor(
        QStringLiteral("monitor"),
        tr("Run the command given after --, watch its memory and CPU (process tree and cgroup) and print the "
           "peak, the limits and the events to stderr. Exits with the command's status."));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("With --monitor: milliseconds between samples (default 100)."), tr("ms"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("With --monitor: write every sample to this CSV file."),
                                 tr("file"));
    const QCommandLineOption fixScript(
        QStringLiteral("fix-script"),
        tr("Write the remediation script for the findings to this file ('-' for standard output): read it, run it "
           "with --dry-run, run it, undo it with --undo."),
        tr("file"));
    const QCommandLineOption downloadBase(
        QStringLiteral("download-base"),
        tr("With --fix-script: where the script downloads Go from (default https://go.dev/dl/, or "
           "https://golang.google.cn/dl/ for zh_CN)."),
        tr("url"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Write a report to this file: PDF, HTML or JSON by its extension (.pdf, "
                                       ".html, .json)."),
                                    tr("file"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   tr("With --report: the PDF's paper, a4 or letter (default: the locale's)."),
                                   tr("size"));
    const QCommandLineOption privacy(
        QStringLiteral("privacy"),
        tr("Hide the user name, the host name and the home folder in the output (reports, --json, --cli)."));
    const QCommandLineOption capture(
        QStringLiteral("capture"),
        tr("Write a snapshot of this computer to this .tar.gz file (what the checks look at; secrets redacted, "
           "keys and .netrc never included), to open on another computer with --snapshot."),
        tr("file"));
    parser.addOptions({version, cli, json, verbose, snapshot, only, explainPath, langOption, monitor, interval, csv,
                       report, paper, privacy, fixScript, downloadBase, capture});
    QList<QCommandLineOption> pending;
    for (const PendingOption &p : kPending) {
        QCommandLineOption o(QString::fromLatin1(p.name), tr("Not supported yet."));
        if (p.takesValue)
            o.setValueName(tr("value"));
        o.setFlags(QCommandLineOption::HiddenFromHelp);
        pending << o;
        parser.addOption(o);
    }
    parser.addPositionalArgument(QStringLiteral("--"), tr("With --monitor: the command to run."),
                                 QStringLiteral("[-- CMD ...]"));

    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        printErr(tr("Try '%1 --help'.").arg(QStringLiteral("go-env-doctor")));
        return kExitUsage;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return kExitOk;
    }
    if (parser.isSet(version)) {
        QTextStream(stdout) << QStringLiteral("go-env-doctor %1").arg(QStringLiteral(GED_VERSION)) << Qt::endl;
        return kExitOk;
    }
    for (const QCommandLineOption &o : std::as_const(pending)) {
        if (parser.isSet(o)) {
            printErr(tr("--%1: not supported yet.").arg(o.names().constFirst()));
            return kExitUsage;
        }
    }
    if (parser.isSet(monitor)) {
        MonitorCli::Options options;
        options.command = parser.positionalArguments();
        options.interval = parser.isSet(interval) ? parser.value(interval) : QString();
        if (parser.isSet(interval) && options.interval.isEmpty())
            options.interval = QStringLiteral("?"); // "--interval=" is bad usage, not the default
        options.csvFile = parser.value(csv);
        return MonitorCli::run(options);
    }
    if (parser.isSet(capture)) {
        // A capture is of this machine, with every check: nothing else goes with it.
        for (const QCommandLineOption *o : {&cli, &json, &snapshot, &only, &explainPath, &report, &paper, &privacy,
                                            &fixScript, &downloadBase, &interval, &csv}) {
            if (parser.isSet(*o)) {
                printErr(tr("--capture goes with --verbose and --lang only, not --%1.").arg(o->names().constLast()));
                return kExitUsage;
            }
        }
        return captureMachine(parser.value(capture), parser.isSet(verbose));
    }
    if (parser.isSet(interval) || parser.isSet(csv)) {
        printErr(tr("--interval and --csv go with --monitor."));
        return kExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printErr(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        return kExitUsage;
    }
    // "zh", "zh_CN.UTF-8" and "en_GB" are fine; a language we have no text for is a usage error.
    const bool knownLanguage =
        lang.isEmpty() || lang.startsWith(QLatin1String("en")) || Translations::resolve(lang) != QLatin1String("en");
    if (!knownLanguage) {
        printErr(tr("Unknown language '%1': use one of %2.")
                     .arg(lang, Translations::supported().join(QStringLiteral(", "))));
        return kExitUsage;
    }

    ReportExport::Options exportOptions;
    exportOptions.language = language;
    exportOptions.privacy = parser.isSet(privacy);
    const QString reportFile = parser.value(report);
    if (parser.isSet(report) && !ReportExport::formatOf(reportFile)) {
        printErr(tr("--report %1: the file must end in .pdf, .html or .json.").arg(reportFile));
        return kExitUsage;
    }
    if (parser.isSet(paper)) {
        const QString size = parser.value(paper).toLower();
        if (!parser.isSet(report)) {
            printErr(tr("--paper goes with --report."));
            return kExitUsage;
        }
        if (size != QLatin1String("a4") && size != QLatin1String("letter")) {
            printErr(tr("--paper %1: use a4 or letter.").arg(parser.value(paper)));
            return kExitUsage;
        }
        exportOptions.paper = size == QLatin1String("a4") ? ReportExport::Paper::A4 : ReportExport::Paper::Letter;
    }

    QStringList unknown;
    const QList<Check> checks =
        CheckRegistry::select(parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts), &unknown);
    if (!unknown.isEmpty()) {
        printErr(tr("Unknown check id or prefix: %1. Known checks: %2")
                     .arg(unknown.join(QStringLiteral(", ")), CheckRegistry::ids().join(QStringLiteral(", "))));
        return kExitUsage;
    }
    if (checks.isEmpty()) {
        printErr(tr("--only selects no check."));
        return kExitUsage;
    }

    std::unique_ptr<SystemView> system;
    if (parser.isSet(snapshot)) {
        const QString path = parser.value(snapshot);
        QString error;
        system = SnapshotSystem::open(path, &error);
        if (!system) {
            printErr(error);
            return kExitUsage;
        }
    } else {
        system = std::make_unique<LiveSystem>();
    }

    const Report scanned = ScanEngine::run(*system, checks);
    // What is printed says no more than the report file would: identities hidden under --privacy.
    const Report shown = exportOptions.privacy ? Privacy(scanned).apply(scanned) : scanned;
    if (parser.isSet(report)) {
        QString error;
        if (!ReportExport::write(scanned, reportFile, exportOptions, &error)) {
            printErr(error);
            return kExitUsage;
        }
        printErr(tr("Report written to %1.").arg(reportFile));
    }
    QTextStream out(stdout);
    if (parser.isSet(explainPath)) {
        // The story of where go comes from; the checks' verdicts are --cli's business.
        out << PathStoryText::render(shown.path);
        out.flush();
        return kExitOk;
    }
    if (parser.isSet(fixScript))
        return writeFixScript(scanned, parser.value(fixScript), parser.value(downloadBase),
                              lang); // real paths: never --privacy
    if (parser.isSet(json)) {
        out << ReportJson::toBytes(shown);
    } else if (!parser.isSet(report) || parser.isSet(cli)) {
        TextReport::Options options;
        options.verbose = parser.isSet(verbose);
        options.color = ::isatty(STDOUT_FILENO) == 1 && qEnvironmentVariableIsEmpty("NO_COLOR");
        out << TextReport::render(shown, options);
    }
    out.flush();
    return scanned.hasErrors() ? kExitProblems : kExitOk;
}
