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

#include <QIcon>
#include <QMessageBox>
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
        resize(820, 600);
}

DataflowWizard::~DataflowWizard() = default;

void DataflowWizard::done(int result)
{
    QSettings().setValue(QStringLiteral("wizard/geometry"), saveGeometry());
    QWizard::done(result);
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
