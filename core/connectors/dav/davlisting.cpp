// SPDX-License-Identifier: GPL-3.0-or-later
#include "davlisting.h"

#include "davmemberscope.h"

namespace crmsync {

DavListing DavListing::from(const DavMultistatus &parsed, const DavMemberScope &scope, const QUrl &collectionUrl)
{
    DavListing out;
    out.syncToken = parsed.syncToken;
    out.truncated = parsed.limitReached;
    for (const DavResponse &r : parsed.responses) {
        const DavMemberScope::Verdict v = scope.classify(r.href);
        if (v.kind == DavMemberScope::Kind::Outside) {
            out.errors.append(outsideError(collectionUrl, r.href));
            continue;
        }
        DavResponse member = r;
        member.path = v.path;
        if (v.kind == DavMemberScope::Kind::Collection) {
            // RFC 6578 §3.6: the request-URI answered 507. A server may still send the
            // collection's properties in another response: that one is self.
            if (r.status == 507)
                out.truncated = true;
            else if (!out.self)
                out.self = member;
            continue;
        }
        if (r.status == 507) {
            out.truncated = true;
            continue;
        }
        if (r.status == 404) {
            out.gone.append(member.path);
            continue;
        }
        const int failed = r.status != 0 && (r.status < 200 || r.status > 299) ? r.status : r.failedPropstatStatus;
        if (failed != 0) {
            out.errors.append(memberError(collectionUrl, member.path, failed));
            continue;
        }
        if (r.isCollection)
            continue; // a child collection is not an item
        out.present.append(member);
    }
    return out;
}

ItemError DavListing::truncationError(const QUrl &collectionUrl)
{
    const QString where = collectionUrl.toDisplayString(QUrl::RemoveUserInfo);
    return ItemError{where, Error::make(Error::Category::Server,
        tr("%1 cut its listing of %2 short (HTTP 507, too many results); nothing was deleted in this run and "
           "the listing is tried again next time.")
            .arg(collectionUrl.host(), where),
        QStringLiteral("507 / number-of-matches-within-limits"), 507)};
}

ItemError DavListing::memberError(const QUrl &collectionUrl, const QString &path, int status)
{
    return ItemError{path, Error::make(status >= 500 ? Error::Category::Server : Error::Category::Data,
        tr("%1 answered HTTP %2 for %3; the item was left as it is and is tried again next time.")
            .arg(collectionUrl.host())
            .arg(status)
            .arg(path),
        QString(), status)};
}

ItemError DavListing::outsideError(const QUrl &collectionUrl, const QString &href)
{
    const QString shown = href.left(200);
    return ItemError{shown, Error::make(Error::Category::Server,
        tr("%1 named %2, which is not a member of the collection %3; it was ignored.")
            .arg(collectionUrl.host(), shown, collectionUrl.toDisplayString(QUrl::RemoveUserInfo)),
        QString())};
}

} // namespace crmsync
