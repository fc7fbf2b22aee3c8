#pragma once

#include <QList>
#include <QString>

// A line that may set a resource limit for the user's processes, found statically: a pam_limits
// line (/etc/security/limits.conf, limits.d/*.conf), a `ulimit` in a shell start-up file, or a
// systemd DefaultLimitXXX= in user.conf/system.conf. The checks cite them as where a limit may come from.
struct RlimitSource {
    QString file;
    int line = 0;
    QString item;   // prlimit name: "as", "nproc", "nofile"
    QString type;   // "soft", "hard" or "both" ("-" in limits.conf, no -S/-H for ulimit)
    QString value;  // as written ("2097152", "unlimited", "infinity")
    QString domain; // limits.conf domain ("*", "@dev", "alice"); empty for the other kinds
    QString origin; // "limits.conf", "shell", "systemd"
    QString text;   // the line, trimmed
};

struct RlimitSources {
    QList<RlimitSource> lines;
    QList<RlimitSource> forItem(const QString &item) const
    {
        QList<RlimitSource> out;
        for (const RlimitSource &s : lines) {
            if (s.item == item)
                out << s;
        }
        return out;
    }
};
