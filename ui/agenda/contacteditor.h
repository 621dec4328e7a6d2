// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editordialog.h"

class QLineEdit;

namespace crmsync {

/*!
 * \brief A new or changed CRM contact (or lead): last name (required), first name,
 * company, e-mail, phone and mobile. The company is the Account_Name lookup of a contact
 * and the Company text of a lead (required there, reference/zoho-crm-api.md §3.3).
 */
class ContactEditor : public EditorDialog
{
    Q_OBJECT
public:
    explicit ContactEditor(AppContext *context, QWidget *parent = nullptr);

    QString validate() const override;
    QJsonObject fields() const override;

    QLineEdit *lastNameEdit() const { return m_lastName; }
    QLineEdit *firstNameEdit() const { return m_firstName; }
    QLineEdit *companyEdit() const { return m_company; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *mobileEdit() const { return m_mobile; }

protected:
    void load(const QJsonObject &fields) override;
    QJsonObject adjustRequest(const QJsonObject &request) const override;

private:
    QString companyField() const;

    QLineEdit *m_lastName;
    QLineEdit *m_firstName;
    QLineEdit *m_company;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_mobile;
};

} // namespace crmsync
