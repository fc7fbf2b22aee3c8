#include "InstallSources.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
constexpr qint64 kMaxListBytes = 4 * 1024 * 1024;
constexpr qint64 kMaxSnapStateBytes = 16 * 1024 * 1024;
} // namespace

void InstallSources::classify(GoInstall &install, const QString &home)
{
    const QString p = install.tree.path;
    static const QRegularExpression aptRoot(QStringLiteral("^/usr/lib/go-(\\d+\\.\\d+)$"));
    const auto apt = aptRoot.match(p);
    if (apt.hasMatch()) {
        install.source = QStringLiteral("apt");
        install.sourceDetail = QStringLiteral("golang-%1-go").arg(apt.captured(1));
    } else if (p.startsWith(QLatin1String("/snap/"))) {
        install.source = QStringLiteral("snap");
    } else if (p.contains(QLatin1String("/pkg/mod/golang.org/toolchain@"))) {
        install.source = QStringLiteral("toolchain");
    } else if (!home.isEmpty() && p.startsWith(home + QLatin1String("/sdk/"))) {
        install.source = QStringLiteral("sdk");
    } else if (p.contains(QLatin1String("/.gvm/"))) {
        install.source = QStringLiteral("gvm");
    } else if (p.contains(QLatin1String("/.asdf/"))) {
        install.source = QStringLiteral("asdf");
    } else if (p.contains(QLatin1String("/.goenv/"))) {
        install.source = QStringLiteral("goenv");
    } else if (p.contains(QLatin1String("/mise/installs/"))) {
        install.source = QStringLiteral("mise");
    } else {
        install.source = QStringLiteral("tarball");
    }
}

void InstallSources::refine(const SystemView &system, GoInstall &install)
{
    if (install.source == QLatin1String("snap")) {
        // /snap/go/current -> 10730: the revision; the channel is in snapd's state.
        if (const auto revision = system.readLink(QStringLiteral("/snap/go/current")))
            install.sourceDetail = tr("revision %1").arg(*revision);
        if (const auto state = system.readFile(QStringLiteral("/var/lib/snapd/state.json"), kMaxSnapStateBytes)) {
            const QJsonObject go = QJsonDocument::fromJson(*state)
                                       .object()
                                       .value(QLatin1String("data"))
                                       .toObject()
                                       .value(QLatin1String("snaps"))
                                       .toObject()
                                       .value(QLatin1String("go"))
                                       .toObject();
            const QString channel = go.value(QLatin1String("channel")).toString();
            if (!channel.isEmpty())
                install.sourceDetail +=
                    (install.sourceDetail.isEmpty() ? QString() : QStringLiteral(", ")) + tr("channel %1").arg(channel);
        }
        return;
    }
    // Any tree may belong to a package (golang-1.22-go, a distribution's own golang build):
    // dpkg's file lists say which. Only golang* lists are read, so this stays cheap.
    const QString binGo = install.tree.path + QStringLiteral("/bin/go");
    const QString dpkgInfo = QStringLiteral("/var/lib/dpkg/info");
    for (const QString &name : system.listDir(dpkgInfo)) {
        if (!name.startsWith(QLatin1String("golang")) || !name.endsWith(QLatin1String(".list")))
            continue;
        const QString list = dpkgInfo + QLatin1Char('/') + name;
        const auto text = system.readFile(list, kMaxListBytes);
        if (!text)
            continue;
        // One path per line; match whole lines.
        const QByteArray needle = QByteArray("\n") + binGo.toUtf8() + '\n';
        if (!(QByteArray("\n") + *text + '\n').contains(needle))
            continue;
        install.source = QStringLiteral("apt");
        // "golang-1.22-go:amd64.list" -> "golang-1.22-go"
        install.sourceDetail = name.left(name.size() - 5).section(QLatin1Char(':'), 0, 0);
        install.ownerList = list;
        return;
    }
}

QString InstallSources::managerVersion(const GoInstall &install)
{
    // ~/.asdf/installs/golang/1.23.2/go, ~/.goenv/versions/1.23.2, ~/.gvm/gos/go1.23.2, mise/installs/go/1.23.2
    QStringList parts = install.tree.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!parts.isEmpty() && parts.last() == QLatin1String("go"))
        parts.removeLast();
    return parts.isEmpty() ? QString() : parts.last();
}

QString InstallSources::describe(const GoInstall &install)
{
    const QString s = install.source;
    if (s == QLatin1String("apt"))
        return tr("apt package %1").arg(install.sourceDetail);
    if (s == QLatin1String("snap"))
        return install.sourceDetail.isEmpty() ? tr("snap") : tr("snap, %1").arg(install.sourceDetail);
    if (s == QLatin1String("toolchain"))
        return tr("toolchain downloaded by GOTOOLCHAIN");
    if (s == QLatin1String("sdk"))
        return tr("SDK from golang.org/dl");
    if (s == QLatin1String("tarball"))
        return tr("official archive (tarball)");
    return tr("%1 version manager").arg(s);
}

QString InstallSources::removeAdvice(const GoInstall &install)
{
    const QString s = install.source;
    const QString v = managerVersion(install);
    if (s == QLatin1String("apt"))
        return tr("sudo apt-get remove %1 (and golang-go, which depends on it)").arg(install.sourceDetail);
    if (s == QLatin1String("snap"))
        return tr("sudo snap remove go");
    if (s == QLatin1String("toolchain"))
        return tr("nothing to do: go downloads and uses it for projects that ask for it (go clean -modcache removes it "
                  "with the module cache)");
    if (s == QLatin1String("sdk"))
        return tr("rm -rf %1 and the %2 launcher in your GOPATH/bin").arg(install.tree.path, v);
    if (s == QLatin1String("gvm"))
        return tr("gvm uninstall %1").arg(v);
    if (s == QLatin1String("asdf"))
        return tr("asdf uninstall golang %1").arg(v);
    if (s == QLatin1String("goenv"))
        return tr("goenv uninstall %1").arg(v);
    if (s == QLatin1String("mise"))
        return tr("mise uninstall go@%1").arg(v);
    return tr("sudo rm -rf %1, and remove its bin folder from PATH in your start-up files").arg(install.tree.path);
}

QString InstallSources::updateAdvice(const GoInstall &install)
{
    const QString s = install.source;
    if (s == QLatin1String("apt"))
        return tr("sudo apt-get update && sudo apt-get install golang-go (the distribution's Go lags behind; the "
                  "official archive is newer)");
    if (s == QLatin1String("snap"))
        return tr("sudo snap refresh go --channel=1.N/stable (snaps also refresh by themselves)");
    if (s == QLatin1String("tarball"))
        return tr("remove %1 and unpack the newest archive from https://go.dev/dl/ in its place (never unpack over an "
                  "old tree)")
            .arg(install.tree.path);
    if (s == QLatin1String("toolchain"))
        return tr("raise the go or toolchain line of the project's go.mod");
    if (s == QLatin1String("sdk"))
        return tr("go install golang.org/dl/goX.Y.Z@latest && goX.Y.Z download");
    return tr("install the newer version with %1").arg(s);
}
