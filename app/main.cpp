#include "CliFront.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Until the wizard exists, every mode is the CLI; a QCoreApplication needs no display.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("go-env-doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GED_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("go-env-doctor"));
    return CliFront::run(QCoreApplication::arguments());
}
