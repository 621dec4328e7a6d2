// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteriamatcher.h"
#include "fieldsmetadata.h"
#include "zohotime.h"

namespace crmsandbox {

struct CriteriaMatcher::Node
{
    enum class Kind { Condition, And, Or } kind = Kind::Condition;
    QString field;
    QString op;
    QStringList values;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

const QStringList Operators = {QStringLiteral("equals"), QStringLiteral("not_equal"),
                               QStringLiteral("starts_with"), QStringLiteral("in"),
                               QStringLiteral("greater_than"), QStringLiteral("greater_equal"),
                               QStringLiteral("less_than"), QStringLiteral("less_equal"),
                               QStringLiteral("between")};

QString plainText(const QJsonValue &value)
{
    if (value.isObject()) // lookups compare by name (or id)
        return value.toObject().value(QStringLiteral("name")).toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString();
}

// Orders numbers numerically, date-times as instants, everything else as text.
int compareValues(const QJsonValue &value, const QString &wanted)
{
    bool okA = false;
    bool okB = false;
    const double a = plainText(value).toDouble(&okA);
    const double b = wanted.toDouble(&okB);
    if (okA && okB)
        return a < b ? -1 : (a > b ? 1 : 0);
    const auto ta = ZohoTime::parseDateTime(plainText(value));
    const auto tb = ZohoTime::parseDateTime(wanted);
    if (ta && tb)
        return *ta < *tb ? -1 : (*ta > *tb ? 1 : 0);
    return QString::compare(plainText(value), wanted, Qt::CaseInsensitive);
}

} // namespace

CriteriaMatcher::CriteriaMatcher(const QString &module, const QString &criteria)
    : m_module(module)
    , m_text(criteria.trimmed())
{
    if (!m_text.startsWith(QLatin1Char('(')))
        m_text = QLatin1Char('(') + m_text + QLatin1Char(')');
    m_root = parseExpression();
    skipSpaces();
    if (m_error.isEmpty() && m_pos != m_text.size())
        m_error = QStringLiteral("unexpected text at position %1").arg(m_pos);
    if (m_error.isEmpty() && m_conditions > 10)
        m_error = QStringLiteral("more than 10 conditions");
}

CriteriaMatcher::~CriteriaMatcher() = default;

void CriteriaMatcher::skipSpaces()
{
    while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
        ++m_pos;
}

std::unique_ptr<CriteriaMatcher::Node> CriteriaMatcher::parseExpression()
{
    auto first = parseGroup();
    if (!first)
        return nullptr;
    skipSpaces();
    std::unique_ptr<Node> current = std::move(first);
    while (m_error.isEmpty() && m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char(')')) {
        Node::Kind kind;
        if (m_text.mid(m_pos, 3).compare(QLatin1String("and"), Qt::CaseInsensitive) == 0) {
            kind = Node::Kind::And;
            m_pos += 3;
        } else if (m_text.mid(m_pos, 2).compare(QLatin1String("or"), Qt::CaseInsensitive) == 0) {
            kind = Node::Kind::Or;
            m_pos += 2;
        } else {
            m_error = QStringLiteral("expected 'and' or 'or' at position %1").arg(m_pos);
            return nullptr;
        }
        skipSpaces();
        auto next = parseGroup();
        if (!next)
            return nullptr;
        auto combined = std::make_unique<Node>();
        combined->kind = kind;
        combined->children.push_back(std::move(current));
        combined->children.push_back(std::move(next));
        current = std::move(combined);
        skipSpaces();
    }
    return current;
}

std::unique_ptr<CriteriaMatcher::Node> CriteriaMatcher::parseGroup()
{
    skipSpaces();
    if (m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char('(')) {
        m_error = QStringLiteral("expected '(' at position %1").arg(m_pos);
        return nullptr;
    }
    ++m_pos;
    skipSpaces();
    if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('(')) {
        auto inner = parseExpression();
        skipSpaces();
        if (!inner || m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char(')')) {
            if (m_error.isEmpty())
                m_error = QStringLiteral("missing ')'");
            return nullptr;
        }
        ++m_pos;
        return inner;
    }
    // A condition Field:op:value; `\` escapes ( ) , and \ inside the value (§2.8).
    QStringList parts{QString()};
    QStringList values{QString()};
    bool closed = false;
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos++);
        if (c == QLatin1Char('\\') && m_pos < m_text.size()) {
            const QChar escaped = m_text.at(m_pos++);
            parts.last().append(escaped);
            values.last().append(escaped);
        } else if (c == QLatin1Char(')')) {
            closed = true;
            break;
        } else if (c == QLatin1Char(':') && parts.size() < 3) {
            parts.append(QString());
            values = {QString()};
        } else if (c == QLatin1Char(',') && parts.size() == 3) {
            parts.last().append(c);
            values.append(QString());
        } else {
            parts.last().append(c);
            values.last().append(c);
        }
    }
    if (!closed || parts.size() != 3) {
        m_error = QStringLiteral("malformed condition");
        return nullptr;
    }
    auto node = std::make_unique<Node>();
    node->field = parts.at(0).trimmed();
    node->op = parts.at(1).trimmed();
    node->values = values;
    if (!Operators.contains(node->op)) {
        m_error = QStringLiteral("unsupported operator %1").arg(node->op);
        return nullptr;
    }
    if (node->field != QLatin1String("id") && !FieldsMetadata::field(m_module, node->field)) {
        m_error = QStringLiteral("unknown field %1").arg(node->field);
        return nullptr;
    }
    ++m_conditions;
    return node;
}

bool CriteriaMatcher::valueEquals(const QString &module, const QString &field, const QJsonValue &value,
                                  const QString &wanted)
{
    const FieldDef *def = FieldsMetadata::field(module, field);
    const QString have = plainText(value);
    if (def && (def->dataType == QLatin1String("text") || def->dataType == QLatin1String("textarea")))
        return have.contains(wanted, Qt::CaseInsensitive);
    if (value.isObject() && value.toObject().value(QStringLiteral("id")).toString() == wanted)
        return true;
    if (def && def->dataType == QLatin1String("datetime"))
        return compareValues(value, wanted) == 0;
    return have.compare(wanted, Qt::CaseInsensitive) == 0;
}

bool CriteriaMatcher::matches(const QJsonObject &record) const
{
    return m_root && evaluate(*m_root, record);
}

bool CriteriaMatcher::evaluate(const Node &node, const QJsonObject &record) const
{
    if (node.kind == Node::Kind::And)
        return evaluate(*node.children[0], record) && evaluate(*node.children[1], record);
    if (node.kind == Node::Kind::Or)
        return evaluate(*node.children[0], record) || evaluate(*node.children[1], record);
    const QJsonValue value = record.value(node.field);
    const QString first = node.values.value(0);
    if (node.op == QLatin1String("equals"))
        return !value.isNull() && valueEquals(m_module, node.field, value, first);
    if (node.op == QLatin1String("not_equal"))
        return value.isNull() || plainText(value).compare(first, Qt::CaseInsensitive) != 0;
    if (node.op == QLatin1String("starts_with"))
        return plainText(value).startsWith(first, Qt::CaseInsensitive);
    if (node.op == QLatin1String("in")) {
        for (const QString &candidate : node.values) {
            if (plainText(value).compare(candidate.trimmed(), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    if (value.isNull())
        return false;
    if (node.op == QLatin1String("greater_than"))
        return compareValues(value, first) > 0;
    if (node.op == QLatin1String("greater_equal"))
        return compareValues(value, first) >= 0;
    if (node.op == QLatin1String("less_than"))
        return compareValues(value, first) < 0;
    if (node.op == QLatin1String("less_equal"))
        return compareValues(value, first) <= 0;
    // between: both bounds inclusive
    return compareValues(value, first) >= 0 && compareValues(value, node.values.value(1)) <= 0;
}

} // namespace crmsandbox
