#pragma once

#include "SystemdKeys.h"
#include "UnitFileSyntax.h"
#include "model/SystemdFacts.h"
#include "system/SystemView.h"

#include <QMap>

// Reads, through the SystemView, the systemd files that shape the user's session limits, in the
// order systemd applies them (systemd.unit(5) "Description", systemd-system.conf(5) "Configuration
// Directories and Precedence"):
// - the user's slice user-UID.slice, its parent user.slice and the user manager user@UID.service:
//   the unit file itself (first found in the unit search path), then every *.conf of the drop-in
//   folders UNIT.d/, the dash-truncated prefix folders (user-.slice.d/) and, for an instance, the
//   template's (user@.service.d/), under /etc/systemd/system, /run/systemd/system,
//   /usr/local/lib/systemd/system, /usr/lib/systemd/system and /lib/systemd/system (when /lib is
//   not the merged /usr/lib). A drop-in name found in several folders is taken from the first
//   (/etc before /run before /usr/lib; a specific folder before a prefix one); the survivors are
//   applied in the order of their file names, so the last assignment wins.
// - system.conf and user.conf ([Manager]): the main file (/etc/systemd, then /run/systemd,
//   /usr/local/lib/systemd, /usr/lib/systemd) and system.conf.d/ or user.conf.d/ drop-ins in those
//   folders; for user.conf also $XDG_CONFIG_HOME/systemd/user.conf and its user.conf.d/, which
//   take precedence (manager_find_user_config_paths() in src/core/main.c).
// Every assignment is judged by SystemdKeys; MemoryMax/MemoryHigh/CPUQuota/TasksMax of the slices
// are kept with their file and line. Whether systemd is the init: /run/systemd/system is a folder,
// as sd_booted(3) tests.
class SystemdProbe {
public:
    struct Context {
        qint64 uid = -1;
        QString home;          // for ~/.config/systemd/user.conf
        QString xdgConfigHome; // $XDG_CONFIG_HOME when absolute
    };

    static SystemdFacts collect(const SystemView &system, const Context &context);

    // One unit's files in application order, from a listing of the folders: pure, so the
    // precedence rules can be tested without a file system. `listing` maps a folder (a unit
    // folder or a drop-in folder) to its entries.
    struct UnitFiles {
        QString mainFile;           // empty when no unit folder has the unit file
        QList<SystemdFile> dropIns; // masked ones included (maskedBy set), sorted by file name
    };
    static UnitFiles unitFiles(const QString &unit, const QStringList &unitDirs,
                               const QMap<QString, QStringList> &listing);
    // Drop-ins of a manager file (user.conf.d/, system.conf.d/) from folders in precedence order.
    static QList<SystemdFile> confDropIns(const QStringList &dirs, const QMap<QString, QStringList> &listing,
                                          const QString &unit);

    // The drop-in folder names for a unit, most specific first: "user-1000.slice" ->
    // ["user-1000.slice.d", "user-.slice.d"]; "user@1000.service" -> ["user@1000.service.d",
    // "user@.service.d"].
    static QStringList dropInDirNames(const QString &unit);

    // Turns a parsed file into judged settings (pure).
    static QList<SystemdSetting> settingsOf(const UnitFileSyntax::Parsed &parsed, const QString &file,
                                            const QString &unit, SystemdKeys::FileKind kind);
};
