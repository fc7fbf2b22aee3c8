#pragma once

#include "remedy/FixScript.h"
#include "report/Report.h"

#include <QWizardPage>

class BashHighlighter;
class DoctorWizard;
class FixChecklistModel;
class QComboBox;
class QGroupBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class ScanDiffView;

// "Fix": the fixes the findings ask for as a checklist, the script they make (previewed live,
// highlighted), saving and copying it, opening the desktop's terminal on the saved script, and
// after the user ran it, "Scan again" with what changed. The application itself changes nothing
// and asks for no password: it writes the file the user chose, and the script asks for sudo.
class FixPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixPage)
public:
    explicit FixPage(DoctorWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;

    // Writes the previewed script to `path` with mode 0755, as "Save script…" does after its
    // dialog; false with the reason (also shown on the page).
    bool saveTo(const QString &path, QString *error = nullptr);
    // The script as previewed (and as saved and copied).
    QString script() const { return m_script; }
    QString savedPath() const { return m_savedPath; }
    bool isRescanning() const { return m_rescanning; }

    // For tests and the screenshots.
    FixChecklistModel *checklist() const { return m_model; }
    QListView *fixList() const { return m_list; }
    QPlainTextEdit *preview() const { return m_preview; }
    BashHighlighter *highlighter() const { return m_highlighter; }
    ScanDiffView *diffView() const { return m_diff; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setBaseline(const Report &report);
    void replan();
    void regenerate();
    void updateControls();
    void updateNote();
    void updateEmptyState();
    void updateListLabel();
    QString downloadBase();
    void downloadSiteChosen();
    void chooseFile();
    void copyScript();
    void openInTerminal();
    void scanAgain();
    void scanFinished(const Report &report);
    bool forSnapshot() const;

    DoctorWizard *m_wizard;
    FixChecklistModel *m_model;
    QLabel *m_noteIcon;
    QLabel *m_note;
    QStackedWidget *m_stack;
    QLabel *m_emptyIcon;
    QLabel *m_empty;
    QLabel *m_listLabel;
    QListView *m_list;
    QLabel *m_baseLabel;
    QComboBox *m_base;
    QLabel *m_previewLabel;
    QPlainTextEdit *m_preview;
    BashHighlighter *m_highlighter;
    QPushButton *m_save;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_scanAgain;
    QLabel *m_status;
    QGroupBox *m_diffBox;
    ScanDiffView *m_diff;

    Report m_baseline; // the scan the checklist and the script are made from
    bool m_haveBaseline = false;
    FixScript::Target m_target;
    QString m_script;
    QString m_savedPath;
    QString m_savedScript;     // what was written there, to tell when the preview moved on
    bool m_baseChosen = false; // the user picked a download site: the language no longer decides
    bool m_rescanning = false;
};
