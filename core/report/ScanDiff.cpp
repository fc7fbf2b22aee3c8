#include "ScanDiff.h"

#include <algorithm>
#include <functional>

namespace {
QString firstPath(const CheckResult &r)
{
    return r.evidence.isEmpty() ? QString() : r.evidence.first().path;
}

QString firstText(const CheckResult &r)
{
    return r.evidence.isEmpty() ? QString() : r.evidence.first().text;
}

QString detailOf(const CheckResult &r)
{
    if (r.evidence.isEmpty())
        return {};
    const Evidence &e = r.evidence.first();
    // An env variable's text already names it ("GOROOT=/x"); a file's text needs its path.
    if (e.text.isEmpty())
        return e.path;
    if (e.path.isEmpty() || e.kind == Evidence::Kind::Env || e.text.contains(e.path))
        return e.text;
    return e.line > 0 ? QStringLiteral("%1:%2: %3").arg(e.path).arg(e.line).arg(e.text)
                      : QStringLiteral("%1: %2").arg(e.path, e.text);
}

ScanChange changeOf(ScanChange::Kind kind, const CheckResult *before, const CheckResult *after)
{
    ScanChange c;
    c.kind = kind;
    const CheckResult &shown = after && kind != ScanChange::Kind::Fixed && kind != ScanChange::Kind::Unchecked
                                   ? *after
                                   : (before ? *before : *after);
    c.check = shown.check;
    c.title = shown.title;
    c.detail = detailOf(shown);
    c.before = before ? before->severity : Severity::Ok;
    c.after = after ? after->severity : Severity::Ok;
    return c;
}
} // namespace

QList<ScanChange> ScanDiff::compare(const QList<CheckResult> &before, const QList<CheckResult> &after)
{
    QList<bool> taken(after.size(), false);
    using Same = std::function<bool(const CheckResult &, const CheckResult &)>;
    // Finds an untaken result of `after` that `same` pairs with `b`; problems only, unless
    // `anySeverity` (an exact match may be the same entry, now ok).
    auto find = [&](const CheckResult &b, const Same &same, bool anySeverity) -> int {
        for (int i = 0; i < after.size(); ++i) {
            if (!taken[i] && after[i].check == b.check && (anySeverity || isProblem(after[i].severity)) &&
                same(b, after[i]))
                return i;
        }
        return -1;
    };
    const Same exact = [](const CheckResult &x, const CheckResult &y) {
        return firstPath(x) == firstPath(y) && firstText(x) == firstText(y);
    };
    const Same samePath = [](const CheckResult &x, const CheckResult &y) { return firstPath(x) == firstPath(y); };
    const Same sameCheck = [](const CheckResult &, const CheckResult &) { return true; };

    QList<ScanChange> fixed, still, unchecked;
    QList<int> pairedWith(before.size(), -1);
    // Exact pairs first for every result, so a looser pair never steals an exact one's partner.
    for (int i = 0; i < before.size(); ++i) {
        if (!isProblem(before[i].severity))
            continue;
        const int j = find(before[i], exact, true);
        if (j >= 0) {
            taken[j] = true;
            pairedWith[i] = j;
        }
    }
    for (const Same &rule : {samePath, sameCheck}) {
        for (int i = 0; i < before.size(); ++i) {
            if (!isProblem(before[i].severity) || pairedWith[i] >= 0)
                continue;
            const int j = find(before[i], rule, false);
            if (j >= 0) {
                taken[j] = true;
                pairedWith[i] = j;
            }
        }
    }
    for (int i = 0; i < before.size(); ++i) {
        if (!isProblem(before[i].severity))
            continue;
        const int j = pairedWith[i];
        if (j >= 0) {
            const Severity now = after[j].severity;
            if (isProblem(now))
                still << changeOf(ScanChange::Kind::StillFailing, &before[i], &after[j]);
            else if (now == Severity::Skipped)
                unchecked << changeOf(ScanChange::Kind::Unchecked, &before[i], &after[j]);
            else
                fixed << changeOf(ScanChange::Kind::Fixed, &before[i], &after[j]);
            continue;
        }
        // Unpaired: gone or ok now, unless the check could not look at all this time.
        const auto skipped = std::find_if(after.cbegin(), after.cend(), [&](const CheckResult &a) {
            return a.check == before[i].check && a.severity == Severity::Skipped;
        });
        if (skipped != after.cend())
            unchecked << changeOf(ScanChange::Kind::Unchecked, &before[i], &*skipped);
        else
            fixed << changeOf(ScanChange::Kind::Fixed, &before[i], nullptr);
    }
    QList<ScanChange> added;
    for (int j = 0; j < after.size(); ++j) {
        if (!taken[j] && isProblem(after[j].severity))
            added << changeOf(ScanChange::Kind::New, nullptr, &after[j]);
    }
    return fixed + still + added + unchecked;
}

int ScanDiff::count(const QList<ScanChange> &changes, ScanChange::Kind kind)
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [kind](const ScanChange &c) { return c.kind == kind; }));
}

bool ScanDiff::nothingChanged(const QList<ScanChange> &changes)
{
    return count(changes, ScanChange::Kind::Fixed) == 0 && count(changes, ScanChange::Kind::New) == 0 &&
           count(changes, ScanChange::Kind::Unchecked) == 0;
}
