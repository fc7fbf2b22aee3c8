// GoVersion parsing and ordering, the release table's JSON reader, the support verdict, and the
// built-in table's own consistency (resources/go-releases.json).
#include "model/GoVersion.h"
#include "model/ReleaseTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>
#include <QtTest>

#include <memory>
#include <vector>

namespace {

GoVersion v(const char *text)
{
    const auto parsed = GoVersion::parse(QString::fromLatin1(text));
    if (!parsed)
        qFatal("test data: %s is not a Go version", text);
    return *parsed;
}

// A small, valid table to start malformed variants from.
QJsonObject minimalTable()
{
    QJsonArray releases;
    releases.append(
        QJsonObject{{"version", "go1.21.0"}, {"date", "2023-08-08"}, {"stable", true}, {"files", QJsonArray()}});
    releases.append(
        QJsonObject{{"version", "go1.20"}, {"date", "2023-02-01"}, {"stable", true}, {"files", QJsonArray()}});
    releases.append(
        QJsonObject{{"version", "go1.20.1"}, {"date", "2023-02-14"}, {"stable", true}, {"files", QJsonArray()}});
    return QJsonObject{{"format", "go-env-doctor-releases/1"},
                       {"generated", "2023-08-08"},
                       {"sources", QJsonArray{"test"}},
                       {"releases", releases}};
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// minimalTable() with releases[0] replaced by `row`.
QByteArray withFirstRow(const QJsonObject &row)
{
    QJsonObject t = minimalTable();
    QJsonArray releases = t.value("releases").toArray();
    releases[0] = row;
    t["releases"] = releases;
    return toJson(t);
}

QByteArray builtinJson()
{
    QFile f(QStringLiteral(":/data/go-releases.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestReleases : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void compare_data();
    void compare();
    void name_data();
    void name();

    void fromJsonMalformed_data();
    void fromJsonMalformed();
    void fromJsonValid();
    void fromJsonTruncationsNeverCrash();

    void judge_data();
    void judge();
    void judgeEmptyTable();
    void staleness_data();
    void staleness();

    void builtinLoads();
    void builtinIsConsistent();
    void builtinNamesAreGoNames();
    void builtinMajorDatesMatchPolicyFacts();
    void builtinFind();
    void builtinIsThreadSafe();
};

void TestReleases::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<int>("patch");
    QTest::addColumn<QString>("prerelease");

    QTest::newRow("full") << "go1.22.3" << true << 1 << 22 << 3 << "";
    QTest::newRow("no go prefix") << "1.22.3" << true << 1 << 22 << 3 << "";
    QTest::newRow("line only") << "go1.22" << true << 1 << 22 << 0 << "";
    QTest::newRow("line only, no prefix") << "1.22" << true << 1 << 22 << 0 << "";
    QTest::newRow("old major name") << "go1.20" << true << 1 << 20 << 0 << "";
    QTest::newRow("old major with .0") << "go1.20.0" << true << 1 << 20 << 0 << "";
    QTest::newRow("go1") << "go1" << true << 1 << 0 << 0 << "";
    QTest::newRow("go1.0.3") << "go1.0.3" << true << 1 << 0 << 3 << "";
    QTest::newRow("two-digit patch") << "go1.22.12" << true << 1 << 22 << 12 << "";
    QTest::newRow("rc") << "go1.23rc1" << true << 1 << 23 << 0 << "rc1";
    QTest::newRow("beta") << "go1.21beta2" << true << 1 << 21 << 0 << "beta2";
    QTest::newRow("spaces") << "  go1.22.3 \t" << true << 1 << 22 << 3 << "";
    QTest::newRow("go version output") << "go version go1.19.8 linux/amd64" << true << 1 << 19 << 8 << "";
    QTest::newRow("go version with experiment")
        << "go version go1.22.3 X:boringcrypto linux/amd64" << true << 1 << 22 << 3 << "";
    QTest::newRow("VERSION file") << "go1.26.9\ntime 2026-10-02T20:27:40Z" << true << 1 << 26 << 9 << "";
    QTest::newRow("VERSION file, CRLF") << "go1.26.9\r\ntime 2026-10-02T20:27:40Z\r\n" << true << 1 << 26 << 9 << "";
    QTest::newRow("no newline at end") << "go1.26.9" << true << 1 << 26 << 9 << "";
    QTest::newRow("devel") << "devel go1.23-abcdef Tue Mar 5 10:00:00 2024 +0000" << true << 1 << 23 << 0 << "devel";
    QTest::newRow("go version devel") << "go version devel go1.23-abcdef Tue Mar 5 10:00:00 2024 +0000 linux/amd64"
                                      << true << 1 << 23 << 0 << "devel";
    QTest::newRow("vendor suffix") << "go1.22.4-1" << true << 1 << 22 << 4 << "";
    QTest::newRow("devel name") << "go1.23-devel" << true << 1 << 23 << 0 << "devel";

    QTest::newRow("empty") << "" << false << 0 << 0 << 0 << "";
    QTest::newRow("blank") << "  \n\t " << false << 0 << 0 << 0 << "";
    QTest::newRow("truncated go1.") << "go1." << false << 0 << 0 << 0 << "";
    QTest::newRow("truncated go1.22.") << "go1.22." << false << 0 << 0 << 0 << "";
    QTest::newRow("just go") << "go" << false << 0 << 0 << 0 << "";
    QTest::newRow("bare 1") << "1" << false << 0 << 0 << 0 << "";
    QTest::newRow("garbage") << "garbage" << false << 0 << 0 << 0 << "";
    QTest::newRow("binary garbage") << QString::fromLatin1("\x7f"
                                                           "ELF\x02\x01\x01",
                                                           7)
                                    << false << 0 << 0 << 0 << "";
    QTest::newRow("go0") << "go0.9" << false << 0 << 0 << 0 << "";
    QTest::newRow("four parts") << "go1.22.3.4" << false << 0 << 0 << 0 << "";
    QTest::newRow("rc without number") << "go1.23rc" << false << 0 << 0 << 0 << "";
    QTest::newRow("rc0") << "go1.23rc0" << false << 0 << 0 << 0 << "";
    QTest::newRow("rc on a patch") << "go1.22.3rc1" << false << 0 << 0 << 0 << "";
    QTest::newRow("letters") << "go1.x" << false << 0 << 0 << 0 << "";
    QTest::newRow("negative") << "go-1.22" << false << 0 << 0 << 0 << "";
    QTest::newRow("v prefix") << "v1.22.3" << false << 0 << 0 << 0 << "";
    QTest::newRow("go version alone") << "go version" << false << 0 << 0 << 0 << "";
    QTest::newRow("devel alone") << "devel" << false << 0 << 0 << 0 << "";
    QTest::newRow("devel garbage") << "devel something" << false << 0 << 0 << 0 << "";
    QTest::newRow("devel of a patch") << "devel go1.22.3-abc" << false << 0 << 0 << 0 << "";
    QTest::newRow("-devel on a patch") << "go1.22.3-devel" << false << 0 << 0 << 0 << "";
    QTest::newRow("overflow") << "go99999999999999999999.1" << false << 0 << 0 << 0 << "";
    QTest::newRow("overflow minor") << "go1.99999999999999999999" << false << 0 << 0 << 0 << "";
    QTest::newRow("embedded NUL") << QString::fromLatin1("go1.22\0x", 8) << false << 0 << 0 << 0 << "";
    QTest::newRow("version on second line only") << "\ngo1.22.3" << false << 0 << 0 << 0 << "";
}

void TestReleases::parse()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    const auto parsed = GoVersion::parse(input);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(int, patch);
    QFETCH(QString, prerelease);
    QCOMPARE(parsed->major, major);
    QCOMPARE(parsed->minor, minor);
    QCOMPARE(parsed->patch, patch);
    QCOMPARE(parsed->prerelease, prerelease);
    QCOMPARE(parsed->isStable(), prerelease.isEmpty());
    QCOMPARE(parsed->line(), QStringLiteral("%1.%2").arg(major).arg(minor));
}

void TestReleases::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected"); // sign of a.compare(b)

    QTest::newRow("rc before .0") << "go1.22rc1"
                                  << "go1.22.0" << -1;
    QTest::newRow("rc before old-style major") << "go1.20rc3"
                                               << "go1.20" << -1;
    QTest::newRow(".0 before .1") << "go1.22.0"
                                  << "go1.22.1" << -1;
    QTest::newRow("patch before next beta") << "go1.22.1"
                                            << "go1.23beta1" << -1;
    QTest::newRow("beta before rc") << "go1.23beta2"
                                    << "go1.23rc1" << -1;
    QTest::newRow("rc1 before rc2") << "go1.23rc1"
                                    << "go1.23rc2" << -1;
    QTest::newRow("devel before beta") << "devel go1.23-abc"
                                       << "go1.23beta1" << -1;
    QTest::newRow("devel after previous line") << "devel go1.23-abc"
                                               << "go1.22.12" << 1;
    QTest::newRow("numeric, not lexical") << "go1.9"
                                          << "go1.10" << -1;
    QTest::newRow("numeric patch") << "go1.22.10"
                                   << "go1.22.9" << 1;
    QTest::newRow("go1.20 is go1.20.0") << "go1.20"
                                        << "go1.20.0" << 0;
    QTest::newRow("go1 is 1.0.0") << "go1"
                                  << "1.0.0" << 0;
    QTest::newRow("go1 before go1.0.1") << "go1"
                                        << "go1.0.1" << -1;
    QTest::newRow("same") << "go1.26.9"
                          << "1.26.9" << 0;
    QTest::newRow("vendor suffix is the same release") << "go1.22.4-1"
                                                       << "go1.22.4" << 0;
}

void TestReleases::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const GoVersion va = *GoVersion::parse(a);
    const GoVersion vb = *GoVersion::parse(b);
    const auto sign = [](int x) { return (x > 0) - (x < 0); };
    QCOMPARE(sign(va.compare(vb)), expected);
    QCOMPARE(sign(vb.compare(va)), -expected);
    QCOMPARE(va < vb, expected < 0);
    QCOMPARE(va == vb, expected == 0);
    QCOMPARE(va != vb, expected != 0);
}

void TestReleases::name_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("go1") << "go1"
                         << "go1";
    QTest::newRow("1.0.0") << "1.0.0"
                           << "go1";
    QTest::newRow("go1.0.1") << "1.0.1"
                             << "go1.0.1";
    QTest::newRow("old major without .0") << "go1.20.0"
                                          << "go1.20";
    QTest::newRow("old major line") << "1.9"
                                    << "go1.9";
    QTest::newRow("old patch") << "1.20.14"
                               << "go1.20.14";
    QTest::newRow("new major keeps .0") << "go1.21"
                                        << "go1.21.0";
    QTest::newRow("new major") << "1.27.0"
                               << "go1.27.0";
    QTest::newRow("new patch") << "go1.26.11"
                               << "go1.26.11";
    QTest::newRow("rc") << "1.23rc1"
                        << "go1.23rc1";
    QTest::newRow("beta") << "go1.21beta2"
                          << "go1.21beta2";
    QTest::newRow("devel") << "devel go1.28-abc"
                           << "go1.28-devel";
    QTest::newRow("devel name read back") << "go1.28-devel"
                                          << "go1.28-devel";
    QTest::newRow("from go version") << "go version go1.19.8 linux/amd64"
                                     << "go1.19.8";
}

void TestReleases::name()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const GoVersion parsed = *GoVersion::parse(input);
    QCOMPARE(parsed.name(), expected);
    // The name reads back as the same version.
    const auto again = GoVersion::parse(parsed.name());
    QVERIFY(again.has_value());
    QCOMPARE(again->compare(parsed), 0);
    QCOMPARE(again->prerelease, parsed.prerelease);
}

void TestReleases::fromJsonMalformed_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty input") << QByteArray();
    QTest::newRow("garbage") << QByteArray("garbage");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("binary") << QByteArray("\x00\x01\xff{\"format\"", 13);

    const QByteArray good = toJson(minimalTable());
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("trailing garbage") << good + "}}";

    QJsonObject t = minimalTable();
    t["format"] = "go-env-doctor-releases/2";
    QTest::newRow("wrong format") << toJson(t);
    t = minimalTable();
    t.remove("format");
    QTest::newRow("no format") << toJson(t);
    t = minimalTable();
    t.remove("generated");
    QTest::newRow("no generated") << toJson(t);
    t = minimalTable();
    t["generated"] = "2026-13-40";
    QTest::newRow("bad generated") << toJson(t);
    t = minimalTable();
    t["generated"] = 20260101;
    QTest::newRow("generated not a string") << toJson(t);
    t = minimalTable();
    t.remove("releases");
    QTest::newRow("no releases") << toJson(t);
    t = minimalTable();
    t["releases"] = QJsonObject();
    QTest::newRow("releases not an array") << toJson(t);
    t = minimalTable();
    t["releases"] = QJsonArray{1, 2};
    QTest::newRow("row not an object") << toJson(t);

    QTest::newRow("missing version") << withFirstRow(QJsonObject{{"date", "2023-08-08"}, {"stable", true}});
    QTest::newRow("version not a string") << withFirstRow(QJsonObject{{"version", 121}, {"date", "2023-08-08"}});
    QTest::newRow("truncated version") << withFirstRow(QJsonObject{{"version", "go1."}, {"date", "2023-08-08"}});
    QTest::newRow("garbage version") << withFirstRow(QJsonObject{{"version", "latest"}, {"date", "2023-08-08"}});
    QTest::newRow("devel version") << withFirstRow(
        QJsonObject{{"version", "devel go1.22-abc"}, {"date", "2023-08-08"}});
    QTest::newRow("missing date") << withFirstRow(QJsonObject{{"version", "go1.21.0"}, {"stable", true}});
    QTest::newRow("impossible date") << withFirstRow(QJsonObject{{"version", "go1.21.0"}, {"date", "2023-02-30"}});
    QTest::newRow("unpadded date") << withFirstRow(QJsonObject{{"version", "go1.21.0"}, {"date", "2023-8-8"}});
    QTest::newRow("date with time") << withFirstRow(
        QJsonObject{{"version", "go1.21.0"}, {"date", "2023-08-08T00:00:00Z"}});
    QTest::newRow("date not a string") << withFirstRow(QJsonObject{{"version", "go1.21.0"}, {"date", 20230808}});
    QTest::newRow("stable not a bool") << withFirstRow(
        QJsonObject{{"version", "go1.21.0"}, {"date", "2023-08-08"}, {"stable", "yes"}});
    QTest::newRow("rc marked stable") << withFirstRow(
        QJsonObject{{"version", "go1.21rc2"}, {"date", "2023-06-21"}, {"stable", true}});
    QTest::newRow("duplicate (go1.20 and go1.20.0)")
        << withFirstRow(QJsonObject{{"version", "go1.20.0"}, {"date", "2023-02-01"}});
    QTest::newRow("files not an array") << withFirstRow(
        QJsonObject{{"version", "go1.21.0"}, {"date", "2023-08-08"}, {"files", "none"}});
    QTest::newRow("file not an object") << withFirstRow(
        QJsonObject{{"version", "go1.21.0"}, {"date", "2023-08-08"}, {"files", QJsonArray{"x"}}});
    QTest::newRow("file without name") << withFirstRow(QJsonObject{
        {"version", "go1.21.0"}, {"date", "2023-08-08"}, {"files", QJsonArray{QJsonObject{{"os", "linux"}}}}});
    QTest::newRow("file with bad size") << withFirstRow(
        QJsonObject{{"version", "go1.21.0"},
                    {"date", "2023-08-08"},
                    {"files", QJsonArray{QJsonObject{{"filename", "go1.21.0.src.tar.gz"}, {"size", "big"}}}}});
    QTest::newRow("file with negative size") << withFirstRow(
        QJsonObject{{"version", "go1.21.0"},
                    {"date", "2023-08-08"},
                    {"files", QJsonArray{QJsonObject{{"filename", "go1.21.0.src.tar.gz"}, {"size", -1}}}}});
}

void TestReleases::fromJsonMalformed()
{
    QFETCH(QByteArray, json);
    QString error = QStringLiteral("unchanged");
    const ReleaseTable table = ReleaseTable::fromJson(json, &error);
    QVERIFY(table.isEmpty());
    QVERIFY(table.releases().isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(error != QLatin1String("unchanged"));
    // Without an error pointer it must not crash either.
    QVERIFY(ReleaseTable::fromJson(json).isEmpty());
}

void TestReleases::fromJsonValid()
{
    QJsonObject t = minimalTable();
    QJsonArray releases = t.value("releases").toArray();
    // Unknown fields are ignored, "stable" defaults from the name, files are read.
    releases.append(QJsonObject{{"version", "go1.21rc2"}, {"date", "2023-06-21"}, {"comment", "ignored"}});
    releases.append(QJsonObject{{"version", "go1.21.1"},
                                {"date", "2023-09-06"},
                                {"files", QJsonArray{QJsonObject{{"filename", "go1.21.1.linux-amd64.tar.gz"},
                                                                 {"os", "linux"},
                                                                 {"arch", "amd64"},
                                                                 {"version", "go1.21.1"},
                                                                 {"sha256", QString(64, QLatin1Char('a'))},
                                                                 {"size", 66615271},
                                                                 {"kind", "archive"}}}}});
    t["releases"] = releases;
    t["generated"] = "2023-09-06";

    QString error = QStringLiteral("unchanged");
    const ReleaseTable table = ReleaseTable::fromJson(toJson(t), &error);
    QVERIFY2(!table.isEmpty(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(table.generated(), QDate(2023, 9, 6));

    QStringList order;
    for (const ReleaseInfo &r : table.releases())
        order << r.version.name();
    // Sorted by version although the file listed them in another order.
    QCOMPARE(order, (QStringList{"go1.20", "go1.20.1", "go1.21rc2", "go1.21.0", "go1.21.1"}));

    const auto rc = table.find(v("go1.21rc2"));
    QVERIFY(rc.has_value());
    QVERIFY(!rc->stable);
    const auto withFiles = table.find(v("go1.21.1"));
    QVERIFY(withFiles.has_value());
    QCOMPARE(withFiles->files.size(), 1);
    QCOMPARE(withFiles->files.at(0).arch, QStringLiteral("amd64"));
    QCOMPARE(withFiles->files.at(0).size, qint64(66615271));
    QCOMPARE(withFiles->files.at(0).kind, QStringLiteral("archive"));
    QVERIFY(!table.find(v("go1.22.0")).has_value());
}

void TestReleases::fromJsonTruncationsNeverCrash()
{
    // Every cut of the real file is either rejected or (cut at the very end) read whole.
    // Trimmed, so a cut that only drops the final newline is not mistaken for a truncation.
    const QByteArray json = builtinJson().trimmed();
    QVERIFY(!json.isEmpty());
    for (int len = 0; len < json.size(); len += 211) {
        QString error;
        const ReleaseTable t = ReleaseTable::fromJson(json.left(len), &error);
        QVERIFY(t.isEmpty());
        QVERIFY(!error.isEmpty());
    }
    // Flipped bytes in the middle must not crash either; whatever comes out is consistent.
    QByteArray mangled = json;
    for (int i = 100; i < mangled.size(); i += 997)
        mangled[i] = char(mangled.at(i) ^ 0x55);
    QString error;
    const ReleaseTable t = ReleaseTable::fromJson(mangled, &error);
    QVERIFY(t.isEmpty() == !error.isEmpty());
}

void TestReleases::judge_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QDate>("at");
    QTest::addColumn<bool>("known");
    QTest::addColumn<bool>("supported");
    QTest::addColumn<QString>("newestRelease");
    QTest::addColumn<QString>("newestPatch");
    QTest::addColumn<bool>("patchBehind");
    QTest::addColumn<QDate>("supersededOn");
    QTest::addColumn<QStringList>("supportedLines");

    const QStringList late2026{"1.27", "1.26"};
    QTest::newRow("1.19.8 in late 2026: long past support")
        << "go version go1.19.8 linux/amd64" << QDate(2026, 11, 20) << true << false << "go1.27.4"
        << "go1.19.13" << false << QDate(2023, 8, 8) << late2026;
    QTest::newRow("1.26.9 in late 2026: supported, behind on patches")
        << "go1.26.9\ntime 2026-10-02T20:27:40Z" << QDate(2026, 11, 20) << true << true << "go1.27.4"
        << "go1.26.11" << true << QDate() << late2026;
    QTest::newRow("1.26.11 in late 2026: up to date")
        << "go1.26.11" << QDate(2026, 11, 20) << true << true << "go1.27.4"
        << "go1.26.11" << false << QDate() << late2026;
    QTest::newRow("1.26.9 judged when it was new") << "go1.26.9" << QDate(2026, 10, 8) << true << true << "go1.27.2"
                                                   << "go1.26.9" << false << QDate() << late2026;
    QTest::newRow("1.26.9 the day before it existed") << "go1.26.9" << QDate(2026, 10, 7) << false << true << "go1.27.1"
                                                      << "go1.26.9" << false << QDate() << late2026;
    QTest::newRow("1.25.0 on 2025-09-01") << "go1.25.0" << QDate(2025, 9, 1) << true << true << "go1.25.0"
                                          << "go1.25.0" << false << QDate() << QStringList{"1.25", "1.24"};
    QTest::newRow("1.25.0 after 1.25.1") << "go1.25.0" << QDate(2025, 9, 5) << true << true << "go1.25.1"
                                         << "go1.25.1" << true << QDate() << QStringList{"1.25", "1.24"};
    QTest::newRow("1.23 the day before its release: new, not known")
        << "go1.23.0" << QDate(2024, 8, 12) << false << true << "go1.22.6"
        << "go1.23.0" << false << QDate() << QStringList{"1.22", "1.21"};
    QTest::newRow("1.23 on its release day") << "go1.23" << QDate(2024, 8, 13) << true << true << "go1.23.0"
                                             << "go1.23.0" << false << QDate() << QStringList{"1.23", "1.22"};
    QTest::newRow("1.21.13 the day before 1.23") << "go1.21.13" << QDate(2024, 8, 12) << true << true << "go1.22.6"
                                                 << "go1.21.13" << false << QDate() << QStringList{"1.22", "1.21"};
    QTest::newRow("1.21.13 on the day 1.23 came out")
        << "go1.21.13" << QDate(2024, 8, 13) << true << false << "go1.23.0"
        << "go1.21.13" << false << QDate(2024, 8, 13) << QStringList{"1.23", "1.22"};
    QTest::newRow("1.24.13 after 1.26") << "go1.24.13" << QDate(2026, 8, 18) << true << false << "go1.26.6"
                                        << "go1.24.13" << false << QDate(2026, 2, 10) << QStringList{"1.26", "1.25"};
    QTest::newRow("1.25.14 released the day its line ended")
        << "go1.25.14" << QDate(2026, 8, 19) << true << false << "go1.27.0"
        << "go1.25.14" << false << QDate(2026, 8, 19) << late2026;
    QTest::newRow("old major name go1.20") << "go1.20" << QDate(2023, 6, 1) << true << true << "go1.20.4"
                                           << "go1.20.4" << true << QDate() << QStringList{"1.20", "1.19"};
    QTest::newRow("a line newer than the table") << "go1.28.0" << QDate(2026, 11, 20) << false << true << "go1.27.4"
                                                 << "go1.28.0" << false << QDate() << late2026;
    QTest::newRow("a patch newer than the table") << "go1.26.12" << QDate(2026, 12, 1) << false << true << "go1.27.4"
                                                  << "go1.26.12" << false << QDate() << late2026;
    QTest::newRow("devel build of the next line")
        << "devel go1.28-abcdef" << QDate(2026, 11, 20) << false << true << "go1.27.4"
        << "go1.28-devel" << false << QDate() << late2026;
    QTest::newRow("rc of an unreleased line") << "go1.27rc1" << QDate(2026, 7, 1) << true << true << "go1.26.4"
                                              << "go1.27rc1" << false << QDate() << QStringList{"1.26", "1.25"};
    QTest::newRow("rc after its line was released") << "go1.26rc2" << QDate(2026, 3, 1) << true << true << "go1.26.0"
                                                    << "go1.26.0" << true << QDate() << QStringList{"1.26", "1.25"};
    QTest::newRow("go1 in 2012") << "go1" << QDate(2012, 4, 1) << true << true << "go1"
                                 << "go1" << false << QDate() << QStringList{"1.0"};
    QTest::newRow("never-released go1.7.2") << "go1.7.2" << QDate(2016, 11, 1) << false << true << "go1.7.3"
                                            << "go1.7.3" << true << QDate() << QStringList{"1.7", "1.6"};
}

void TestReleases::judge()
{
    QFETCH(QString, version);
    QFETCH(QDate, at);
    QFETCH(bool, known);
    QFETCH(bool, supported);
    QFETCH(QString, newestRelease);
    QFETCH(QString, newestPatch);
    QFETCH(bool, patchBehind);
    QFETCH(QDate, supersededOn);
    QFETCH(QStringList, supportedLines);

    const auto parsed = GoVersion::parse(version);
    QVERIFY(parsed.has_value());
    const SupportVerdict verdict = ReleaseTable::builtin().judge(*parsed, at);
    QCOMPARE(verdict.known, known);
    QCOMPARE(verdict.supported, supported);
    QCOMPARE(verdict.newestRelease.name(), newestRelease);
    QCOMPARE(verdict.newestPatch.name(), newestPatch);
    QCOMPARE(verdict.patchBehind, patchBehind);
    QCOMPARE(verdict.supersededOn, supersededOn);
    QCOMPARE(verdict.supportedLines, supportedLines);
    QVERIFY(!verdict.stale);
}

void TestReleases::judgeEmptyTable()
{
    const ReleaseTable empty;
    QVERIFY(empty.isEmpty());
    const SupportVerdict verdict = empty.judge(v("go1.22.3"), QDate(2024, 6, 1));
    // Nothing to compare against: not known, and not accused of being unsupported.
    QVERIFY(!verdict.known);
    QVERIFY(verdict.supported);
    QVERIFY(!verdict.patchBehind);
    QVERIFY(verdict.supportedLines.isEmpty());
    QVERIFY(!verdict.supersededOn.isValid());
    QVERIFY(!verdict.stale);
}

void TestReleases::staleness_data()
{
    QTest::addColumn<QDate>("generated");
    QTest::addColumn<QDate>("at");
    QTest::addColumn<bool>("stale");

    QTest::newRow("same day") << QDate(2024, 1, 1) << QDate(2024, 1, 1) << false;
    QTest::newRow("182 days") << QDate(2024, 1, 1) << QDate(2024, 7, 1) << false;
    QTest::newRow("183 days") << QDate(2024, 1, 1) << QDate(2024, 7, 2) << true;
    QTest::newRow("years later") << QDate(2024, 1, 1) << QDate(2027, 1, 1) << true;
    QTest::newRow("snapshot older than the table") << QDate(2024, 1, 1) << QDate(2020, 1, 1) << false;
    QTest::newRow("no date") << QDate(2024, 1, 1) << QDate() << false;
}

void TestReleases::staleness()
{
    QFETCH(QDate, generated);
    QFETCH(QDate, at);
    QFETCH(bool, stale);
    QJsonObject t = minimalTable();
    t["generated"] = generated.toString(Qt::ISODate);
    const ReleaseTable table = ReleaseTable::fromJson(toJson(t));
    QVERIFY(!table.isEmpty());
    QCOMPARE(table.judge(v("go1.21.0"), at).stale, stale);
}

void TestReleases::builtinLoads()
{
    const ReleaseTable &table = ReleaseTable::builtin();
    QVERIFY(!table.isEmpty());
    QVERIFY(table.generated().isValid());
    // The built-in table's own staleness edge: six months after it was made.
    const QDate made = table.generated();
    QVERIFY(!table.judge(v("go1.26.9"), made.addDays(182)).stale);
    QVERIFY(table.judge(v("go1.26.9"), made.addDays(183)).stale);
}

void TestReleases::builtinIsConsistent()
{
    const ReleaseTable &table = ReleaseTable::builtin();
    const QList<ReleaseInfo> &releases = table.releases();
    QVERIFY(releases.size() > 250);

    QDate newest;
    for (int i = 0; i < releases.size(); ++i) {
        const ReleaseInfo &r = releases.at(i);
        QVERIFY2(r.date.isValid(), qPrintable(r.version.name()));
        QVERIFY2(r.stable == r.version.isStable(), qPrintable(r.version.name()));
        if (!newest.isValid() || newest < r.date)
            newest = r.date;
        if (i == 0)
            continue;
        const ReleaseInfo &prev = releases.at(i - 1);
        // Strictly increasing: sorted, and no version twice.
        QVERIFY2(prev.version < r.version, qPrintable(prev.version.name() + QLatin1String(" / ") + r.version.name()));
        // Within a line, a later patch never predates an earlier one.
        if (prev.version.sameLine(r.version) && prev.stable && r.stable)
            QVERIFY2(prev.date <= r.date, qPrintable(r.version.name()));
        for (const ReleaseFile &f : r.files) {
            QVERIFY(!f.filename.isEmpty());
            QVERIFY2(f.sha256.size() == 64, qPrintable(f.filename));
        }
    }
    // "generated" is the newest fact the table holds.
    QCOMPARE(table.generated(), newest);

    // Every major from Go 1.0 to 1.27 is there, each line starting with its x.y.0.
    for (int minor = 0; minor <= 27; ++minor) {
        GoVersion major;
        major.major = 1;
        major.minor = minor;
        const auto found = table.find(major);
        QVERIFY2(found.has_value() && found->stable, qPrintable(major.name()));
        for (const ReleaseInfo &r : releases) {
            if (r.stable && r.version.sameLine(major))
                QVERIFY2(found->date <= r.date, qPrintable(r.version.name()));
        }
    }
}

void TestReleases::builtinNamesAreGoNames()
{
    // The file spells versions as the download list does: go1.20 (not go1.20.0), go1.21.0.
    const QJsonDocument doc = QJsonDocument::fromJson(builtinJson());
    const QJsonArray rows = doc.object().value("releases").toArray();
    QVERIFY(!rows.isEmpty());
    QSet<QString> seen;
    for (const QJsonValue &row : rows) {
        const QString written = row.toObject().value("version").toString();
        const auto parsed = GoVersion::parse(written);
        QVERIFY2(parsed.has_value(), qPrintable(written));
        QCOMPARE(parsed->name(), written);
        QVERIFY2(!seen.contains(written), qPrintable(written));
        seen.insert(written);
    }
}

void TestReleases::builtinMajorDatesMatchPolicyFacts()
{
    // shared/checks.md, "Facts the checks rest on".
    const QList<std::pair<const char *, QDate>> facts{
        {"go1.18", QDate(2022, 3, 15)},   {"go1.19", QDate(2022, 8, 2)},    {"go1.20", QDate(2023, 2, 1)},
        {"go1.21.0", QDate(2023, 8, 8)},  {"go1.22.0", QDate(2024, 2, 6)},  {"go1.23.0", QDate(2024, 8, 13)},
        {"go1.24.0", QDate(2025, 2, 11)}, {"go1.25.0", QDate(2025, 8, 12)}, {"go1.26.0", QDate(2026, 2, 10)},
        {"go1.27.0", QDate(2026, 8, 19)},
    };
    for (const auto &fact : facts) {
        const auto found = ReleaseTable::builtin().find(v(fact.first));
        QVERIFY2(found.has_value(), fact.first);
        QCOMPARE(found->date, fact.second);
    }
}

void TestReleases::builtinFind()
{
    const ReleaseTable &table = ReleaseTable::builtin();
    const auto go120 = table.find(v("go1.20.0"));
    QVERIFY(go120.has_value());
    QCOMPARE(go120->version.name(), QStringLiteral("go1.20"));
    QCOMPARE(go120->date, QDate(2023, 2, 1));
    // go1.7.2 was tagged but never released (release history: "should not be used").
    QVERIFY(!table.find(v("go1.7.2")).has_value());
    QVERIFY(!table.find(v("go1.99.0")).has_value());
    const auto rc = table.find(v("go1.27rc1"));
    QVERIFY(rc.has_value());
    QVERIFY(!rc->stable);
}

void TestReleases::builtinIsThreadSafe()
{
    // Calls from several threads at once all see the one fully built table.
    std::vector<const ReleaseTable *> seen(8, nullptr);
    std::vector<std::unique_ptr<QThread>> threads;
    for (size_t i = 0; i < seen.size(); ++i)
        threads.emplace_back(QThread::create([&seen, i] { seen[i] = &ReleaseTable::builtin(); }));
    for (auto &t : threads)
        t->start();
    for (auto &t : threads)
        QVERIFY(t->wait(10000));
    for (const ReleaseTable *t : seen) {
        QCOMPARE(t, &ReleaseTable::builtin());
        QVERIFY(!t->isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestReleases)
#include "tst_releases.moc"
