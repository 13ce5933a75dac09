// Editing one backend profile (kind, base URL, credentials, currency, CA file, what the till
// fills in by itself) with its
// connection test: shared by the first-run setup and the settings page.
#pragma once

#include <optional>

#include <QWidget>

#include "backends/profile.h"
#include "settings/connectiontest.h"

class QLabel;
class QLineEdit;
class QNetworkAccessManager;

namespace Ui {
class ProfileEditor;
}

namespace paydesk {

struct BackendSpec;

class ProfileEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditor)

public:
    explicit ProfileEditor(QWidget *parent = nullptr);
    ~ProfileEditor() override;

    void setProfile(const BackendProfile &profile);
    /// The profile as edited (the fields this editor does not show are kept from setProfile).
    BackendProfile profile() const;
    /// A locked profile: only the credentials can be typed; the note says why.
    void setLocked(bool locked, const QString &systemFile = {});
    void setNameEditable(bool editable);
    /// Whether the person changed anything since setProfile().
    bool isEdited() const { return m_edited; }
    /// A sentence naming the first field that is wrong; empty when the profile can be tested.
    QString problem() const;

    void testConnection();
    bool isTesting() const;
    /// The last finished test of the profile as it is now (reset by any edit).
    std::optional<ConnectionReport> lastReport() const { return m_report; }

Q_SIGNALS:
    void changed();
    void tested(bool ok);

private:
    void setCurrency(const QString &code);
    /// The descriptor of the kind chosen in the combo box.
    const BackendSpec &chosenSpec() const;
    void updateKind();
    void onEdited();

    /// A row of the till's defaults (walk-in client, payment methods, Dots' user, Ocho's DID).
    QLineEdit *addTillRow(const QString &objectName, const QString &label,
                          const QString &placeholder);

    Ui::ProfileEditor *m_ui;
    QLineEdit *m_walkInEdit = nullptr;
    QLineEdit *m_paymentMethodsEdit = nullptr;
    QLineEdit *m_dotsUserEdit = nullptr;
    QLineEdit *m_ochoIssEdit = nullptr;
    BackendProfile m_base;
    bool m_locked = false;
    bool m_edited = false;
    QNetworkAccessManager *m_network;
    ConnectionTest *m_test = nullptr;
    std::optional<ConnectionReport> m_report;
};

} // namespace paydesk
