// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MappingHistory.h"
#include "core/MappingModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

namespace {

QJsonObject tree()
{
    return QJsonDocument::fromJson(R"json({"type": "object", "properties": {
        "_id": {"title": "Identifier", "type": "string", "meta:xdmType": "string"},
        "person": {"title": "Person", "type": "object", "meta:xdmType": "object", "properties": {
            "name": {"title": "Name", "type": "object", "meta:xdmType": "object", "properties": {
                "firstName": {"title": "First name", "type": "string", "meta:xdmType": "string"},
                "lastName": {"title": "Last name", "type": "string", "meta:xdmType": "string"}}}}},
        "personalEmail": {"title": "Personal email", "type": "object", "meta:xdmType": "object", "properties": {
            "address": {"title": "Email address", "type": "string", "meta:xdmType": "string"}}}
    }})json")
        .object();
}

QJsonArray columns()
{
    QJsonArray result;
    for (const char* name : {"Vid", "Email", "First", "Last"})
        result.append(QJsonObject{{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("type"), "string"}});
    return result;
}

MappingRule rule(const char* source, const char* destination)
{
    return MappingRule{QLatin1String(source), QString(), QLatin1String(destination)};
}

QList<MappingRule> threeRules()
{
    return {rule("Vid", "_id"), rule("Email", "personalEmail.address"), rule("First", "person.name.firstName")};
}

} // namespace

/** MappingHistory: every edit of the rules one undo step, undone and redone exactly; what is not an edit is not. */
class TestMappingHistory : public QObject
{
    Q_OBJECT

    std::unique_ptr<MappingModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<MappingHistory> m_history;

    /** Undoes and redoes the last step, checking the rules before and after each time. */
    void undoRedo(const QList<MappingRule>& before, const QList<MappingRule>& after)
    {
        QCOMPARE(m_model->rules(), after);
        QVERIFY(m_history->canUndo());
        m_history->undo();
        QCOMPARE(m_model->rules(), before);
        QVERIFY(m_history->canRedo());
        m_history->redo();
        QCOMPARE(m_model->rules(), after);
    }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<MappingModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setContext(columns(), tree(), DataflowDraft());
        m_model->setRules(threeRules());
        m_history = std::make_unique<MappingHistory>(m_model.get());
        m_history->resetBaseline();
        m_history->setMergeWindowMs(0);
    }
    void cleanup()
    {
        m_history.reset();
        m_tester.reset();
        m_model.reset();
    }

    void baselineIsNotUndoable()
    {
        QVERIFY(!m_history->canUndo());
        QVERIFY(!m_history->canRedo());
        QCOMPARE(m_history->undoText(), QString());
        // A context reload is no edit.
        m_model->setContext(columns(), tree(), DataflowDraft());
        QVERIFY(!m_history->canUndo());
        // Loading a draft's rules then resetting the baseline: nothing to undo either.
        m_model->setRules({rule("Vid", "_id")});
        QVERIFY(m_history->canUndo());
        m_history->resetBaseline();
        QVERIFY(!m_history->canUndo());
        QCOMPARE(m_history->count(), 0);
        m_history->undo(); // nothing happens
        QCOMPARE(m_model->rules(), QList<MappingRule>{rule("Vid", "_id")});
    }

    void cellEdits()
    {
        const QList<MappingRule> before = m_model->rules();
        QVERIFY(m_model->setData(m_model->index(2, MappingModel::SourceColumn), QStringLiteral("Last")));
        QCOMPARE(m_history->undoText(), QStringLiteral("Map Last to person.name.firstName"));
        QList<MappingRule> after = before;
        after[2].source = QStringLiteral("Last");
        undoRedo(before, after);

        // A source that is no column becomes a calculated field; undo brings the column back.
        const QList<MappingRule> beforeExpression = m_model->rules();
        QVERIFY(m_model->setData(m_model->index(0, MappingModel::SourceColumn), QStringLiteral("upper(Vid)")));
        QVERIFY(m_model->rules().at(0).isExpression());
        QCOMPARE(m_history->undoText(), QStringLiteral("Map upper(Vid) to _id"));
        QList<MappingRule> expression = beforeExpression;
        expression[0] = MappingRule{QString(), QStringLiteral("upper(Vid)"), QStringLiteral("_id")};
        undoRedo(beforeExpression, expression);

        const QList<MappingRule> beforeClear = m_model->rules();
        QVERIFY(m_model->setData(m_model->index(1, MappingModel::DestinationColumn), QString()));
        QCOMPARE(m_history->undoText(), QStringLiteral("Clear the field of rule 2"));
        QList<MappingRule> cleared = beforeClear;
        cleared[1].destination.clear();
        undoRedo(beforeClear, cleared);
        QCOMPARE(m_history->count(), 3);

        // Setting a cell to what it holds is no step.
        QVERIFY(m_model->setData(m_model->index(0, MappingModel::DestinationColumn), QStringLiteral("_id")));
        QCOMPARE(m_history->count(), 3);
    }

    void keystrokesMerge()
    {
        m_history->setMergeWindowMs(60'000);
        const QList<MappingRule> before = m_model->rules();
        const QModelIndex cell = m_model->index(1, MappingModel::DestinationColumn);
        for (const char* text : {"p", "pe", "person.name.lastName"})
            QVERIFY(m_model->setData(cell, QLatin1String(text)));
        QCOMPARE(m_history->count(), 1);
        QCOMPARE(m_history->undoText(), QStringLiteral("Map Email to person.name.lastName"));
        QList<MappingRule> after = before;
        after[1].destination = QStringLiteral("person.name.lastName");
        undoRedo(before, after);
        // Another cell is another step.
        QVERIFY(m_model->setData(m_model->index(0, MappingModel::DestinationColumn), QStringLiteral("p")));
        QCOMPARE(m_history->count(), 2);
        // Typed back to what it held: the step goes away.
        QVERIFY(m_model->setData(m_model->index(0, MappingModel::DestinationColumn), QStringLiteral("_id")));
        QCOMPARE(m_history->count(), 1);
        QCOMPARE(m_model->rules(), after);

        // Without the window, each edit of the cell is a step of its own.
        m_history->setMergeWindowMs(0);
        QVERIFY(m_model->setData(cell, QStringLiteral("_id")));
        QVERIFY(m_model->setData(cell, QStringLiteral("personalEmail.address")));
        QCOMPARE(m_history->count(), 3);
    }

    void addingRules()
    {
        const QList<MappingRule> start = m_model->rules();
        QCOMPARE(m_model->addRule(), 3);
        QCOMPARE(m_history->undoText(), QStringLiteral("Add a rule"));
        undoRedo(start, start + QList<MappingRule>{MappingRule()});

        const QList<MappingRule> beforeExpression = m_model->rules();
        m_model->addRule(true);
        QCOMPARE(m_history->undoText(), QStringLiteral("Add a calculated field"));
        undoRedo(beforeExpression, beforeExpression + QList<MappingRule>{MappingRule{{}, QStringLiteral("\"\""), {}}});

        // A drag and drop "map column X to field Y".
        const QList<MappingRule> beforeDrop = m_model->rules();
        QCOMPARE(m_model->addRules({rule("Last", "person.name.lastName")}), 1);
        QCOMPARE(m_history->undoText(), QStringLiteral("Map Last to person.name.lastName"));
        undoRedo(beforeDrop, beforeDrop + QList<MappingRule>{rule("Last", "person.name.lastName")});

        const QList<MappingRule> more{rule("Vid", "person.name.firstName"), rule("Email", "_id"),
                                      rule("Last", "personalEmail.address")};
        const QList<MappingRule> beforeMore = m_model->rules();
        m_model->addRules(more);
        QCOMPARE(m_history->undoText(), QStringLiteral("Add 3 rules"));
        undoRedo(beforeMore, beforeMore + more);

        // Accepted suggestions, named by the page.
        const QList<MappingRule> beforeAccepted = m_model->rules();
        m_history->nameNextEdit(MappingHistory::acceptedSuggestionsText(2));
        m_model->addRules({rule("First", "_id"), rule("Last", "_id")});
        QCOMPARE(m_history->undoText(), QStringLiteral("Accept 2 suggestions"));
        undoRedo(beforeAccepted, beforeAccepted + QList<MappingRule>{rule("First", "_id"), rule("Last", "_id")});
        QCOMPARE(m_history->count(), 5);
        // Nothing added, no step.
        QCOMPARE(m_model->addRules({}), 0);
        QCOMPARE(m_history->count(), 5);
    }

    void autoMap()
    {
        m_model->setRules({});
        m_history->resetBaseline();
        const int added = m_model->autoMap();
        QVERIFY(added >= 2);
        const QList<MappingRule> after = m_model->rules();
        QCOMPARE(m_history->count(), 1);
        QCOMPARE(m_history->undoText(), QStringLiteral("Auto-map (%1 rules)").arg(added));
        undoRedo({}, after);
        // Nothing left to map: no step.
        QCOMPARE(m_model->autoMap(), 0);
        QCOMPARE(m_history->count(), 1);
    }

    void removing()
    {
        QList<MappingRule> five = threeRules();
        five << rule("Last", "person.name.lastName") << rule("Vid", "person.name.firstName");
        m_model->setRules(five);
        m_history->resetBaseline();
        QVERIFY(m_model->removeRows(1, 3));
        QCOMPARE(m_history->undoText(), QStringLiteral("Remove 3 rules"));
        undoRedo(five, {five.at(0), five.at(4)});
        // Undo puts the rows back where they were.
        m_history->undo();
        QCOMPARE(m_model->rules(), five);
        m_history->redo();

        const QList<MappingRule> two = m_model->rules();
        QVERIFY(m_model->removeRows(0, 1));
        QCOMPARE(m_history->undoText(), QStringLiteral("Remove the rule Vid \u2192 _id"));
        undoRedo(two, {five.at(4)});
    }

    void replacing()
    {
        const QList<MappingRule> start = m_model->rules();
        const QList<MappingRule> csv{rule("Email", "_id"), rule("Vid", "personalEmail.address")};
        m_history->replaceRules(csv, MappingHistory::importedFromCsvText(QStringLiteral("rules.csv"), 2));
        QCOMPARE(m_history->undoText(), QStringLiteral("Import 2 rules from rules.csv"));
        undoRedo(start, csv);

        const QList<MappingRule> flow{rule("Last", "person.name.lastName")};
        m_history->replaceRules(flow, MappingHistory::importedFromFlowText(QStringLiteral("Contacts"), 1));
        QCOMPARE(m_history->undoText(), QStringLiteral("Take 1 rule from the dataflow \u201cContacts\u201d"));
        undoRedo(csv, flow);

        // setRules called directly is a step too.
        m_model->setRules(start);
        QCOMPARE(m_history->undoText(), QStringLiteral("Replace the rules (3 rules)"));
        undoRedo(flow, start);
        QCOMPARE(m_history->count(), 3);
    }

    void clearAll()
    {
        const QList<MappingRule> start = m_model->rules();
        QSignalSpy changed(m_history.get(), &MappingHistory::changed);
        m_history->clearAll();
        QVERIFY(m_model->rules().isEmpty());
        QCOMPARE(m_history->undoText(), QStringLiteral("Clear all rules"));
        QVERIFY(!changed.isEmpty());
        undoRedo(start, {});
        m_history->undo();
        QCOMPARE(m_model->rules(), start);
        QCOMPARE(m_history->redoText(), QStringLiteral("Clear all rules"));
        m_history->redo();
        // Nothing to clear: no step.
        m_history->clearAll();
        QCOMPARE(m_history->count(), 1);
        // setRules({}) from elsewhere is worded the same.
        m_history->undo();
        m_model->setRules({});
        QCOMPARE(m_history->undoText(), QStringLiteral("Clear all rules"));
    }

    /** Many edits of every kind: undo all goes back to the baseline through every state, redo all to the end. */
    void everyStateOnTheWay()
    {
        QList<QList<MappingRule>> states{m_model->rules()};
        m_model->addRule();
        states << m_model->rules();
        m_model->setData(m_model->index(3, MappingModel::SourceColumn), QStringLiteral("Last"));
        states << m_model->rules();
        m_model->setData(m_model->index(3, MappingModel::DestinationColumn), QStringLiteral("person.name.lastName"));
        states << m_model->rules();
        m_model->removeRows(0, 2);
        states << m_model->rules();
        m_model->addRules({rule("Vid", "_id"), rule("Email", "personalEmail.address")});
        states << m_model->rules();
        m_history->clearAll();
        states << m_model->rules();
        m_model->autoMap();
        states << m_model->rules();
        QCOMPARE(m_history->count(), int(states.size()) - 1);
        for (qsizetype i = states.size() - 2; i >= 0; --i) {
            m_history->undo();
            QCOMPARE(m_model->rules(), states.at(i));
        }
        QVERIFY(!m_history->canUndo());
        for (qsizetype i = 1; i < states.size(); ++i) {
            m_history->redo();
            QCOMPARE(m_model->rules(), states.at(i));
        }
        QVERIFY(!m_history->canRedo());
        // A new edit after undo drops what could be redone.
        m_history->undo();
        m_history->undo();
        m_model->addRule();
        QVERIFY(!m_history->canRedo());
        QCOMPARE(m_history->undoText(), QStringLiteral("Add a rule"));
    }

    void undoActions()
    {
        // The page's buttons may be QUndoStack's actions.
        std::unique_ptr<QAction> undo(m_history->stack()->createUndoAction(nullptr));
        QVERIFY(!undo->isEnabled());
        m_history->clearAll();
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("Clear all rules")));
        undo->trigger();
        QCOMPARE(m_model->rules(), threeRules());
    }
};

QTEST_MAIN(TestMappingHistory)
#include "TestMappingHistory.moc"
