#pragma once

#include "model/Facts.h"

#include <atomic>
#include <functional>

// How long the go commands may take. Generous: a cold `go env` on a slow disk takes seconds.
struct CommandTimeouts {
    int goEnvMs = 20000;
    int goVersionMs = 10000;
    int loginShellMs = 10000; // a login shell with heavy rc files (nvm, conda) takes seconds
};

// Gathers Facts from a SystemView: PATH and every `go` on it with its link chain, ELF header and
// GOROOT tree, the go env file, `go env -json` and `go version` (run concurrently with the file
// probes, since `go env -json` alone is the slowest part of a scan), and the Go installations in
// well-known places. Reads each file once; the checks then work from the Facts alone.
class FactsCollector {
public:
    using Progress = std::function<void(const QString &step)>;

    explicit FactsCollector(const SystemView &system, const ReleaseTable &releases = ReleaseTable::builtin(),
                            CommandTimeouts timeouts = CommandTimeouts());

    Facts collect(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr) const;

private:
    void collectPath(Facts &f) const;
    void collectGoCandidates(Facts &f) const;
    GoRootTree inspectRoot(const QString &root) const;
    GoRootTree rootOf(const GoCandidate &c) const;
    static bool isSnapLauncher(const GoCandidate &c);
    void collectEnvFile(Facts &f, const QString &path) const;
    void collectInstalls(Facts &f) const;
    void collectGoBin(Facts &f) const;
    void collectShellExtras(Facts &f) const;
    void collectLimits(Facts &f) const;
    QString defaultEnvFilePath(const Facts &f) const;

    const SystemView &m_system;
    const ReleaseTable &m_releases;
    CommandTimeouts m_timeouts;
};
