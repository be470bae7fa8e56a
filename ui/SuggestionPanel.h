// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class MappingModel;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class SuggestionModel;

/**
 * The auto-map's suggestions under the rules, apart from them: column, field, score and why. Accept one, reject one,
 * or accept all from a score (80 unless changed); an accepted suggestion becomes a rule of the MappingModel as a
 * user's edit does. Hidden while there is none.
 */
class SuggestionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SuggestionPanel(MappingModel* rules, QWidget* parent = nullptr);

    SuggestionModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /** Suggests again for the columns that no rule reads; returns how many suggestions there are. */
    int refresh();
    /** Accepts every suggestion scoring @p threshold or more; returns how many rules were added. */
    int acceptAll(int threshold);
    int threshold() const;
    /** Forgets the suggestions and the rejected ones (an imported mapping, a new table). */
    void clear();

Q_SIGNALS:
    /** @p count suggestions became rules. */
    void accepted(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void acceptCurrent();
    void rejectCurrent();
    void updateState();

    MappingModel* m_rules;
    SuggestionModel* m_model;
    QLabel* m_title;
    QTableView* m_view;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QPushButton* m_acceptAll;
    QSpinBox* m_threshold;
};
