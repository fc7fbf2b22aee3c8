#pragma once

#include "model/Facts.h"

#include <atomic>
#include <functional>

// Gathers Facts from a SystemView: PATH and every `go` on it with its link chain, ELF header and
// GOROOT tree, the go env file, `go env -json` and `go version` (run concurrently with the file
// probes, since `go env -json` alone is the slowest part of a scan), and the Go installations in
// well-known places. Reads each file once; the checks then work from the Facts alone.
class FactsCollector {
public:
    using Progress = std::function<void(const QString &step)>;

    explicit FactsCollector(const SystemView &system, const ReleaseTable &releases = ReleaseTable::builtin());

    Facts collect(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr) const;

    // Timeouts for the go commands; generous because a cold `go env` on a slow disk takes seconds.
    static constexpr int kGoEnvTimeoutMs = 20000;
    static constexpr int kGoVersionTimeoutMs = 10000;

private:
    void collectPath(Facts &f) const;
    void collectGoCandidates(Facts &f) const;
    GoRootTree inspectRoot(const QString &root) const;
    void collectEnvFile(Facts &f, const QString &path) const;
    void collectInstalls(Facts &f) const;
    void collectGoBin(Facts &f) const;
    QString defaultEnvFilePath(const Facts &f) const;

    const SystemView &m_system;
    const ReleaseTable &m_releases;
};
