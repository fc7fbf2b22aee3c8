#pragma once

#include "model/SystemdFacts.h"
#include "system/SystemView.h"

#include <QByteArray>
#include <QString>

// Reads the cgroup driver of the container runtimes on the machine. Each parser is pure (text in,
// CgroupDriverSetting out) and never throws: a broken file becomes `error`, not a crash.
//
// Facts checked against the projects' sources:
// - containerd /etc/containerd/config.toml: `version = 2` keeps the CRI runc options under
//   plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options, `version = 3` (containerd
//   2.x) under plugins."io.containerd.cri.v1.runtime".containerd.runtimes.runc.options; SystemdCgroup
//   defaults to false (containerd/containerd#12101: "supported and set to false"). A file without
//   `version` is config v1 (plugins.cri...). `systemd_cgroup = true` directly under the CRI plugin
//   only works for the old io.containerd.runtime.v1.linux shim; containerd >= 1.3.7 then refuses to
//   load the CRI plugin (containerd/containerd#4574).
// - Docker /etc/docker/daemon.json `exec-opts: ["native.cgroupdriver=systemd"]`; without it dockerd
//   uses systemd on a cgroup v2 host booted with systemd and cgroupfs otherwise
//   (moby daemon/daemon_unix.go UsingSystemd(): "On cgroup v2 hosts, default to systemd driver").
// - kubelet: kubeadm writes the KubeletConfiguration to /var/lib/kubelet/config.yaml ("[kubelet-start]
//   Writing kubelet configuration to file") and flags to /var/lib/kubelet/kubeadm-flags.env;
//   `cgroupDriver` defaults to "cgroupfs" when unset (pkg/kubelet/apis/config/v1beta1/defaults.go).
//   A --cgroup-driver flag (kubeadm-flags.env, /etc/default/kubelet) overrides the file.
namespace ContainerProbe {

// `hostSystemd` and `hostCgroupV2` come from the systemd and cgroup probes, which read them already:
// Docker's default driver depends on them.
ContainerFacts collect(const SystemView &system, bool hostSystemd, bool hostCgroupV2);

struct ContainerdConfig {
    CgroupDriverSetting driver; // driver "systemd"/"cgroupfs" from SystemdCgroup (default false)
    int version = 1;
    bool criRuncConfigured = false; // the runc options table exists
    std::optional<CgroupDriverSetting> legacySystemdCgroup;
};
ContainerdConfig parseContainerd(const QByteArray &text, const QString &path);

// `driver` is empty when daemon.json does not set it (the default depends on the host).
CgroupDriverSetting parseDockerDaemonJson(const QByteArray &text, const QString &path);

// `driver` is empty when the file does not set cgroupDriver (kubelet's default is cgroupfs).
CgroupDriverSetting parseKubeletConfig(const QByteArray &text, const QString &path);

// A --cgroup-driver=X (or "--cgroup-driver X") flag in an environment file; empty driver when none.
CgroupDriverSetting parseKubeletFlags(const QByteArray &text, const QString &path);

} // namespace ContainerProbe
