#pragma once

#include "report/PathStory.h"

#include <QWizardPage>

class DoctorWizard;
class PathDiagram;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

// "PATH & links": PATH in the order the shell searches it, with the start-up line that added
// each folder; every go found and how its links lead to a program (the diagram, which can be
// saved as PNG or SVG); and the environments compared: this program, a new login shell and the
// desktop session an IDE started from the menu sees. It draws Report::path.
class PathLinksPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathLinksPage)
public:
    // Data on the entries view's items (column 0).
    enum Role {
        FolderRole = Qt::UserRole + 1, // QString: the folder as written in PATH
        GoRole,                        // int: index into PathStory::gos, -1 when none
    };
    // Data on the environments view's items (column 0).
    enum EnvironmentRole {
        DiffersRole = Qt::UserRole + 10, // bool: the environments do not agree on this row
    };

    explicit PathLinksPage(DoctorWizard *wizard);

    void initializePage() override;

    QTreeWidget *entriesView() const { return m_entries; }
    PathDiagram *diagram() const { return m_diagram; }
    QTreeWidget *environmentsView() const { return m_environments; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void populate();
    void shareSpace();
    void fillEntries();
    void fillEnvironments();
    void fitEntryColumns();
    void fitEnvironmentColumns();
    void entryChanged();
    void showGo(int go);
    void openOrigin(QTreeWidgetItem *item);
    void saveDiagram();

    DoctorWizard *m_wizard;
    PathStory m_story;
    QLabel *m_entriesLabel;
    QTreeWidget *m_entries;
    QLabel *m_environmentsLabel;
    QTreeWidget *m_environments;
    QLabel *m_legend;
    QLabel *m_diagramLabel;
    QLabel *m_diagramHint;
    QScrollArea *m_scroll;
    PathDiagram *m_diagram;
    QPushButton *m_save;
    QLabel *m_saved;
    QSplitter *m_rows;
    QSplitter *m_columns;
    bool m_splittersMoved = false;
};
