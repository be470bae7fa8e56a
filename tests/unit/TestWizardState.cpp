// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WizardState.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace {

QJsonArray columns()
{
    return QJsonArray{
        QJsonObject{{"name", "Email"}, {"type", "string"}},
        QJsonObject{{"name", "Updated"}, {"type", "string"}, {"meta:xdmType", "date-time"}},
        QJsonObject{{"name", "Created"}, {"type", "string"}, {"xdm", QJsonObject{{"format", "date-time"}}}}};
}

DraftSource hubSpot(const QString& account)
{
    DraftSource source;
    source.connectionSpecId = QStringLiteral("cc6a4487-9e91-433e-a3a3-9cf6626c1806");
    source.baseConnectionId = account;
    source.path = QStringLiteral("Hubspot.Contacts");
    return source;
}

QList<WizardState::Part> parts(const QSignalSpy& spy)
{
    QList<WizardState::Part> result;
    for (const QList<QVariant>& call : spy)
        result << call.at(0).value<WizardState::Part>();
    return result;
}

} // namespace

/** The wizard's shared state: one setter a page, a change signal only for a change, and what depends on what. */
class TestWizardState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSetterSignalsOnlyAChange()
    {
        WizardState state;
        QSignalSpy changed(&state, &WizardState::changed);
        state.setSource(hubSpot(QStringLiteral("a1")), QStringLiteral("HubSpot"), QStringLiteral("Sales"));
        state.setSource(hubSpot(QStringLiteral("a1")), QStringLiteral("HubSpot"), QStringLiteral("Sales"));
        QCOMPARE(parts(changed), QList<WizardState::Part>{WizardState::Part::Source});
        QCOMPARE(state.draft().source.baseConnectionId, QStringLiteral("a1"));
        QCOMPARE(state.accountName(), QStringLiteral("Sales"));

        DraftDataflow dataflow;
        dataflow.name = QStringLiteral("Contacts");
        state.setDataflow(dataflow);
        state.setDataflow(dataflow);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).value<WizardState::Part>(), WizardState::Part::Schedule);
    }

    void learntValuesFollowEvenWithoutAChange()
    {
        // The same table read again brings fresh sample rows; the draft itself did not change.
        WizardState state;
        state.setTable(QStringLiteral("Hubspot.Contacts"), columns(), QJsonArray{QJsonObject{{"Email", "a@b.c"}}});
        QSignalSpy changed(&state, &WizardState::changed);
        state.setTable(QStringLiteral("Hubspot.Contacts"), columns(), QJsonArray{});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(state.previewRows().size(), 0);
        QCOMPARE(state.dateTimeColumns(), (QStringList{QStringLiteral("Updated"), QStringLiteral("Created")}));
    }

    void aNewTableOrSchemaMarksTheMappingToReview()
    {
        WizardState state;
        state.setTable(QStringLiteral("Hubspot.Contacts"), columns(), {});
        state.setMapping({MappingRule{QStringLiteral("Email"), {}, QStringLiteral("personalEmail.address")}}, true);
        QVERIFY(!state.mappingNeedsReview());
        state.setTable(QStringLiteral("Hubspot.Companies"), columns(), {});
        QVERIFY(state.mappingNeedsReview());
        QCOMPARE(state.draft().mapping.size(), 1); // kept, to review rather than retype
        state.setMapping(state.draft().mapping, true);
        QVERIFY(!state.mappingNeedsReview());

        DraftSchema schema;
        schema.id = QStringLiteral("https://ns.adobe.com/demotenant/schemas/1");
        state.setSchema(schema, {}, QStringLiteral("Contacts"), true);
        QVERIFY(state.mappingNeedsReview());
        QCOMPARE(state.schemaTitle(), QStringLiteral("Contacts"));
        QVERIFY(state.schemaProfileEnabled());
        // Back from the Mapping page keeps the rules without calling them reviewed.
        state.setMapping(state.draft().mapping, false);
        QVERIFY(state.mappingNeedsReview());
    }

    void renamingTheNewAccountLeavesTheMappingAlone()
    {
        // The new account's name (proposed again in another language, or retyped) changes no column.
        WizardState state;
        DraftSource source;
        source.connectionSpecId = QStringLiteral("cc6a4487-9e91-433e-a3a3-9cf6626c1806");
        source.newAccount = DraftNewAccount{QStringLiteral("HubSpot account"), {}, QStringLiteral("OAuth2"), {}};
        state.setSource(source, QStringLiteral("HubSpot"), source.newAccount->name);
        state.setTable(QStringLiteral("Hubspot.Contacts"), columns(), {});
        state.setMapping({MappingRule{QStringLiteral("Email"), {}, QStringLiteral("personalEmail.address")}}, true);
        QSignalSpy changed(&state, &WizardState::changed);
        source.path = state.draft().source.path;
        source.newAccount->name = QStringLiteral("Compte HubSpot");
        state.setSource(source, QStringLiteral("HubSpot"), source.newAccount->name);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(state.draft().source.newAccount->name, QStringLiteral("Compte HubSpot"));
        QVERIFY(!state.mappingNeedsReview());
        // Another authentication is another account: its tables may differ.
        source.newAccount->authSpecName = QStringLiteral("Basic Authentication");
        state.setSource(source, QStringLiteral("HubSpot"), source.newAccount->name);
        QVERIFY(state.mappingNeedsReview());
    }

    void aTableWithoutTheDeltaColumnDropsIt()
    {
        WizardState state;
        state.setTable(QStringLiteral("Hubspot.Contacts"), columns(), {});
        DraftDataflow dataflow;
        dataflow.deltaColumn = DeltaColumn{QStringLiteral("Updated"), {}, {}};
        state.setDataflow(dataflow);
        state.setTable(QStringLiteral("Hubspot.Deals"), columns(), {}); // still has "Updated"
        QVERIFY(state.draft().dataflow.deltaColumn.has_value());
        state.setTable(QStringLiteral("Hubspot.Owners"), QJsonArray{columns().at(0)}, {});
        QVERIFY(!state.draft().dataflow.deltaColumn.has_value());
    }

    void resetForgetsWhatWasLearntButTheSecretsOfTheSameAccount()
    {
        WizardState state;
        DraftSource source = hubSpot({});
        source.newAccount = DraftNewAccount{QStringLiteral("Marketing"), {}, QStringLiteral("OAuth2"), {}};
        const NewAccountKeys keys{source.connectionSpecId, *source.newAccount, QJsonObject{{"accessToken", "s3cr3t"}}};
        state.newAccount()->setKeys(keys);
        state.setSource(source, QStringLiteral("HubSpot"), QStringLiteral("Marketing"));
        state.setTable(source.path, columns(), {});
        state.setCreated(QStringLiteral("flow-1"), QJsonObject{{"flowId", "flow-1"}});

        DataflowDraft same = state.draft();
        state.reset(same);
        QCOMPARE(state.newAccount()->keys(), keys);
        QVERIFY(state.columns().isEmpty());
        QVERIFY(state.sourceLabel().isEmpty());
        QVERIFY(state.flowId().isEmpty());

        DataflowDraft other = state.draft();
        other.source.newAccount->name = QStringLiteral("Another");
        state.reset(other);
        QVERIFY(state.newAccount()->keys().secrets.isEmpty());
    }

    void nothingIsMadeOrDiscardedWithoutAnAccount()
    {
        NewAccount account;
        const DraftSource existing = hubSpot(QStringLiteral("a1"));
        QVERIFY(!account.needsCreating(existing));
        QCOMPARE(account.connectionFor(existing), QStringLiteral("a1"));
        DraftSource fresh = hubSpot({});
        QVERIFY(!account.needsCreating(fresh)); // no new account in the draft either
        fresh.newAccount = DraftNewAccount{QStringLiteral("Marketing"), {}, QStringLiteral("OAuth2"), {}};
        QVERIFY(account.needsCreating(fresh));
        QVERIFY(account.madeId().isEmpty());
        QCOMPARE(account.discardUnused(nullptr), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestWizardState)
#include "TestWizardState.moc"
