#pragma once

#include <QString>

#include <optional>

// A Go release name: go1.22.3, go1.21.0, go1.20 (majors before 1.21 had no ".0"), go1.23rc1.
struct GoVersion {
    int major = 1;
    int minor = 0;
    int patch = 0;
    QString prerelease; // "rc1", "beta2"; empty for a stable release; "devel" for a toolchain
                        // built from the development tree ("devel go1.23-abc..."), named go1.23-devel

    // Accepts "go1.22.3", "1.22.3", "go1.22", "go1.23rc1", with surrounding spaces; also the first
    // word of a `$GOROOT/VERSION` file and "go version go1.22.3 linux/amd64". nullopt otherwise.
    static std::optional<GoVersion> parse(const QString &text);

    bool isStable() const { return prerelease.isEmpty(); }
    // "1.22" — the major release line, which the support policy is about.
    QString line() const;
    // "go1.22.3" (or "go1.20" for x.y.0 before 1.21, as Go named them, and "go1.23rc1").
    QString name() const;
    bool sameLine(const GoVersion &other) const { return major == other.major && minor == other.minor; }
    // Orders releases: 1.22rc1 < 1.22.0 < 1.22.1 < 1.23beta1.
    int compare(const GoVersion &other) const;
    bool operator<(const GoVersion &o) const { return compare(o) < 0; }
    bool operator==(const GoVersion &o) const { return compare(o) == 0; }
    bool operator!=(const GoVersion &o) const { return compare(o) != 0; }
};
