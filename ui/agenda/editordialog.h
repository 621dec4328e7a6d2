// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/moduleinfo.h"
#include "offline/editoutcome.h"
#include "offline/offlineitem.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace crmsync {

class AppContext;
class EditSaver;

/*!
 * \brief What the agenda's editors share: the profile to save to, validation messages,
 * and saving through the core's edit path (EditSaver: outbox first, then an attempt to
 * apply at once), with "saved" / "queued" / error shown to the user.
 *
 * Subclasses add their fields to form() and convert between widgets and canonical values
 * (the offline copy's form, keyed by CRM API names). An edit sends only what changed.
 */
class EditorDialog : public QDialog
{
    Q_OBJECT
public:
    EditorDialog(AppContext *context, const QList<ModuleInfo::Module> &modules, QWidget *parent = nullptr);

    //! Edits \a item instead of creating a new record.
    void setRecord(const OfflineItem &item);
    bool isNew() const { return m_crmId.isEmpty(); }
    //! The translated reason the input cannot be saved; empty when it can.
    virtual QString validate() const = 0;
    //! The input as canonical values; empty values mean "no value".
    virtual QJsonObject fields() const = 0;
    //! What would be sent: every value for a new record, the changes for an edit.
    QJsonObject changes() const;
    //! The profile saved to; empty when the config has none for this kind of record.
    QString profile() const;
    ModuleInfo::Module module() const;
    QString message() const;
    const EditOutcome &outcome() const { return m_outcome; }

public slots:
    //! Validates and saves; the dialog closes once the change is applied or queued.
    void save();

signals:
    void saved(const crmsync::EditOutcome &outcome);

protected:
    QFormLayout *form() const { return m_form; }
    virtual void load(const QJsonObject &fields) = 0;
    //! Adds fields that must travel together with a changed one (e.g. an event's times).
    virtual QJsonObject completeChanges(const QJsonObject &changes) const { return changes; }
    //! Last adjustments of the Zoho request for \a module (e.g. lookups).
    virtual QJsonObject adjustRequest(const QJsonObject &request) const { return request; }
    void showMessage(const QString &text, bool error);

private:
    void onSaved(const EditOutcome &outcome);

    AppContext *m_context;
    QFormLayout *m_form;
    QComboBox *m_profiles;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    EditSaver *m_saver;
    QString m_crmId;
    QJsonObject m_original;
    EditOutcome m_outcome;
};

} // namespace crmsync
