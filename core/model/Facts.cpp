#include "Facts.h"

std::optional<GoEnvSetting> GoEnvFile::find(const QString &key) const
{
    // Go reads the file top to bottom and the last assignment wins.
    std::optional<GoEnvSetting> found;
    for (const GoEnvSetting &s : settings) {
        if (s.key == key)
            found = s;
    }
    return found;
}
