#pragma once

#include <QTextBrowser>

class FindingsModel;
struct CheckResult;

// The details pane: a result's explanation, its evidence (files and lines clickable, link hops,
// command output) and the fix, with "caused by" and "explains" links to other results. Colours
// come from the palette, so it reads in light and dark desktops.
class ResultDetails final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultDetails)
public:
    ResultDetails(const FindingsModel *model, QWidget *parent = nullptr);

    void showResult(const CheckResult *result);
    void showArea(const QString &title, const QList<const CheckResult *> &results);
    // The HTML for a result: exposed for tests.
    QString html(const CheckResult &result) const;

signals:
    // A "caused by"/"explains" link was followed.
    void checkRequested(const QString &checkId);
    // A file of the evidence was clicked.
    void fileRequested(const QString &path, int line);

protected:
    // The severity badges are drawn, not files: served here for <img src="severity:...">.
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void follow(const QUrl &url);
    QString styleSheet() const;

    const FindingsModel *m_model;
    const CheckResult *m_current = nullptr;
};
