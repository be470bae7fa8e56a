// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataflowWizard.h"

#include "CredentialsPage.h"
#include "DatasetPage.h"
#include "MappingPage.h"
#include "ReviewPage.h"
#include "RunsPage.h"
#include "SchedulePage.h"
#include "SchemaPage.h"
#include "SourcePage.h"
#include "TablePage.h"
#include "WizardPage.h"
#include "core/Session.h"
#include "core/WizardState.h"

#include <QAbstractButton>
#include <QFile>
#include <QFileDialog>
#include <QIcon>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>

DataflowWizard::DataflowWizard(Session* session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_state(new WizardState(this))
    , m_credentials(new CredentialsPage(session, this))
{
    setObjectName(QStringLiteral("dataflowWizard"));
    setWindowTitle(tr("Dataflow Wizard \u2014 Adobe Experience Platform"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/aep-dataflow-wizard.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::HaveHelpButton | QWizard::NoBackButtonOnStartPage);
    setPage(int(PageId::Credentials), m_credentials);
    setPage(int(PageId::Source), new SourcePage(session, m_state, this));
    setPage(int(PageId::Table), new TablePage(session, m_state, this));
    setPage(int(PageId::Schema), new SchemaPage(session, m_state, this));
    setPage(int(PageId::Dataset), new DatasetPage(session, m_state, this));
    setPage(int(PageId::Mapping), new MappingPage(m_state, this));
    setPage(int(PageId::Schedule), new SchedulePage(session, m_state, this));
    setPage(int(PageId::Review), new ReviewPage(session, m_state, this));
    setPage(int(PageId::Runs), new RunsPage(session, m_state, this));
    setStartId(int(PageId::Credentials));
    connect(this, &QWizard::helpRequested, this, &DataflowWizard::showHelp);
    setButtonText(QWizard::CustomButton1, tr("&Open recipe\u2026"));
    setButtonText(QWizard::CustomButton2, tr("Sa&ve recipe\u2026"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("openRecipeButton"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("saveRecipeWizardButton"));
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setButtonLayout({QWizard::HelpButton, QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch,
                     QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                     QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            askOpenRecipe();
        else if (which == QWizard::CustomButton2)
            askSaveRecipe();
    });
    connect(m_credentials, &CredentialsPage::verified, this, [this](const PlatformConfig& config) {
        DraftPlatform platform;
        platform.imsOrg = config.imsOrg;
        platform.clientId = config.clientId;
        platform.sandbox = config.sandbox;
        platform.scopes = config.scopes == PlatformConfig::defaultScopes() ? QString() : config.scopes;
        platform.platformUrl
            = config.platformUrl == PlatformConfig::defaultPlatformUrl() ? QString() : config.platformUrl.toString();
        platform.imsUrl = config.imsUrl == PlatformConfig::defaultImsUrl() ? QString() : config.imsUrl.toString();
        if (!(platform == m_state->draft.platform)) {
            m_state->draft.platform = platform;
            m_state->markChanged(WizardState::Part::Platform);
        }
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("wizard/geometry")).toByteArray()))
        resize(defaultSize());
}

DataflowWizard::~DataflowWizard() = default;

void DataflowWizard::done(int result)
{
    QSettings().setValue(QStringLiteral("wizard/geometry"), saveGeometry());
    QWizard::done(result);
}

bool DataflowWizard::openRecipe(const QString& path, QStringList* problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problems << tr("%1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    QList<DraftProblem> found;
    const DataflowDraft draft = DataflowDraft::fromRecipe(file.readAll(), &found);
    for (const DraftProblem& problem : std::as_const(found)) {
        if (problem.isError())
            *problems << problem.toString();
    }
    if (!problems->isEmpty())
        return false;
    m_state->reset(draft);
    PlatformConfig config = m_session->config();
    config.imsOrg = draft.platform.imsOrg;
    config.clientId = draft.platform.clientId;
    config.sandbox = draft.platform.sandbox;
    config.scopes = draft.platform.scopes.isEmpty() ? PlatformConfig::defaultScopes() : draft.platform.scopes;
    if (!draft.platform.platformUrl.isEmpty())
        config.platformUrl = QUrl(draft.platform.platformUrl);
    if (!draft.platform.imsUrl.isEmpty())
        config.imsUrl = QUrl(draft.platform.imsUrl);
    m_credentials->prefill(config);
    restart();
    return true;
}

bool DataflowWizard::saveRecipe(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(m_state->draft.toJson()).toJson()) < 0
        || !file.commit()) {
        *error = tr("The recipe could not be saved to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void DataflowWizard::askOpenRecipe()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open recipe"), QString(), tr("Recipes (*.json)"));
    if (path.isEmpty())
        return;
    QStringList problems;
    if (!openRecipe(path, &problems))
        QMessageBox::warning(this, tr("Open recipe"),
                             tr("The recipe %1 was not opened; nothing was changed.").arg(path) + QStringLiteral("\n\n")
                                 + problems.join(QLatin1Char('\n')));
}

void DataflowWizard::askSaveRecipe()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save recipe"), QString(), tr("Recipes (*.json)"));
    QString error;
    if (!path.isEmpty() && !saveRecipe(path, &error))
        QMessageBox::warning(this, tr("Save recipe"), error);
}

void DataflowWizard::showHelp()
{
    auto* current = qobject_cast<WizardPage*>(currentPage());
    if (!current)
        return;
    QMessageBox box(QMessageBox::Information, current->title(), current->helpText(), QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("helpBox"));
    box.setTextFormat(Qt::RichText);
    box.exec();
}
