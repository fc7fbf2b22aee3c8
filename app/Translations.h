#pragma once

#include <QString>

class QCoreApplication;

// Loads the program's and Qt's translations for `lang` ("en", "zh_CN"), or for the system
// locale when lang is empty. Returns the language chosen; unknown languages fall back to English.
namespace Translations {
QString install(QCoreApplication &app, const QString &lang);
QStringList supported();
} // namespace Translations
