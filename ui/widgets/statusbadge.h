// A status shown as a coloured badge with a symbol and a text (never colour alone).
#pragma once

#include <QLabel>

#include "statuslook.h"

namespace paydesk {

class StatusBadge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadge)

public:
    explicit StatusBadge(QWidget *parent = nullptr);

    void setLook(const StatusLook &look);
    void clearLook();
    Tone tone() const { return m_look.tone; }
    /// The status text without its symbol.
    QString statusText() const { return m_look.text; }
    /// The text on one line. QLabel's own hint for a word-wrapped text wraps anything over
    /// about 20 characters ("Check before trying again" on two lines beside an empty panel);
    /// the minimum stays its widest word, so a narrower layout wraps it, as high as it needs.
    QSize sizeHint() const override;

private:
    StatusLook m_look;
};

} // namespace paydesk
