#include "GoVersion.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

// Go has no release number anywhere near this; a bound keeps garbage like "go1.99999999999"
// from overflowing int while staying far above anything real.
constexpr int kMaxComponent = 100000;

// Parses a run of ASCII digits at text[pos...] into *value, advancing pos. False if there is no
// digit or the number is absurdly large.
bool readNumber(const QString &text, int &pos, int *value)
{
    const int start = pos;
    qint64 v = 0;
    while (pos < text.size() && text.at(pos).unicode() >= '0' && text.at(pos).unicode() <= '9') {
        v = v * 10 + (text.at(pos).unicode() - '0');
        if (v > kMaxComponent)
            return false;
        ++pos;
    }
    if (pos == start)
        return false;
    *value = int(v);
    return true;
}

// The order of pre-releases within one line: a development build comes before any beta, betas
// before release candidates, and all of them before the line's x.y.0.
int prereleaseRank(const QString &pre)
{
    if (pre.isEmpty())
        return 3;
    if (pre.startsWith(QLatin1String("rc")))
        return 2;
    if (pre.startsWith(QLatin1String("beta")))
        return 1;
    return 0; // "devel"
}

int prereleaseNumber(const QString &pre)
{
    int i = 0;
    while (i < pre.size() && !pre.at(i).isDigit())
        ++i;
    return pre.mid(i).toInt();
}

// One release name without surrounding text: "go1.22.3", "1.22", "go1.23rc1", "go1".
std::optional<GoVersion> parseToken(QString token)
{
    bool hadGoPrefix = false;
    if (token.startsWith(QLatin1String("go"))) {
        token = token.mid(2);
        hadGoPrefix = true;
    }
    // Vendor builds and toolchain names append a suffix ("go1.22.4-1" from Microsoft's build,
    // "go1.21.1+auto"); the release they are built from is what the policy is about.
    static const QRegularExpression suffixStart(QStringLiteral("[-+]"));
    const int suffix = token.indexOf(suffixStart);
    // name() writes a development build as "go1.23-devel"; read it back as one.
    const bool devel = suffix > 0 && token.mid(suffix) == QLatin1String("-devel");
    if (suffix > 0)
        token.truncate(suffix);

    GoVersion v;
    int pos = 0;
    if (!readNumber(token, pos, &v.major) || v.major < 1)
        return std::nullopt;
    if (pos == token.size()) {
        // "go1" is Go 1.0; a bare "1" is too ambiguous to be a Go version.
        if (!hadGoPrefix || devel)
            return std::nullopt;
        return v;
    }
    if (token.at(pos) != QLatin1Char('.'))
        return std::nullopt;
    ++pos;
    if (!readNumber(token, pos, &v.minor))
        return std::nullopt;
    if (pos == token.size()) {
        if (devel)
            v.prerelease = QStringLiteral("devel");
        return v;
    }
    if (devel)
        return std::nullopt; // "go1.22.3-devel", "go1.23rc1-devel": not something Go writes
    if (token.at(pos) == QLatin1Char('.')) {
        ++pos;
        if (!readNumber(token, pos, &v.patch) || pos != token.size())
            return std::nullopt;
        return v;
    }
    // Pre-releases are named on the line only: go1.23rc1, go1.21beta2 (never go1.23.1rc1).
    const QString rest = token.mid(pos);
    for (const QLatin1String kind : {QLatin1String("rc"), QLatin1String("beta")}) {
        if (!rest.startsWith(kind))
            continue;
        int npos = kind.size();
        int n = 0;
        if (!readNumber(rest, npos, &n) || npos != rest.size() || n < 1)
            return std::nullopt;
        v.prerelease = rest;
        return v;
    }
    return std::nullopt;
}

} // namespace

std::optional<GoVersion> GoVersion::parse(const QString &text)
{
    // Only the first line matters: a $GOROOT/VERSION file continues with "time ..." lines.
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList words = firstLine.split(space, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return std::nullopt;

    // `go version` output: "go version go1.22.3 linux/amd64" or "go version devel go1.23-abc ...".
    if (words.size() >= 2 && words.at(0) == QLatin1String("go") && words.at(1) == QLatin1String("version"))
        words = words.mid(2);
    if (words.isEmpty())
        return std::nullopt;

    // A toolchain built from the development tree says "devel go1.23-abcdef ...": it is the
    // unreleased 1.23, older than any 1.23 beta or rc.
    if (words.at(0) == QLatin1String("devel")) {
        if (words.size() < 2)
            return std::nullopt;
        auto v = parseToken(words.at(1));
        if (!v || !v->isStable() || v->patch != 0)
            return std::nullopt;
        v->prerelease = QStringLiteral("devel");
        return v;
    }
    return parseToken(words.at(0));
}

QString GoVersion::line() const
{
    return QStringLiteral("%1.%2").arg(major).arg(minor);
}

QString GoVersion::name() const
{
    // Go itself prints "devel go1.23-<hash> <date>"; the hash and date are not kept, and the
    // name keeps the "go" prefix every other name has.
    if (prerelease == QLatin1String("devel"))
        return QStringLiteral("go%1-devel").arg(line());
    if (!prerelease.isEmpty())
        return QStringLiteral("go%1%2").arg(line(), prerelease);
    // Before Go 1.21 the first release of a line had no ".0" (go1.20), and Go 1.0 was "go1".
    if (patch == 0 && (major < 1 || (major == 1 && minor < 21))) {
        if (minor == 0)
            return QStringLiteral("go%1").arg(major);
        return QStringLiteral("go%1").arg(line());
    }
    return QStringLiteral("go%1.%2").arg(line()).arg(patch);
}

int GoVersion::compare(const GoVersion &other) const
{
    if (major != other.major)
        return major < other.major ? -1 : 1;
    if (minor != other.minor)
        return minor < other.minor ? -1 : 1;
    const int rank = prereleaseRank(prerelease);
    const int otherRank = prereleaseRank(other.prerelease);
    if (rank != otherRank)
        return rank < otherRank ? -1 : 1;
    if (rank == 3) {
        if (patch != other.patch)
            return patch < other.patch ? -1 : 1;
        return 0;
    }
    const int n = prereleaseNumber(prerelease);
    const int otherN = prereleaseNumber(other.prerelease);
    if (n != otherN)
        return n < otherN ? -1 : 1;
    return 0;
}
