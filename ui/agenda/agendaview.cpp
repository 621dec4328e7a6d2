// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendaview.h"

#include "agendamodel.h"
#include "common/appcontext.h"
#include "contacteditor.h"
#include "contactfilterproxy.h"
#include "contactlistmodel.h"
#include "editsaver.h"
#include "eventeditor.h"
#include "offline/offlineloadjob.h"
#include "reminderscheduler.h"
#include "taskeditor.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace crmsync {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Columns size to their (possibly Japanese) content; the last one takes the rest.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

AgendaView::AgendaView(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_agenda(new AgendaModel(this))
    , m_contacts(new ContactListModel(this))
    , m_filter(new ContactFilterProxy(this))
    , m_reminders(new ReminderScheduler(this))
    , m_heading(new QLabel(this))
    , m_status(new QLabel(this))
    , m_search(new QLineEdit(this))
{
    m_filter->setSourceModel(m_contacts);
    m_agendaView = makeTable(m_agenda, this);
    m_contactView = makeTable(m_filter, this);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setTextFormat(Qt::PlainText);   // may show server or file text (docs/desktop-app.md)
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);   // may show server or file text (docs/desktop-app.md)
    m_status->setWordWrap(true);
    m_search->setPlaceholderText(tr("Search name, reading, company or e-mail"));
    m_search->setClearButtonEnabled(true);

    auto *meeting = new QPushButton(tr("Schedule Meeting…"), this);
    auto *task = new QPushButton(tr("New Task…"), this);
    auto *contact = new QPushButton(tr("New Contact…"), this);
    auto *refresh = new QPushButton(tr("Refresh"), this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_heading);
    leftLayout->addWidget(m_agendaView, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(meeting);
    leftButtons->addWidget(task);
    leftButtons->addStretch();
    leftLayout->addLayout(leftButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *contactsLabel = new QLabel(tr("Contacts"), right);
    contactsLabel->setFont(headingFont);
    rightLayout->addWidget(contactsLabel);
    rightLayout->addWidget(m_search);
    rightLayout->addWidget(m_contactView, 1);
    auto *rightButtons = new QHBoxLayout;
    rightButtons->addWidget(contact);
    rightButtons->addStretch();
    rightLayout->addLayout(rightButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ContactFilterProxy::setSearchText);
    connect(meeting, &QPushButton::clicked, this, &AgendaView::scheduleMeeting);
    connect(task, &QPushButton::clicked, this, &AgendaView::newTask);
    connect(contact, &QPushButton::clicked, this, &AgendaView::newContact);
    connect(refresh, &QPushButton::clicked, this, &AgendaView::reload);
    connect(m_agendaView, &QTableView::activated, this, &AgendaView::editAgendaRow);
    connect(m_contactView, &QTableView::activated, this, &AgendaView::editContact);
    connect(m_reminders, &ReminderScheduler::reminderDue, this, &AgendaView::reminderDue);
    connect(context, &AppContext::configChanged, this, &AgendaView::reload);
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        m_agenda->setDay(QDate::currentDate());
        reload();
    });

    updateHeading();
    reload();
}

AgendaView::~AgendaView() = default;

void AgendaView::updateHeading()
{
    m_heading->setText(tr("Today, %1").arg(QLocale().toString(m_agenda->day(), QLocale::LongFormat)));
}

EditorDialog *AgendaView::openEditor() const
{
    return m_editor;
}

void AgendaView::armMidnight()
{
    // The agenda is "today's": roll over when the day does.
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 ms = now.msecsTo(now.date().addDays(1).startOfDay()) + 1000;
    m_midnight.start(int(std::min<qint64>(ms, 24LL * 3600 * 1000)));
}

void AgendaView::reload()
{
    if (m_job) {
        // A load is under way; one more afterwards picks up what changed meanwhile.
        m_reloadAgain = true;
        return;
    }
    const QList<ModuleInfo::Module> modules{ModuleInfo::Module::Events, ModuleInfo::Module::Tasks,
                                            ModuleInfo::Module::Contacts, ModuleInfo::Module::Leads};
    m_job = new OfflineLoadJob(QDir(m_context->stateDir()).filePath(QStringLiteral("state.sqlite")),
                               m_context->config().profiles, modules, this);
    connect(m_job, &Job::finished, this, [this](Job *job) { onLoaded(static_cast<OfflineLoadJob *>(job)); });
    m_job->start();
}

void AgendaView::onLoaded(OfflineLoadJob *job)
{
    job->deleteLater();
    m_job = nullptr;
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
        return;
    }
    if (job->hasError()) {
        m_status->setText(tr("The offline copy could not be read: %1").arg(job->error().userMessage));
        return;
    }
    if (m_agenda->day() != QDate::currentDate())
        m_agenda->setDay(QDate::currentDate());
    m_agenda->setItems(job->items());
    m_contacts->setItems(job->items());
    updateHeading();
    armMidnight();

    QList<ReminderScheduler::Reminder> reminders;
    for (const AgendaRow &row : m_agenda->rows()) {
        if (row.kind == AgendaRow::Kind::Event && row.remindAt.isValid())
            reminders.append({row.title, row.remindAt, row.start});
    }
    m_reminders->setReminders(reminders);
    const QString noProfiles = tr("No sync profiles yet: set one up to see your agenda here.");
    if (m_context->config().profiles.isEmpty())
        m_status->setText(noProfiles);
    else if (m_status->text() == noProfiles) // the demo's profiles arrive after the tab is made
        m_status->clear();
    emit loaded();
}

void AgendaView::openEditor(EditorDialog *editor)
{
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &EditorDialog::saved, this, &AgendaView::onSaved);
    m_editor = editor;
    editor->open();
}

void AgendaView::scheduleMeeting()
{
    openEditor(new EventEditor(m_context, this));
}

void AgendaView::newTask()
{
    openEditor(new TaskEditor(m_context, this));
}

void AgendaView::newContact()
{
    openEditor(new ContactEditor(m_context, this));
}

void AgendaView::editAgendaRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const AgendaRow &row = m_agenda->row(index.row());
    EditorDialog *editor = row.kind == AgendaRow::Kind::Event ? static_cast<EditorDialog *>(new EventEditor(m_context, this))
                                                              : new TaskEditor(m_context, this);
    editor->setRecord(row.item);
    openEditor(editor);
}

void AgendaView::editContact(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    auto *editor = new ContactEditor(m_context, this);
    editor->setRecord(m_contacts->item(m_filter->mapToSource(index).row()));
    openEditor(editor);
}

void AgendaView::onSaved(const EditOutcome &outcome)
{
    m_status->setText(EditSaver::describe(outcome));
    // An applied change is in the CRM but reaches the offline copy with the next sync;
    // reading again now still picks up anything a sync stored meanwhile.
    reload();
}

} // namespace crmsync
