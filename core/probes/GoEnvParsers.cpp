#include "GoEnvParsers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace GoEnvParsers {

GoEnvJson parseJson(const QByteArray &text)
{
    GoEnvJson out;
    if (text.trimmed().isEmpty()) {
        out.error = QCoreApplication::translate("GoEnvParsers", "`go env -json` printed nothing");
        return out;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error =
            QCoreApplication::translate("GoEnvParsers",
                                        "`go env -json` printed something that is not a JSON object (%1 at offset %2)")
                .arg(err.error != QJsonParseError::NoError ? err.errorString() : QStringLiteral("not an object"))
                .arg(err.offset);
        return out;
    }
    const QJsonObject obj = doc.object();
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        // Every value of go env is a string; ignore anything else rather than guess.
        if (it.value().isString())
            out.vars.insert(it.key(), it.value().toString());
    }
    out.ok = true;
    return out;
}

QList<GoEnvSetting> parseEnvFile(const QByteArray &text)
{
    QList<GoEnvSetting> settings;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const int eq = line.indexOf('=');
        if (eq <= 0 || line.at(0) < 'A' || line.at(0) > 'Z')
            continue;
        GoEnvSetting s;
        s.line = i + 1;
        s.key = QString::fromUtf8(line.left(eq));
        s.value = QString::fromUtf8(line.mid(eq + 1));
        settings.append(s);
    }
    return settings;
}

QMap<QString, QString> parseEnvOutput(const QString &text)
{
    static const QRegularExpression start(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)=(.*)$"));
    QMap<QString, QString> env;
    QString last;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const auto m = start.match(line);
        if (m.hasMatch()) {
            last = m.captured(1);
            env.insert(last, m.captured(2));
        } else if (!last.isEmpty() && !line.isEmpty()) {
            env[last] += QLatin1Char('\n') + line;
        }
    }
    return env;
}

QString parseOsReleasePrettyName(const QByteArray &text)
{
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (!line.startsWith("PRETTY_NAME="))
            continue;
        QByteArray value = line.mid(int(qstrlen("PRETTY_NAME=")));
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        return QString::fromUtf8(value);
    }
    return {};
}

} // namespace GoEnvParsers
