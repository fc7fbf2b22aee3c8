#include "Translations.h"
#include "cli/CliFront.h"
#include "gui/DoctorWizard.h"
#include "gui/FirstPaintReporter.h"
#include "gui/WelcomePage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTemporaryDir>

namespace {
void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("go-env-doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GED_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("go-env-doctor"));
}

// No display at all (an SSH session): the wizard cannot start, so say so and print the summary.
bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

int runWizard(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/go-env-doctor-128.png")));

    // The wizard takes --lang and --snapshot; everything else is a CLI option.
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("lang"));
    const QCommandLineOption snapshot(QStringLiteral("snapshot"), QString(), QStringLiteral("path"));
    parser.addOptions({lang, snapshot});
    parser.parse(QCoreApplication::arguments());

    DoctorWizard wizard;
    // --lang, else the language chosen last time, else the system locale.
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    wizard.setLanguage(parser.isSet(lang) ? parser.value(lang) : saved);
    if (parser.isSet(snapshot)) {
        if (auto *welcome = qobject_cast<WelcomePage *>(wizard.page(DoctorWizard::WelcomePageId)))
            welcome->setSnapshotFolder(parser.value(snapshot));
    }
    if (FirstPaintReporter::requested())
        new FirstPaintReporter(wizard.page(DoctorWizard::WelcomePageId));
    wizard.show();
    return app.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (CliFront::wantsCli(arguments) || !haveDisplay()) {
        if (CliFront::needsGui(arguments)) {
            // A PDF or HTML report draws the PATH diagram with widgets: a QApplication on Qt's
            // offscreen platform (unless the caller chose one), so --report works over SSH too.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            // Over SSH or in cron there is often no XDG_RUNTIME_DIR, and QGuiApplication would warn
            // about it on stderr; a private folder for this run keeps the CLI's output clean.
            QTemporaryDir runtime;
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
            QApplication app(argc, argv);
            describeApplication();
            return CliFront::run(arguments);
        }
        // The CLI never needs a display (QApplication would abort without one).
        QCoreApplication app(argc, argv);
        describeApplication();
        if (!CliFront::wantsCli(arguments))
            arguments << QStringLiteral("--cli");
        return CliFront::run(arguments);
    }
    return runWizard(argc, argv);
}
