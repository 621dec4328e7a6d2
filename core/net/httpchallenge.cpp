// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpchallenge.h"

namespace crmsync {

namespace {

bool isTokenChar(char c)
{
    // tchar (RFC 9110 §5.6.2); '/' and '=' are left out so token68 values end the token.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArray("!#$%&'*+-.^_`|~").contains(c);
}

class Reader
{
public:
    explicit Reader(const QByteArray &text) : m_text(text) {}

    bool atEnd() { skipSpace(); return m_pos >= m_text.size(); }
    char peek() { skipSpace(); return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }
    void skip() { ++m_pos; }
    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text.at(m_pos) == ' ' || m_text.at(m_pos) == '\t'))
            ++m_pos;
    }
    QByteArray token()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isTokenChar(m_text.at(m_pos)))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    //! A quoted-string without its quotes and escapes, or a bare token / token68.
    QByteArray value()
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == '"') {
            QByteArray out;
            ++m_pos;
            while (m_pos < m_text.size() && m_text.at(m_pos) != '"') {
                if (m_text.at(m_pos) == '\\' && m_pos + 1 < m_text.size())
                    ++m_pos;
                out += m_text.at(m_pos++);
            }
            ++m_pos; // closing quote
            return out;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != ',' && m_text.at(m_pos) != ' ')
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    //! True when a '=' follows the next token, i.e. it is a parameter name, not a scheme.
    bool parameterAhead()
    {
        const qsizetype saved = m_pos;
        token();
        skipSpace();
        const bool equals = m_pos < m_text.size() && m_text.at(m_pos) == '='
            && !(m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == '='); // token68 padding
        m_pos = saved;
        return equals;
    }

private:
    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

} // namespace

QList<HttpChallenge> HttpChallenge::parse(const QByteArray &header)
{
    QList<HttpChallenge> out;
    Reader r(header);
    while (!r.atEnd()) {
        if (r.peek() == ',') {
            r.skip();
            continue;
        }
        if (!out.isEmpty() && r.parameterAhead()) {
            const QByteArray name = r.token().toLower();
            r.peek();
            r.skip(); // '='
            out.last().params.insert(name, r.value());
            continue;
        }
        const QByteArray scheme = r.token().toLower();
        if (scheme.isEmpty()) {
            r.skip(); // not a token character: skip it rather than loop
            continue;
        }
        out.append(HttpChallenge{scheme, {}});
        // A token68 (Negotiate, some Bearer) right after the scheme: keep it under "".
        if (!r.atEnd() && r.peek() != ',' && !r.parameterAhead())
            out.last().params.insert(QByteArray(), r.value());
    }
    return out;
}

} // namespace crmsync
