// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

/** A parsed Data Prep calculated-field expression (CONTRACT §6.5 subset), bound to column indexes for speed. */
class Expression
{
public:
    struct Node;

    Expression();
    ~Expression();
    Expression(Expression&&) noexcept;
    Expression& operator=(Expression&&) noexcept;

    /** Parses; on failure returns false with an English message (position included). */
    bool parse(const QString& text, QString* error);
    /** The field names the expression reads, in order of appearance. */
    QStringList fields() const;
    /** Resolves field names against the source columns; unknown fields read as null. */
    void bind(const QStringList& columns);
    /** Evaluates on one row (values in bound column order); `error` is set when a function fails. */
    QJsonValue evaluate(const QList<QJsonValue>& row, QString* error) const;
    /** The list of supported function names (for the validate endpoint's messages). */
    static QStringList functions();

private:
    std::unique_ptr<Node> m_root;
};
