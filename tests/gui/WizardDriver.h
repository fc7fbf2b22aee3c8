#pragma once

// Drives the wizard the way a user does, for the GUI tests: find widgets by their stable object
// names, pick a snapshot on the Welcome page, wait for a page.
#include "gui/DoctorWizard.h"

#include <QLineEdit>
#include <QRadioButton>
#include <QtTest>

namespace WizardDriver {

inline QString fixture(const char *name)
{
    return QStringLiteral(GED_FIXTURES "/snapshots/%1/snapshot").arg(QLatin1String(name));
}

template <typename T> T *child(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no widget named %s", name);
    return w;
}

// Pick "snapshot" with the keyboard, type the folder, press Next.
inline void chooseSnapshot(DoctorWizard &wizard, const QString &folder)
{
    QRadioButton *radio = child<QRadioButton>(&wizard, "snapshotRadio");
    radio->setFocus();
    QTest::keyClick(radio, Qt::Key_Space);
    QLineEdit *path = child<QLineEdit>(&wizard, "snapshotPathEdit");
    path->clear();
    QTest::keyClicks(path, folder);
    wizard.next();
}

inline bool waitForPage(DoctorWizard &wizard, int id, int ms = 15000)
{
    return QTest::qWaitFor([&] { return wizard.currentId() == id; }, ms);
}

} // namespace WizardDriver
