#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
// The translators currently installed, owned by the application object.
QTranslator *s_own = nullptr;
QTranslator *s_qt = nullptr;

void removeInstalled()
{
    for (QTranslator **t : {&s_own, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

// Next to the binary (a build tree), the compiled-in install folder, and relative to the binary
// (a relocated install).
QStringList qmFolders(const QStringList &extra)
{
    QStringList dirs = extra;
    const QString appDir = QCoreApplication::applicationDirPath();
    dirs << appDir;
#ifdef GED_TRANSLATIONS_INSTALL_DIR
    dirs << QStringLiteral(GED_TRANSLATIONS_INSTALL_DIR);
#endif
    dirs << QDir::cleanPath(appDir + QStringLiteral("/../share/go-env-doctor/translations"));
    return dirs;
}
} // namespace

namespace Translations {

QStringList supported()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString nativeName(const QString &lang)
{
    return lang == QLatin1String("zh_CN") ? QStringLiteral("简体中文") : QStringLiteral("English");
}

QString resolve(const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    // Simplified Chinese serves zh_CN and zh_SG readers; Traditional-script locales are left in
    // English rather than shown the wrong script.
    if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalChineseScript)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString apply(const QString &lang, const QStringList &extraQmDirs)
{
    const QString chosen = resolve(lang);
    removeInstalled();
    if (chosen == QLatin1String("en"))
        return chosen;
    auto *app = QCoreApplication::instance();
    s_own = new QTranslator(app);
    bool loaded = false;
    for (const QString &dir : qmFolders(extraQmDirs)) {
        if (s_own->load(QStringLiteral("go-env-doctor_") + chosen, dir)) {
            loaded = true;
            break;
        }
    }
    if (loaded)
        QCoreApplication::installTranslator(s_own);
    // Qt's own strings (QWizard's Back/Next/Cancel, file dialogs) from qt6-translations-l10n.
    s_qt = new QTranslator(app);
    if (s_qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
    return chosen;
}

} // namespace Translations
