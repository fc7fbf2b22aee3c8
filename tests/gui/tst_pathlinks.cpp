// The PATH & links page, offscreen: Welcome → Scan → Findings → PATH & links on fixture
// snapshots. PATH in order, the go that runs, a shadowed go, a link loop, the environments
// compared, saving the diagram as PNG and SVG, and Back to the findings.
#include "gui/DoctorWizard.h"
#include "gui/PathDiagram.h"
#include "gui/PathLinksPage.h"
#include "report/FindingsModel.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QXmlStreamReader>
#include <QtTest>

#include "WizardDriver.h"

using namespace WizardDriver;

namespace {
// Welcome → Scan → Findings, then Next to PATH & links.
PathLinksPage *openPathLinks(DoctorWizard &wizard, const QString &snapshot)
{
    chooseSnapshot(wizard, snapshot);
    if (!waitForPage(wizard, DoctorWizard::FindingsPageId))
        return nullptr;
    wizard.next();
    if (wizard.currentId() != DoctorWizard::PathLinksPageId)
        return nullptr;
    return qobject_cast<PathLinksPage *>(wizard.currentPage());
}

QStringList snapshotPath(const char *name)
{
    QFile file(fixture(name) + QStringLiteral("/snapshot.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject env = QJsonDocument::fromJson(file.readAll())
                                .object()
                                .value(QStringLiteral("process"))
                                .toObject()
                                .value(QStringLiteral("env"))
                                .toObject();
    return env.value(QStringLiteral("PATH")).toString().split(QLatin1Char(':'));
}

QTreeWidgetItem *entryFor(QTreeWidget *view, const QString &folder)
{
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = view->topLevelItem(i);
        if (item->data(0, PathLinksPage::FolderRole).toString() == folder)
            return item;
    }
    return nullptr;
}

enum { GoColumn = 2 };
} // namespace

class TestPathLinks : public QObject {
    Q_OBJECT
private slots:
    void init() { QSettings().remove(QStringLiteral("language")); }

    void showsPathInOrderWithTheWinner()
    {
        DoctorWizard wizard;
        wizard.setTranslationFolders({QStringLiteral(GED_QM_DIR)});
        wizard.setLanguage(QStringLiteral("en"));
        wizard.resize(1280, 800);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        // Findings can close the wizard, and Next goes on to PATH & links.
        chooseSnapshot(wizard, fixture("ubuntu2204-apt-shadows-tarball"));
        QVERIFY(waitForPage(wizard, DoctorWizard::FindingsPageId));
        QVERIFY(wizard.currentPage()->isFinalPage());
        QCOMPARE(wizard.currentPage()->nextId(), int(DoctorWizard::PathLinksPageId));
        QVERIFY(wizard.button(QWizard::NextButton)->isVisible());
        QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(DoctorWizard::PathLinksPageId));
        auto *page = qobject_cast<PathLinksPage *>(wizard.currentPage());
        QVERIFY(page);
        QCOMPARE(page->objectName(), QStringLiteral("pathLinksPage"));
        QCOMPARE(page->title(), QStringLiteral("PATH & links"));
        QVERIFY(page->subTitle().contains(QStringLiteral("first go")));

        // PATH, in the fixture's order.
        QTreeWidget *entries = child<QTreeWidget>(&wizard, "pathEntriesView");
        QVERIFY(entries);
        QCOMPARE(page->entriesView(), entries);
        const QStringList expected = snapshotPath("ubuntu2204-apt-shadows-tarball");
        QCOMPARE(expected.size(), 10);
        QStringList shown;
        for (int i = 0; i < entries->topLevelItemCount(); ++i) {
            shown << entries->topLevelItem(i)->data(0, PathLinksPage::FolderRole).toString();
            QCOMPARE(entries->topLevelItem(i)->text(0), QString::number(i + 1));
        }
        QCOMPARE(shown, expected);

        // The winner is /usr/bin: bold, an icon and the word "runs"; its go is a link into
        // /usr/lib/go-1.18.
        PathDiagram *diagram = child<PathDiagram>(&wizard, "pathDiagram");
        QVERIFY(diagram);
        const PathStory &story = diagram->story();
        QList<QTreeWidgetItem *> winners;
        for (int i = 0; i < entries->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = entries->topLevelItem(i);
            if (item->font(GoColumn).bold() && item->text(GoColumn).startsWith(QStringLiteral("runs")))
                winners << item;
        }
        QCOMPARE(winners.size(), 1);
        QTreeWidgetItem *winner = winners.first();
        QCOMPARE(winner->data(0, PathLinksPage::FolderRole).toString(), QStringLiteral("/usr/bin"));
        QVERIFY(!winner->icon(GoColumn).isNull());
        QVERIFY(winner->font(1).bold());
        QCOMPARE(entries->currentItem(), winner); // the page starts on it
        const int active = winner->data(0, PathLinksPage::GoRole).toInt();
        QCOMPARE(active, story.active);
        const PathStory::Go &go = story.gos.at(active);
        QVERIFY(go.active);
        QCOMPARE(go.path, QStringLiteral("/usr/bin/go"));
        QCOMPARE(go.hops.size(), 1);
        QCOMPARE(go.hops.first().link, QStringLiteral("/usr/bin/go"));
        QCOMPARE(go.hops.first().target, QStringLiteral("../lib/go-1.18/bin/go"));
        QCOMPARE(go.source, QStringLiteral("apt"));
        QCOMPARE(winner->text(GoColumn), QStringLiteral("runs · go1.18.1 · apt"));
        QVERIFY(winner->toolTip(GoColumn).contains(QStringLiteral("golang-1.18-go")));
        QCOMPARE(diagram->currentGo(), active);

        // /usr/local/go/bin's go is shadowed by the one in /usr/bin.
        QTreeWidgetItem *tarball = entryFor(entries, QStringLiteral("/usr/local/go/bin"));
        QVERIFY(tarball);
        QVERIFY(tarball->text(GoColumn).startsWith(QStringLiteral("shadowed")));
        QVERIFY(!tarball->font(GoColumn).bold());
        const PathStory::Go &shadowed = story.gos.at(tarball->data(0, PathLinksPage::GoRole).toInt());
        QCOMPARE(shadowed.path, QStringLiteral("/usr/local/go/bin/go"));
        QCOMPARE(shadowed.shadowedBy, QStringLiteral("/usr/bin/go"));
        QVERIFY(!shadowed.active);
        QVERIFY(PathDiagram::fateText(shadowed).contains(QStringLiteral("shadowed by /usr/bin/go")));

        // Selecting that folder moves the diagram to its go, and back.
        entries->setCurrentItem(tarball);
        QCOMPARE(diagram->currentGo(), tarball->data(0, PathLinksPage::GoRole).toInt());
        diagram->setFocus();
        QTest::keyClick(diagram, Qt::Key_Home);
        QCOMPARE(entries->currentItem(), winner);

        // The diagram has a size from its content, and sits in a scroll area.
        QVERIFY(diagram->sizeHint().width() > 300);
        QVERIFY(diagram->sizeHint().height() > 100);
        QVERIFY(qobject_cast<QScrollArea *>(diagram->parentWidget()->parentWidget()));

        // The environments side by side: one column each, this program first with the fixture's
        // PATH and its go; one that is not known says why instead.
        QTreeWidget *envs = child<QTreeWidget>(&wizard, "environmentsView");
        QVERIFY(envs);
        QCOMPARE(envs->columnCount(), int(story.environments.size()) + 1);
        QVERIFY(story.environments.size() >= 2);
        QVERIFY(story.environments.first().known);
        QCOMPARE(envs->headerItem()->text(1), story.environments.first().name);
        QCOMPARE(envs->topLevelItem(0)->text(1), QStringLiteral("/usr/bin/go"));
        QStringList folders;
        for (int i = 0; i < story.environments.size(); ++i) {
            const PathStory::Environment &e = story.environments.at(i);
            QVERIFY(envs->headerItem()->text(i + 1).startsWith(e.name.section(QStringLiteral(" ("), 0, 0)));
            if (!e.known) {
                QVERIFY(envs->headerItem()->text(i + 1).contains(QStringLiteral("unknown")));
                QCOMPARE(envs->topLevelItem(0)->text(i + 1), QStringLiteral("unknown: ") + e.why);
            }
            for (const QString &folder : e.path) {
                if (!folders.contains(folder))
                    folders << folder;
            }
        }
        QCOMPARE(envs->topLevelItem(1)->childCount(), folders.size());
        QCOMPARE(envs->topLevelItem(1)->child(3)->text(0), QStringLiteral("/usr/bin"));
        QCOMPARE(envs->topLevelItem(1)->child(3)->text(1), QStringLiteral("#4"));

        // Saving: PNG and SVG, chosen by the extension.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const QString png = dir.filePath(QStringLiteral("path.png"));
        QVERIFY2(diagram->saveImage(png, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= diagram->sizeHint().width());
        QVERIFY(image.height() >= diagram->sizeHint().height());
        const QString svg = dir.filePath(QStringLiteral("path.svg"));
        QVERIFY2(diagram->saveImage(svg, &error), qPrintable(error));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgBytes = svgFile.readAll();
        QVERIFY(svgBytes.startsWith("<?xml"));
        QVERIFY(svgBytes.contains("<svg"));
        QVERIFY(svgBytes.contains("/usr/lib/go-1.18/bin/go"));
        QXmlStreamReader xml(svgBytes);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(!diagram->saveImage(dir.filePath(QStringLiteral("path.gif")), &error));
        QVERIFY(error.contains(QStringLiteral(".png")));
        QVERIFY(!diagram->saveImage(dir.filePath(QStringLiteral("no/such/folder/path.png")), &error));
        QVERIFY(!error.isEmpty());

        // Every widget a user reaches has a name a screen reader can say.
        for (const char *name : {"pathEntriesView", "environmentsView", "pathDiagram", "saveDiagramButton"}) {
            QWidget *w = wizard.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(w && !w->accessibleName().isEmpty(), name);
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, name);
        }
        QVERIFY(diagram->accessibleDescription().contains(QStringLiteral("/usr/local/go/bin/go")));

        // Tab walks the page: PATH, the environments, the diagram, the Save button.
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        entries->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(entries));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(envs));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(diagram));
        QTest::keyClick(diagram, Qt::Key_End);
        QCOMPARE(diagram->currentGo(), int(story.gos.size()) - 1);
        QCOMPARE(entries->currentItem(), tarball);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), wizard.findChild<QWidget *>(QStringLiteral("saveDiagramButton")));

        // Next goes on to the build monitor: Close there too, Next to the report, and Back to here.
        QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
        QVERIFY(wizard.button(QWizard::NextButton)->isVisible());
        QVERIFY(wizard.button(QWizard::NextButton)->text().contains(QStringLiteral("Build monitor")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(DoctorWizard::BuildMonitorPageId));
        QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
        QVERIFY(wizard.button(QWizard::NextButton)->isVisible());
        QVERIFY(wizard.button(QWizard::NextButton)->text().contains(QStringLiteral("Report")));
        QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
        wizard.back();
        QCOMPARE(wizard.currentId(), int(DoctorWizard::PathLinksPageId));
        QVERIFY(wizard.button(QWizard::BackButton)->isVisible());
        QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
        wizard.back();
        QCOMPARE(wizard.currentId(), int(DoctorWizard::FindingsPageId));
        // "Scan again" still starts over.
        QTest::mouseClick(child<QPushButton>(&wizard, "rescanButton"), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(DoctorWizard::WelcomePageId));
    }

    void showsALinkLoop()
    {
        DoctorWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        PathLinksPage *page = openPathLinks(wizard, fixture("go-link-loop"));
        QVERIFY(page);
        const PathStory &story = page->diagram()->story();
        QCOMPARE(story.gos.size(), 1);
        QCOMPARE(story.gos.first().status, QStringLiteral("loop"));
        QCOMPARE(story.active, -1);
        QTreeWidgetItem *item = entryFor(page->entriesView(), QStringLiteral("/usr/local/bin"));
        QVERIFY(item);
        QCOMPARE(item->text(GoColumn).section(QStringLiteral(" · "), 0, 0), QStringLiteral("link loop"));
        QVERIFY(!item->font(GoColumn).bold());
        QVERIFY(PathDiagram::fateText(story.gos.first()).contains(QStringLiteral("loop")));
        // Drawn once, not forty times: the diagram stays small.
        QVERIFY(page->diagram()->sizeHint().width() < 1000);
        QCOMPARE(page->environmentsView()->topLevelItem(0)->text(1), QStringLiteral("no go"));
        QTemporaryDir dir;
        QString error;
        QVERIFY2(page->diagram()->saveImage(dir.filePath(QStringLiteral("loop.svg")), &error), qPrintable(error));
        QFile svg(dir.filePath(QStringLiteral("loop.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("loop"));
    }

    void showsEveryGoFoundEvenOffPath()
    {
        DoctorWizard wizard;
        wizard.setTranslationFolders({QStringLiteral(GED_QM_DIR)});
        wizard.setLanguage(QStringLiteral("en"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        PathLinksPage *page = openPathLinks(wizard, fixture("gotoolchain-download"));
        QVERIFY(page);
        PathDiagram *diagram = page->diagram();
        const PathStory &story = diagram->story();
        // The GOTOOLCHAIN download is no PATH folder's go, but it is a go found.
        QCOMPARE(story.offPath.size(), 1);
        const PathStory::OffPath &off = story.offPath.first();
        QCOMPARE(off.source, QStringLiteral("toolchain"));
        QCOMPARE(off.version, QStringLiteral("go1.23.2"));
        QVERIFY(off.root.endsWith(QStringLiteral("toolchain@v0.0.1-go1.23.2.linux-amd64")));

        // One row more than the gos on PATH: the last one, with its badges and folder.
        const QStringList rows = diagram->rowTexts();
        QCOMPARE(rows.size(), story.gos.size() + 1);
        QVERIFY2(rows.last().startsWith(off.root), qPrintable(rows.last()));
        QVERIFY(rows.last().contains(QStringLiteral("not on PATH")));
        QVERIFY(rows.last().contains(PathDiagram::sourceText(off.source, off.sourceDetail)));
        QVERIFY(rows.last().contains(QStringLiteral("go1.23.2")));
        QVERIFY(!off.removeHow.isEmpty());
        QVERIFY(rows.last().contains(off.removeHow));
        // Not a row the keyboard lands on.
        QCOMPARE(diagram->goRect(-1), QRect());

        // The same story without it: a row shorter.
        PathStory onlyOnPath = story;
        onlyOnPath.offPath.clear();
        PathDiagram without;
        without.setFont(diagram->font());
        without.setStory(onlyOnPath);
        QCOMPARE(without.rowTexts().size(), story.gos.size());
        QVERIFY(diagram->sizeHint().height() > without.sizeHint().height() + 40);
        QVERIFY(diagram->sizeHint().width() >= without.sizeHint().width());

        // The export draws it too.
        QTemporaryDir dir;
        QString error;
        const QString file = dir.filePath(QStringLiteral("offpath.svg"));
        QVERIFY2(diagram->saveImage(file, &error), qPrintable(error));
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray data = svg.readAll();
        QVERIFY(data.contains("not on PATH"));
        QVERIFY(data.contains("toolchain@v0.0.1-go1.23.2.linux-amd64"));
    }

    void comparesEnvironmentsAndDrawsEveryCase()
    {
        // A made-up story with what the fixtures lack: origins, a dangling link, the same program
        // reached twice, a folder link, and a desktop session that disagrees.
        PathStory story;
        auto entry = [&](int index, const QString &folder, QList<int> gos) {
            PathStory::Entry e;
            e.index = index;
            e.folder = folder;
            e.exists = true;
            e.gos = gos;
            story.entries << e;
        };
        entry(0, QStringLiteral("/home/ana/go/bin"), {0});
        story.entries.last().originFile = QStringLiteral("/home/ana/.bashrc");
        story.entries.last().originLine = 12;
        story.entries.last().originText = QStringLiteral("export PATH=$HOME/go/bin:$PATH");
        entry(1, QStringLiteral("/usr/local/bin"), {1});
        entry(2, QStringLiteral("/usr/bin"), {2});
        entry(3, QStringLiteral("/opt/missing"), {});
        story.entries.last().exists = false;
        entry(4, QStringLiteral("/usr/local/go/bin"), {3});

        PathStory::Go broken;
        broken.path = QStringLiteral("/home/ana/go/bin/go");
        broken.hops = {{broken.path, QStringLiteral("/opt/go-old/bin/go"), QStringLiteral("/opt/go-old/bin/go")}};
        broken.status = QStringLiteral("dangling");
        broken.source = QStringLiteral("other");
        PathStory::Go runs;
        runs.path = QStringLiteral("/usr/local/bin/go");
        runs.hops = {{runs.path, QStringLiteral("../go/bin/go"), QStringLiteral("/usr/local/go/bin/go")}};
        runs.target = QStringLiteral("/usr/local/go/bin/go");
        runs.status = QStringLiteral("ok");
        runs.version = QStringLiteral("go1.22.2");
        runs.source = QStringLiteral("tarball");
        runs.active = true;
        PathStory::Go apt;
        apt.path = QStringLiteral("/usr/bin/go");
        apt.hops = {{apt.path, QStringLiteral("/etc/alternatives/go"), QStringLiteral("/etc/alternatives/go")},
                    {QStringLiteral("/etc/alternatives/go"), QStringLiteral("/usr/lib/go-1.22/bin/go"),
                     QStringLiteral("/usr/lib/go-1.22/bin/go")}};
        apt.target = QStringLiteral("/usr/lib/go-1.22/bin/go");
        apt.status = QStringLiteral("ok");
        apt.version = QStringLiteral("go1.22.2");
        apt.source = QStringLiteral("apt");
        apt.sourceDetail = QStringLiteral("golang-1.22-go");
        apt.shadowedBy = runs.path;
        PathStory::Go same;
        same.path = QStringLiteral("/usr/local/go/bin/go");
        same.target = same.path;
        same.status = QStringLiteral("ok");
        same.version = QStringLiteral("go1.22.2");
        same.source = QStringLiteral("tarball");
        same.shadowedBy = runs.path;
        same.sameAsActive = true;
        story.gos = {broken, runs, apt, same};
        story.active = 1;

        PathStory::Environment self;
        self.name = QStringLiteral("This program");
        self.known = true;
        for (const PathStory::Entry &e : story.entries)
            self.path << e.folder;
        self.goVariables = {{QStringLiteral("GOPATH"), QStringLiteral("/home/ana/go")}};
        PathStory::Environment login;
        login.name = QStringLiteral("A new login shell");
        login.why = QStringLiteral("it did not answer in time");
        PathStory::Environment desktop;
        desktop.name = QStringLiteral("The desktop session (IDEs started from the menu)");
        desktop.known = true;
        desktop.path = {QStringLiteral("/usr/local/bin"), QStringLiteral("/usr/bin"), QStringLiteral("/bin")};
        desktop.goVariables = {{QStringLiteral("GOPATH"), QStringLiteral("/home/ana/go")},
                               {QStringLiteral("GOROOT"), QStringLiteral("/usr/lib/go-1.22")}};
        story.environments = {self, login, desktop};

        PathDiagram diagram;
        diagram.setStory(story);
        QCOMPARE(diagram.currentGo(), 1);
        QCOMPARE(PathDiagram::shortFate(story.gos.at(0)), QStringLiteral("broken link"));
        QCOMPARE(PathDiagram::shortFate(story.gos.at(1)), QStringLiteral("runs"));
        QCOMPARE(PathDiagram::shortFate(story.gos.at(2)), QStringLiteral("shadowed"));
        QCOMPARE(PathDiagram::shortFate(story.gos.at(3)), QStringLiteral("same program"));
        QCOMPARE(PathDiagram::sourceText(story.gos.at(2)), QStringLiteral("apt package golang-1.22-go"));
        for (int g = 0; g < story.gos.size(); ++g)
            QVERIFY(diagram.goRect(g).isValid());
        QVERIFY(diagram.goRect(0).bottom() < diagram.goRect(1).top());

        QTemporaryDir dir;
        QString error;
        QVERIFY2(diagram.saveImage(dir.filePath(QStringLiteral("all.png")), &error), qPrintable(error));
        QVERIFY(!QImage(dir.filePath(QStringLiteral("all.png"))).isNull());
        QVERIFY2(diagram.saveImage(dir.filePath(QStringLiteral("all.svg")), &error), qPrintable(error));
        if (!qEnvironmentVariableIsEmpty("GED_KEEP_DIAGRAM")) {
            // For looking at it: GED_KEEP_DIAGRAM=/tmp/diagram writes diagram.png and diagram.svg.
            const QString keep = qEnvironmentVariable("GED_KEEP_DIAGRAM");
            QVERIFY(diagram.saveImage(keep + QStringLiteral(".png"), &error));
            QVERIFY(diagram.saveImage(keep + QStringLiteral(".svg"), &error));
        }

        // The environments view on the wizard's page, with this story in the report.
        DoctorWizard wizard;
        Report report;
        report.path = story;
        wizard.findings()->setReport(report);
        wizard.setStartId(DoctorWizard::PathLinksPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *page = qobject_cast<PathLinksPage *>(wizard.currentPage());
        QVERIFY(page);
        QTreeWidget *envs = page->environmentsView();
        QCOMPARE(envs->columnCount(), 4);
        QTreeWidgetItem *runsRow = envs->topLevelItem(0);
        QCOMPARE(runsRow->text(1), QStringLiteral("/usr/local/bin/go"));
        QCOMPARE(runsRow->text(2), QStringLiteral("unknown: it did not answer in time"));
        QCOMPARE(runsRow->text(3), QStringLiteral("/usr/local/bin/go"));
        QVERIFY(!runsRow->data(0, PathLinksPage::DiffersRole).toBool());
        QTreeWidgetItem *path = envs->topLevelItem(1);
        QVERIFY(path->data(0, PathLinksPage::DiffersRole).toBool());
        QVERIFY(path->text(0).startsWith(QStringLiteral("≠")));
        QTreeWidgetItem *goBin = path->child(0);
        QCOMPARE(goBin->text(0), QStringLiteral("≠ /home/ana/go/bin"));
        QCOMPARE(goBin->text(1), QStringLiteral("#1"));
        QCOMPARE(goBin->text(2), QStringLiteral("?"));
        QCOMPARE(goBin->text(3), QStringLiteral("not on PATH"));
        QVERIFY(goBin->font(3).bold());
        QTreeWidgetItem *vars = envs->topLevelItem(2);
        QVERIFY(vars->text(0).startsWith(QStringLiteral("≠")));
        QCOMPARE(vars->childCount(), 2);
        QCOMPARE(vars->child(1)->text(0), QStringLiteral("≠ GOROOT"));
        QCOMPARE(vars->child(1)->text(1), QStringLiteral("(not set)"));
        QCOMPARE(vars->child(0)->text(0), QStringLiteral("GOPATH"));

        // The entries view shows where a folder came from.
        QTreeWidgetItem *first = page->entriesView()->topLevelItem(0);
        QVERIFY(first->text(4).contains(QStringLiteral("/home/ana/.bashrc:12")));
        QVERIFY(first->text(4).contains(QStringLiteral("export PATH=")));
        QCOMPARE(page->entriesView()->topLevelItem(3)->text(3), QStringLiteral("missing"));
    }

    void retranslatesAndFollowsTheDarkPalette()
    {
        DoctorWizard wizard;
        wizard.setTranslationFolders({QStringLiteral(GED_QM_DIR)});
        wizard.setLanguage(QStringLiteral("en"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        PathLinksPage *page = openPathLinks(wizard, fixture("ubuntu2204-apt-shadows-tarball"));
        QVERIFY(page);
        wizard.setLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY(wizard.language() == QStringLiteral("zh_CN"));
        // The page is rebuilt on LanguageChange: the PATH list keeps its order and its winner.
        QTRY_VERIFY(page->entriesView()->topLevelItemCount() == 10);
        QCOMPARE(page->entriesView()->currentItem()->data(0, PathLinksPage::FolderRole).toString(),
                 QStringLiteral("/usr/bin"));
        wizard.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(page->title(), QStringLiteral("PATH & links"));

        // A dark desktop: the whole page follows the palette, the diagram included.
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::AlternateBase, QColor(60, 60, 60));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Window, QColor(45, 45, 45));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Button, QColor(55, 55, 55));
        dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
        dark.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
        dark.setColor(QPalette::PlaceholderText, QColor(160, 160, 160));
        const QPalette saved = QApplication::palette();
        QApplication::setPalette(dark);
        wizard.resize(1280, 800);
        QCoreApplication::processEvents();
        const QImage shot = page->diagram()->grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(qGray(shot.pixel(shot.width() - 3, shot.height() - 3)) < 80);
        QString error;
        QTemporaryDir dir;
        QVERIFY2(page->diagram()->saveImage(dir.filePath(QStringLiteral("dark.png")), &error), qPrintable(error));
        const QImage saved2(dir.filePath(QStringLiteral("dark.png")));
        QVERIFY(qGray(saved2.pixel(2, 2)) < 80);           // the export keeps the palette's background
        if (!qEnvironmentVariableIsEmpty("GED_KEEP_PAGE")) // for looking at it
            wizard.grab().save(qEnvironmentVariable("GED_KEEP_PAGE"));
        QApplication::setPalette(saved);
    }
};

QTEST_MAIN(TestPathLinks)
#include "tst_pathlinks.moc"
