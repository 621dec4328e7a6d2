// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offline/offlineitem.h"

#include <QAbstractTableModel>

namespace crmsync {

/*!
 * \brief The contacts (and leads) of the offline copy: name, company, e-mail, phone,
 * sorted by name in the user's collation. SearchTextRole gives the folded text the
 * search matches (ContactFilterProxy).
 */
class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CompanyColumn, EmailColumn, PhoneColumn, ColumnCount };
    enum Role { SearchTextRole = Qt::UserRole + 1, ProfileRole, CrmIdRole };

    explicit ContactListModel(QObject *parent = nullptr);

    //! Keeps the Contacts and Leads records of \a items.
    void setItems(const OfflineItems &items);
    const OfflineItem &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! "山田 太郎" for Japanese names (family name first), "Jane Doe" otherwise.
    static QString displayName(const QJsonObject &fields);
    //! Account_Name for contacts, Company for leads.
    static QString company(const QJsonObject &fields);
    /*!
     * Folding for search: NFKC (full-width Latin and half-width kana become ordinary),
     * case folding, and katakana to hiragana, so "ＡＣＭＥ", "acme", "ヤマダ" and "やまだ"
     * find what they look like.
     */
    static QString fold(const QString &text);

private:
    QString searchText(const OfflineItem &item) const;

    OfflineItems m_items;
    QStringList m_search;
};

} // namespace crmsync
