#pragma once

#include <QWizardPage>

class DoctorWizard;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// What to examine (this computer or a snapshot folder), in which language, and the promise that
// nothing is changed.
class WelcomePage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(DoctorWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;
    // Preselects a snapshot folder (from --snapshot).
    void setSnapshotFolder(const QString &folder);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();

    DoctorWizard *m_wizard;
    QLabel *m_intro;
    QRadioButton *m_thisComputer;
    QRadioButton *m_snapshot;
    QLineEdit *m_snapshotPath;
    QPushButton *m_browse;
    QLabel *m_readsNote;
    QLabel *m_promise;
    QLabel *m_introDetail;
    QLabel *m_error;
    QGroupBox *m_sourceBox = nullptr;
    QGroupBox *m_readsBox = nullptr;
    QLabel *m_languageLabel;
    QComboBox *m_language;
};
