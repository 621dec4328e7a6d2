// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/fieldmappage.h"

#include "common/appcontext.h"
#include "connectors/zoho/zohofieldsjob.h"
#include "net/networkcontext.h"

#include <QNetworkAccessManager>
#include "wizard/accountsecretjob.h"
#include "wizard/fieldchoicedelegate.h"
#include "wizard/fieldmapmodel.h"
#include "wizard/remotefieldcatalog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace crmsync {

FieldMapPage::FieldMapPage(AppContext *context, WizardDraft *draft, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_draft(draft), m_model(new FieldMapModel(this)),
      m_view(new QTableView(this)), m_busy(new QProgressBar(this)), m_status(new QLabel(this)), m_problem(new QLabel(this))
{
    setTitle(tr("Field mapping"));
    setSubTitle(tr("Which Zoho CRM field is synced with which field on the other side. "
                   "Fields that are not mapped are left as they are."));
    m_view->setObjectName(QStringLiteral("fieldMapView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new FieldChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->verticalHeader()->setVisible(false);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_status->setTextFormat(Qt::PlainText);   // may show server or file text (docs/desktop-app.md)
    m_status->setObjectName(QStringLiteral("fieldsStatus"));
    m_status->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);   // may show server or file text (docs/desktop-app.md)
    m_problem->setObjectName(QStringLiteral("mapProblem"));
    m_problem->setWordWrap(true);

    auto *add = new QPushButton(tr("Map more fields"), this);
    add->setObjectName(QStringLiteral("addPair"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removePair"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);

    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_model->addPair();
        m_view->setCurrentIndex(m_model->index(row, FieldMapModel::CrmColumn));
        m_view->edit(m_view->currentIndex());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_model->removeRows(current.row(), 1);
    });
    const auto changed = [this] {
        m_problem->setText(m_model->problem());
        emit completeChanged();
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, changed);
}

void FieldMapPage::initializePage()
{
    const SyncProfile &p = m_draft->profile;
    const QString key = ModuleInfo::of(p.module).apiName() + QLatin1Char('/') + p.crmAccount;
    if (key == m_filledFor)
        return;
    m_filledFor = key;
    m_model->setRemoteChoices(RemoteFieldCatalog::pathsFor(p.module));
    m_model->setFieldMap(p.fieldMap.isEmpty() ? FieldMap::defaultFor(p.module) : p.fieldMap);
    loadFields();
}

void FieldMapPage::loadFields()
{
    if (m_job) // a fields job goes with its session
        (m_job->parent() != this ? m_job->parent() : m_job.data())->deleteLater();
    m_draft->fieldsKnown = false;
    m_draft->crmFields.clear();
    m_draft->fieldsModule = m_draft->profile.module;
    m_model->setCrmFields({});
    m_busy->setVisible(true);
    setStatus(tr("Reading the fields of Zoho CRM, including custom fields…"));
    const AccountConfig account = m_context->config().accounts.value(m_draft->profile.crmAccount);
    const ModuleInfo module = ModuleInfo::of(m_draft->profile.module);
    auto *secret = new AccountSecretJob(account, this);
    m_job = secret;
    connect(secret, &Job::finished, this, [this, secret, account, module] {
        secret->deleteLater();
        if (m_job != secret)
            return;
        if (secret->hasError()) {
            onFields(secret);
            return;
        }
        // The session lives as long as the request: the wizard keeps no CRM connection.
        auto *session = new ZohoSession(NetworkContext::forCurrentThread(), this);
        session->setAccountsUrl(QUrl(account.accountsUrl));
        session->setApiUrl(QUrl(account.apiUrl));
        session->setClientId(account.clientId);
        session->setClientSecret(secret->clientSecret());
        session->setRefreshToken(secret->secret());
        auto *fields = new ZohoFieldsJob(session, module, session);
        m_job = fields;
        connect(fields, &Job::finished, this, &FieldMapPage::onFields);
        fields->start();
    });
    secret->start();
}

void FieldMapPage::onFields(Job *job)
{
    if (m_job != job)
        return;
    m_job = nullptr;
    m_busy->setVisible(false);
    if (auto *fields = qobject_cast<ZohoFieldsJob *>(job); fields && !job->hasError()) {
        m_draft->crmFields = fields->fields();
        m_draft->fieldsKnown = true;
        m_model->setCrmFields(fields->fields());
        qsizetype custom = 0;
        for (const FieldInfo &f : fields->fields())
            custom += f.customField ? 1 : 0;
        setStatus(tr("The list of Zoho CRM fields includes %n custom field(s).", nullptr, int(custom)));
    } else {
        setStatus(tr("Custom fields are not listed: the fields of Zoho CRM could not be read (%1). "
                     "The default mapping works; you can also type a field's API name.")
                      .arg(job->error().userMessage));
    }
    // The session (parent of the fields job) goes with it.
    (job->parent() != this ? job->parent() : job)->deleteLater();
    emit fieldsLoaded();
}

void FieldMapPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

bool FieldMapPage::isLoading() const
{
    return !m_job.isNull();
}

QString FieldMapPage::statusText() const
{
    return m_status->text();
}

bool FieldMapPage::isComplete() const
{
    return m_model->problem().isEmpty();
}

bool FieldMapPage::validatePage()
{
    m_draft->profile.fieldMap = m_model->fieldMap();
    return true;
}

} // namespace crmsync
