#pragma once

#include "RecordingSystem.h"

#include <QCoreApplication>
#include <QJsonObject>

// A snapshot of this machine, ready to be shown and saved (snapshot-format.md, "Capturing").
struct CapturePlan {
    QDateTime captured;
    HostInfo host;
    UserInfo user;
    QString cwd;
    QMap<QString, QString> env; // redacted
    QMap<QString, qint64> rlimits;
    QMap<QString, qint64> rlimitsHard;
    QList<CommandResult> commands; // redacted
    QList<CapturedEntry> entries;  // sorted by path; every folder leading to an entry included
    QStringList withheld;          // paths the analysis looked at that are never captured

    qint64 contentBytes() const;
};

// Turns what a scan touched into a snapshot, and writes it as a .tar.gz. The rules on what is
// kept, redacted and withheld are pure functions here; RecordingSystem does the reading.
class SnapshotCapture final {
    Q_DECLARE_TR_FUNCTIONS(SnapshotCapture)
public:
    // Folders on PATH (absolute entries) are walked too: a snapshot keeps every one of them.
    static CapturePlan plan(const RecordingSystem &system);

    // snapshot.json of the plan.
    static QJsonObject snapshotJson(const CapturePlan &plan);
    // Writes NAME/snapshot.json and NAME/root/ (NAME: the file's name without .tar.gz) through a
    // temporary file that replaces `archivePath` only when complete. False with a message when
    // the name is not .tar.gz/.tgz, the snapshot would break the reader's limits, or writing fails.
    static bool write(const CapturePlan &plan, const QString &archivePath, QString *error);

    // True for credentials that no snapshot holds, not even by name: .netrc, SSH and GnuPG
    // keys, cloud and registry credentials, the shadow files.
    static bool neverCaptured(const QString &path);
    // A file's bytes as stored: text (no NUL byte, valid UTF-8) goes through the report's
    // redaction; /etc/passwd keeps the user's line only. *changed says whether anything went.
    static QByteArray storedContent(const QString &path, const QByteArray &content, qint64 uid, bool *changed);
    // A private key block in a file withholds the whole file.
    static bool holdsPrivateKey(const QByteArray &content);
};
