#pragma once

#include "GoVersion.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

// One entry of the download list (https://go.dev/dl/?mode=json&include=all), files[].
struct ReleaseFile {
    QString filename;
    QString os;
    QString arch;
    QString sha256;
    qint64 size = 0;
    QString kind; // archive, installer, source
};

struct ReleaseInfo {
    GoVersion version;
    QDate date;
    bool stable = true;
    QList<ReleaseFile> files;
};

// What the release policy says about one Go version at one date.
struct SupportVerdict {
    bool known = false;            // the version is in the table
    bool supported = false;        // fewer than two newer major lines were released by `at`
    GoVersion newestRelease;       // newest stable release out at `at`
    GoVersion newestPatch;         // newest patch of the version's own line out at `at`
    bool patchBehind = false;      // supported, but newestPatch is newer
    QList<QString> supportedLines; // e.g. {"1.27", "1.26"} at `at`
    QDate supersededOn;            // the day support ended (release of the second newer line), if it did
    bool stale = false;            // the table was made more than six months before `at`
};

// Every Go release, majors and patches, with dates (resources/go-releases.json).
// Policy (go.dev/doc/devel/release): each major release is supported until there are two newer
// major releases. Judged at a given date, never "today", so a snapshot is judged as captured.
class ReleaseTable {
public:
    // Parses the JSON data file. On malformed input returns an empty table and sets *error.
    static ReleaseTable fromJson(const QByteArray &json, QString *error = nullptr);
    // The table compiled into the program (":/data/go-releases.json").
    static const ReleaseTable &builtin();

    bool isEmpty() const { return m_releases.isEmpty(); }
    QDate generated() const { return m_generated; }
    const QList<ReleaseInfo> &releases() const { return m_releases; } // sorted, oldest first
    std::optional<ReleaseInfo> find(const GoVersion &v) const;

    SupportVerdict judge(const GoVersion &v, const QDate &at) const;

private:
    QDate m_generated;
    QList<ReleaseInfo> m_releases;
};
