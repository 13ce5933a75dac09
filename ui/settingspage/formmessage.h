// How the setup and the settings page speak about a form: an error looks like an error (the
// danger tone's ink on its tint, with ⚠), progress and success in their own tones, and the
// connection test's three checks as three lines with ✔ / ✘ / – and what to do.
#pragma once

#include <QString>

#include "settings/connectiontest.h"

class QIcon;
class QLabel;
class QWidget;

namespace paydesk {

enum class FormMessage
{
    Plain, ///< a note: no colour
    Progress, ///< "Saving…", "Testing…"
    Success, ///< "Saved", "Connected"
    Error, ///< what stops the form, in the danger tone
    Locked, ///< set by the administrator: 🔒 and who set it
};

/// Shows `text` on `label` in the look of `kind` (hidden when empty). The label's "message"
/// property names the kind ("error", "success"…) for tests and style sheets.
void showFormMessage(QLabel *label, const QString &text, FormMessage kind);

/// The connection test's checks as rich text: one line each, ✔ passed, ✘ failed (in the danger
/// tone, what to do under it), – not checked.
QString connectionChecksText(const ConnectionReport &report);

/// Where a locked key was set: the system-wide file, or "the system-wide settings" when its
/// name is not known.
QString lockSource(const QString &systemFile);

/// Who set a locked key, in words: "Set by your administrator in FILE: it cannot be changed
/// here."
QString lockedBy(const QString &systemFile);

/// The padlock (resources/icons/lock.svg): the mark of a locked field, profile or note.
QIcon lockIcon();

/// Marks `field` as locked by the administrator: a padlock inside a line edit, "(locked)" in
/// its label (the label whose buddy it is, under `form`), and who set it in the tooltip.
void markLocked(QWidget *form, QWidget *field, const QString &systemFile);

} // namespace paydesk
