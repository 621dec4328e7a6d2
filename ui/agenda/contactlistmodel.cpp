// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactlistmodel.h"

#include "common/plaintext.h"

#include <QCollator>
#include <QRegularExpression>

#include <algorithm>

namespace crmsync {

namespace {

QString value(const QJsonObject &fields, const char *key)
{
    return fields.value(QLatin1String(key)).toString().trimmed();
}

bool isCjk(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF)
            || (u >= 0xAC00 && u <= 0xD7AF))
            return true;
    }
    return false;
}

} // namespace

ContactListModel::ContactListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ContactListModel::displayName(const QJsonObject &fields)
{
    const QString last = value(fields, "Last_Name");
    const QString first = value(fields, "First_Name");
    if (first.isEmpty() || last.isEmpty())
        return first.isEmpty() ? last : first;
    // Japanese (and Chinese, Korean) names are written family name first.
    return isCjk(last + first) ? last + QLatin1Char(' ') + first : first + QLatin1Char(' ') + last;
}

QString ContactListModel::company(const QJsonObject &fields)
{
    const QString account = value(fields, "Account_Name");
    return account.isEmpty() ? value(fields, "Company") : account;
}

QString ContactListModel::fold(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        // Katakana ァ..ヶ sit 0x60 above their hiragana (Unicode block layout).
        if (u >= 0x30A1 && u <= 0x30F6)
            c = QChar(char16_t(u - 0x60));
    }
    return s;
}

QString ContactListModel::searchText(const OfflineItem &item) const
{
    QStringList parts{displayName(item.fields), value(item.fields, "Last_Name") + value(item.fields, "First_Name"),
                      company(item.fields), value(item.fields, "Email"), value(item.fields, "Secondary_Email")};
    // Readings are custom fields in Zoho (no standard kana field); take any that says so.
    static const QRegularExpression reading(QStringLiteral("kana|furigana|phonetic|yomi|reading"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (auto it = item.fields.begin(); it != item.fields.end(); ++it) {
        if (it.value().isString() && reading.match(it.key()).hasMatch())
            parts << it.value().toString();
    }
    return fold(parts.join(QLatin1Char('\n')));
}

void ContactListModel::setItems(const OfflineItems &items)
{
    beginResetModel();
    m_items.clear();
    for (const OfflineItem &item : items) {
        if (item.module == ModuleInfo::Module::Contacts || item.module == ModuleInfo::Module::Leads)
            m_items.append(item);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(m_items.begin(), m_items.end(), [&](const OfflineItem &a, const OfflineItem &b) {
        return collator.compare(displayName(a.fields), displayName(b.fields)) < 0;
    });
    m_search.clear();
    for (const OfflineItem &item : std::as_const(m_items))
        m_search << searchText(item);
    endResetModel();
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OfflineItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::ToolTipRole:
        return PlainText::toolTip(data(index, Qt::DisplayRole).toString());
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return displayName(item.fields);
        case CompanyColumn: return company(item.fields);
        case EmailColumn: return value(item.fields, "Email");
        case PhoneColumn: {
            const QString phone = value(item.fields, "Phone");
            return phone.isEmpty() ? value(item.fields, "Mobile") : phone;
        }
        }
        return {};
    case SearchTextRole: return m_search.at(index.row());
    case ProfileRole: return item.profile;
    case CrmIdRole: return item.crmId;
    }
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case CompanyColumn: return tr("Company");
    case EmailColumn: return tr("E-mail");
    case PhoneColumn: return tr("Phone");
    }
    return {};
}

} // namespace crmsync
