// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace crmsync {

/*!
 * \brief Decides whether an href a server sent, or a URL about to be written, names a
 * member of the configured collection (docs/dav.md "What a server is trusted with").
 *
 * A member must have the collection's scheme, host and port, and its path, after
 * percent-decoding and dot-segment removal (RFC 3986 §5.2.4), must be the collection's
 * path followed by exactly one non-empty segment (a trailing '/' allowed, for a child
 * collection). So "../", "%2e%2e", "//", an encoded "/" inside a name, another host and
 * "/alice/contacts-evil/" next to "/alice/contacts/" are all outside.
 */
class DavMemberScope
{
public:
    explicit DavMemberScope(const QUrl &collectionUrl);

    enum class Kind { Outside, Collection, Member };
    struct Verdict
    {
        Kind kind = Kind::Outside;
        //! The decoded, normalized path (the store's item id) unless Outside.
        QString path;
    };

    //! \a href (absolute or relative to the collection URL) as the server sent it.
    Verdict classify(const QString &href) const;
    //! The same for an absolute URL (a write or delete target).
    Verdict classify(const QUrl &url) const;
    //! A write target: true only for a member.
    bool isMember(const QUrl &url) const { return classify(url).kind == Kind::Member; }

    //! \a decodedPath with "." and ".." segments removed (RFC 3986 §5.2.4); nullopt when
    //! ".." would climb above the root.
    static std::optional<QString> removeDotSegments(const QString &decodedPath);

private:
    QUrl m_collection;
    QString m_path; // decoded, ends in '/'
};

} // namespace crmsync
