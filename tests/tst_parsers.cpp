// Pure parsers: text in, struct out. Data-driven, with malformed rows.
#include "probes/ElfProbe.h"
#include "probes/GoEnvParsers.h"
#include "probes/PathParser.h"

#include <QtTest>

namespace {
// A minimal ELF64 header: enough for libelf to read e_machine.
QByteArray elfHeader(quint16 machine, int size = 64)
{
    QByteArray b(size, '\0');
    const char ident[] = {0x7f, 'E', 'L', 'F', 2 /*64-bit*/, 1 /*LSB*/, 1 /*version*/};
    memcpy(b.data(), ident, sizeof ident);
    if (size >= 64) {
        b[16] = 2;                    // ET_EXEC
        b[18] = char(machine & 0xff); // e_machine
        b[19] = char(machine >> 8);
        b[20] = 1;  // e_version
        b[52] = 64; // e_ehsize
    }
    return b;
}
} // namespace

class TestParsers : public QObject {
    Q_OBJECT
private slots:
    void pathEntries_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("kinds"); // A absolute, E empty, R relative, T tilde
        QTest::addColumn<QList<int>>("duplicateOf");
        QTest::newRow("typical") << "/usr/local/bin:/usr/bin:/bin" << QStringList{"A", "A", "A"}
                                 << QList<int>{-1, -1, -1};
        QTest::newRow("empty variable") << "" << QStringList{} << QList<int>{};
        QTest::newRow("leading colon") << ":/usr/bin" << QStringList{"E", "A"} << QList<int>{-1, -1};
        QTest::newRow("trailing colon") << "/usr/bin:" << QStringList{"A", "E"} << QList<int>{-1, -1};
        QTest::newRow("double colon") << "/a::/b" << QStringList{"A", "E", "A"} << QList<int>{-1, -1, -1};
        QTest::newRow("relative and dot") << "bin:.:/usr/bin" << QStringList{"R", "R", "A"} << QList<int>{-1, -1, -1};
        QTest::newRow("tilde") << "~/go/bin:/usr/bin:~" << QStringList{"T", "A", "T"} << QList<int>{-1, -1, -1};
        QTest::newRow("trailing slash duplicate")
            << "/usr/local/go/bin:/usr/bin:/usr/local/go/bin/" << QStringList{"A", "A", "A"} << QList<int>{-1, -1, 0};
        QTest::newRow("double slash duplicate") << "/usr/bin://usr//bin" << QStringList{"A", "A"} << QList<int>{-1, 0};
        QTest::newRow("only colons") << ":::" << QStringList{"E", "E", "E", "E"} << QList<int>{-1, 0, 0, 0};
        QTest::newRow("spaces kept") << "/opt/my tools/bin" << QStringList{"A"} << QList<int>{-1};
    }
    void pathEntries()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, kinds);
        QFETCH(QList<int>, duplicateOf);
        const QList<PathEntry> entries = PathParser::parse(path);
        QCOMPARE(entries.size(), kinds.size());
        for (int i = 0; i < entries.size(); ++i) {
            const char *k = "A";
            switch (entries.at(i).kind) {
            case PathEntry::Kind::Empty: k = "E"; break;
            case PathEntry::Kind::Relative: k = "R"; break;
            case PathEntry::Kind::Tilde: k = "T"; break;
            case PathEntry::Kind::Absolute: k = "A"; break;
            }
            QCOMPARE(QString::fromLatin1(k), kinds.at(i));
            QCOMPARE(entries.at(i).duplicateOf, duplicateOf.at(i));
            QCOMPARE(entries.at(i).index, i);
        }
    }

    void searchedFolderAndTilde()
    {
        const auto e = PathParser::parse(QStringLiteral("~/go/bin::bin:/usr/bin/"));
        QCOMPARE(PathParser::searchedFolder(e.at(0), "/home/a"), QStringLiteral("/home/a/~/go/bin"));
        QCOMPARE(PathParser::searchedFolder(e.at(1), "/home/a"), QStringLiteral("/home/a"));
        QCOMPARE(PathParser::searchedFolder(e.at(2), "/home/a"), QStringLiteral("/home/a/bin"));
        QCOMPARE(PathParser::searchedFolder(e.at(3), "/home/a"), QStringLiteral("/usr/bin"));
        QCOMPARE(PathParser::expandTilde("~/go/bin", "/home/a"), QStringLiteral("/home/a/go/bin"));
        QCOMPARE(PathParser::expandTilde("~", "/home/a"), QStringLiteral("/home/a"));
        QCOMPARE(PathParser::expandTilde("~bob/bin", "/home/a"), QStringLiteral("~bob/bin"));
    }

    void goEnvJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("goroot");
        QTest::newRow("real 1.19") << QByteArray("{\n\t\"GOARCH\": \"amd64\",\n\t\"GOROOT\": \"/usr/lib/go-1.19\"\n}\n")
                                   << true << "/usr/lib/go-1.19";
        QTest::newRow("no trailing newline")
            << QByteArray("{\"GOROOT\": \"/usr/local/go\"}") << true << "/usr/local/go";
        QTest::newRow("empty") << QByteArray() << false << QString();
        QTest::newRow("whitespace") << QByteArray(" \n\t") << false << QString();
        QTest::newRow("truncated") << QByteArray("{\n\t\"GOARCH\": \"amd64\",\n\t\"GORO") << false << QString();
        QTest::newRow("garbage") << QByteArray("go: cannot find GOROOT directory: /nope\n") << false << QString();
        QTest::newRow("array") << QByteArray("[\"GOROOT\"]") << false << QString();
        QTest::newRow("non-string value ignored")
            << QByteArray("{\"GOROOT\": 5, \"GOOS\": \"linux\"}") << true << QString();
        QTest::newRow("binary junk") << QByteArray("\x00\xff{\x01", 4) << false << QString();
    }
    void goEnvJson()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(QString, goroot);
        const GoEnvJson env = GoEnvParsers::parseJson(text);
        QCOMPARE(env.ok, ok);
        QCOMPARE(env.vars.value(QStringLiteral("GOROOT")), goroot);
        if (!ok)
            QVERIFY(!env.error.isEmpty());
    }

    void goEnvFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("go env -w output") << QByteArray("GO111MODULE=off\nGOPROXY=https://goproxy.cn,direct\n")
                                          << QStringList{"GO111MODULE", "GOPROXY"}
                                          << QStringList{"off", "https://goproxy.cn,direct"} << QList<int>{1, 2};
        QTest::newRow("empty") << QByteArray() << QStringList{} << QStringList{} << QList<int>{};
        QTest::newRow("no trailing newline")
            << QByteArray("GOFLAGS=-insecure") << QStringList{"GOFLAGS"} << QStringList{"-insecure"} << QList<int>{1};
        QTest::newRow("comments and blanks") << QByteArray("# comment\n\nGOSUMDB=off\n") << QStringList{"GOSUMDB"}
                                             << QStringList{"off"} << QList<int>{3};
        QTest::newRow("lower-case key skipped") << QByteArray("goproxy=off\nGOPROXY=direct\n") << QStringList{"GOPROXY"}
                                                << QStringList{"direct"} << QList<int>{2};
        QTest::newRow("no equals sign") << QByteArray("GOPROXY\n") << QStringList{} << QStringList{} << QList<int>{};
        QTest::newRow("value verbatim") << QByteArray("GOPRIVATE= \"x\" \n") << QStringList{"GOPRIVATE"}
                                        << QStringList{" \"x\" "} << QList<int>{1};
        QTest::newRow("empty value") << QByteArray("GOTOOLCHAIN=\n") << QStringList{"GOTOOLCHAIN"} << QStringList{""}
                                     << QList<int>{1};
        QTest::newRow("truncated mid-key") << QByteArray("GO111MODULE=off\nGOPRO") << QStringList{"GO111MODULE"}
                                           << QStringList{"off"} << QList<int>{1};
    }
    void goEnvFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, keys);
        QFETCH(QStringList, values);
        QFETCH(QList<int>, lines);
        const QList<GoEnvSetting> s = GoEnvParsers::parseEnvFile(text);
        QCOMPARE(s.size(), keys.size());
        for (int i = 0; i < s.size(); ++i) {
            QCOMPARE(s.at(i).key, keys.at(i));
            QCOMPARE(s.at(i).value, values.at(i));
            QCOMPARE(s.at(i).line, lines.at(i));
        }
    }

    void goEnvFileLastWins()
    {
        GoEnvFile f;
        f.settings = GoEnvParsers::parseEnvFile("GOPROXY=off\nGOPROXY=direct\n");
        QCOMPARE(f.find(QStringLiteral("GOPROXY"))->value, QStringLiteral("direct"));
        QCOMPARE(f.find(QStringLiteral("GOPROXY"))->line, 2);
        QVERIFY(!f.find(QStringLiteral("GOSUMDB")));
    }

    void osRelease_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("name");
        QTest::newRow("debian") << QByteArray(
                                       "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\n")
                                << "Debian GNU/Linux 12 (bookworm)";
        QTest::newRow("single quotes") << QByteArray("PRETTY_NAME='Ubuntu 24.04.1 LTS'") << "Ubuntu 24.04.1 LTS";
        QTest::newRow("unquoted") << QByteArray("ID=alpine\nPRETTY_NAME=Alpine") << "Alpine";
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("lone quote") << QByteArray("PRETTY_NAME=\"") << "\"";
    }
    void osRelease()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, name);
        QCOMPARE(GoEnvParsers::parseOsReleasePrettyName(text), name);
    }

    void elf_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("parsed");
        QTest::addColumn<QString>("goarch");
        QTest::newRow("x86-64") << elfHeader(62) << true << "amd64";
        QTest::newRow("aarch64") << elfHeader(183) << true << "arm64";
        QTest::newRow("riscv") << elfHeader(243) << true << "riscv64";
        QTest::newRow("unknown machine") << elfHeader(9999) << true << QString();
        QTest::newRow("script") << QByteArray("#!/bin/sh\nexec /usr/lib/go/bin/go \"$@\"\n") << false << QString();
        QTest::newRow("empty") << QByteArray() << false << QString();
        QTest::newRow("magic only") << QByteArray("\x7f"
                                                  "ELF")
                                    << false << QString();
        QTest::newRow("truncated header") << elfHeader(62, 20) << false << QString();
    }
    void elf()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, parsed);
        QFETCH(QString, goarch);
        const ElfInfo info = ElfProbe::parseHeader(bytes);
        QCOMPARE(info.parsed, parsed);
        QCOMPARE(info.goarch, goarch);
        if (!parsed)
            QVERIFY(!info.error.isEmpty());
    }

    void realGoBinaryIsElf()
    {
        // This machine's own `go` (Debian's golang-go in CI) is a real ELF for this host.
        const QString go = QStandardPaths::findExecutable(QStringLiteral("go"));
        if (go.isEmpty())
            QSKIP("no go on PATH");
        QFile f(QFileInfo(go).canonicalFilePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ElfInfo info = ElfProbe::parseHeader(f.read(4096));
        QVERIFY(info.parsed);
        QCOMPARE(info.goarch, ElfProbe::goarchForMachine(QSysInfo::currentCpuArchitecture() == QLatin1String("x86_64")
                                                             ? QStringLiteral("x86_64")
                                                             : QSysInfo::currentCpuArchitecture()));
    }

    void goarchForMachine_data()
    {
        QTest::addColumn<QString>("machine");
        QTest::addColumn<QString>("goarch");
        QTest::newRow("x86_64") << "x86_64"
                                << "amd64";
        QTest::newRow("aarch64") << "aarch64"
                                 << "arm64";
        QTest::newRow("armv7l") << "armv7l"
                                << "arm";
        QTest::newRow("i686") << "i686"
                              << "386";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("garbage") << "pdp11"
                                 << "";
    }
    void goarchForMachine()
    {
        QFETCH(QString, machine);
        QFETCH(QString, goarch);
        QCOMPARE(ElfProbe::goarchForMachine(machine), goarch);
    }
};

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
