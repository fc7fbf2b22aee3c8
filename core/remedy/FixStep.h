#pragma once

#include <QString>
#include <QStringList>

// One step of a fix script, made by a fix generator (FixCatalog) from the Facts and the results
// that asked for it. A step either has code (bash lines that call the script's library, see
// resources/fix-script-library.bash) or, when no script can do it safely, only words for the user.
struct FixStep {
    QString fixId;         // "fix.path-go-first"
    QString title;         // what it does, one line, translated
    QString why;           // why, for the checklist's tooltip and the script's comment, translated
    QStringList addresses; // check ids of the results it answers
    QStringList changes;   // the files, packages or units it may change, for the checklist
    bool needsRoot = false;
    // Ticked by default. Off for a step that works against another one (removing the snap Go
    // while PATH is being pointed at it) or that only a warning asks for and is heavy (a download).
    bool recommended = true;
    QString code;   // bash; empty for a manual step
    QString manual; // what to do by hand (manual steps only)

    bool isManual() const { return code.isEmpty(); }
};
