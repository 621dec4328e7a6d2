// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacteditor.h"

#include "contactlistmodel.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>

namespace crmsync {

ContactEditor::ContactEditor(AppContext *context, QWidget *parent)
    : EditorDialog(context, {ModuleInfo::Module::Contacts, ModuleInfo::Module::Leads}, parent)
    , m_lastName(new QLineEdit(this))
    , m_firstName(new QLineEdit(this))
    , m_company(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_mobile(new QLineEdit(this))
{
    setWindowTitle(tr("New Contact"));
    form()->addRow(tr("Last name:"), m_lastName);
    form()->addRow(tr("First name:"), m_firstName);
    form()->addRow(tr("Company / account:"), m_company);
    form()->addRow(tr("E-mail:"), m_email);
    form()->addRow(tr("Phone:"), m_phone);
    form()->addRow(tr("Mobile:"), m_mobile);
}

QString ContactEditor::companyField() const
{
    return module() == ModuleInfo::Module::Leads ? QStringLiteral("Company") : QStringLiteral("Account_Name");
}

QString ContactEditor::validate() const
{
    if (m_lastName->text().trimmed().isEmpty())
        return tr("Enter a last name: the CRM requires one.");
    if (module() == ModuleInfo::Module::Leads && m_company->text().trimmed().isEmpty())
        return tr("Enter a company: the CRM requires one for a lead.");
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString address = m_email->text().trimmed();
    if (!address.isEmpty() && !email.match(address).hasMatch())
        return tr("Not an e-mail address: %1").arg(address);
    return {};
}

QJsonObject ContactEditor::fields() const
{
    return {{QStringLiteral("Last_Name"), m_lastName->text().trimmed()},
            {QStringLiteral("First_Name"), m_firstName->text().trimmed()},
            {companyField(), m_company->text().trimmed()},
            {QStringLiteral("Email"), m_email->text().trimmed()},
            {QStringLiteral("Phone"), m_phone->text().trimmed()},
            {QStringLiteral("Mobile"), m_mobile->text().trimmed()}};
}

void ContactEditor::load(const QJsonObject &f)
{
    setWindowTitle(tr("Edit Contact"));
    m_lastName->setText(f.value(QLatin1String("Last_Name")).toString());
    m_firstName->setText(f.value(QLatin1String("First_Name")).toString());
    m_company->setText(ContactListModel::company(f));
    m_email->setText(f.value(QLatin1String("Email")).toString());
    m_phone->setText(f.value(QLatin1String("Phone")).toString());
    m_mobile->setText(f.value(QLatin1String("Mobile")).toString());
}

QJsonObject ContactEditor::adjustRequest(const QJsonObject &request) const
{
    QJsonObject out = request;
    // Account_Name is a lookup: a bare string would be read as a record id (§2.1), so the
    // account goes by name. Whether Zoho resolves a lookup by name alone is not confirmed
    // in the reference; crm-sandbox keeps it as given.
    const QJsonValue account = out.value(QLatin1String("Account_Name"));
    if (account.isString())
        out.insert(QStringLiteral("Account_Name"), QJsonObject{{QStringLiteral("name"), account.toString()}});
    return out;
}

} // namespace crmsync
