// The report document and its HTML: findings worst first, the Go environment with changed values
// first, secrets redacted everywhere, privacy hiding who and where, and XHTML that XML tools read.
#include "model/Facts.h"
#include "report/HtmlReport.h"
#include "report/Privacy.h"
#include "report/ReportDocument.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
CheckResult result(const char *check, Severity severity, const char *title)
{
    CheckResult r;
    r.check = QLatin1String(check);
    r.severity = severity;
    r.title = QString::fromUtf8(title);
    r.message = QStringLiteral("About %1.").arg(r.check);
    return r;
}

// A scan of kai's laptop, with secrets where people leave them: a proxy password in go env and
// in the environment, a token, a .netrc.
Report sampleReport()
{
    auto facts = std::make_shared<Facts>();
    facts->user = {QStringLiteral("kai"), 1000, QStringLiteral("/home/kai"), QStringLiteral("/bin/bash")};
    facts->host = {QStringLiteral("kai-laptop"), QStringLiteral("x86_64"), QStringLiteral("6.1.0-25-amd64")};
    facts->env = {{QStringLiteral("GOPATH"), QStringLiteral("/home/kai/gopath")},
                  {QStringLiteral("GITHUB_TOKEN"), QStringLiteral("ghp_topsecret")}};
    facts->goEnv.ok = true;
    facts->goEnv.vars = {
        {QStringLiteral("GOPATH"), QStringLiteral("/home/kai/gopath")},
        {QStringLiteral("GOFLAGS"), QStringLiteral("-mod=mod")},
        {QStringLiteral("GOPROXY"), QStringLiteral("https://kai:hunter2@proxy.corp.example,direct")},
        {QStringLiteral("GOSUMDB"), QStringLiteral("sum.golang.org")},
        {QStringLiteral("GOCACHE"), QStringLiteral("/home/kai/.cache/go-build")},
        {QStringLiteral("GOMODCACHE"), QStringLiteral("/home/kai/gopath/pkg/mod")},
        {QStringLiteral("GOROOT"), QStringLiteral("/usr/local/go")},
        {QStringLiteral("GOHOSTOS"), QStringLiteral("linux")},
        {QStringLiteral("GOOS"), QStringLiteral("linux")},
    };
    facts->envFile.path = QStringLiteral("/home/kai/.config/go/env");
    facts->envFile.exists = true;
    facts->envFile.settings = {{3, QStringLiteral("GOFLAGS"), QStringLiteral("-mod=mod")}};

    Report report;
    report.generated = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    report.host = facts->host;
    report.osName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    report.facts = facts;

    CheckResult shadowed = result("go.shadowed", Severity::Error, "An older Go shadows the one you installed");
    shadowed.message = QStringLiteral("Typing `go` in /home/kai runs /usr/bin/go <1.18> & not /usr/local/go/bin/go.");
    shadowed.evidence << Evidence::file(QStringLiteral("/home/kai/.profile"), 27,
                                        QStringLiteral("export PATH=$PATH:/usr/local/go/bin"))
                      << Evidence::env(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://kai:pw123@proxy:3128"))
                      << Evidence::command(QStringLiteral("go env GOPROXY"), QStringLiteral("\x1b[31mred\x1b[0m"))
                      << Evidence::file(QStringLiteral("/home/kai/.netrc"), 1,
                                        QStringLiteral("machine git.corp login kai password hunter3"));
    shadowed.fixes << QStringLiteral("fix.path-go-first");
    shadowed.howToFix = QStringLiteral("Put /usr/local/go/bin first in ~/.profile; GITHUB_TOKEN=ghp_topsecret stays.");
    shadowed.causedBy << QStringLiteral("shell.rc-mismatch");

    report.results << result("go.not-found", Severity::Ok, "go is on PATH")
                   << result("modules.disabled", Severity::Info, "A note")
                   << result("cgroup.memory-limit", Severity::Skipped, "The cgroup limits could not be read")
                   << result("path.duplicate", Severity::Warning, "A folder is on PATH twice") << shadowed
                   << result("shell.rc-mismatch", Severity::Warning, "Login shell and terminal disagree");
    return report;
}

QString html(const Report &report, bool privacy, HtmlReport::Target target = HtmlReport::Target::Browser)
{
    HtmlReport::Options options;
    options.target = target;
    return HtmlReport::render(ReportDocument::build(report, {privacy}), options);
}

QStringList checks(const QList<CheckResult> &results)
{
    QStringList ids;
    for (const CheckResult &r : results)
        ids << r.check;
    return ids;
}
} // namespace

class TestHtmlReport : public QObject {
    Q_OBJECT
private slots:
    void findingsWorstFirst()
    {
        const ReportDocument doc = ReportDocument::build(sampleReport(), {});
        QCOMPARE(checks(doc.problems),
                 QStringList({QStringLiteral("go.shadowed"), QStringLiteral("path.duplicate"),
                              QStringLiteral("shell.rc-mismatch"), QStringLiteral("modules.disabled")}));
        QCOMPARE(checks(doc.skipped), QStringList{QStringLiteral("cgroup.memory-limit")});
        QCOMPARE(checks(doc.passed), QStringList{QStringLiteral("go.not-found")});
        QCOMPARE(doc.generatedText(), QStringLiteral("2026-11-26 12:00 UTC"));
        QCOMPARE(doc.sourceText(), QStringLiteral("this computer"));
    }

    void goEnvironmentChangedValuesFirst()
    {
        const ReportDocument doc = ReportDocument::build(sampleReport(), {});
        QMap<QString, QString> changed;
        for (const auto &v : doc.goChanged)
            changed.insert(v.name, v.why);
        QStringList other;
        for (const auto &v : doc.goOther)
            other << v.name;
        QCOMPARE(changed.keys(),
                 QStringList({QStringLiteral("GOFLAGS"), QStringLiteral("GOPATH"), QStringLiteral("GOPROXY")}));
        QCOMPARE(changed.value(QStringLiteral("GOPATH")), QStringLiteral("set in the environment"));
        QCOMPARE(changed.value(QStringLiteral("GOFLAGS")), QStringLiteral("set in /home/kai/.config/go/env, line 3"));
        QCOMPARE(changed.value(QStringLiteral("GOPROXY")),
                 QStringLiteral("Go's default is https://proxy.golang.org,direct"));
        // Defaults (GOMODCACHE follows the GOPATH in use) and values Go works out are the rest.
        QCOMPARE(other,
                 QStringList({QStringLiteral("GOCACHE"), QStringLiteral("GOHOSTOS"), QStringLiteral("GOMODCACHE"),
                              QStringLiteral("GOOS"), QStringLiteral("GOROOT"), QStringLiteral("GOSUMDB")}));
        QVERIFY(doc.goEnvProblem.isEmpty());
    }

    void goEnvironmentThatCouldNotBeRead()
    {
        Report report = sampleReport();
        auto facts = std::make_shared<Facts>(*report.facts);
        facts->goEnv = {};
        facts->goEnv.error = QStringLiteral("not captured");
        report.facts = facts;
        const ReportDocument doc = ReportDocument::build(report, {});
        QVERIFY(doc.goEnvProblem.contains(QStringLiteral("not captured")));
        // Still: what the environment sets, the token's value hidden.
        QCOMPARE(doc.goChanged.size(), 1);
        QCOMPARE(doc.goChanged.constFirst().name, QStringLiteral("GOPATH"));
        QVERIFY(html(report, false).contains(QStringLiteral("not captured")));
    }

    void secretsNeverAppear_data()
    {
        QTest::addColumn<bool>("privacy");
        QTest::addColumn<int>("target");
        QTest::newRow("browser") << false << int(HtmlReport::Target::Browser);
        QTest::newRow("print") << false << int(HtmlReport::Target::Print);
        QTest::newRow("browser, privacy") << true << int(HtmlReport::Target::Browser);
    }

    void secretsNeverAppear()
    {
        QFETCH(bool, privacy);
        QFETCH(int, target);
        const Report report = sampleReport();
        const QString page = html(report, privacy, HtmlReport::Target(target));
        const QString json = QString::fromUtf8(ReportJson::toBytes(privacy ? Privacy(report).apply(report) : report));
        for (const QString &out : {page, json}) {
            for (const char *secret : {"hunter2", "hunter3", "pw123", "ghp_topsecret"})
                QVERIFY2(!out.contains(QLatin1String(secret)), secret);
        }
        QVERIFY(page.contains(privacy ? QStringLiteral("https://user:***@proxy.corp.example")
                                      : QStringLiteral("https://kai:***@proxy.corp.example")));
        QVERIFY(page.contains(QStringLiteral("GITHUB_TOKEN=***")));
    }

    void privacyHidesWhoAndWhere()
    {
        const Report report = sampleReport();
        const QString open = html(report, false);
        QVERIFY(open.contains(QStringLiteral("/home/kai/.profile")));
        QVERIFY(open.contains(QStringLiteral("kai-laptop")));

        const Report hidden = Privacy(report).apply(report);
        const QString page = html(report, true);
        const QString json = QString::fromUtf8(ReportJson::toBytes(hidden));
        const QRegularExpression kai(QStringLiteral("\\bkai\\b"));
        for (const QString &out : {page, json}) {
            QVERIFY(!out.contains(QStringLiteral("/home/kai")));
            QVERIFY(!out.contains(QStringLiteral("kai-laptop")));
            QVERIFY2(!kai.match(out).hasMatch(), qPrintable(kai.match(out).captured(0)));
            QVERIFY(out.contains(QStringLiteral("~/.profile")));
        }
        QCOMPARE(hidden.host.hostname, QStringLiteral("host"));
        QVERIFY(page.contains(QStringLiteral("~/gopath"))); // the go env appendix too
        QVERIFY(page.contains(QStringLiteral("~/.config/go/env, line 3")));
        QVERIFY(page.contains(QStringLiteral("are hidden"))); // and the cover says so
    }

    void privacyKeepsOtherWords_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("home");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name inside a word")
            << QStringLiteral("kai") << QStringLiteral("/home/kai") << QStringLiteral("kaiser kai-tools kai.")
            << QStringLiteral("kaiser kai-tools user.");
        QTest::newRow("home as a prefix")
            << QStringLiteral("kai") << QStringLiteral("/home/kai")
            << QStringLiteral("/home/kaiser /home/kai/go /home/kai") << QStringLiteral("/home/kaiser ~/go ~");
        QTest::newRow("root is no one's name")
            << QStringLiteral("root") << QStringLiteral("/root") << QStringLiteral("runs as root in /root/go")
            << QStringLiteral("runs as root in ~/go");
        QTest::newRow("a name too short to hide")
            << QStringLiteral("go") << QStringLiteral("/home/go") << QStringLiteral("typing go in /home/go/src")
            << QStringLiteral("typing go in ~/src");
    }

    void privacyKeepsOtherWords()
    {
        QFETCH(QString, user);
        QFETCH(QString, home);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Report report;
        auto facts = std::make_shared<Facts>();
        facts->user.name = user;
        facts->user.home = home;
        report.facts = facts;
        QCOMPARE(Privacy(report).text(text), expected);
        QCOMPARE(Privacy().text(text), text); // off: unchanged
    }

    void htmlIsWellFormed_data()
    {
        QTest::addColumn<int>("target");
        QTest::newRow("browser") << int(HtmlReport::Target::Browser);
        QTest::newRow("print") << int(HtmlReport::Target::Print);
    }

    void htmlIsWellFormed()
    {
        QFETCH(int, target);
        const QString page = html(sampleReport(), false, HtmlReport::Target(target));
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QXmlStreamReader xml(page);
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement)
                ++elements;
        }
        QVERIFY2(!xml.hasError(),
                 qPrintable(QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())));
        QVERIFY(elements > 50);
        // Text is escaped, not markup; escape sequences do not break the XML.
        QVERIFY(page.contains(QStringLiteral("&lt;1.18&gt; &amp; not")));
        QVERIFY(page.contains(QStringLiteral("<code>go</code>")));
        QVERIFY(!page.contains(QChar(0x1b)));
    }

    void htmlHoldsEverySection()
    {
        HtmlReport::Options options;
        options.diagram = {QStringLiteral("data:image/png;base64,AAAA"), QSize(800, 300)};
        options.maxImage = QSize(400, 1000);
        const QString page = HtmlReport::render(ReportDocument::build(sampleReport(), {}), options);
        for (const char *text :
             {"Go environment report", "Findings", "An older Go shadows the one you installed",
              "export PATH=$PATH:/usr/local/go/bin", "fix.path-go-first", "Login shell and terminal disagree",
              "Checks that could not run", "Checks that passed", "Appendix: the Go environment", "Debian GNU/Linux 12"})
            QVERIFY2(page.contains(QLatin1String(text)), text);
        // The picture is scaled down to fit, keeping its shape; the glance list links to the finding.
        QVERIFY(page.contains(QStringLiteral("src=\"data:image/png;base64,AAAA\" width=\"400\" height=\"150\"")));
        QVERIFY(page.contains(QStringLiteral("href=\"#finding-1\"")));
        QVERIFY(page.contains(QStringLiteral("id=\"finding-1\"")));
        // No charts were given: no build monitor section.
        QVERIFY(!page.contains(QStringLiteral("Memory and CPU of the build")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
