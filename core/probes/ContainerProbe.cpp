#include "ContainerProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <toml++/toml.h>
#include <yaml.h>

#include <string>
#include <string_view>

namespace ContainerProbe {
namespace {

constexpr qint64 kMaxConfig = 1024 * 1024;

// The 1-based line of the first line of `text` containing `needle` (case-insensitive), or 0.
int lineOf(const QByteArray &text, const QString &needle)
{
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (QString::fromUtf8(lines.at(i)).contains(needle, Qt::CaseInsensitive))
            return i + 1;
    }
    return 0;
}

QString lineText(const QByteArray &text, int line)
{
    return line > 0 ? QString::fromUtf8(text.split('\n').value(line - 1)).trimmed() : QString();
}

bool anyFile(const SystemView &system, std::initializer_list<const char *> paths)
{
    for (const char *p : paths) {
        if (system.stat(QString::fromLatin1(p)).isFile)
            return true;
    }
    return false;
}

// Parses TOML without letting an exception escape, whichever way the library was configured.
std::optional<toml::table> parseToml(const QByteArray &text, QString *error)
{
    const std::string_view doc(text.constData(), size_t(text.size()));
#if TOML_EXCEPTIONS
    try {
        return toml::parse(doc);
    } catch (const toml::parse_error &e) {
        *error = QStringLiteral("line %1: %2")
                     .arg(e.source().begin.line)
                     .arg(QString::fromUtf8(e.description().data(), int(e.description().size())));
        return std::nullopt;
    }
#else
    toml::parse_result result = toml::parse(doc);
    if (!result) {
        *error =
            QStringLiteral("line %1: %2")
                .arg(result.error().source().begin.line)
                .arg(QString::fromUtf8(result.error().description().data(), int(result.error().description().size())));
        return std::nullopt;
    }
    return std::move(result).table();
#endif
}

} // namespace

ContainerdConfig parseContainerd(const QByteArray &text, const QString &path)
{
    ContainerdConfig out;
    out.driver.present = true;
    out.driver.configPath = path;
    out.driver.configExists = true;
    out.driver.driver = QStringLiteral("cgroupfs"); // SystemdCgroup's default
    QString error;
    const std::optional<toml::table> table = parseToml(text, &error);
    if (!table) {
        out.driver.error = error;
        out.driver.driver.clear(); // containerd does not start with a broken config: no driver
        return out;
    }
    const toml::table &t = *table;
    if (const auto v = t["version"].value<int64_t>())
        out.version = int(*v);
    const char *plugin = out.version >= 3   ? "io.containerd.cri.v1.runtime"
                         : out.version == 2 ? "io.containerd.grpc.v1.cri"
                                            : "cri";
    const toml::node_view<const toml::node> cri = t["plugins"][plugin];
    const toml::node_view<const toml::node> options = cri["containerd"]["runtimes"]["runc"]["options"];
    out.criRuncConfigured = bool(options.as_table());
    if (const toml::value<bool> *systemd = options["SystemdCgroup"].as_boolean()) {
        out.driver.explicitlySet = true;
        out.driver.driver = systemd->get() ? QStringLiteral("systemd") : QStringLiteral("cgroupfs");
        out.driver.evidenceFile = path;
        out.driver.line = int(systemd->source().begin.line);
        out.driver.text = lineText(text, out.driver.line);
    } else if (options["SystemdCgroup"]) {
        out.driver.error = QStringLiteral("SystemdCgroup is not a boolean");
    }
    if (out.version <= 2) {
        if (const toml::value<bool> *legacy = cri["systemd_cgroup"].as_boolean(); legacy && legacy->get()) {
            CgroupDriverSetting s;
            s.present = true;
            s.configPath = path;
            s.configExists = true;
            s.driver = QStringLiteral("systemd");
            s.explicitlySet = true;
            s.evidenceFile = path;
            s.line = int(legacy->source().begin.line);
            s.text = lineText(text, s.line);
            out.legacySystemdCgroup = s;
        }
    }
    return out;
}

CgroupDriverSetting parseDockerDaemonJson(const QByteArray &text, const QString &path)
{
    CgroupDriverSetting s;
    s.present = true;
    s.configPath = path;
    s.configExists = true;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError) {
        s.error = QStringLiteral("offset %1: %2").arg(err.offset).arg(err.errorString());
        return s;
    }
    if (!doc.isObject()) {
        s.error = QStringLiteral("not a JSON object");
        return s;
    }
    const QJsonValue opts = doc.object().value(QLatin1String("exec-opts"));
    if (!opts.isUndefined() && !opts.isArray()) {
        s.error = QStringLiteral("exec-opts is not a list");
        return s;
    }
    for (const QJsonValue &v : opts.toArray()) {
        // dockerd's GetExecOpt: spaces removed, the key compared without case.
        QString opt = v.toString();
        opt.remove(QLatin1Char(' '));
        const int eq = opt.indexOf(QLatin1Char('='));
        if (eq < 0 || opt.left(eq).compare(QLatin1String("native.cgroupdriver"), Qt::CaseInsensitive) != 0)
            continue;
        s.driver = opt.mid(eq + 1);
        s.explicitlySet = true;
        s.evidenceFile = path;
        s.line = lineOf(text, QStringLiteral("native.cgroupdriver"));
        s.text = s.line > 0 ? lineText(text, s.line) : v.toString();
    }
    return s;
}

CgroupDriverSetting parseKubeletConfig(const QByteArray &text, const QString &path)
{
    CgroupDriverSetting s;
    s.present = true;
    s.configPath = path;
    s.configExists = true;
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        s.error = QStringLiteral("libyaml could not start");
        return s;
    }
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(text.constData()),
                                 size_t(text.size()));
    yaml_document_t doc;
    if (!yaml_parser_load(&parser, &doc)) {
        s.error = QStringLiteral("line %1: %2")
                      .arg(parser.problem_mark.line + 1)
                      .arg(QString::fromUtf8(parser.problem ? parser.problem : "YAML error"));
        yaml_parser_delete(&parser);
        return s;
    }
    const yaml_node_t *root = yaml_document_get_root_node(&doc);
    if (!root) {
        s.error = QStringLiteral("empty document");
    } else if (root->type != YAML_MAPPING_NODE) {
        s.error = QStringLiteral("not a mapping (a KubeletConfiguration is a mapping of settings)");
    } else {
        // Top-level keys only: aliases are never followed, so a hostile file cannot blow up.
        for (yaml_node_pair_t *pair = root->data.mapping.pairs.start; pair < root->data.mapping.pairs.top; ++pair) {
            const yaml_node_t *key = yaml_document_get_node(&doc, pair->key);
            const yaml_node_t *value = yaml_document_get_node(&doc, pair->value);
            if (!key || !value || key->type != YAML_SCALAR_NODE)
                continue;
            const QByteArray name(reinterpret_cast<const char *>(key->data.scalar.value), int(key->data.scalar.length));
            if (name != "cgroupDriver")
                continue;
            if (value->type != YAML_SCALAR_NODE) {
                s.error = QStringLiteral("cgroupDriver is not a string");
                continue;
            }
            s.driver = QString::fromUtf8(reinterpret_cast<const char *>(value->data.scalar.value),
                                         int(value->data.scalar.length));
            s.explicitlySet = true;
            s.evidenceFile = path;
            s.line = int(key->start_mark.line) + 1;
            s.text = lineText(text, s.line);
        }
    }
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    return s;
}

CgroupDriverSetting parseKubeletFlags(const QByteArray &text, const QString &path)
{
    CgroupDriverSetting s;
    s.configPath = path;
    s.configExists = true;
    static const QRegularExpression flag(QStringLiteral("--cgroup-driver(?:=|\\s+)([A-Za-z]+)"));
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        if (line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch m = flag.match(line);
        if (!m.hasMatch())
            continue;
        s.present = true;
        s.driver = m.captured(1);
        s.explicitlySet = true;
        s.evidenceFile = path;
        s.line = i + 1;
        s.text = line.trimmed();
    }
    return s;
}

ContainerFacts collect(const SystemView &system, bool hostSystemd, bool hostCgroupV2)
{
    ContainerFacts f;
    f.hostSystemd = hostSystemd;
    f.hostCgroupV2 = hostCgroupV2;

    const QString containerdPath = QStringLiteral("/etc/containerd/config.toml");
    if (const auto text = system.readFile(containerdPath, kMaxConfig)) {
        const ContainerdConfig c = parseContainerd(*text, containerdPath);
        f.containerd = c.driver;
        f.containerdConfigVersion = c.version;
        f.containerdCriConfigured = c.criRuncConfigured;
        f.containerdLegacySystemdCgroup = c.legacySystemdCgroup;
    } else if (anyFile(system, {"/usr/bin/containerd", "/usr/local/bin/containerd"})) {
        f.containerd.present = true;
        f.containerd.configPath = containerdPath;
        f.containerd.driver = QStringLiteral("cgroupfs"); // no config: SystemdCgroup = false
    }

    const QString dockerPath = QStringLiteral("/etc/docker/daemon.json");
    if (const auto text = system.readFile(dockerPath, kMaxConfig))
        f.docker = parseDockerDaemonJson(*text, dockerPath);
    else if (anyFile(system, {"/usr/bin/dockerd", "/usr/local/bin/dockerd"})) {
        f.docker.present = true;
        f.docker.configPath = dockerPath;
    }
    if (f.docker.present && f.docker.driver.isEmpty() && f.docker.error.isEmpty()) // dockerd's default (UsingSystemd())
        f.docker.driver = f.hostCgroupV2 && f.hostSystemd ? QStringLiteral("systemd") : QStringLiteral("cgroupfs");

    const QString kubeletPath = QStringLiteral("/var/lib/kubelet/config.yaml");
    if (const auto text = system.readFile(kubeletPath, kMaxConfig))
        f.kubelet = parseKubeletConfig(*text, kubeletPath);
    else if (anyFile(system, {"/usr/bin/kubelet", "/usr/local/bin/kubelet"})) {
        f.kubelet.present = true;
        f.kubelet.configPath = kubeletPath;
    }
    // Flags win over the file.
    for (const QString &env :
         {QStringLiteral("/var/lib/kubelet/kubeadm-flags.env"), QStringLiteral("/etc/default/kubelet")}) {
        if (const auto text = system.readFile(env, kMaxConfig)) {
            const CgroupDriverSetting flags = parseKubeletFlags(*text, env);
            if (flags.explicitlySet) {
                const QString error = f.kubelet.error;
                f.kubelet.present = true;
                f.kubelet.driver = flags.driver;
                f.kubelet.explicitlySet = true;
                f.kubelet.evidenceFile = flags.evidenceFile;
                f.kubelet.line = flags.line;
                f.kubelet.text = flags.text;
                f.kubelet.error = error;
            }
        }
    }
    if (f.kubelet.present && f.kubelet.driver.isEmpty() && f.kubelet.error.isEmpty())
        f.kubelet.driver = QStringLiteral("cgroupfs"); // KubeletConfiguration v1beta1 default
    return f;
}

} // namespace ContainerProbe
