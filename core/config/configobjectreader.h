// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configissues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace crmsync {

/*!
 * \brief Typed, checked access to one JSON object of a config file.
 *
 * Every getter records its key as known and reports a missing required key or a wrong
 * type to ConfigIssues with the full key path; finish() then reports every key nobody
 * asked for, so a typo ("intervall_minutes") is an error instead of silently ignored.
 */
class ConfigObjectReader
{
    // Messages belong to the loader's translation context, as the user sees them.
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
public:
    enum class Need { Optional, Required };

    ConfigObjectReader(QJsonObject object, QString keyPath, ConfigIssues &issues);

    //! "profiles[1]" + "direction" → "profiles[1].direction".
    QString pathOf(const QString &key) const;
    bool has(const QString &key) const { return m_object.contains(key); }
    ConfigIssues &issues() const { return m_issues; }
    void report(const QString &key, const QString &message) const;

    QString string(const QString &key, Need need, const QString &fallback = {});
    bool boolean(const QString &key, bool fallback);
    int integer(const QString &key, int fallback, int min, int max);
    //! A list of strings, none of them empty; \a nonEmpty also refuses [].
    QStringList stringList(const QString &key, Need need, bool nonEmpty);
    std::optional<QJsonObject> object(const QString &key, Need need);
    std::optional<QJsonArray> array(const QString &key, Need need);
    //! The index of the value in \a names, or \a fallback (also after reporting a bad value).
    int choice(const QString &key, const QStringList &names, int fallback);

    //! Marks \a key as handled without reading it.
    void accept(const QString &key) { m_seen.insert(key); }
    //! Reports every key that no getter asked for.
    void finish();

    //! How a JSON value's type is named in messages ("a string", "an array").
    static QString typeName(const QJsonValue &value);

private:
    std::optional<QJsonValue> take(const QString &key, Need need);
    void reportType(const QString &key, const QString &expected, const QJsonValue &found) const;

    QJsonObject m_object;
    QString m_keyPath;
    ConfigIssues &m_issues;
    QSet<QString> m_seen;
};

} // namespace crmsync
