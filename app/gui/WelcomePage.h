#pragma once

#include <QWizardPage>

class DoctorWizard;
class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QRadioButton;

// What to examine (this computer, or a snapshot: a folder or a .tar.gz), in which language, and the promise that
// nothing is changed.
class WelcomePage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(DoctorWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;
    // Preselects a snapshot, a folder or a .tar.gz (from --snapshot).
    void setSnapshotFolder(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString browseStart() const;
    void browseFolder();
    void browseArchive();
    // "Capture this computer…": the capture dialog; a snapshot saved there can be opened here.
    void openCapture();

    DoctorWizard *m_wizard;
    QLabel *m_intro;
    QRadioButton *m_thisComputer;
    QRadioButton *m_snapshot;
    QLineEdit *m_snapshotPath;
    QPushButton *m_browse;
    QMenu *m_browseMenu;
    QAction *m_browseFolder = nullptr;
    QAction *m_browseArchive = nullptr;
    QLabel *m_readsNote;
    QLabel *m_promise;
    QLabel *m_introDetail;
    QLabel *m_error;
    QGroupBox *m_sourceBox = nullptr;
    QGroupBox *m_readsBox = nullptr;
    QLabel *m_captureNote;
    QPushButton *m_capture;
    QLabel *m_languageLabel;
    QComboBox *m_language;
};
