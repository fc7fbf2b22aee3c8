#pragma once

#include "report/PathStory.h"

#include <QWidget>

#include <memory>

// The PATH & links diagram: one row per `go` found on PATH, in PATH order. Each row draws the go
// the shell finds, every link hop as written and where the chain ends, as boxes joined by arrows,
// with badges for the install source, the version and its fate (runs, shadowed, the same program
// again, broken link, loop). After them, one row per Go installation not reached through PATH
// (every go found): "not on PATH", its source and version, its folder and how to remove it. Everything is said in words
// as well as colours, and the colours come from the palette so it reads on light and dark desktops. The same painting
// serves the screen, PNG and SVG (the report reuses saveImage()).
class PathDiagram final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathDiagram)
public:
    explicit PathDiagram(QWidget *parent = nullptr);
    ~PathDiagram() override;

    void setStory(const PathStory &story);
    const PathStory &story() const { return m_story; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Paints the whole diagram at (0, 0) in sizeHint(), background included.
    void render(QPainter *p) const;
    // Writes the diagram as PNG or SVG, chosen by the file's extension (.png, .svg). On failure
    // returns false and says why in `error`.
    bool saveImage(const QString &file, QString *error) const;

    // The row the keyboard is on (an index into story().gos), -1 when there is none.
    int currentGo() const { return m_current; }
    void setCurrentGo(int go);
    // Where a go's row is, in widget coordinates (for scrolling to it).
    QRect goRect(int go) const;

    // Words shared with the PATH entries view: an install source ("apt package golang-1.22-go"),
    // a go's fate ("runs when you type go", "shadowed by /usr/bin/go", ...).
    static QString sourceText(const PathStory::Go &go);
    static QString sourceText(const QString &source, const QString &sourceDetail);
    static QString fateText(const PathStory::Go &go);
    // The source in a word for lists ("apt", "snap", "tarball"); empty when unknown.
    static QString shortSource(const PathStory::Go &go);
    // One or two words for lists: "runs", "shadowed", "loop", ...
    static QString shortFate(const PathStory::Go &go);
    // A badge that reads without colour: a tick for the one that runs, a cross for one that
    // cannot run, a triangle for a shadowed one.
    static QIcon fateIcon(const PathStory::Go &go);

    // The diagram's rows in words, top to bottom: for a go on PATH its path, for an installation
    // off PATH its root; with the badges after " · " (what the picture says, for tests and tools).
    QStringList rowTexts() const;

signals:
    void currentGoChanged(int go);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Layout;
    const Layout &layout() const;
    void paint(QPainter *p, int width) const;
    void invalidate();

    PathStory m_story;
    int m_current = -1;
    mutable std::unique_ptr<Layout> m_layout;
};
