#include "ContainerChecks.h"

using namespace CheckKit;

namespace {
const QString kDriver = QStringLiteral("container.cgroup-driver");
} // namespace

QList<Check> ContainerChecks::all()
{
    return {{kDriver, &ContainerChecks::cgroupDriver}};
}

Evidence ContainerChecks::evidenceOf(const QString &name, const CgroupDriverSetting &s)
{
    if (s.explicitlySet)
        return Evidence::file(s.evidenceFile, s.line, s.text);
    if (!s.error.isEmpty())
        return Evidence::file(s.configPath, 0, tr("%1: cannot be read: %2").arg(name, s.error));
    return Evidence::file(s.configPath, 0,
                          s.configExists ? tr("%1: no cgroup driver set, default %2").arg(name, s.driver)
                                         : tr("%1: no configuration file, default %2").arg(name, s.driver));
}

QList<CheckResult> ContainerChecks::cgroupDriver(const Facts &f)
{
    const ContainerFacts &c = f.containers;
    if (!c.anyPresent())
        return {make(kDriver, Severity::Ok, tr("No container runtime"),
                     tr("No container runtime configuration found (containerd, Docker, kubelet)."))};

    QList<CheckResult> out;
    const bool systemdV2Host = c.hostSystemd && c.hostCgroupV2;
    // containerd's CRI setting only matters to Kubernetes (or a CRI config someone wrote on purpose).
    const bool containerdForK8s = c.containerd.present && (c.kubelet.present || c.containerdCriConfigured);

    // Unreadable files first: the runtime will not start with them, and nothing else can be judged.
    const QList<QPair<QString, const CgroupDriverSetting *>> runtimes{{QStringLiteral("containerd"), &c.containerd},
                                                                      {QStringLiteral("Docker"), &c.docker},
                                                                      {QStringLiteral("kubelet"), &c.kubelet}};
    for (const auto &[name, s] : runtimes) {
        if (!s->present || s->error.isEmpty())
            continue;
        CheckResult r = make(kDriver, Severity::Info, tr("%1's configuration cannot be read").arg(name),
                             tr("%1 could not be parsed (%2), so its cgroup driver is unknown; %3 itself refuses a "
                                "configuration it cannot parse.")
                                 .arg(s->configPath, s->error, name));
        r.evidence << evidenceOf(name, *s);
        r.howToFix = tr("Fix the syntax of %1.").arg(s->configPath);
        out << r;
    }

    if (c.containerdLegacySystemdCgroup) {
        const CgroupDriverSetting &l = *c.containerdLegacySystemdCgroup;
        CheckResult r = make(kDriver, Severity::Warning, tr("containerd's systemd_cgroup = true does not do it"),
                             tr("%1 line %2 sets systemd_cgroup = true for the CRI plugin. That option only works "
                                "for the old io.containerd.runtime.v1.linux shim; with runc v2 containerd (1.3.7 and "
                                "later) refuses to load the CRI plugin, and Kubernetes cannot start pods. The setting "
                                "is SystemdCgroup = true under the runc runtime's options.")
                                 .arg(l.evidenceFile)
                                 .arg(l.line));
        r.evidence << Evidence::file(l.evidenceFile, l.line, l.text);
        r.howToFix = tr("Remove systemd_cgroup from %1 and set, for config version 2:\n"
                        "[plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options]\n"
                        "  SystemdCgroup = true\n"
                        "then: sudo systemctl restart containerd")
                         .arg(l.evidenceFile);
        r.fixes << QStringLiteral("fix.containerd-systemd-cgroup");
        out << r;
    }

    // kubelet and its runtime must agree: pods are created by the runtime inside the cgroups the
    // kubelet manages, and with two drivers two managers fight over the same tree.
    if (c.kubelet.present && !c.kubelet.driver.isEmpty()) {
        QList<QPair<QString, const CgroupDriverSetting *>> partners;
        if (containerdForK8s && !c.containerd.driver.isEmpty())
            partners << qMakePair(QStringLiteral("containerd"), &c.containerd);
        for (const auto &[name, s] : std::as_const(partners)) {
            if (s->driver == c.kubelet.driver)
                continue;
            CheckResult r = make(kDriver, Severity::Warning,
                                 tr("kubelet uses %1, %2 uses %3").arg(c.kubelet.driver, name, s->driver),
                                 tr("kubelet's cgroupDriver is %1 but %2 creates containers with the %3 driver. They "
                                    "must agree: with two drivers, two managers own the node's cgroups, pods fail to "
                                    "start or are killed, and resource limits stop being reliable under pressure.")
                                     .arg(c.kubelet.driver, name, s->driver));
            r.evidence << evidenceOf(QStringLiteral("kubelet"), c.kubelet) << evidenceOf(name, *s);
            r.howToFix =
                systemdV2Host
                    ? tr("Use systemd for both (recommended on a systemd host with cgroup v2). containerd "
                         "config version %1: set SystemdCgroup = true under %2.containerd.runtimes.runc.options "
                         "in /etc/containerd/config.toml; kubelet: cgroupDriver: systemd in "
                         "/var/lib/kubelet/config.yaml; then sudo systemctl restart containerd kubelet.")
                          .arg(qMax(2, c.containerdConfigVersion))
                          .arg(c.containerdConfigVersion >= 3 ? QStringLiteral("plugins.'io.containerd.cri.v1.runtime'")
                                                              : QStringLiteral("plugins.\"io.containerd.grpc.v1.cri\""))
                    : tr("Make both use the same driver (systemd when systemd is the init), in "
                         "/etc/containerd/config.toml (SystemdCgroup) and /var/lib/kubelet/config.yaml "
                         "(cgroupDriver); then sudo systemctl restart containerd kubelet.");
            r.fixes << QStringLiteral("fix.containerd-systemd-cgroup") << QStringLiteral("fix.kubelet-systemd-cgroup");
            out << r;
        }
    }

    // cgroupfs on a systemd host with cgroup v2: systemd and the runtime both manage the tree.
    if (systemdV2Host) {
        QList<QPair<QString, const CgroupDriverSetting *>> cgroupfs;
        if (containerdForK8s && c.containerd.driver == QLatin1String("cgroupfs"))
            cgroupfs << qMakePair(QStringLiteral("containerd"), &c.containerd);
        if (c.docker.present && c.docker.explicitlySet && c.docker.driver == QLatin1String("cgroupfs"))
            cgroupfs << qMakePair(QStringLiteral("Docker"), &c.docker);
        if (c.kubelet.present && c.kubelet.driver == QLatin1String("cgroupfs"))
            cgroupfs << qMakePair(QStringLiteral("kubelet"), &c.kubelet);
        for (const auto &[name, s] : std::as_const(cgroupfs)) {
            CheckResult r =
                make(kDriver, Severity::Warning, tr("%1 uses cgroupfs on a systemd cgroup v2 host").arg(name),
                     tr("systemd is the init and the machine uses cgroup v2 only, but %1 manages its "
                        "cgroups with the cgroupfs driver. containerd and Kubernetes recommend the systemd "
                        "driver here: with cgroupfs there are two cgroup managers, and the node becomes "
                        "unstable under resource pressure.")
                         .arg(name));
            r.evidence << evidenceOf(name, *s);
            if (name == QLatin1String("Docker"))
                r.howToFix = tr("Set \"exec-opts\": [\"native.cgroupdriver=systemd\"] in /etc/docker/daemon.json "
                                "(or remove the cgroupfs option: systemd is Docker's default here), then sudo "
                                "systemctl restart docker.");
            else if (name == QLatin1String("kubelet"))
                r.howToFix = tr("Set cgroupDriver: systemd in /var/lib/kubelet/config.yaml, with the runtime set to "
                                "systemd too, then sudo systemctl restart kubelet.");
            else
                r.howToFix = tr("Set SystemdCgroup = true under the runc runtime's options in "
                                "/etc/containerd/config.toml (and cgroupDriver: systemd for kubelet), then sudo "
                                "systemctl restart containerd.");
            r.fixes << (name == QLatin1String("Docker")    ? QStringLiteral("fix.docker-systemd-cgroup")
                        : name == QLatin1String("kubelet") ? QStringLiteral("fix.kubelet-systemd-cgroup")
                                                           : QStringLiteral("fix.containerd-systemd-cgroup"));
            out << r;
        }
    }

    bool speaksUp = false;
    for (const CheckResult &r : std::as_const(out))
        speaksUp = speaksUp || r.severity == Severity::Warning;
    if (speaksUp)
        return out;
    QStringList drivers;
    CheckResult ok = make(kDriver, Severity::Ok, tr("Container cgroup drivers are consistent"), QString());
    for (const auto &[name, s] : runtimes) {
        if (!s->present || s->driver.isEmpty())
            continue;
        drivers << QStringLiteral("%1: %2").arg(name, s->driver);
        ok.evidence << evidenceOf(name, *s);
    }
    ok.message = drivers.isEmpty() ? tr("No cgroup driver could be determined.")
                                   : tr("Cgroup drivers: %1.").arg(drivers.join(QStringLiteral(", ")));
    out.prepend(ok);
    return out;
}
