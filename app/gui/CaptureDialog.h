#pragma once

#include "capture/SnapshotCapture.h"
#include "checks/CheckRegistry.h"
#include "engine/ScanEngine.h"

#include <QDialog>

#include <functional>
#include <memory>

class CaptureEntriesModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QThread;
class QTreeView;
class QTreeWidget;
class QWidget;

// "Capture this computer…" (issue 7): a full scan of this machine through a RecordingSystem, in a
// worker thread with its steps shown and a Cancel; then everything the snapshot will hold — the
// files (their stored, redacted contents one click away), the commands and their output, the
// environment, what is never captured — shown BEFORE anything is saved. "Save snapshot…" writes
// the .tar.gz off the GUI thread; the saved file can then be opened in the wizard.
class CaptureDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureDialog)
public:
    enum class State { Idle, Scanning, Planning, Review, Saving };

    explicit CaptureDialog(QWidget *parent = nullptr);
    ~CaptureDialog() override;

    // Starts the recording scan. The machine (HOME, PATH, ...) is read now, not at construction.
    void start(const QList<Check> &checks = CheckRegistry::all());
    State state() const { return m_state; }
    // What the snapshot will hold, once the list is shown (nullptr before).
    const CapturePlan *plan() const { return m_plan.get(); }
    CaptureEntriesModel *entriesModel() const { return m_entries; }

    // Selects `path` in the file list (clearing the filter if it hides it) and shows its stored
    // contents; false when the snapshot does not hold it.
    bool selectPath(const QString &path);
    // The text shown for the selected file: its stored contents (or what stands for them).
    QString shownContent() const;

    // Writes the snapshot to `file` off the GUI thread; what "Save snapshot…" does once a name is
    // chosen (tests call it directly). ".tar.gz" is added to a name without it. False when there
    // is nothing to save yet or a save is under way; the outcome is signalled.
    bool saveTo(const QString &file);
    QString savedFile() const { return m_savedFile; }

    // "go-env-doctor-snapshot-HOST-YYYYMMDD-HHMM.tar.gz", the host name made safe for a file name.
    static QString defaultFileName(const QString &hostname, const QDateTime &when);
    // `file`, ending in .tar.gz or .tgz (".tar.gz" appended, or ".gz" after ".tar").
    static QString withArchiveExtension(const QString &file);

public slots:
    // Cancel or Close: a running scan is stopped first, and the dialog closes when it has.
    void reject() override;

signals:
    void reviewShown();
    void saved(const QString &file);
    void saveFailed(const QString &error);
    // "Open it in the wizard" on a saved snapshot.
    void openInWizard(const QString &file);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QWidget *buildProgressPage();
    QWidget *buildReviewPage();
    void setState(State state);
    // Runs `work` in a thread of its own, then `done` in the GUI thread (not after the dialog is gone).
    void runInWorker(std::function<void()> work, std::function<void()> done);

    void onProbing(const QString &step);
    void onCheckStarted(const QString &id, int index, int total);
    void onScanFinished(const Report &report);
    void showPlan(std::shared_ptr<const CapturePlan> plan);
    void updatePlanTexts();
    void updateFilterCount();
    void showEntry(const QModelIndex &proxyIndex);
    void showCommand();
    void chooseFileAndSave();
    void onSaved(const QString &file, bool ok, const QString &error);
    void keepSelectionVisible();
    QString suggestedPath() const;

    State m_state = State::Idle;
    bool m_closeWhenIdle = false; // Cancel while a worker runs: close once it is done
    ScanRunner m_runner;
    std::shared_ptr<RecordingSystem> m_system;
    std::shared_ptr<const CapturePlan> m_plan;
    std::unique_ptr<QThread> m_worker;
    QString m_step; // the probe step under way, for a language switch
    QString m_savedFile;

    QStackedWidget *m_pages;
    // The scan
    QLabel *m_scanTitle;
    QLabel *m_scanIntro;
    QLabel *m_status;
    QProgressBar *m_progress;
    // The review
    QLabel *m_reviewIntro;
    QTabWidget *m_tabs;
    QWidget *m_filesTab;
    QWidget *m_commandsTab;
    QWidget *m_envTab;
    QLineEdit *m_filter;
    QLabel *m_filterCount;
    CaptureEntriesModel *m_entries;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_files;
    QLabel *m_contentHeader;
    QPlainTextEdit *m_content;
    QTreeWidget *m_commands;
    QPlainTextEdit *m_commandOutput;
    QLabel *m_envNote;
    QTreeWidget *m_env;
    QLabel *m_withheld;
    QLabel *m_totals;
    QWidget *m_savedRow;
    QLabel *m_savedLabel;
    QPushButton *m_openInWizard;
    QPushButton *m_showInFolder;
    // The buttons
    QPushButton *m_save;
    QPushButton *m_close;
};
