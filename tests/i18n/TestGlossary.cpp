// SPDX-License-Identifier: GPL-3.0-or-later
#include "Glossary.h"

#include <QTest>

/** translations/GLOSSARY.md holds the French terms, and the French catalogue keeps to them. */
class TestGlossary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_glossary = Glossary::read(QStringLiteral(AEP_SOURCE_DIR "/translations/GLOSSARY.md"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void glossaryIsComplete()
    {
        QVERIFY2(m_glossary.terms.size() >= 60, qPrintable(QString::number(m_glossary.terms.size())));
        QVERIFY(m_glossary.names.size() >= 5);
        // The terms the issue asks for are there, with their French.
        const QList<QPair<QString, QString>> expected{
            {"account", "compte"},
            {"source connection", "connexion source"},
            {"target connection", "connexion cible"},
            {"XDM schema", "schéma XDM"},
            {"field group", "groupe de champs"},
            {"primary identity", "identité principale"},
            {"identity namespace", "espace de noms d’identité"},
            {"dataset", "jeu de données"},
            {"mapping", "mappage"},
            {"mapping set", "jeu de mappages"},
            {"calculated field", "champ calculé"},
            {"dataflow", "flux de données"},
            {"flow run", "exécution"},
            {"sandbox", "sandbox"},
            {"frequency", "fréquence"},
            {"interval", "intervalle"},
            {"backfill", "renvoi"},
            {"partial ingestion threshold", "seuil d’erreur"},
            {"error diagnostics", "diagnostics d’erreur"},
        };
        for (const auto& [english, french] : expected) {
            const auto it = std::find_if(m_glossary.terms.begin(), m_glossary.terms.end(),
                                         [&](const Glossary::Term& t) { return t.english.contains(english); });
            QVERIFY2(it != m_glossary.terms.end(), qPrintable(english));
            QVERIFY2(it->french.contains(french), qPrintable(english + QStringLiteral(" -> ") + it->french.join('/')));
        }
        // Every term says what it becomes; an exception gives its reason.
        for (const Glossary::Term& t : m_glossary.terms)
            QVERIFY2(!t.english.isEmpty() && !t.french.isEmpty(), qPrintable(t.english.join(';')));
    }

    /** The check finds what it is meant to find (and only that), on messages made up for it. */
    void checkFindsWrongAndUntranslatedTerms_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("french");
        QTest::addColumn<bool>("wrong");
        QTest::newRow("right") << "Choose a dataset."
                               << "Choisissez un jeu de données." << false;
        QTest::newRow("wrong variant") << "Choose a dataset."
                                       << "Choisissez un ensemble de données." << true;
        QTest::newRow("left in English") << "Choose a dataset."
                                         << "Choisissez un dataset." << true;
        QTest::newRow("any case") << "Dataflow name"
                                  << "Nom du Dataflow" << true;
        QTest::newRow("kept in English") << "Choose a sandbox."
                                         << "Choisissez un sandbox." << false;
        QTest::newRow("wrong sandbox") << "Choose a sandbox."
                                       << "Choisissez un environnement de test." << true;
        QTest::newRow("tableau for a table") << "Choose the table."
                                             << "Choisissez le tableau." << true;
        QTest::newRow("tableau for an array") << "an array of rules"
                                              << "un tableau de règles" << false;
        QTest::newRow("wrong primary") << "primary identity"
                                       << "identité de principal" << true;
        QTest::newRow("apostrophe alike") << "The access token expired."
                                          << "Le token d'accès a expiré." << true;
        QTest::newRow("typographic apostrophe") << "Start time"
                                                << "Temps de début" << true;
        QTest::newRow("technical name") << "Set dataflow.backfill to false."
                                        << "Mettez dataflow.backfill à false." << false;
        QTest::newRow("camel case") << "deltaColumn is not valid"
                                    << "deltaColumn n’est pas valide" << false;
        QTest::newRow("placeholder and markup") << "<b>%1</b> mappings"
                                                << "<b>%1</b> mappages" << false;
        QTest::newRow("proper name") << "Open Experience Platform"
                                     << "Ouvrez Experience Platform" << false;
        QTest::newRow("product name translated") << "the Platform's rules"
                                                 << "les règles de la plateforme" << true;
        QTest::newRow("mnemonic") << "&Dataset"
                                  << "&Dataset" << true;
    }

    void checkFindsWrongAndUntranslatedTerms()
    {
        QFETCH(QString, source);
        QFETCH(QString, french);
        QFETCH(bool, wrong);
        const QStringList problems
            = m_glossary.check({TsCatalogue::Message{QStringLiteral("Test"), source, {french}, false, false}});
        QVERIFY2(problems.isEmpty() != wrong, qPrintable(problems.join('\n')));
        // Unfinished messages are the catalogue test's business.
        QVERIFY(
            m_glossary.check({TsCatalogue::Message{QStringLiteral("Test"), source, {french}, true, false}}).isEmpty());
    }

    void frenchCatalogueKeepsToTheGlossary()
    {
        const QList<TsCatalogue::Message> messages
            = TsCatalogue::read(QStringLiteral(AEP_SOURCE_DIR "/translations/aep_fr.ts"));
        QVERIFY(messages.size() > 100);
        const QStringList problems = m_glossary.check(messages);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join('\n')));
    }

private:
    Glossary m_glossary;
};

QTEST_MAIN(TestGlossary)
#include "TestGlossary.moc"
