// containerd, Docker and kubelet configuration parsers and container.cgroup-driver.
#include "TinySnapshotSystemd.h"

#include "checks/ContainerChecks.h"
#include "probes/ContainerProbe.h"
#include "probes/FactsCollector.h"

#include <QtTest>

namespace {
QList<CheckResult> driverCheck(const LimitsSnapshot &snap)
{
    auto system = snap.open();
    if (!system)
        return {};
    return ContainerChecks::cgroupDriver(FactsCollector(*system).collect());
}

int warnings(const QList<CheckResult> &results)
{
    int n = 0;
    for (const CheckResult &r : results)
        n += r.severity == Severity::Warning ? 1 : 0;
    return n;
}

const QByteArray kV2False = "version = 2\n"
                            "[plugins]\n"
                            "  [plugins.\"io.containerd.grpc.v1.cri\"]\n"
                            "    sandbox_image = \"registry.k8s.io/pause:3.9\"\n"
                            "    [plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc]\n"
                            "      runtime_type = \"io.containerd.runc.v2\"\n"
                            "      [plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options]\n"
                            "        SystemdCgroup = false\n";
const QByteArray kV3True = "version = 3\n"
                           "[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options]\n"
                           "  BinaryName = ''\n"
                           "  SystemdCgroup = true\n";
} // namespace

class TestContainers : public QObject {
    Q_OBJECT
private slots:
    void containerdV2()
    {
        const auto c = ContainerProbe::parseContainerd(kV2False, QStringLiteral("/etc/containerd/config.toml"));
        QCOMPARE(c.version, 2);
        QVERIFY(c.criRuncConfigured);
        QVERIFY(c.driver.explicitlySet);
        QCOMPARE(c.driver.driver, QStringLiteral("cgroupfs"));
        QCOMPARE(c.driver.line, 8);
        QCOMPARE(c.driver.text, QStringLiteral("SystemdCgroup = false"));
    }
    void containerdV3()
    {
        const auto c = ContainerProbe::parseContainerd(kV3True, QStringLiteral("c.toml"));
        QCOMPARE(c.version, 3);
        QCOMPARE(c.driver.driver, QStringLiteral("systemd"));
        QCOMPARE(c.driver.line, 4);
        // A v2 path in a v3 file is not read: containerd 2.x looks under io.containerd.cri.v1.runtime.
        QByteArray mixed = kV2False;
        mixed.replace("version = 2", "version = 3");
        const auto m = ContainerProbe::parseContainerd(mixed, QStringLiteral("c.toml"));
        QVERIFY(!m.driver.explicitlySet);
        QCOMPARE(m.driver.driver, QStringLiteral("cgroupfs"));
    }
    void containerdDefaultsAndLegacy()
    {
        const auto empty = ContainerProbe::parseContainerd("", QStringLiteral("c.toml"));
        QCOMPARE(empty.version, 1);
        QCOMPARE(empty.driver.driver, QStringLiteral("cgroupfs"));
        QVERIFY(!empty.driver.explicitlySet);
        const auto legacy = ContainerProbe::parseContainerd(
            "version = 2\n[plugins.\"io.containerd.grpc.v1.cri\"]\n  systemd_cgroup = true\n",
            QStringLiteral("c.toml"));
        QVERIFY(legacy.legacySystemdCgroup);
        QCOMPARE(legacy.legacySystemdCgroup->line, 3);
        const auto v1 =
            ContainerProbe::parseContainerd("[plugins.cri]\nsystemd_cgroup = true\n", QStringLiteral("c.toml"));
        QVERIFY(v1.legacySystemdCgroup);
    }
    void containerdBroken_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("unclosed table") << QByteArray("version = 2\n[plugins.\"io.containerd.grpc.v1.cri\"\n");
        QTest::newRow("duplicate key") << QByteArray("version = 2\nversion = 3\n");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5);
        QTest::newRow("not a bool") << QByteArray(
            "version = 2\n[plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options]\nSystemdCgroup = "
            "\"yes\"\n");
    }
    void containerdBroken()
    {
        QFETCH(QByteArray, text);
        const auto c = ContainerProbe::parseContainerd(text, QStringLiteral("c.toml"));
        QVERIFY(!c.driver.error.isEmpty());
        QVERIFY(!c.driver.explicitlySet);
    }
    void dockerDaemonJson()
    {
        const auto good = ContainerProbe::parseDockerDaemonJson(
            "{\n  \"log-driver\": \"json-file\",\n  \"exec-opts\": [\"native.cgroupdriver = cgroupfs\"]\n}\n",
            QStringLiteral("/etc/docker/daemon.json"));
        QVERIFY(good.error.isEmpty());
        QCOMPARE(good.driver, QStringLiteral("cgroupfs"));
        QCOMPARE(good.line, 3);
        const auto none = ContainerProbe::parseDockerDaemonJson("{\"debug\": true}", QStringLiteral("d.json"));
        QVERIFY(none.driver.isEmpty());
        QVERIFY(!none.explicitlySet);
        QVERIFY(!ContainerProbe::parseDockerDaemonJson("{\"exec-opts\": [", QStringLiteral("d.json")).error.isEmpty());
        QVERIFY(!ContainerProbe::parseDockerDaemonJson("[1,2]", QStringLiteral("d.json")).error.isEmpty());
        QVERIFY(
            !ContainerProbe::parseDockerDaemonJson("{\"exec-opts\": \"x\"}", QStringLiteral("d.json")).error.isEmpty());
    }
    void kubeletYaml()
    {
        const auto good = ContainerProbe::parseKubeletConfig(
            "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\ncgroupDriver: systemd\n",
            QStringLiteral("/var/lib/kubelet/config.yaml"));
        QVERIFY(good.error.isEmpty());
        QCOMPARE(good.driver, QStringLiteral("systemd"));
        QCOMPARE(good.line, 3);
        const auto unset = ContainerProbe::parseKubeletConfig("kind: KubeletConfiguration\n", QStringLiteral("k.yaml"));
        QVERIFY(unset.error.isEmpty());
        QVERIFY(unset.driver.isEmpty());
        QVERIFY(!ContainerProbe::parseKubeletConfig("- a\n- b\n", QStringLiteral("k.yaml")).error.isEmpty());
        QVERIFY(!ContainerProbe::parseKubeletConfig("key: [unclosed\n", QStringLiteral("k.yaml")).error.isEmpty());
        QVERIFY(!ContainerProbe::parseKubeletConfig("", QStringLiteral("k.yaml")).error.isEmpty());
        QVERIFY(
            !ContainerProbe::parseKubeletConfig("cgroupDriver: {a: b}\n", QStringLiteral("k.yaml")).error.isEmpty());
        // Aliases are never expanded: a "billion laughs" file is read quickly.
        QByteArray laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'k'; ++c)
            laughs += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, char(c - 1)) + ", *" +
                      QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + "]\n";
        laughs += "cgroupDriver: cgroupfs\n";
        QCOMPARE(ContainerProbe::parseKubeletConfig(laughs, QStringLiteral("k.yaml")).driver,
                 QStringLiteral("cgroupfs"));
    }
    void kubeletFlags()
    {
        const auto f = ContainerProbe::parseKubeletFlags(
            "KUBELET_KUBEADM_ARGS=\"--container-runtime-endpoint=unix:///run/containerd/containerd.sock "
            "--cgroup-driver=systemd\"\n",
            QStringLiteral("/var/lib/kubelet/kubeadm-flags.env"));
        QCOMPARE(f.driver, QStringLiteral("systemd"));
        QCOMPARE(f.line, 1);
        QVERIFY(ContainerProbe::parseKubeletFlags("# --cgroup-driver=x\n", QStringLiteral("f")).driver.isEmpty());
    }

    // ---- container.cgroup-driver -------------------------------------------------------------
    void noRuntimeIsOk()
    {
        LimitsSnapshot snap;
        const auto r = driverCheck(snap);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).severity, Severity::Ok);
    }
    void mismatchFires()
    {
        LimitsSnapshot snap;
        snap.systemdV2Host();
        snap.file(QStringLiteral("/etc/containerd/config.toml"), kV2False);
        snap.file(QStringLiteral("/var/lib/kubelet/config.yaml"),
                  "kind: KubeletConfiguration\ncgroupDriver: systemd\n");
        const auto r = driverCheck(snap);
        // kubelet vs containerd, and containerd's cgroupfs on a systemd v2 host.
        QCOMPARE(warnings(r), 2);
        bool cited = false;
        for (const CheckResult &x : r)
            for (const Evidence &e : x.evidence)
                cited = cited || (e.path == QLatin1String("/etc/containerd/config.toml") && e.line == 8);
        QVERIFY(cited);
    }
    void consistentV3IsQuiet()
    {
        LimitsSnapshot snap;
        snap.systemdV2Host();
        snap.file(QStringLiteral("/etc/containerd/config.toml"), kV3True);
        snap.file(QStringLiteral("/var/lib/kubelet/config.yaml"),
                  "kind: KubeletConfiguration\ncgroupDriver: systemd\n");
        snap.file(QStringLiteral("/etc/docker/daemon.json"), "{\"log-level\": \"warn\"}\n");
        const auto r = driverCheck(snap);
        QCOMPARE(warnings(r), 0);
        QCOMPARE(r.at(0).severity, Severity::Ok);
        QVERIFY(r.at(0).message.contains(QStringLiteral("Docker: systemd"))); // dockerd's default on v2 + systemd
    }
    void dockerCgroupfsOnV2Fires()
    {
        LimitsSnapshot snap;
        snap.systemdV2Host();
        snap.file(QStringLiteral("/etc/docker/daemon.json"), "{\"exec-opts\": [\"native.cgroupdriver=cgroupfs\"]}\n");
        QCOMPARE(warnings(driverCheck(snap)), 1);
        // The same file on a cgroup v1 host without systemd is consistent.
        LimitsSnapshot v1;
        v1.file(QStringLiteral("/etc/docker/daemon.json"), "{\"exec-opts\": [\"native.cgroupdriver=cgroupfs\"]}\n");
        QCOMPARE(warnings(driverCheck(v1)), 0);
    }
    void brokenConfigIsANote()
    {
        LimitsSnapshot snap;
        snap.systemdV2Host();
        snap.file(QStringLiteral("/etc/containerd/config.toml"), "version = [\n");
        snap.file(QStringLiteral("/var/lib/kubelet/config.yaml"), "- not\n- a mapping\n");
        const auto r = driverCheck(snap);
        QCOMPARE(warnings(r), 0);
        int infos = 0;
        for (const CheckResult &x : r)
            infos += x.severity == Severity::Info ? 1 : 0;
        QCOMPARE(infos, 2);
    }
    void legacySystemdCgroupFires()
    {
        LimitsSnapshot snap;
        snap.file(QStringLiteral("/etc/containerd/config.toml"),
                  "version = 2\n[plugins.\"io.containerd.grpc.v1.cri\"]\n  systemd_cgroup = true\n");
        QCOMPARE(warnings(driverCheck(snap)), 1);
    }
};

QTEST_GUILESS_MAIN(TestContainers)
#include "tst_containers.moc"
