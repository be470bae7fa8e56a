// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

class PlatformClient;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class ServiceJob;

/**
 * Writes one calculated field: the expression, the table's columns and the functions to insert at the cursor, the
 * expression checked as it is typed (ExpressionParser, its error underlined where it is), and the Platform's own
 * verdict (Data Prep's mappingSets/validate) when the schema exists there.
 */
class ExpressionEditor : public QDialog
{
    Q_OBJECT
public:
    ExpressionEditor(const QStringList& columns, const QString& destination, QWidget* parent = nullptr);

    void setExpression(const QString& expression);
    QString expression() const;
    /** Enables the Platform's check: @p client and the $id of a schema that exists on the Platform. */
    void setPlatform(PlatformClient* client, const QString& schemaId);

    /** Inserts @p text at the cursor (replacing the selection) and gives the focus back to the expression. */
    void insertAtCursor(const QString& text, int cursorBack = 0);

private:
    void recheck();
    void filterFunctions();
    void showFunction();
    void insertFunction();
    void validateOnline();

    QStringList m_columns;
    QString m_destination;
    PlatformClient* m_client = nullptr;
    QString m_schemaId;
    QPlainTextEdit* m_text;
    QLabel* m_check;
    QListWidget* m_columnList;
    QLineEdit* m_filter;
    QTreeWidget* m_functions;
    QLabel* m_functionHelp;
    QPushButton* m_validate;
    QLabel* m_platform;
    QTimer m_debounce;
    QPointer<ServiceJob> m_job;
};
