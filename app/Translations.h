#pragma once

#include <QString>
#include <QStringList>

// The program's languages: English (the source) and Simplified Chinese. Installs the program's
// and Qt's own translators for a language, replacing the ones installed before, so the wizard
// can switch language while it runs (widgets get a LanguageChange event).
namespace Translations {
// "en" or "zh_CN" for a language name or locale ("zh_CN", "zh", "zh_CN.UTF-8", "C"); empty picks
// the system locale. Unknown languages give "en".
QString resolve(const QString &lang);
// Installs the translators for `lang` (resolved as above) and returns the language chosen.
// Extra folders are searched first for the .qm files (tests use the build tree's).
QString apply(const QString &lang, const QStringList &extraQmDirs = {});
QStringList supported();
// The language's own name, for a language menu: "English", "简体中文".
QString nativeName(const QString &lang);
} // namespace Translations
