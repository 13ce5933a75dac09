// Inline validation messages: each issue of validateSale (or of the cart) is shown under its
// field, the field is marked, and what was typed stays as it was.
#pragma once

#include <QHash>
#include <QLabel>
#include <QList>
#include <QPointer>
#include <QString>

#include "backends/sale.h"

namespace paydesk {

class FieldMessages
{
public:
    /// `field` is validateSale's field name; "items" also takes "items[N]".
    void add(const QString &field, QWidget *input, QLabel *message);
    /// Where issues of fields without a place of their own go (e.g. "currency").
    void setFallback(QLabel *message) { m_fallback = message; }

    /// Shows the issues (replacing earlier ones); returns the first input at fault, if any.
    QWidget *show(const FieldIssues &issues);
    void clear();
    /// Clears one field's message, e.g. when the cashier edits it.
    void clear(const QString &field);
    /// The message shown for `field` (empty when none), for tests and accessibility.
    QString message(const QString &field) const;

    /// Marks an input as at fault or not (a red frame) and describes it for screen readers.
    static void markInvalid(QWidget *input, const QString &message);
    /// Gives an input its fixed style sheet (the red frame while invalid); markInvalid does it
    /// the first time it marks the input, once the input is in its page.
    static void prepareInput(QWidget *input);

private:
    struct Place
    {
        QPointer<QWidget> input;
        QPointer<QLabel> message;
    };
    QString keyFor(const QString &field) const;
    const Place *placeFor(const QString &field) const;
    static void showText(QLabel *label, const QString &text);

    QHash<QString, Place> m_places;
    QList<QString> m_order;
    QPointer<QLabel> m_fallback;
};

/// The style of an inline message: red text with a warning sign.
void styleMessageLabel(QLabel *label);

} // namespace paydesk
