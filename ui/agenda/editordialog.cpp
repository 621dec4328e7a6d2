// SPDX-License-Identifier: GPL-3.0-or-later
#include "editordialog.h"

#include "common/appcontext.h"
#include "editsaver.h"
#include "formats/canonicalvalue.h"
#include "offline/editservice.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace crmsync {

namespace {

//! Equal in meaning; an unset flag and false are the same (a record synced before
//! All_day was mapped has no value for it).
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    const auto unsetOrFalse = [](const QJsonValue &v) { return CanonicalValue::isEmpty(v) || (v.isBool() && !v.toBool()); };
    return CanonicalValue::equal(a, b) || (unsetOrFalse(a) && unsetOrFalse(b) && (a.isBool() || b.isBool()));
}

} // namespace

EditorDialog::EditorDialog(AppContext *context, const QList<ModuleInfo::Module> &modules, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_form(new QFormLayout)
    , m_profiles(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_saver(new EditSaver(this))
{
    for (const SyncProfile &p : context->config().profiles) {
        if (modules.contains(p.module))
            m_profiles->addItem(tr("%1 (%2)").arg(p.name, ModuleInfo::of(p.module).displayName()), p.name);
    }
    m_form->addRow(tr("Save to:"), m_profiles);
    // Japanese labels and messages are longer: let rows and the message wrap.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_message->setTextFormat(Qt::PlainText);   // may show server or file text (docs/desktop-app.md)
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    // Room for a few e-mail addresses; in characters, so it grows with the font.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saver, &EditSaver::finished, this, &EditorDialog::onSaved);
    if (m_profiles->count() == 0) {
        showMessage(tr("No sync profile of the config holds this kind of record; add one in the setup wizard first."), true);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
}

void EditorDialog::setRecord(const OfflineItem &item)
{
    m_crmId = item.crmId;
    m_original = item.fields;
    m_profiles->setCurrentIndex(m_profiles->findData(item.profile));
    // The record lives in that profile's module; it cannot move to another one.
    m_profiles->setEnabled(false);
    load(item.fields);
}

QString EditorDialog::profile() const
{
    return m_profiles->currentData().toString();
}

ModuleInfo::Module EditorDialog::module() const
{
    for (const SyncProfile &p : m_context->config().profiles) {
        if (p.name == profile())
            return p.module;
    }
    return ModuleInfo::Module::Contacts;
}

QString EditorDialog::message() const
{
    return m_message->text();
}

void EditorDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

QJsonObject EditorDialog::changes() const
{
    const QJsonObject now = fields();
    if (isNew())
        return CanonicalValue::normalized(now);
    QJsonObject out;
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (!sameValue(it.value(), m_original.value(it.key())))
            out.insert(it.key(), CanonicalValue::isEmpty(it.value()) ? QJsonValue(QJsonValue::Null) : it.value());
    }
    if (out.isEmpty())
        return out;
    QJsonObject complete = completeChanges(out);
    for (auto it = complete.begin(); it != complete.end(); ++it) {
        if (CanonicalValue::isEmpty(it.value()))
            it.value() = QJsonValue::Null;
    }
    return complete;
}

void EditorDialog::save()
{
    if (profile().isEmpty())
        return;
    if (const QString problem = validate(); !problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    const QJsonObject changed = changes();
    if (changed.isEmpty()) {
        showMessage(tr("Nothing changed."), false);
        return;
    }
    // An all-day event's dates are sent in the user's offset on its first day (DST aware).
    const QDate first = QDate::fromString(changed.value(QLatin1String("Start_DateTime")).toString().left(10), Qt::ISODate);
    const int offset = QTimeZone::systemTimeZone().offsetFromUtc(first.isValid() ? first.startOfDay()
                                                                                 : QDateTime::currentDateTime());
    const QJsonObject request = adjustRequest(EditService::requestFields(module(), changed, offset));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    showMessage(tr("Saving…"), false);
    m_saver->save(m_context->config(), m_context->stateDir(), profile(), m_crmId, request);
}

void EditorDialog::onSaved(const EditOutcome &outcome)
{
    m_outcome = outcome;
    const bool kept = outcome.kind == EditOutcome::Kind::Applied || outcome.kind == EditOutcome::Kind::Queued;
    showMessage(EditSaver::describe(outcome), !kept);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!kept);
    emit saved(outcome);
    if (kept)
        accept();
}

} // namespace crmsync
