// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace crmsandbox {

/*!
 * \brief Parses and evaluates a search `criteria` expression such as
 * `((Last_Name:equals:Yamada)and(Email:starts_with:t\(x\)))`
 * (reference/zoho-crm-api.md §2.8: ≤ 10 conditions, `\` escapes).
 */
class CriteriaMatcher
{
public:
    CriteriaMatcher(const QString &module, const QString &criteria);
    ~CriteriaMatcher();

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    //! \a record is the rendered record (API names → values).
    bool matches(const QJsonObject &record) const;

    //! `equals` on text fields behaves like "contains" (reference §2.8).
    static bool valueEquals(const QString &module, const QString &field, const QJsonValue &value,
                            const QString &wanted);

private:
    struct Node;
    std::unique_ptr<Node> parseExpression();
    std::unique_ptr<Node> parseGroup();
    bool evaluate(const Node &node, const QJsonObject &record) const;
    void skipSpaces();

    QString m_module;
    QString m_text;
    int m_pos = 0;
    int m_conditions = 0;
    QString m_error;
    std::unique_ptr<Node> m_root;
};

} // namespace crmsandbox
