// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Schedule page in a bare wizard against a scripted flow spec: what TestSchedulePage and TestScheduleFields share.
#include "InlineMessage.h"
#include "LocalPlatform.h"
#include "SchedulePage.h"
#include "ScriptedServer.h"
#include "TestNetwork.h"
#include "TestSupport.h"
#include "base/Translator.h"
#include "core/ScheduleRules.h"
#include "core/Session.h"
#include "core/WizardState.h"
#include "model/DraftValidator.h"
#include "platform/ImsAuth.h"
#include "platform/PlatformClient.h"
#include "secrets/MemorySecretStore.h"
#include "services/FlowsService.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <QWizard>

#include <memory>

namespace ScheduleFixture {

inline constexpr int kBefore = 5; // PageId::Mapping
inline constexpr int kSchedule = 6; // PageId::Schedule
inline constexpr int kAfter = 7; // PageId::Review

inline QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

/** A HubSpot contacts table: two date-time columns (one by meta:xdmType, one by xdm.format) and two others. */
inline QJsonArray columns()
{
    return QJsonDocument::fromJson(R"json([
        {"name": "Vid", "type": "integer", "xdm": {"type": "integer"}},
        {"name": "Properties_Email_Value", "type": "string", "xdm": {"type": "string"}},
        {"name": "Properties_Createdate_Value", "type": "string", "meta:xdmType": "date-time"},
        {"name": "Properties_Lastmodifieddate_Value", "type": "string",
         "xdm": {"type": "string", "format": "date-time"}}
    ])json")
        .array();
}

inline QJsonArray rows()
{
    return QJsonDocument::fromJson(R"json([
        {"Vid": 1, "Properties_Email_Value": "a@example.com", "Properties_Createdate_Value": "2024-02-01 10:00:00",
         "Properties_Lastmodifieddate_Value": "2024-06-01 08:00:00"},
        {"Vid": 2, "Properties_Email_Value": "b@example.com", "Properties_Createdate_Value": "2023-11-20 09:30:00",
         "Properties_Lastmodifieddate_Value": "2024-07-15 18:45:00"},
        {"Vid": 3, "Properties_Email_Value": "c@example.com", "Properties_Createdate_Value": null,
         "Properties_Lastmodifieddate_Value": "2024-05-03 12:00:00"}
    ])json")
        .array();
}

/** The shipped CRMToAEP spec with one rule changed, to prove the page follows the server's copy. */
inline QJsonObject specWithMinuteMinimum(int minimum)
{
    QJsonObject spec = FlowSpec::crmToAep().json();
    QJsonObject scheduleSpec = spec.value(QStringLiteral("scheduleSpec")).toObject();
    QJsonObject schema = scheduleSpec.value(QStringLiteral("spec")).toObject();
    QJsonObject otherwise = schema.value(QStringLiteral("else")).toObject();
    otherwise.insert(
        QStringLiteral("then"),
        QJsonObject{{QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("interval"), QJsonObject{{QStringLiteral("minimum"), minimum}}}}}});
    schema.insert(QStringLiteral("else"), otherwise);
    scheduleSpec.insert(QStringLiteral("spec"), schema);
    spec.insert(QStringLiteral("scheduleSpec"), scheduleSpec);
    return spec;
}

} // namespace ScheduleFixture

using namespace ScheduleFixture; // the fixture's helpers, for it and its tests

/** The page, its session and state, and the scripted server; setUp() and tearDown() around each test. */
class SchedulePageFixture : public QObject
{
protected:
    std::unique_ptr<ScriptedServer> m_server;
    TestNetwork m_network;
    MemorySecretStore m_secrets;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<WizardState> m_state;
    std::unique_ptr<QWizard> m_wizard;
    SchedulePage* m_page = nullptr;
    QJsonObject m_spec;
    int m_specStatus = 200;

    template <typename T>
    T* find(const char* name) const
    {
        T* widget = m_wizard->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    QAbstractButton* next() const { return m_wizard->button(QWizard::NextButton); }

    void openWizard()
    {
        m_wizard = std::make_unique<QWizard>();
        m_page = new SchedulePage(m_session.get(), m_state.get(), m_wizard.get());
        m_wizard->setPage(kBefore, new QWizardPage(m_wizard.get()));
        m_wizard->setPage(kSchedule, m_page);
        m_wizard->setPage(kAfter, new QWizardPage(m_wizard.get()));
        m_wizard->setStartId(kBefore);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), kSchedule);
    }

    void waitForSpec() { QTRY_VERIFY(!m_state->flowSpec().isEmpty()); }

    void choose(const char* frequency)
    {
        auto* combo = find<QComboBox>("frequencyComboBox");
        const int index = combo->findData(QLatin1String(frequency));
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }

    int frequencyIndex(const char* frequency) const
    {
        return find<QComboBox>("frequencyComboBox")->findData(QLatin1String(frequency));
    }

    QString shown(const char* name) const
    {
        auto* label = find<QLabel>(name);
        return label->isVisibleTo(m_page) ? label->text() : QString();
    }

    QString error(const char* name) const
    {
        auto* label = find<QLabel>(name);
        return label->isVisibleTo(m_page) ? label->text() : QString();
    }

    void setUp()
    {
        m_spec = FlowSpec::crmToAep().json();
        m_specStatus = 200;
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->start());
        m_server->setFallback([this](const RecordedRequest& r) {
            if (r.path == QLatin1String("/data/foundation/flowservice/flowSpecs")) {
                if (m_specStatus != 200)
                    return ScriptedResponse::json(m_specStatus, "{\"error_code\":\"500\",\"message\":\"down\"}");
                return ScriptedResponse::json(
                    200, QJsonDocument(QJsonObject{{QStringLiteral("items"), QJsonArray{m_spec}}}).toJson());
            }
            return ScriptedResponse::json(404, "{}");
        });
        m_session = std::make_unique<Session>(m_network.get(), &m_secrets);
        PlatformConfig config;
        config.platformUrl = m_server->url();
        config.imsUrl = m_server->url();
        config.imsOrg = QStringLiteral("ABCDEF0123456789ABCDEF01@AdobeOrg");
        config.clientId = QStringLiteral("client");
        config.maxRetries = 0;
        m_session->setConfig(config);
        m_session->auth()->setStaticToken(QStringLiteral("token"));
        m_state = std::make_unique<WizardState>();
        m_state->setSource(m_state->draft().source, QStringLiteral("HubSpot"), {});
        m_state->setTable(QStringLiteral("Hubspot.Contacts"), columns(), rows());
    }

    void tearDown()
    {
        m_wizard.reset();
        m_state.reset();
        m_session.reset();
        m_server.reset();
    }
};
