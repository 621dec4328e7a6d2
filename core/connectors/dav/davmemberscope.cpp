// SPDX-License-Identifier: GPL-3.0-or-later
#include "davmemberscope.h"

#include <QStringList>

namespace crmsync {

namespace {
int portOf(const QUrl &url)
{
    if (url.port() != -1)
        return url.port();
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
}
} // namespace

DavMemberScope::DavMemberScope(const QUrl &collectionUrl)
    : m_collection(collectionUrl)
{
    m_path = removeDotSegments(collectionUrl.path(QUrl::FullyDecoded)).value_or(QStringLiteral("/"));
    if (!m_path.endsWith(QLatin1Char('/')))
        m_path += QLatin1Char('/');
    // Relative hrefs resolve against the collection as a folder (RFC 3986 §5.2.3).
    QString encoded = m_collection.path(QUrl::FullyEncoded);
    if (!encoded.endsWith(QLatin1Char('/')))
        m_collection.setPath(encoded + QLatin1Char('/'), QUrl::TolerantMode);
}

std::optional<QString> DavMemberScope::removeDotSegments(const QString &decodedPath)
{
    QStringList out;
    const QStringList segments = decodedPath.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &s = segments.at(i);
        const bool last = i == segments.size() - 1;
        if (s == QLatin1String(".")) {
            if (last)
                out.append(QString());
            continue;
        }
        if (s == QLatin1String("..")) {
            if (out.size() <= 1) // only the empty segment before the leading '/' is left
                return std::nullopt;
            out.removeLast();
            if (last)
                out.append(QString());
            continue;
        }
        out.append(s);
    }
    return out.join(QLatin1Char('/'));
}

DavMemberScope::Verdict DavMemberScope::classify(const QString &href) const
{
    // Tolerant: servers send spaces and other characters unencoded; what matters is where
    // the href points once decoded, which classify(QUrl) checks.
    const QUrl url(href.trimmed(), QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    return classify(m_collection.resolved(url));
}

DavMemberScope::Verdict DavMemberScope::classify(const QUrl &url) const
{
    if (!url.isValid() || url.scheme().compare(m_collection.scheme(), Qt::CaseInsensitive) != 0
        || url.host().compare(m_collection.host(), Qt::CaseInsensitive) != 0 || portOf(url) != portOf(m_collection)
        || !url.userInfo().isEmpty())
        return {};
    // Decoded first, then normalized: "%2e%2e" and "%2F" count as what they decode to.
    const std::optional<QString> path = removeDotSegments(url.path(QUrl::FullyDecoded));
    if (!path || !path->startsWith(QLatin1Char('/')))
        return {};
    if (*path == m_path || *path + QLatin1Char('/') == m_path)
        return {Kind::Collection, m_path};
    if (!path->startsWith(m_path))
        return {};
    QString rest = path->mid(m_path.size());
    if (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    // Exactly one segment: no "//", no encoded slash, no grandchildren.
    if (rest.isEmpty() || rest.contains(QLatin1Char('/')) || rest.contains(QChar(0)))
        return {};
    return {Kind::Member, *path};
}

} // namespace crmsync
