#pragma once

#include "model/Facts.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Where `go` comes from, told as one story: PATH in order with the start-up line that added
// each folder, every `go` with its link chain and source, which one runs and why the others do
// not, and the environments compared. Built from the Facts (pure); the PATH & links page draws
// it, `--explain-path` prints it.
struct PathStory {
    struct Entry {
        int index = 0;  // position in PATH, 0-based
        QString folder; // as written in PATH
        bool exists = false;
        bool duplicate = false;
        QString originFile; // the start-up file and line that put it there, when known
        int originLine = 0;
        QString originText; // that line as written
        QList<int> gos;     // indexes into `gos` of the go found in this folder (0 or 1)
    };
    struct Go {
        QString path;         // what the shell runs: the PATH folder joined with "go"
        QList<LinkHop> hops;  // every link, like namei
        QString target;       // where the chain ends
        QString status;       // "ok", "dangling", "loop", "not executable", "not found"
        QString version;      // "go1.22.2" or empty
        QString source;       // "apt", "snap", "tarball", "sdk", "toolchain", "gvm", "asdf", "goenv", "mise", "other"
        QString sourceDetail; // "golang-1.22-go", "revision 10730", ...
        bool active = false;  // the one that runs
        QString shadowedBy;   // for a later go: the path of the one that runs instead
        bool sameAsActive = false; // reaches the same file as the one that runs (another link to it)
    };
    // A Go installation that is not reached through PATH (an SDK, a GOTOOLCHAIN download, a
    // version manager's other versions, a tarball nobody put on PATH).
    struct OffPath {
        QString root;
        QString version;
        QString source;
        QString sourceDetail;
        QString removeHow;
    };
    struct Environment {
        QString name; // "This program", "A new login shell", "The desktop session"
        bool known = false;
        QString why; // when unknown: why (not captured, timed out)
        QStringList path;
        QMap<QString, QString> goVariables; // GOROOT, GOPATH, GOBIN, GO111MODULE, ...
    };

    QList<Entry> entries;
    QList<Go> gos;
    QList<OffPath> offPath;
    QList<Environment> environments;
    int active = -1; // index into gos

    static PathStory build(const Facts &facts);
};

// --explain-path: the story as text, like `namei` for each go.
class PathStoryText {
    Q_DECLARE_TR_FUNCTIONS(PathStoryText)
public:
    static QString render(const PathStory &story);
};
