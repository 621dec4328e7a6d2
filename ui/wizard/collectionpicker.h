// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/accountconfig.h"
#include "connectors/dav/davcollectioninfo.h"
#include "model/moduleinfo.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;

namespace crmsync {

class Job;

/*!
 * \brief Lets the user pick a DAV account's calendar or address book: discovers them
 * (DavDiscoveryJob, asynchronous) with a busy indicator, offers only the collections that
 * can hold the module's items and says why when there are none.
 */
class CollectionPicker : public QWidget
{
    Q_OBJECT
public:
    explicit CollectionPicker(QWidget *parent = nullptr);

    //! Starts discovering \a account's collections for \a module; an earlier search is dropped.
    void discover(const AccountConfig &account, ModuleInfo::Module module, const QString &preferred = {});
    void clear();
    //! The chosen collection's URL, empty while none is chosen.
    QString selectedUrl() const;
    bool isBusy() const { return m_busy; }
    QString errorText() const;

signals:
    void selectionChanged();
    void busyChanged(bool busy);

private:
    void onDiscovered(Job *job, ModuleInfo::Module module, const QString &preferred);
    void setBusy(bool busy);
    void showError(const QString &text);

    QComboBox *m_combo;
    QProgressBar *m_busyBar;
    QLabel *m_error;
    QPointer<Job> m_job;
    bool m_busy = false;
};

} // namespace crmsync
