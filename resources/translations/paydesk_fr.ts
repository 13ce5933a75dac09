<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>CartWidget</name>
    <message>
        <source>Scan or type a &amp;SKU:</source>
        <translation>Scannez ou saisissez une &amp;référence :</translation>
    </message>
    <message>
        <source>Scan or type a SKU</source>
        <translation>Scannez ou saisissez une référence</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a SKU or a product name, then Enter</source>
        <translation>Scannez un code-barres ou saisissez une référence ou un produit, puis Entrée</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a SKU and press Enter (F2 comes back here)</source>
        <translation>Scannez un code-barres ou saisissez une référence puis Entrée (F2 revient ici)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the product of this SKU (Enter)</source>
        <translation>Ajouter le produit de cette référence (Entrée)</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Ajouter le produit</translation>
    </message>
    <message>
        <source>SKU message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>The lines of the sale</source>
        <translation>Les lignes de la vente</translation>
    </message>
    <message>
        <source>Quantity and price can be edited (F2 or type). + and - change the quantity, Delete removes the line.</source>
        <translation>La quantité et le prix se modifient (F2 ou saisie). + et - changent la quantité, Suppr retire la ligne.</translation>
    </message>
    <message>
        <source>Cart message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Retirer la ligne sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free amount:</source>
        <translation>Montant libre :</translation>
    </message>
    <message>
        <source>Free amount description</source>
        <translation>Description du montant libre</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Description (facultative)</translation>
    </message>
    <message>
        <source>What the amount is for, printed on the receipt (F3 comes here)</source>
        <translation>L’objet du montant, imprimé sur le reçu (F3 vient ici)</translation>
    </message>
    <message>
        <source>Free amount</source>
        <translation>Montant libre</translation>
    </message>
    <message>
        <source>An amount in the sale currency, then Enter</source>
        <translation>Un montant dans la devise de la vente, puis Entrée</translation>
    </message>
    <message>
        <source>Add amount</source>
        <translation>Ajouter le montant</translation>
    </message>
    <message>
        <source>Add this amount as a line (Enter)</source>
        <translation>Ajouter ce montant comme ligne (Entrée)</translation>
    </message>
    <message>
        <source>Free amount message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChargePanel</name>
    <message>
        <source>Charge</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>No charge yet.</source>
        <translation>Pas encore de débit.</translation>
    </message>
    <message>
        <source>No charge</source>
        <translation>Aucun débit</translation>
    </message>
    <message>
        <source>Number of charges</source>
        <translation>Nombre de débits</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charge id</source>
        <translation>Id du débit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Charge status</source>
        <translation>État du débit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Charge amount</source>
        <translation>Montant du débit</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Card brand and last 4 digits</source>
        <translation>Marque et 4 derniers chiffres de la carte</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Card expiry</source>
        <translation>Expiration de la carte</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Card funding</source>
        <translation>Type de carte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Card country</source>
        <translation>Pays de la carte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome type</source>
        <translation>Type de résultat</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Network status</source>
        <translation>État du réseau</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Risk level and score</source>
        <translation>Niveau et score de risque</translation>
    </message>
    <message>
        <source>Seller message</source>
        <translation>Message au vendeur</translation>
    </message>
    <message>
        <source>Balance txn</source>
        <translation>Mvt de solde</translation>
    </message>
    <message>
        <source>Balance transaction</source>
        <translation>Mouvement de solde</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motif de l’échec</translation>
    </message>
</context>
<context>
    <name>CheckoutSaleForm</name>
    <message>
        <source>Form message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>C&amp;lient *</source>
        <translation>C&amp;lient *</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The customer or the counter, e.g. Walk-in</source>
        <translation>Le client ou le comptoir, p. ex. Comptoir</translation>
    </message>
    <message>
        <source>Required, 1 to 100 characters</source>
        <translation>Obligatoire, de 1 à 100 caractères</translation>
    </message>
    <message>
        <source>Client message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reference *</source>
        <translation>&amp;Référence *</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Référence de la commande</translation>
    </message>
    <message>
        <source>The order number</source>
        <translation>Le numéro de commande</translation>
    </message>
    <message>
        <source>Required, 1 to 80 characters: what support searches by</source>
        <translation>Obligatoire, de 1 à 80 caractères : ce que le support recherche</translation>
    </message>
    <message>
        <source>Reference message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment &amp;method</source>
        <translation>&amp;Moyen de paiement</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Optional, e.g. card</source>
        <translation>Facultatif, p. ex. carte</translation>
    </message>
    <message>
        <source>Optional, at most 50 characters</source>
        <translation>Facultatif, 50 caractères au plus</translation>
    </message>
    <message>
        <source>Payment method message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-click payment</source>
        <translation>Paiement en un clic</translation>
    </message>
    <message>
        <source>Billing details (optional)</source>
        <translation>Coordonnées de facturation (facultatif)</translation>
    </message>
    <message>
        <source>Show or hide the billing details (Space)</source>
        <translation>Afficher ou masquer la facturation (Espace)</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Coordonnées de facturation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Billing name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Billing phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Billing city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Billing postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Billing state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two letters, e.g. MX</source>
        <translation>Deux lettres, p. ex. FR</translation>
    </message>
</context>
<context>
    <name>DotsSaleForm</name>
    <message>
        <source>Form message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Dots payment</source>
        <translation>Paiement Dots</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the payment is for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional, at most 500 characters; support searches by it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UUID (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: the Dots user, a UUID like 3c90c3cc-0d44-4b50-8888-8dd25736052a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User id message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ustomer id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: the customer (a UUID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer id message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment &amp;method id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment method id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: the payment method (a UUID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment method id message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;estination user id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination user id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: the user who receives the funds (a UUID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Destination user id message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application &amp;fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: the platform fee in USD, at most the amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application fee message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Future usa&amp;ge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Future usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the card for later payments: on_session or off_session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on_session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off_session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Future usage message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm at once (with a payment method id)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm at once</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <source>Entry detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terminal, operator, profile and key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Possible double charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the payment service what became of this sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reprint receipt…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the customer receipt again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the customer receipt as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open receipt &amp;link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the receipt link in the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy an id of this entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request and answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request and answer (redacted)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InspectPage</name>
    <message>
        <source>Inspect an answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste a backend's answer (Ocho, Offer, Dots, Checkout, or a Stripe PaymentIntent or Charge) or open a JSON file: it is read as &lt;tt&gt;paydeskctl inspect&lt;/tt&gt; reads it, shown in the same panels, and nothing is written to the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the JSON answer here (Ctrl+V), then Show (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the pasted answer (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read an answer saved as a JSON file (Ctrl+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the answer is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment record (secrets masked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment record</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntentPanel</name>
    <message>
        <source>Payment intent</source>
        <translation>Intention de paiement</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intent id</source>
        <translation>Id de l’intention</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Intent status</source>
        <translation>État de l’intention</translation>
    </message>
    <message>
        <source>Status as the backend sent it</source>
        <translation>État tel que le service l’a envoyé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Intent amount</source>
        <translation>Montant de l’intention</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Mode: test or live</source>
        <translation>Mode : test ou réel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Intent created</source>
        <translation>Intention créée</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Client secret (masked)</source>
        <translation>Secret client (masqué)</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Find a sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intent id, charge id, last 4 digits, reference, receipt number or Idempotency-Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finds an exact intent id, charge id, card last 4, reference, receipt number or Idempotency-Key (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Service de paiement :</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An ISO code (mxn, usd…), or empty for any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter from a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter up to a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smallest amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the currency chosen (2 decimals when none is), e.g. 12.50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the currency chosen (2 decimals when none is), e.g. 99.00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save every entry of the current filter as CSV (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TRAINING — practice sales, no real money</source>
        <translation>FORMATION — ventes d’entraînement, sans argent réel</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Mode formation</translation>
    </message>
    <message>
        <source>No backend profile is configured: sales go to the built-in sandbox</source>
        <translation>Aucun profil de service de paiement : les ventes vont au bac à sable intégré</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Backend profile</source>
        <translation>Profil du service de paiement</translation>
    </message>
    <message>
        <source>The backend profile to sell with (Alt+P)</source>
        <translation>Le profil avec lequel vendre (Alt+P)</translation>
    </message>
    <message>
        <source>Terminal and operator</source>
        <translation>Terminal et opérateur</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Vente</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Reçu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Charge</source>
        <translation>&amp;Encaisser</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send this sale to the payment service (Ctrl+Enter)</source>
        <translation>Envoyer cette vente au service de paiement (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>C&amp;ancel sending</source>
        <translation>&amp;Annuler l’envoi</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop waiting for the answer (Esc)</source>
        <translation>Ne plus attendre la réponse (Échap)</translation>
    </message>
    <message>
        <source>&amp;Verify unknown outcome</source>
        <translation>&amp;Vérifier un résultat inconnu</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the payment service what became of the sale (Ctrl+Shift+V)</source>
        <translation>Demander au service de paiement ce qu’il est advenu de la vente (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation>&amp;Nouvelle vente</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the next sale with an empty cart (Ctrl+N)</source>
        <translation>Commencer la vente suivante avec un panier vide (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Scan or type a SKU</source>
        <translation>&amp;Scanner ou saisir une référence</translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the scanner field (F2)</source>
        <translation>Aller au champ du scanner (F2)</translation>
    </message>
    <message>
        <source>Add a &amp;free amount</source>
        <translation>Ajouter un montant &amp;libre</translation>
    </message>
    <message>
        <source>F3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the free amount field (F3)</source>
        <translation>Aller au champ du montant libre (F3)</translation>
    </message>
    <message>
        <source>Choose the &amp;profile</source>
        <translation>Choisir le &amp;profil</translation>
    </message>
    <message>
        <source>F4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the profile picker (F4)</source>
        <translation>Aller au choix du profil (F4)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit Paydesk (Ctrl+Q)</source>
        <translation>Quitter Paydesk (Ctrl+Q)</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>&amp;Imprimer le reçu…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the customer receipt (Ctrl+P)</source>
        <translation>Imprimer le reçu du client (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save receipt as PDF…</source>
        <translation>&amp;Enregistrer le reçu en PDF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the customer receipt as PDF (Ctrl+Shift+S)</source>
        <translation>Enregistrer le reçu du client en PDF (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>&amp;Open receipt link</source>
        <translation>&amp;Ouvrir le lien du reçu</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the receipt link in the browser (Ctrl+O)</source>
        <translation>Ouvrir le lien du reçu dans le navigateur (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every keyboard shortcut (F1)</source>
        <translation>Tous les raccourcis clavier (F1)</translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation>&amp;À propos de Paydesk</translation>
    </message>
</context>
<context>
    <name>OchoSaleForm</name>
    <message>
        <source>Form message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Ocho customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer &amp;DID *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer DID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>did:plc:abc123</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required: the customer's DID, did:method:id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer DID message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Transaction id *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The order or transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required: links the payment to the customer or order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction id message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfferSaleForm</name>
    <message>
        <source>Form message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insurance quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quote OID *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote OID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 10311080</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required: the quote number (letters, digits, - and _)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote OID message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products of the quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offer prices the quote: the amount is shown when you charge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>This profile is set by your administrator (system-wide settings): only its credentials can be entered here.</source>
        <translation>Ce profil est défini par votre administrateur (réglages du système) : seuls ses identifiants peuvent être saisis ici.</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil :</translation>
    </message>
    <message>
        <source>e.g. shop</source>
        <translation>p. ex. boutique</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Service de paiement :</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base :</translation>
    </message>
    <message>
        <source>https://pay.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d’API :</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID &amp;client :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>usd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted C&amp;A file:</source>
        <translation>Fichier d’&amp;AC de confiance :</translation>
    </message>
    <message>
        <source>only for a private certificate authority</source>
        <translation>seulement pour une autorité de certification privée</translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>No receipt yet.</source>
        <translation>Pas encore de reçu.</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Aucun reçu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Numéro du reçu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Receipt email</source>
        <translation>Courriel du reçu</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Receipt link</source>
        <translation>Lien du reçu</translation>
    </message>
    <message>
        <source>Open receipt in browser</source>
        <translation>Ouvrir le reçu dans le navigateur</translation>
    </message>
    <message>
        <source>Open the receipt link in the web browser (Ctrl+O)</source>
        <translation>Ouvrir le lien du reçu dans le navigateur (Ctrl+O)</translation>
    </message>
    <message>
        <source>QR code of the receipt link</source>
        <translation>Code QR du lien du reçu</translation>
    </message>
    <message>
        <source>Scan it with a phone to open the receipt</source>
        <translation>Scannez-le avec un téléphone pour ouvrir le reçu</translation>
    </message>
    <message>
        <source>Scan to open on a phone</source>
        <translation>Scannez pour l’ouvrir sur un téléphone</translation>
    </message>
    <message>
        <source>QR code caption</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>End of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◀ Pre&amp;vious day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next day ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the end-of-day report (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the end-of-day report as PDF (Ctrl+Shift+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Takings by currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takings by backend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SalePage</name>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Sale title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sale form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charge</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>Send this sale to the payment service (Ctrl+Enter)</source>
        <translation>Envoyer cette vente au service de paiement (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop waiting for the answer (Esc)</source>
        <translation>Ne plus attendre la réponse (Échap)</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome of the sale</source>
        <translation>Résultat de la vente</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do next</source>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <source>Verify with the payment service</source>
        <translation>Vérifier auprès du service de paiement</translation>
    </message>
    <message>
        <source>Ask the payment service what became of this sale (Ctrl+Shift+V)</source>
        <translation>Demander au service de paiement ce qu’il est advenu de cette vente (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Détails pour le support</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Result title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result of the sale</source>
        <translation>Résultat de la vente</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Imprimer le reçu…</translation>
    </message>
    <message>
        <source>Print the customer receipt (Ctrl+P)</source>
        <translation>Imprimer le reçu du client (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Enregistrer le reçu en PDF…</translation>
    </message>
    <message>
        <source>Save the customer receipt as a PDF file (Ctrl+Shift+S)</source>
        <translation>Enregistrer le reçu du client en PDF (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Enregistrer le reçu en PDF</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>Start the next sale with an empty cart (Ctrl+N)</source>
        <translation>Commencer la vente suivante avec un panier vide (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Reçu</translation>
    </message>
    <message>
        <source>Merchant &amp;name:</source>
        <translation>&amp;Nom du commerçant :</translation>
    </message>
    <message>
        <source>Merchant &amp;address:</source>
        <translation>&amp;Adresse du commerçant :</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Terminal</translation>
    </message>
    <message>
        <source>&amp;Terminal name:</source>
        <translation>Nom du &amp;terminal :</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Opérateur :</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Paydesk</source>
        <translation>Configurer Paydesk</translation>
    </message>
    <message>
        <source>Payment backend</source>
        <translation>Service de paiement</translation>
    </message>
    <message>
        <source>Which backend takes this counter's payments, where it is, and the credentials it gave you.</source>
        <translation>Quel service encaisse les paiements de ce comptoir, où il se trouve, et les identifiants qu’il vous a donnés.</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Paydesk checks that the backend can be reached, that its certificate is trusted and that it accepts the credentials. Nothing is sold.</source>
        <translation>Paydesk vérifie que le service est joignable, que son certificat est de confiance et qu’il accepte les identifiants. Rien n’est vendu.</translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation>Tester de &amp;nouveau</translation>
    </message>
    <message>
        <source>&amp;Save without a successful test (the backend is not reachable from here yet)</source>
        <translation>&amp;Enregistrer sans test réussi (le service n’est pas encore joignable d’ici)</translation>
    </message>
    <message>
        <source>Receipt and terminal</source>
        <translation>Reçu et terminal</translation>
    </message>
    <message>
        <source>The merchant printed on the customer's receipt, and the name of this counter in the journal.</source>
        <translation>Le commerçant imprimé sur le reçu du client, et le nom de ce comptoir dans le journal.</translation>
    </message>
    <message>
        <source>Merchant &amp;name:</source>
        <translation>&amp;Nom du commerçant :</translation>
    </message>
    <message>
        <source>Merchant &amp;address:</source>
        <translation>&amp;Adresse du commerçant :</translation>
    </message>
    <message>
        <source>&amp;Terminal name:</source>
        <translation>Nom du &amp;terminal :</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>Support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support pages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>paydesk</name>
    <message>
        <source>There is no profile "%1" in %2.</source>
        <translation>Il n’existe pas de profil « %1 » dans %2.</translation>
    </message>
    <message>
        <source>No profile of %1 can be used:
%2</source>
        <translation>Aucun profil de %1 n’est utilisable :
%2</translation>
    </message>
    <message>
        <source>The journal cannot be opened, so nothing can be sold: %1</source>
        <translation>Le journal ne peut pas être ouvert : rien ne peut être vendu. %1</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Sans état</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Awaiting a payment method</source>
        <translation>En attente d’un moyen de paiement</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>En attente de confirmation</translation>
    </message>
    <message>
        <source>Awaiting the customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Authorised, to capture</source>
        <translation>Autorisé, à capturer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Unknown status: %1</source>
        <translation>État inconnu : %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Created, not paid yet</source>
        <translation>Créé, pas encore payé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Non payé</translation>
    </message>
    <message>
        <source>Check before trying again</source>
        <translation>Vérifiez avant de réessayer</translation>
    </message>
    <message>
        <source>TRAINING — NOT A REAL PAYMENT</source>
        <translation>FORMATION — CE N’EST PAS UN VRAI PAIEMENT</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Carte : %1</translation>
    </message>
    <message>
        <source>Payment intent: %1</source>
        <translation>Intention de paiement : %1</translation>
    </message>
    <message>
        <source>Charge: %1</source>
        <translation>Débit : %1</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Numéro du reçu : %1</translation>
    </message>
    <message>
        <source>Your receipt online:</source>
        <translation>Votre reçu en ligne :</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>The receipt cannot be saved to %1: %2.</source>
        <translation>Le reçu ne peut pas être enregistré dans %1 : %2.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>Le reçu n’a pas pu être écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>paydesk::CartModel</name>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Ligne %1 (%2) : %3</translation>
    </message>
    <message>
        <source>invalid price</source>
        <translation>prix invalide</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop grand</translation>
    </message>
    <message>
        <source>Quantity: type a number, or + and - (Delete removes the line)</source>
        <translation>Quantité : saisissez un nombre, ou + et - (Suppr retire la ligne)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total ligne</translation>
    </message>
</context>
<context>
    <name>paydesk::CartWidget</name>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Montant en %1</translation>
    </message>
    <message>
        <source>No product with SKU "%1" in the %2 catalogue. Check the code, or add the price as a free amount.</source>
        <translation>Aucun produit de référence « %1 » dans le catalogue %2. Vérifiez la référence, ou ajoutez le prix comme montant libre.</translation>
    </message>
    <message>
        <source>Enter an amount more than zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
</context>
<context>
    <name>paydesk::Catalogue</name>
    <message>
        <source>The catalogue is not JSON: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalogue must be a JSON array of products.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs a sku and a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit_price must be a whole number of minor units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repeats SKU %1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Catalogue entry %1 skipped: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalogue %1 cannot be read: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>paydesk::ChargePanel</name>
    <message>
        <source>%1 charges: showing the latest.</source>
        <translation>%1 débits : le dernier est affiché.</translation>
    </message>
    <message>
        <source>%1 (reason: %2)</source>
        <translation>%1 (motif : %2)</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <translation>%1, score %2</translation>
    </message>
</context>
<context>
    <name>paydesk::CheckoutSaleForm</name>
    <message>
        <source>Walk-in</source>
        <translation>Comptoir</translation>
    </message>
</context>
<context>
    <name>paydesk::ConnectionTest</name>
    <message>
        <source>Connected: the backend accepted the credentials.</source>
        <translation>Connecté : le service a accepté les identifiants.</translation>
    </message>
    <message>
        <source>Connected: the backend answered (no credentials needed).</source>
        <translation>Connecté : le service a répondu (aucun identifiant requis).</translation>
    </message>
    <message>
        <source>The profile cannot be used: %1</source>
        <translation>Le profil est inutilisable : %1</translation>
    </message>
    <message>
        <source>The backend cannot be reached: check the address and the network.</source>
        <translation>Le service est injoignable : vérifiez l’adresse et le réseau.</translation>
    </message>
    <message>
        <source>The backend's certificate is not trusted: add its CA file to the profile.</source>
        <translation>Le certificat du service n’est pas de confiance : ajoutez son fichier d’AC au profil.</translation>
    </message>
    <message>
        <source>The backend refused the credentials: check the token or the API key.</source>
        <translation>Le service a refusé les identifiants : vérifiez le jeton ou la clé d’API.</translation>
    </message>
    <message>
        <source>The backend answered, but not at this address: check the base URL.</source>
        <translation>Le service a répondu, mais pas à cette adresse : vérifiez l’URL de base.</translation>
    </message>
    <message>
        <source>No usable answer came from the backend: try again, or ask support.</source>
        <translation>Aucune réponse exploitable du service : réessayez, ou demandez au support.</translation>
    </message>
</context>
<context>
    <name>paydesk::CredentialStore</name>
    <message>
        <source>No system keyring is available: credentials are stored in %1, readable only by your user account.</source>
        <translation>Aucun trousseau système n’est disponible : les identifiants sont stockés dans %1, lisible uniquement par votre compte.</translation>
    </message>
    <message>
        <source>The credentials of "%1" cannot be saved in the keyring: %2</source>
        <translation>Les identifiants de « %1 » ne peuvent pas être enregistrés dans le trousseau : %2</translation>
    </message>
    <message>
        <source>No system keyring is available, and PAYDESK_CREDENTIALS=keyring forbids the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credentials cannot be saved to %1.</source>
        <translation>Les identifiants ne peuvent pas être enregistrés dans %1.</translation>
    </message>
</context>
<context>
    <name>paydesk::EntryDetail</name>
    <message>
        <source>Intent id</source>
        <translation>Id de l’intention</translation>
    </message>
    <message>
        <source>Charge id</source>
        <translation>Id du débit</translation>
    </message>
    <message>
        <source>Idempotency-Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt link</source>
        <translation>Lien du reçu</translation>
    </message>
    <message>
        <source>Entry %1 · %2 · %3%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terminal %1, operator %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idempotency-Key %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an entry to see its payment, timeline and answer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>paydesk::HourChart</name>
    <message>
        <source>Paid sales per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:00 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No paid sale this day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hour of the day</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>paydesk::InspectPage</name>
    <message>
        <source>Not JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not an answer of a known backend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A known backend's answer that breaks its contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A refusal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing inspected yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a payment record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ %1 answer · intent %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>without id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ %1 is larger than 4 MiB: not an answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open an answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>paydesk::IntentPanel</name>
    <message>
        <source>(sent as %1)</source>
        <translation>(envoyé comme %1)</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>RÉEL</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>TEST (test publishable key)</source>
        <translation>TEST (clé publiable de test)</translation>
    </message>
    <message>
        <source>LIVE (live publishable key)</source>
        <translation>RÉEL (clé publiable réelle)</translation>
    </message>
    <message>
        <source>No intent yet</source>
        <translation>Pas encore d’intention</translation>
    </message>
</context>
<context>
    <name>paydesk::JournalPage</name>
    <message>
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency: %1 is not an ISO currency code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%L1 entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1 is a training sale: no real money moved. Start Paydesk in training mode to check it against the sandbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking the payment service about entry %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>still unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1: %2. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1 could not be verified: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid (copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>Reçu envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Enregistrer le reçu en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>Reçu non enregistré</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Reçu enregistré dans %1</translation>
    </message>
    <message>
        <source>Export the journal as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>paydesk::JournalTableModel</name>
    <message>
        <source>Twice? #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Duplicate?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intent id</source>
        <translation>Id de l’intention</translation>
    </message>
</context>
<context>
    <name>paydesk::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>paydesk::JsonTreeView</name>
    <message>
        <source>&amp;Copy value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>paydesk::MainWindow</name>
    <message>
        <source>S&amp;upport</source>
        <translation>&amp;Support</translation>
    </message>
    <message>
        <source>&amp;Sale (the cashier page)</source>
        <translation>&amp;Vente (la page de caisse)</translation>
    </message>
    <message>
        <source>&amp;Journal: find a sale</source>
        <translation>&amp;Journal : trouver une vente</translation>
    </message>
    <message>
        <source>&amp;Inspect an answer</source>
        <translation>&amp;Inspecter une réponse</translation>
    </message>
    <message>
        <source>&amp;End of day</source>
        <translation>&amp;Fin de journée</translation>
    </message>
    <message>
        <source>Terminal %1 · %2</source>
        <translation>Terminal %1 · %2</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (formation)</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal : %1</translation>
    </message>
    <message>
        <source>Training mode: the sandbox answers at %1; no real money moves.</source>
        <translation>Mode formation : le bac à sable répond sur %1 ; aucun argent réel ne circule.</translation>
    </message>
    <message>
        <source>in the scanner field: add the product of the SKU</source>
        <translation>dans le champ du scanner : ajouter le produit de la référence</translation>
    </message>
    <message>
        <source>in the cart: change the quantity, remove the line</source>
        <translation>dans le panier : changer la quantité, retirer la ligne</translation>
    </message>
    <message>
        <source>the profile picker</source>
        <translation>le choix du profil</translation>
    </message>
    <message>
        <source>in the journal: search, reload, export CSV, the oldest entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Paydesk</source>
        <translation>À propos de Paydesk</translation>
    </message>
    <message>
        <source>Paydesk %1
A counter-side payment client for payment-intent backends.
Journal: %2</source>
        <translation>Paydesk %1
Un client d’encaissement au comptoir pour les services d’intention de paiement.
Journal : %2</translation>
    </message>
</context>
<context>
    <name>paydesk::ManagedSettings</name>
    <message>
        <source>The config file %1 is not a valid INI file.</source>
        <translation>Le fichier de configuration %1 n’est pas un fichier INI valide.</translation>
    </message>
    <message>
        <source>There is no profile "%1".</source>
        <translation>Il n’existe pas de profil « %1 ».</translation>
    </message>
    <message>
        <source>The profile "%1" is set by the system administrator and cannot be changed here.</source>
        <translation>Le profil « %1 » est défini par l’administrateur système et n’est pas modifiable ici.</translation>
    </message>
    <message>
        <source>The settings cannot be saved to %1.</source>
        <translation>Les réglages ne peuvent pas être enregistrés dans %1.</translation>
    </message>
    <message>
        <source>The profile "%1" is set by the system administrator and cannot be removed here.</source>
        <translation>Le profil « %1 » est défini par l’administrateur système et ne peut pas être retiré ici.</translation>
    </message>
    <message>
        <source>The profile "%1" comes from the system-wide settings and cannot be removed here.</source>
        <translation>Le profil « %1 » vient des réglages du système et ne peut pas être retiré ici.</translation>
    </message>
</context>
<context>
    <name>paydesk::OfferSaleForm</name>
    <message>
        <source>Product: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product code %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>paydesk::ProfileEditor</name>
    <message>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Certificats d’AC de confiance</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Give the profile a name of letters, digits, - or _.</source>
        <translation>Donnez au profil un nom fait de lettres, chiffres, - ou _.</translation>
    </message>
    <message>
        <source>Give the backend's base URL, e.g. https://pay.example.com.</source>
        <translation>Indiquez l’URL de base du service, p. ex. https://pay.example.com.</translation>
    </message>
    <message>
        <source>Dots needs a client ID and an API key.</source>
        <translation>Dots demande un ID client et une clé d’API.</translation>
    </message>
    <message>
        <source>This backend needs an API token.</source>
        <translation>Ce service demande un jeton d’API.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
</context>
<context>
    <name>paydesk::RecordView</name>
    <message>
        <source>Journal state</source>
        <translation>État dans le journal</translation>
    </message>
    <message>
        <source>Journal message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
</context>
<context>
    <name>paydesk::ReportPage</name>
    <message>
        <source>End of day %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — TRAINING, no real money</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takings by currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takings by backend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid sales per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed %1 by Paydesk</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %Ln sale attempt(s), %2 paid</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>; ⚠ %1 with an unknown outcome: verify them in the journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print end of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End-of-day report sent to the printer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save end of day as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End-of-day report saved to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>paydesk::SaleForm</name>
    <message>
        <source>The cart is empty: scan a product or add an amount.</source>
        <translation>Le panier est vide : scannez un produit ou ajoutez un montant.</translation>
    </message>
</context>
<context>
    <name>paydesk::SalePage</name>
    <message>
        <source>Checkout sale</source>
        <translation>Vente Checkout</translation>
    </message>
    <message>
        <source>Offer insurance quote</source>
        <translation>Devis d’assurance Offer</translation>
    </message>
    <message>
        <source>Dots payment</source>
        <translation>Paiement Dots</translation>
    </message>
    <message>
        <source>Ocho payment</source>
        <translation>Paiement Ocho</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Profile "%1" cannot send: %2</source>
        <translation>Le profil « %1 » ne peut pas envoyer : %2</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>Charge %1</source>
        <translation>Encaisser %1</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>Rien n’a été envoyé : corrigez les champs marqués en rouge.</translation>
    </message>
    <message>
        <source>Sent: waiting for the answer. Esc stops waiting (the sale must then be checked).</source>
        <translation>Envoyé : en attente de la réponse. Échap arrête d’attendre (la vente devra alors être vérifiée).</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Envoi à %1…</translation>
    </message>
    <message>
        <source>Journal entry %1 · Idempotency-Key %2</source>
        <translation>Entrée du journal %1 · Idempotency-Key %2</translation>
    </message>
    <message>
        <source>Print the receipt (Ctrl+P) or save it as PDF (Ctrl+Shift+S); New sale (Ctrl+N) starts the next one.</source>
        <translation>Imprimez le reçu (Ctrl+P) ou enregistrez-le en PDF (Ctrl+Maj+S) ; Nouvelle vente (Ctrl+N) commence la suivante.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>The journal could not record the sale, so nothing was sent.</source>
        <translation>Le journal n’a pas pu enregistrer la vente : rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Call support. The sale can be charged once the journal works.</source>
        <translation>Appelez le support. La vente pourra être encaissée quand le journal fonctionnera.</translation>
    </message>
    <message>
        <source>
WARNING: the outcome could not be journaled: %1</source>
        <translation>
ATTENTION : le résultat n’a pas pu être inscrit au journal : %1</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>Payé : %1.</translation>
    </message>
    <message>
        <source>Paid: %1 by %2.</source>
        <translation>Payé : %1 par %2.</translation>
    </message>
    <message>
        <source>Payment intent %1 created for %2: the customer completes the payment.</source>
        <translation>Intention de paiement %1 créée pour %2 : le client finalise le paiement.</translation>
    </message>
    <message>
        <source>the quote</source>
        <translation>le devis</translation>
    </message>
    <message>
        <source>(The payment service had answered this sale before.)</source>
        <translation>(Le service de paiement avait déjà répondu à cette vente.)</translation>
    </message>
    <message>
        <source>No money was taken. Ask for another card, then charge again.</source>
        <translation>Aucun argent n’a été pris. Demandez une autre carte, puis encaissez de nouveau.</translation>
    </message>
    <message>
        <source>Nothing reached the payment service. You can charge again.</source>
        <translation>Rien n’a atteint le service de paiement. Vous pouvez encaisser de nouveau.</translation>
    </message>
    <message>
        <source>Nothing was charged. Correct what the message says, then charge again.</source>
        <translation>Rien n’a été encaissé. Corrigez ce qu’indique le message, puis encaissez de nouveau.</translation>
    </message>
    <message>
        <source>No answer received</source>
        <translation>Aucune réponse reçue</translation>
    </message>
    <message>
        <source>Do not charge again yet: the customer may have paid. Press Verify (Ctrl+Shift+V) to ask the payment service what became of this sale; if it cannot tell, check the customer's card or banking app, or the backend's back office, for journal entry %1.</source>
        <translation>N’encaissez pas de nouveau pour l’instant : le client a peut-être payé. Appuyez sur Vérifier (Ctrl+Maj+V) pour demander au service de paiement ce qu’il est advenu de cette vente ; s’il ne le sait pas, vérifiez la carte ou l’appli bancaire du client, ou l’interface du service, pour l’entrée du journal %1.</translation>
    </message>
    <message>
        <source>Asking the payment service about journal entry %1…</source>
        <translation>Interrogation du service de paiement sur l’entrée du journal %1…</translation>
    </message>
    <message>
        <source>Still unknown: the payment service could not tell.</source>
        <translation>Toujours inconnu : le service de paiement n’a pas pu le dire.</translation>
    </message>
    <message>
        <source>You can verify again, or check as described before charging again.</source>
        <translation>Vous pouvez vérifier de nouveau, ou contrôler comme indiqué avant d’encaisser de nouveau.</translation>
    </message>
    <message>
        <source>Verified: the payment intent exists (%1); the customer completes the payment.</source>
        <translation>Vérifié : l’intention de paiement existe (%1) ; le client finalise le paiement.</translation>
    </message>
    <message>
        <source>Verified: the payment went through, %1.</source>
        <translation>Vérifié : le paiement est passé, %1.</translation>
    </message>
    <message>
        <source>Verified: the payment went through, %1 by %2.</source>
        <translation>Vérifié : le paiement est passé, %1 par %2.</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Vérifié : %1</translation>
    </message>
    <message>
        <source>Nothing was charged. You can charge again.</source>
        <translation>Rien n’a été encaissé. Vous pouvez encaisser de nouveau.</translation>
    </message>
    <message>
        <source>Leave this sale unverified?</source>
        <translation>Laisser cette vente non vérifiée ?</translation>
    </message>
    <message>
        <source>The outcome of journal entry %1 is still unknown: the customer may have paid. Support can verify it later from the journal.

Start a new sale anyway?</source>
        <translation>Le résultat de l’entrée du journal %1 est toujours inconnu : le client a peut-être payé. Le support pourra le vérifier plus tard depuis le journal.

Commencer quand même une nouvelle vente ?</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>Reçu envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Enregistrer le reçu en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>Reçu non enregistré</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Reçu enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>paydesk::SettingsDialog</name>
    <message>
        <source>Saved changes are used from the next start of Paydesk.</source>
        <translation>Les modifications enregistrées s’appliquent au prochain démarrage de Paydesk.</translation>
    </message>
    <message>
        <source>A new profile: fill it in, test it, save it.</source>
        <translation>Un nouveau profil : remplissez-le, testez-le, enregistrez-le.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Retirer le profil</translation>
    </message>
    <message>
        <source>Remove the profile "%1" and its credentials?</source>
        <translation>Retirer le profil « %1 » et ses identifiants ?</translation>
    </message>
    <message>
        <source>Set by your administrator: it cannot be changed here.</source>
        <translation>Défini par votre administrateur : non modifiable ici.</translation>
    </message>
    <message>
        <source>There is already a profile "%1".</source>
        <translation>Il existe déjà un profil « %1 ».</translation>
    </message>
    <message>
        <source>The profile "%1" is saved.</source>
        <translation>Le profil « %1 » est enregistré.</translation>
    </message>
    <message>
        <source>The profile "%1" is removed.</source>
        <translation>Le profil « %1 » est retiré.</translation>
    </message>
    <message>
        <source>Some of these are set by your administrator (system-wide settings) and cannot be changed here.</source>
        <translation>Certains de ces réglages sont définis par votre administrateur (réglages du système) et ne sont pas modifiables ici.</translation>
    </message>
    <message>
        <source>%1 (set by the administrator)</source>
        <translation>%1 (défini par l’administrateur)</translation>
    </message>
</context>
<context>
    <name>paydesk::SettingsMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Ré&amp;glages</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>Set &amp;Up a Backend…</source>
        <translation>Configurer un &amp;service de paiement…</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Réglages enregistrés</translation>
    </message>
    <message>
        <source>The settings are saved. Restart Paydesk to use them.</source>
        <translation>Les réglages sont enregistrés. Redémarrez Paydesk pour les appliquer.</translation>
    </message>
</context>
<context>
    <name>paydesk::SetupWizard</name>
    <message>
        <source>Set by your administrator: it cannot be changed here.</source>
        <translation>Défini par votre administrateur : non modifiable ici.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Greyed fields are set by your administrator (system-wide settings).</source>
        <translation>Les champs grisés sont définis par votre administrateur (réglages du système).</translation>
    </message>
</context>
<context>
    <name>paydesk::SupportPage</name>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Inspect an answer</source>
        <translation>&amp;Inspecter une réponse</translation>
    </message>
    <message>
        <source>End of &amp;day</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>paydesk::Training</name>
    <message>
        <source>The training sandbox cannot listen on 127.0.0.1.</source>
        <translation>Le bac à sable de formation ne peut pas écouter sur 127.0.0.1.</translation>
    </message>
</context>
</TS>