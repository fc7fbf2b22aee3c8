#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

QStringList supported()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString install(QCoreApplication &app, const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    auto *own = new QTranslator(&app);
    // qt_add_translations embeds the .qm files under :/i18n.
    if (own->load(QStringLiteral(":/i18n/go-env-doctor_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return QStringLiteral("zh_CN");
}

} // namespace Translations
