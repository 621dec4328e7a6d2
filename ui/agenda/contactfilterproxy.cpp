// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactfilterproxy.h"

#include "contactlistmodel.h"

namespace crmsync {

ContactFilterProxy::ContactFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ContactFilterProxy::setSearchText(const QString &text)
{
    // Japanese input often separates words with an ideographic space; NFKC makes it plain.
    const QStringList words = ContactListModel::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool ContactFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack = sourceModel()->index(sourceRow, 0, sourceParent).data(ContactListModel::SearchTextRole).toString();
    for (const QString &w : m_words) {
        if (!haystack.contains(w))
            return false;
    }
    return true;
}

} // namespace crmsync
