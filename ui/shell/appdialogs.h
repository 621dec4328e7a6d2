// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace crmsync {

class AppContext;
class SetupWizard;
class SignInDialog;

/*!
 * \brief Opens what the window's actions and the dashboard's row menu ask for: the
 * sign-in dialog, the setup wizard (new or editing a profile), and the pause and remove
 * edits of a profile, which change the config only (ProfileEdits).
 *
 * Every dialog is opened with open(), never exec(): no nested event loop, and the
 * schedules keep running behind it. One of each kind is open at a time; asking again
 * raises it. Removing a profile asks first and never deletes an item on either side.
 */
class AppDialogs : public QObject
{
    Q_OBJECT
public:
    AppDialogs(AppContext *context, QWidget *window, QObject *parent = nullptr);

    void openSignIn();
    //! The wizard for a new profile, or for the one named \a profile when given.
    void openWizard(const QString &profile = {});
    void setPaused(const QString &profile, bool paused);
    void confirmRemove(const QString &profile);

    SignInDialog *signInDialog() const;
    SetupWizard *wizard() const;

signals:
    //! A config edit could not be saved; \a message says why (shown in the log).
    void saveFailed(const QString &message);

private:
    void save(const Config &config);

    AppContext *m_context;
    QWidget *m_window;
    QPointer<SignInDialog> m_signIn;
    QPointer<SetupWizard> m_wizard;
};

} // namespace crmsync
