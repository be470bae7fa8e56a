// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

/**
 * The credential page's "Advanced" section: a disclosure button opening the Platform and IMS URL fields, and the
 * line saying what is wrong with them. Closed at first; opens by itself when a URL needs the user's attention.
 */
class PlatformUrlsBox : public QWidget
{
    Q_OBJECT
public:
    /** Its fields get their clear buttons at addIcons(): the box is on the first page, shown before any icon. */
    explicit PlatformUrlsBox(QWidget* parent = nullptr);
    void addIcons();

    QUrl platformUrl() const;
    QUrl imsUrl() const;
    /** Shows both URLs (an empty one empties its field). */
    void setUrls(const QUrl& platformUrl, const QUrl& imsUrl);
    /** True when both fields have text (a problem is only shown then). */
    bool bothFilled() const;
    void expand();
    /** The problem line under the fields (empty: hidden); opens the section when there is one. */
    void showProblem(const QString& problem);
    void setInputEnabled(bool enabled);

Q_SIGNALS:
    void edited();

private:
    QToolButton* m_button;
    QWidget* m_content;
    QLineEdit* m_platformUrl;
    QLineEdit* m_imsUrl;
    QLabel* m_problem;
};
