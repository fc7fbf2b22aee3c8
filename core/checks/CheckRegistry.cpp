#include "CheckRegistry.h"

#include "CgroupChecks.h"
#include "ContainerChecks.h"
#include "GoChecks.h"
#include "GoEnvChecks.h"
#include "GorootChecks.h"
#include "PathChecks.h"
#include "RlimitChecks.h"
#include "ShellChecks.h"
#include "SnapChecks.h"
#include "SystemdChecks.h"

namespace CheckRegistry {

const QList<Check> &all()
{
    static const QList<Check> checks = [] {
        QList<Check> c;
        c << GoChecks::all() << GorootChecks::all() << GoEnvChecks::all() << PathChecks::all() << ShellChecks::all()
          << SnapChecks::all();
        c << CgroupChecks::all() << SystemdChecks::all() << RlimitChecks::all() << ContainerChecks::all();
        return c;
    }();
    return checks;
}

QStringList ids()
{
    QStringList out;
    for (const Check &c : all())
        out << c.id;
    return out;
}

QList<Check> select(const QStringList &only, QStringList *unknown)
{
    if (only.isEmpty())
        return all();
    QList<Check> out;
    for (const QString &raw : only) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        bool matched = false;
        for (const Check &c : all()) {
            const bool hit = item.endsWith(QLatin1Char('.')) ? c.id.startsWith(item) : c.id == item;
            if (!hit)
                continue;
            matched = true;
            bool already = false;
            for (const Check &o : std::as_const(out))
                already = already || o.id == c.id;
            if (!already)
                out << c;
        }
        if (!matched && unknown)
            *unknown << item;
    }
    return out;
}

} // namespace CheckRegistry
