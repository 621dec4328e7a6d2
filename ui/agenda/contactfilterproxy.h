// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace crmsync {

/*!
 * \brief Filters ContactListModel by a search text: every word must occur in the row's
 * folded name, reading, company or e-mail (ContactListModel::fold), so the search is
 * case- and width-insensitive and finds kana in either script.
 */
class ContactFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ContactFilterProxy(QObject *parent = nullptr);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace crmsync
