// One workplace for both programs: everything paydesk and paydeskctl work with, opened one way.
//  - the settings: the user's file over the system-wide file, with locks (ManagedSettings), or
//    --config FILE alone;
//  - the profiles, with credentials from the keyring (or the user-only file), the environment
//    over both (PAYDESK_TOKEN, PAYDESK_CLIENT_ID, PAYDESK_API_KEY);
//  - the journal location (--journal, else PAYDESK_JOURNAL, else the user's data folder), and
//    the journal opened on a thread of its own (JournalThread);
//  - the store's journal, where the till's journal is forwarded (--store URL, else the
//    config's [journal] store=); a sale never waits for it;
//  - the terminal context, the merchant for receipts, the catalogue;
//  - training mode (the window, with no profile): the sandbox behind TrainingSandbox.
// Nothing else reads profiles.
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "backends/profile.h"
#include "catalogue.h"
#include "core/expected.h"
#include "devices/printer.h"
#include "journal/journalthread.h"
#include "payments/saleattempt.h"
#include "receipts/tillreceipt.h"
#include "training.h"

namespace paydesk {

class ManagedSettings;

struct WorkplaceOptions
{
    QString journal; ///< --journal PATH|URL (else PAYDESK_JOURNAL, else the default file)
    QString store; ///< --store URL (else the config's [journal] store=; else none)
    QString profile; ///< --profile NAME: the profile selected at start
    QString config; ///< --config FILE (else the user's file over the system-wide file)
    /// The window: with no profile, serve the backends from the training sandbox. A command
    /// (paydeskctl) never starts one.
    bool trainingWhenNoProfile = true;
    /// Reads every profile now (the window lists them); a command reads the one it names,
    /// when it asks for it (profile()), and waits for the keyring only then.
    bool readProfiles = true;
    bool openJournal = true;
    bool loadCatalogue = true;
    /// How training mode starts its sandbox (the in-process paydesk-sandbox by default).
    TrainingSandboxFactory trainingSandbox = startTrainingSandbox;

    /// What a paydeskctl command opens: the settings only (no training sandbox, no catalogue,
    /// the journal left to the command), the profile it names read when it asks for it.
    static WorkplaceOptions forCommand(const QString &config, const QString &journal = {})
    {
        WorkplaceOptions o;
        o.config = config;
        o.journal = journal;
        o.trainingWhenNoProfile = false;
        o.readProfiles = false;
        o.openJournal = false;
        o.loadCatalogue = false;
        return o;
    }
};

struct MerchantInfo
{
    QString name;
    QString address; ///< may hold several lines
    QString taxId; ///< receipt/merchant_tax_id
    QString taxName; ///< receipt/tax_name ("IVA", "VAT"); empty: "Tax"
};

/// [customer_display] enabled=true, screen=NAME (a QScreen's name; empty: any second screen).
struct CustomerDisplaySettings
{
    bool enabled = false;
    QString screen;
};

/// What a person adds to a verify (paydeskctl journal verify's --profile, --base-url,
/// --sandbox): none of it can make another destination's silence count for the entry.
struct VerifyOverrides
{
    QString profile; ///< a profile to take the credentials and flags from
    QUrl baseUrl; ///< ask there instead: only what is found there counts, never an absence
    bool sandbox = false; ///< the witness is a Paydesk sandbox (its lookup by key)
};

class Workplace
{
    Q_DECLARE_TR_FUNCTIONS(paydesk::Workplace)

public:
    ~Workplace();
    Q_DISABLE_COPY_MOVE(Workplace)

    /// Opens the settings, the profiles (or training mode when there are none and the options
    /// ask for it), the journal and the catalogue. The error is a sentence for the person
    /// starting the program; nothing can be sold then.
    static Expected<std::unique_ptr<Workplace>, QString> open(const WorkplaceOptions &options);

    /// The journal location the options, the environment and the defaults give.
    static QString journalLocation(const QString &option);
    /// The store's journal location: the option, else the settings' [journal] store=, else
    /// empty (no store: the till's journal is the only one).
    static QString storeLocation(const QString &option, const ManagedSettings &settings);

    /// The journal on its own thread (the window never waits for it); null when the options
    /// did not ask for it.
    std::unique_ptr<JournalThread> journal;
    std::unique_ptr<TrainingSandbox> sandbox; ///< training mode only
    QList<BackendProfile> profiles;
    QStringList problems; ///< profiles that could not be read, a catalogue that could not be…
    QString initialProfile;
    bool training = false;
    AttemptContext context;
    MerchantInfo merchant;
    Catalogue catalogue;
    /// The counter's receipt printer ([printer] url, width_mm, codepage, timeout_ms); none when
    /// no url is set (or it cannot be read: then problems says why).
    std::optional<PrinterConfig> printer;
    CustomerDisplaySettings customerDisplay;
    QString configFile; ///< the user's file, or --config FILE
    QString configOption; ///< --config as given; empty: the user's file over the system file
    QString journalPlace; ///< the journal location in use
    /// The store's journal the till's journal is forwarded to (Forwarder); empty: no store.
    QString storePlace;

    /// Who sells and where, for a receipt: the merchant and this till's terminal and operator.
    ReceiptMerchant receiptMerchant() const;
    /// The till receipt of a sale, as every layout prints it (PDF, paper, ESC/POS): the merchant,
    /// the terminal and operator, and the tax rates of the catalogue.
    TillReceipt tillReceipt(const PaymentRecord &record, const QList<CartItem> &items,
                            const QString &reference, const QString &status) const;

    /// The till receipt of a journaled entry, the same in the support view and paydeskctl's
    /// reprint: a paid sale's till receipt marked `copyStatus`, with the tax rates of the catalogue
    /// as it is now (the journal keeps the lines, not their rates); a refund's slip, given its
    /// `sale`.
    TillReceipt tillReceipt(const JournalEntry &entry, const JournalEntry *sale,
                            const QString &copyStatus) const;
    /// The counter's printer at `url` (paydeskctl reprint --printer) with the settings' width,
    /// code page and timeout; an empty url is the settings' printer.
    Expected<PrinterConfig, QString> printerAt(const QString &url) const;

    const BackendProfile *findProfile(const QString &name) const;
    /// The profile of that name, credentials included, or a sentence that names the profile,
    /// the file and the fault.
    Expected<BackendProfile, QString> profile(const QString &name) const;
    /// Whether the settings define a profile of that name (readable or not).
    bool hasProfile(const QString &name) const;
    /// The profile that verifies `entry`, for the window and paydeskctl alike, decided from the
    /// entry and never from the program's mode: a training sale by training mode's profile of
    /// its backend; a real sale by the profile it was sent with (its credentials and flags,
    /// asked at the entry's own base URL), else by its base URL alone with the environment's
    /// credentials, never by a training profile. The Verifier then lets only the entry's own
    /// destination prove that the sale never arrived (witnessIsDestination).
    Expected<BackendProfile, QString> verifyingProfile(const JournalEntry &entry,
                                                       const VerifyOverrides &overrides = {}) const;
    ManagedSettings &settings() const { return *m_settings; }
    /// Reads again what the window uses without a restart, after the settings were saved: the
    /// terminal and operator, the merchant, the receipt printer and the customer display (the
    /// profiles and the journal stay as they were opened). The problems found, in words.
    QStringList reloadSettings();

private:
    Workplace();
    /// The merchant, the printer and the customer display from the settings; returns what
    /// cannot be used.
    QStringList readCounterSettings();
    std::unique_ptr<ManagedSettings> m_settings;
};

/// The config file used when --config is not given: $XDG_CONFIG_HOME/Paydesk/paydesk.ini.
QString defaultConfigFile();

} // namespace paydesk
