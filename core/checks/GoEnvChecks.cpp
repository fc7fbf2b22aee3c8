#include "GoEnvChecks.h"

using namespace CheckKit;

namespace {
const QString kModules = QStringLiteral("modules.disabled");
const QString kOverrides = QStringLiteral("goenv.file-overrides");
const QString kObsolete = QStringLiteral("goenv.obsolete");

// Where a go setting's value comes from, in cmd/go's order: a non-empty environment variable,
// then the user's go env file ($GOROOT/go.env and defaults are not user choices).
struct Setting {
    QString value;
    Evidence evidence;
    bool fromFile = false;
    bool set = false;
};

Setting effective(const Facts &f, const QString &key)
{
    Setting s;
    const QString envValue = f.env.value(key);
    if (!envValue.isEmpty()) {
        s.value = envValue;
        s.evidence = Evidence::env(key, envValue);
        s.set = true;
    } else if (const auto line = f.envFile.find(key)) {
        s.value = line->value;
        s.evidence = Evidence::file(f.envFile.path, line->line, QStringLiteral("%1=%2").arg(key, line->value));
        s.fromFile = true;
        s.set = true;
    }
    return s;
}

// GODEBUG settings that releases dropped: setting them does nothing any more.
struct GoneDebug {
    const char *name;
    int goneInMinor; // Go 1.N that removed it
};
constexpr GoneDebug kGoneDebug[] = {{"x509ignoreCN", 17}, {"x509sha1", 24}};
} // namespace

QList<Check> GoEnvChecks::all()
{
    return {
        {kModules, &GoEnvChecks::modulesDisabled},
        {kOverrides, &GoEnvChecks::fileOverrides},
        {kObsolete, &GoEnvChecks::obsolete},
    };
}

QList<CheckResult> GoEnvChecks::modulesDisabled(const Facts &f)
{
    const Setting s = effective(f, QStringLiteral("GO111MODULE"));
    if (s.value.trimmed() != QLatin1String("off")) {
        return {make(kModules, Severity::Ok, tr("Go modules are on"),
                     s.set ? tr("GO111MODULE=%1; modules are used whenever a project has a go.mod.").arg(s.value)
                           : tr("GO111MODULE is not set, so modules are on (the default since Go 1.16)."))};
    }
    CheckResult r = make(kModules, Severity::Error, tr("Go modules are switched off"),
                         tr("GO111MODULE=off makes go work the pre-2019 way: go.mod is ignored, `go get` and builds "
                            "look for code only in GOPATH/src, and almost every current project fails with \"cannot "
                            "find package\" or \"go: modules disabled by GO111MODULE=off\". Old tutorials still tell "
                            "people to set it."));
    r.evidence << s.evidence;
    if (s.fromFile) {
        r.message =
            joinSentences(r.message, tr("It is set in the go env file %1, line %2, written by an earlier `go env -w`.")
                                         .arg(f.envFile.path)
                                         .arg(s.evidence.line));
        r.causedBy << kOverrides;
        r.howToFix = tr("Run: go env -u GO111MODULE");
        r.fixes << QStringLiteral("fix.goenv-unset");
    } else {
        r.howToFix = tr("Remove the GO111MODULE export from your start-up files and open a new terminal.");
        r.fixes << QStringLiteral("fix.remove-env-export");
    }
    return {r};
}

QList<CheckResult> GoEnvChecks::fileOverrides(const Facts &f)
{
    if (!f.envFile.exists)
        return {make(kOverrides, Severity::Ok, tr("No go env file"),
                     tr("There is no go env file (%1), so nothing was set with `go env -w`.")
                         .arg(f.envFile.path.isEmpty() ? QStringLiteral("GOENV=off") : f.envFile.path))};
    QList<CheckResult> out;
    QSet<QString> reported;
    // The last assignment of a key is the one go uses; report each key once.
    for (int i = int(f.envFile.settings.size()) - 1; i >= 0; --i) {
        const GoEnvSetting &s = f.envFile.settings.at(i);
        if (reported.contains(s.key))
            continue;
        reported.insert(s.key);
        const QString envValue = f.env.value(s.key);
        QString why;
        if (!envValue.isEmpty() && envValue != s.value) {
            why = tr("The environment sets %1=%2 too, and the environment wins: the file's value is dead and "
                     "misleading (`go env -w` wrote it, `go env` shows the other).")
                      .arg(s.key, envValue);
        } else if (s.key == QLatin1String("GO111MODULE") && s.value == QLatin1String("off")) {
            why = tr("It switches Go modules off for every project (see modules.disabled).");
        } else if (s.key == QLatin1String("GOPROXY") && s.value == QLatin1String("off")) {
            why = tr("It forbids downloading any module: builds fail as soon as a dependency is not in the cache.");
        } else if (s.key == QLatin1String("GOSUMDB") && s.value == QLatin1String("off")) {
            why = tr("It turns off the checksum database that protects you from tampered modules.");
        } else if (s.key == QLatin1String("GOFLAGS") && !s.value.trimmed().isEmpty()) {
            why = tr("GOFLAGS adds flags to every go command you run, which is easy to forget and confusing when "
                     "something behaves differently from the tutorials.");
        } else if (s.key == QLatin1String("GOTOOLCHAIN") && s.value != QLatin1String("auto")) {
            why = tr("It overrides how go picks its toolchain for every project, so a go.mod asking for a newer Go "
                     "either fails or silently downloads another release.");
        }
        if (why.isEmpty())
            continue;
        CheckResult r = make(kOverrides, Severity::Warning, tr("The go env file sets %1").arg(s.key),
                             tr("%1 line %2 sets %3=%4. %5").arg(f.envFile.path).arg(s.line).arg(s.key, s.value, why));
        r.evidence << Evidence::file(f.envFile.path, s.line, QStringLiteral("%1=%2").arg(s.key, s.value));
        if (!envValue.isEmpty() && envValue != s.value)
            r.evidence << Evidence::env(s.key, envValue);
        r.howToFix = tr("Run: go env -u %1").arg(s.key);
        r.fixes << QStringLiteral("fix.goenv-unset");
        out.prepend(r);
    }
    if (out.isEmpty())
        out << make(kOverrides, Severity::Ok, tr("The go env file is harmless"),
                    tr("%1 sets nothing risky.").arg(f.envFile.path));
    return out;
}

QList<CheckResult> GoEnvChecks::obsolete(const Facts &f)
{
    QList<CheckResult> out;
    const std::optional<GoVersion> version = f.activeVersion;
    const Setting goflags = effective(f, QStringLiteral("GOFLAGS"));
    // What go itself said: "go: parsing $GOFLAGS: unknown flag -insecure".
    QList<Evidence> complaints;
    for (const CommandResult *c : {&f.goVersionCmd, &f.goEnvCmd}) {
        if (c->captured && c->stderrText.contains(QLatin1String("parsing $GOFLAGS")))
            complaints << commandEvidence(*c);
    }
    const QStringList flags = goflags.value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &flag : flags) {
        const QString name = flag.section(QLatin1Char('='), 0, 0);
        if (name != QLatin1String("-insecure") && name != QLatin1String("--insecure"))
            continue;
        // `go get -insecure` was removed in Go 1.17: go get still knows the flag only to refuse it, so
        // with it in GOFLAGS every `go get` fails (other commands ignore flags they do not take).
        const bool breaks = !version || version->minor >= 17 || version->major > 1;
        CheckResult r = make(kObsolete, breaks ? Severity::Error : Severity::Warning, tr("GOFLAGS holds -insecure"),
                             breaks ? tr("GOFLAGS contains -insecure, which Go removed in 1.17: every `go get` now "
                                         "fails with \"go: -insecure flag is no longer supported; use GOINSECURE "
                                         "instead\", so adding or updating a dependency is impossible.")
                                    : tr("GOFLAGS contains -insecure, which Go 1.17 and later reject; use GOINSECURE "
                                         "for the hosts that need it."));
        r.evidence << goflags.evidence << complaints;
        r.howToFix = goflags.fromFile ? tr("Run: go env -u GOFLAGS (and use GOINSECURE=host for hosts without TLS).")
                                      : tr("Remove -insecure from the GOFLAGS export in your start-up files.");
        r.fixes << (goflags.fromFile ? QStringLiteral("fix.goenv-unset") : QStringLiteral("fix.remove-env-export"));
        out << r;
    }
    if (out.isEmpty() && !complaints.isEmpty()) {
        CheckResult r = make(kObsolete, Severity::Error, tr("GOFLAGS breaks every go command"),
                             tr("go rejects a flag in GOFLAGS, so every go command except `go env` fails."));
        r.evidence << goflags.evidence << complaints;
        r.howToFix = tr("Remove the flag from GOFLAGS (go env -u GOFLAGS, or the export in your start-up files).");
        r.fixes << QStringLiteral("fix.goenv-unset");
        out << r;
    }
    const Setting godebug = effective(f, QStringLiteral("GODEBUG"));
    for (const QString &item : godebug.value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = item.section(QLatin1Char('='), 0, 0).trimmed();
        for (const GoneDebug &gone : kGoneDebug) {
            if (key != QLatin1String(gone.name) ||
                (version && version->major == 1 && version->minor < gone.goneInMinor))
                continue;
            CheckResult r = make(kObsolete, Severity::Warning, tr("GODEBUG setting %1 does nothing any more").arg(key),
                                 tr("GODEBUG contains %1, which Go removed in 1.%2: the old behaviour it asked for is "
                                    "gone, so whatever it worked around fails anyway (for x509ignoreCN: certificates "
                                    "must name the host in Subject Alternative Names).")
                                     .arg(item)
                                     .arg(gone.goneInMinor));
            r.evidence << godebug.evidence;
            r.howToFix = tr("Remove %1 from GODEBUG and fix the certificate or server instead.").arg(key);
            r.fixes << (godebug.fromFile ? QStringLiteral("fix.goenv-unset") : QStringLiteral("fix.remove-env-export"));
            out << r;
        }
    }
    if (out.isEmpty())
        out << make(kObsolete, Severity::Ok, tr("No obsolete Go settings"),
                    tr("GOFLAGS and GODEBUG hold nothing that Go dropped."));
    return out;
}
