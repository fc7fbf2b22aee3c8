// The build monitor's command line is split as a shell quotes words, without expanding anything.
#include "monitor/CommandWords.h"

#include <QtTest>

class TestCommandWords : public QObject {
    Q_OBJECT
private slots:
    void splits_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << "go build ./..." << QStringList{"go", "build", "./..."};
        QTest::newRow("blanks") << "  go\t build   -v  " << QStringList{"go", "build", "-v"};
        QTest::newRow("single quotes") << "sh -c 'echo broken >&2; exit 3'"
                                       << QStringList{"sh", "-c", "echo broken >&2; exit 3"};
        QTest::newRow("double quotes") << "go build -ldflags \"-s -w\" ./cmd/x"
                                       << QStringList{"go", "build", "-ldflags", "-s -w", "./cmd/x"};
        QTest::newRow("escapes in double")
            << "echo \"a \\\"b\\\" \\$HOME \\\\ \\n\"" << QStringList{"echo", "a \"b\" $HOME \\ \\n"};
        QTest::newRow("backslash outside") << "echo a\\ b \\'c" << QStringList{"echo", "a b", "'c"};
        QTest::newRow("adjacent quotes") << "go test -run 'Test'\"One\"two"
                                         << QStringList{"go", "test", "-run", "TestOnetwo"};
        QTest::newRow("empty words") << "printf '' \"\"" << QStringList{"printf", "", ""};
        QTest::newRow("nothing expanded") << "echo $HOME ~ * |" << QStringList{"echo", "$HOME", "~", "*", "|"};
        QTest::newRow("empty line") << "   " << QStringList{};
        QTest::newRow("chinese") << "echo '构建 目录'" << QStringList{"echo", "构建 目录"};
    }
    void splits()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        QString error;
        QCOMPARE(CommandWords::split(line, &error), words);
        QVERIFY(error.isEmpty());
    }

    void rejectsBrokenQuoting_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("open single") << "sh -c 'exit 3";
        QTest::newRow("open double") << "echo \"abc";
        QTest::newRow("trailing backslash") << "echo abc\\";
    }
    void rejectsBrokenQuoting()
    {
        QFETCH(QString, line);
        QString error;
        QVERIFY(CommandWords::split(line, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestCommandWords)
#include "tst_commandwords.moc"
