#include "SettingsDialog.h"

#include "ApiErrorText.h"
#include "ListContentsCall.h"
#include "SecretStore.h"
#include "SettingsStore.h"
#include "TransportPolicy.h"
#include "VideographClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

using Profile = EndpointSettings::Profile;

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showMessage(QLabel *label, const QString &text, const QString &colour)
{
    label->setText(text);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    label->setVisible(!text.isEmpty());
}

} // namespace

SettingsDialog::SettingsDialog(SettingsStore *settings, SecretStore *secrets, const ActiveEndpoint *active,
                               QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_active(active)
    , m_network(network)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_testClient = new VideographClient(m_network, this);
    buildForm();
    loadSaved();
}

SettingsDialog::~SettingsDialog()
{
    if (m_testCall) {
        disconnect(m_testCall, nullptr, this, nullptr);
        m_testCall->abort();
    }
}

void SettingsDialog::buildForm()
{
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileComboBox"));
    m_profile->addItem(tr("Videograph (api.videograph.ai)"), int(Profile::Videograph));
    m_profile->addItem(tr("Sandbox (built in, nothing is sent)"), int(Profile::Sandbox));
    m_profile->addItem(tr("Custom server"), int(Profile::Custom));
    m_customUrl = new QLineEdit(this);
    m_customUrl->setObjectName(QStringLiteral("customUrlLineEdit"));
    m_customUrl->setPlaceholderText(QStringLiteral("https://api.example.com"));
    m_tokenId = new QLineEdit(this);
    m_tokenId->setObjectName(QStringLiteral("tokenIdLineEdit"));
    m_tokenId->setPlaceholderText(tr("Access token id from the Videograph dashboard"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretKeyLineEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Secret key"));
    m_showSecret = new QCheckBox(tr("Sho&w"), this);
    m_showSecret->setObjectName(QStringLiteral("showSecretCheckBox"));
    connect(m_showSecret, &QCheckBox::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionPushButton"));
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    m_testResult = messageLabel(QStringLiteral("testResultLabel"), this);
    m_problem = messageLabel(QStringLiteral("settingsErrorLabel"), this);
    m_notice = messageLabel(QStringLiteral("settingsNoticeLabel"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Endpoint:"), m_profile);
    form->addRow(tr("Server &URL:"), m_customUrl);
    form->addRow(tr("Access &token id:"), m_tokenId);
    // A row holding a layout gets no buddy from addRow, so Alt+K and screen readers would not
    // find the field; the label is made by hand.
    auto *secretLabel = new QLabel(tr("Secret &key:"), this);
    secretLabel->setObjectName(QStringLiteral("secretKeyLabel"));
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, secretRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_testResult);
    layout->addWidget(m_notice);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &SettingsDialog::profileChanged);
}

void SettingsDialog::loadSaved()
{
    const EndpointSettings saved = m_settings->endpoint();
    m_profile->setCurrentIndex(m_profile->findData(int(saved.profile)));
    m_customUrl->setText(saved.customUrl.toString());
    m_tokenId->setText(saved.tokenId);
    if (!saved.tokenId.isEmpty()) {
        connect(m_secrets, &SecretStore::secretRead, this, [this](const QString &tokenId, const QString &secret) {
            if (tokenId == m_tokenId->text() && m_secret->text().isEmpty())
                m_secret->setText(secret);
        });
        m_secrets->read(saved.tokenId);
    }
    if (m_active && m_active->overrides().any())
        showMessage(m_notice, tr("This run uses the server or credentials given on the command line or in "
                                 "VIDEOGRAPH_* environment variables; they are not saved and win over "
                                 "what is saved here until the app is started without them."),
                    QStringLiteral("#8a6d00"));
    profileChanged();
}

void SettingsDialog::profileChanged()
{
    const Profile profile = editedSettings().profile;
    m_customUrl->setEnabled(profile == Profile::Custom);
    m_tokenId->setEnabled(profile != Profile::Sandbox);
    m_secret->setEnabled(profile != Profile::Sandbox);
    m_showSecret->setEnabled(profile != Profile::Sandbox);
    showMessage(m_problem, QString(), QString());
}

EndpointSettings SettingsDialog::editedSettings() const
{
    EndpointSettings edited;
    edited.profile = Profile(m_profile->currentData().toInt());
    edited.customUrl = QUrl::fromUserInput(m_customUrl->text().trimmed());
    if (m_customUrl->text().trimmed().isEmpty())
        edited.customUrl.clear();
    edited.tokenId = m_tokenId->text().trimmed();
    return edited;
}

QString SettingsDialog::editedSecret() const
{
    return m_secret->text().trimmed();
}

QString SettingsDialog::problem() const
{
    const EndpointSettings edited = editedSettings();
    if (edited.profile == Profile::Sandbox)
        return {};
    if (edited.profile == Profile::Custom) {
        if (edited.customUrl.isEmpty() || edited.customUrl.host().isEmpty())
            return tr("Enter the server's address, for example https://api.example.com.");
        if (TransportPolicy::refusalFor(edited.customUrl) == ApiError::Kind::InsecureUrl)
            return tr("Use https:// for this server. Plain http:// is only allowed for this computer "
                      "(localhost), because it would send the credentials unencrypted.");
    }
    if (edited.tokenId.isEmpty() || editedSecret().isEmpty())
        return tr("Enter both the access token id and its secret key from the Videograph dashboard.");
    return {};
}

QUrl SettingsDialog::testUrl() const
{
    const EndpointSettings edited = editedSettings();
    return edited.profile == Profile::Sandbox && m_active ? m_active->sandbox().baseUrl : edited.baseUrl();
}

Credentials SettingsDialog::testCredentials() const
{
    const EndpointSettings edited = editedSettings();
    if (edited.profile == Profile::Sandbox && m_active)
        return m_active->sandbox().credentials;
    return {edited.tokenId, editedSecret()};
}

void SettingsDialog::testConnection()
{
    const QString why = problem();
    showMessage(m_problem, why, QStringLiteral("#b00020"));
    if (!why.isEmpty() || m_testCall)
        return;
    m_testClient->setEndpoint(testUrl());
    m_testClient->setCredentials(testCredentials());
    m_testCall = m_testClient->listContents(0, 1);
    m_test->setEnabled(false);
    showMessage(m_testResult, tr("Testing the connection…"), QStringLiteral("palette(text)"));
    ListContentsCall *call = m_testCall;
    connect(call, &ApiCall::finished, this, [this, call] { showTestResult(*call); });
}

void SettingsDialog::showTestResult(const ListContentsCall &call)
{
    m_test->setEnabled(true);
    const ApiError &error = call.error();
    if (!error.isError()) {
        showMessage(m_testResult, tr("OK: the server answered and accepted these credentials."), QStringLiteral("#1b7f3b"));
    } else if (error.kind == ApiError::Kind::Unauthorized) {
        showMessage(m_testResult, tr("Wrong credentials: %1").arg(ApiErrorText::explanation(error)), QStringLiteral("#b00020"));
    } else {
        showMessage(m_testResult, tr("Unreachable: %1 %2").arg(ApiErrorText::caption(error), ApiErrorText::explanation(error)),
                    QStringLiteral("#b00020"));
    }
    emit testFinished(!error.isError());
}

void SettingsDialog::save()
{
    const QString why = problem();
    showMessage(m_problem, why, QStringLiteral("#b00020"));
    if (!why.isEmpty())
        return;
    const EndpointSettings edited = editedSettings();
    if (edited.profile == Profile::Sandbox) {
        m_settings->setEndpoint(edited);
        accept();
        return;
    }
    // The secret goes to the keychain first, so the endpoint switches with its secret in place.
    m_buttons->setEnabled(false);
    auto written = std::make_shared<QMetaObject::Connection>();
    auto kept = std::make_shared<QMetaObject::Connection>();
    const QString tokenId = edited.tokenId;
    *written = connect(m_secrets, &SecretStore::secretWritten, this, [=, this](const QString &id) {
        if (id != tokenId)
            return;
        disconnect(*written);
        disconnect(*kept);
        finishSave(true, QString());
    });
    *kept = connect(m_secrets, &SecretStore::secretKeptInMemory, this, [=, this](const QString &id, const QString &message) {
        if (id != tokenId)
            return;
        disconnect(*written);
        disconnect(*kept);
        finishSave(false, message);
    });
    m_secrets->write(tokenId, editedSecret());
}

void SettingsDialog::finishSave(bool inKeychain, const QString &message)
{
    m_settings->setEndpoint(editedSettings());
    m_buttons->setEnabled(true);
    if (inKeychain) {
        accept();
        return;
    }
    // Saved, but the secret lives only in memory: say so and let the person close the dialog.
    showMessage(m_notice, message, QStringLiteral("#8a6d00"));
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
}
