<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
        <source>Scan or type a SKU or name, then Enter</source>
        <translation>Code-barres, réf. ou nom</translation>
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
        <translation>Message de la référence</translation>
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
        <source>Cart message</source>
        <translation>Message du panier</translation>
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
        <source>0.00</source>
        <translation>0,00</translation>
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
        <translation>Libellé facultatif</translation>
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
        <translation>Message du montant libre</translation>
    </message>
    <message>
        <source>F2 edits the quantity or the price; typing searches the catalogue. + and - change the quantity, Delete removes the line.</source>
        <translation>F2 modifie la quantité ou le prix ; la saisie cherche dans le catalogue. + et - changent la quantité, Suppr retire la ligne.</translation>
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
        <translation>—</translation>
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
        <translation>Message du formulaire</translation>
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
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client message</source>
        <translation>Message du champ client</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Référence de la commande</translation>
    </message>
    <message>
        <source>Reference message</source>
        <translation>Message du champ référence</translation>
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
        <source>Payment method message</source>
        <translation>Message du champ moyen de paiement</translation>
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
        <translation>Nom de facturation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation>Courriel de facturation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Billing phone</source>
        <translation>Téléphone de facturation</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Billing city</source>
        <translation>Ville de facturation</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Billing postal code</source>
        <translation>Code postal de facturation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Billing state</source>
        <translation>Région de facturation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation>Pays de facturation</translation>
    </message>
    <message>
        <source>Two letters, e.g. MX</source>
        <translation>Deux lettres, p. ex. FR</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Client de passage</translation>
    </message>
    <message>
        <source>Optional: the customer&apos;s name, at most 100 characters (empty: the profile&apos;s walk-in client)</source>
        <translation>Facultatif : le nom du client, 100 caractères au plus (vide : le client de passage du profil)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Optional: the order number, at most 80 characters, what support searches by (empty: the terminal and the time)</source>
        <translation>Facultatif : le numéro de commande, 80 caractères au plus, que le support recherche (vide : le terminal et l’heure)</translation>
    </message>
    <message>
        <source>The payment methods of the profile</source>
        <translation>Les moyens de paiement du profil</translation>
    </message>
</context>
<context>
    <name>DevicesForm</name>
    <message>
        <source>&lt;b&gt;Receipt printer&lt;/b&gt; (ESC/POS; Ctrl+P prints on it, Ctrl+Shift+P opens the print dialog)</source>
        <translation>&lt;b&gt;Imprimante de reçus&lt;/b&gt; (ESC/POS ; Ctrl+P y imprime, Ctrl+Maj+P ouvre le dialogue)</translation>
    </message>
    <message>
        <source>Printer &amp;address:</source>
        <translation>&amp;Adresse de l&apos;imprimante :</translation>
    </message>
    <message>
        <source>tcp://192.0.2.10:9100, file:/dev/usb/lp0 or cups:QUEUE (empty: print dialog)</source>
        <translation>tcp://IP:9100, file:/dev/usb/lp0 ou cups:FILE (vide : dialogue)</translation>
    </message>
    <message>
        <source>Paper &amp;width:</source>
        <translation>&amp;Largeur du papier :</translation>
    </message>
    <message>
        <source>&amp;Code page:</source>
        <translation>&amp;Page de codes :</translation>
    </message>
    <message>
        <source>&amp;Print a test slip</source>
        <translation>Imprimer un &amp;ticket de test</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer display&lt;/b&gt; (a second window facing the customer: the lines, the total, the outcome)</source>
        <translation>&lt;b&gt;Écran client&lt;/b&gt; (une seconde fenêtre face au client : les lignes, le total, le résultat)</translation>
    </message>
    <message>
        <source>Show the customer &amp;display</source>
        <translation>Afficher l&apos;&amp;écran client</translation>
    </message>
    <message>
        <source>&amp;Screen:</source>
        <translation>É&amp;cran :</translation>
    </message>
</context>
<context>
    <name>DotsSaleForm</name>
    <message>
        <source>Form message</source>
        <translation>Message du formulaire</translation>
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
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the payment is for</source>
        <translation>L’objet du paiement</translation>
    </message>
    <message>
        <source>Optional, at most 500 characters; support searches by it</source>
        <translation>Facultatif, 500 caractères au plus ; le support s’en sert pour chercher</translation>
    </message>
    <message>
        <source>Description message</source>
        <translation>Message du champ description</translation>
    </message>
    <message>
        <source>&amp;User id</source>
        <translation>Id &amp;utilisateur</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id utilisateur</translation>
    </message>
    <message>
        <source>UUID (optional)</source>
        <translation>UUID (facultatif)</translation>
    </message>
    <message>
        <source>Optional: the Dots user, a UUID like 3c90c3cc-0d44-4b50-8888-8dd25736052a</source>
        <translation>Facultatif : l’utilisateur Dots, un UUID comme 3c90c3cc-0d44-4b50-8888-8dd25736052a</translation>
    </message>
    <message>
        <source>User id message</source>
        <translation>Message du champ id utilisateur</translation>
    </message>
    <message>
        <source>C&amp;ustomer id</source>
        <translation>Id c&amp;lient</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Id client</translation>
    </message>
    <message>
        <source>Optional: the customer (a UUID)</source>
        <translation>Facultatif : le client (un UUID)</translation>
    </message>
    <message>
        <source>Customer id message</source>
        <translation>Message du champ id client</translation>
    </message>
    <message>
        <source>Payment &amp;method id</source>
        <translation>Id du &amp;moyen de paiement</translation>
    </message>
    <message>
        <source>Payment method id</source>
        <translation>Id du moyen de paiement</translation>
    </message>
    <message>
        <source>Optional: the payment method (a UUID)</source>
        <translation>Facultatif : le moyen de paiement (un UUID)</translation>
    </message>
    <message>
        <source>Payment method id message</source>
        <translation>Message du champ id du moyen de paiement</translation>
    </message>
    <message>
        <source>D&amp;estination user id</source>
        <translation>Id utilisateur de de&amp;stination</translation>
    </message>
    <message>
        <source>Destination user id</source>
        <translation>Id utilisateur de destination</translation>
    </message>
    <message>
        <source>Optional: the user who receives the funds (a UUID)</source>
        <translation>Facultatif : l’utilisateur qui reçoit les fonds (un UUID)</translation>
    </message>
    <message>
        <source>Destination user id message</source>
        <translation>Message du champ id utilisateur de destination</translation>
    </message>
    <message>
        <source>Application &amp;fee</source>
        <translation>&amp;Commission de la plateforme</translation>
    </message>
    <message>
        <source>Application fee</source>
        <translation>Commission de la plateforme</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Optional: the platform fee in USD, at most the amount</source>
        <translation>Facultatif : la commission de la plateforme en USD, au plus le montant</translation>
    </message>
    <message>
        <source>Application fee message</source>
        <translation>Message du champ commission de la plateforme</translation>
    </message>
    <message>
        <source>Future usa&amp;ge</source>
        <translation>Usage &amp;futur</translation>
    </message>
    <message>
        <source>Future usage</source>
        <translation>Usage futur</translation>
    </message>
    <message>
        <source>Keep the card for later payments: on_session or off_session</source>
        <translation>Conserver la carte pour des paiements ultérieurs : on_session ou off_session</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>on_session</source>
        <translation>on_session</translation>
    </message>
    <message>
        <source>off_session</source>
        <translation>off_session</translation>
    </message>
    <message>
        <source>Future usage message</source>
        <translation>Message du champ usage futur</translation>
    </message>
    <message>
        <source>Confirm at once</source>
        <translation>Confirmer immédiatement</translation>
    </message>
    <message>
        <source>Confirm the payment at once (it needs a payment method id)</source>
        <translation>Confirmer le paiement immédiatement (il faut un id de moyen de paiement)</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <source>Entry detail</source>
        <translation>Détail de l’entrée</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Terminal, operator, profile and key</source>
        <translation>Terminal, opérateur, profil et clé</translation>
    </message>
    <message>
        <source>Possible double charge</source>
        <translation>Double débit possible</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Ask the payment service what became of this sale</source>
        <translation>Demander au service de paiement ce qu’il est advenu de cette vente</translation>
    </message>
    <message>
        <source>Print the customer receipt again</source>
        <translation>Imprimer de nouveau le reçu du client</translation>
    </message>
    <message>
        <source>Save the customer receipt as PDF</source>
        <translation>Enregistrer le reçu du client en PDF</translation>
    </message>
    <message>
        <source>Open the receipt link in the browser</source>
        <translation>Ouvrir le lien du reçu dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy an id of this entry</source>
        <translation>Copier un id de cette entrée</translation>
    </message>
    <message>
        <source>Entry views</source>
        <translation>Vues de l’entrée</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Payment record</source>
        <translation>Fiche de paiement</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Request and answer</source>
        <translation>Requête et réponse</translation>
    </message>
    <message>
        <source>Request and answer (redacted)</source>
        <translation>Requête et réponse (données sensibles masquées)</translation>
    </message>
    <message>
        <source>Event detail</source>
        <translation>Détail de l’événement</translation>
    </message>
    <message>
        <source>Print &amp;again</source>
        <translation>Ré&amp;imprimer</translation>
    </message>
    <message>
        <source>Print the receipts the counter&apos;s printer could not print</source>
        <translation>Imprime les reçus que l&apos;imprimante du comptoir n&apos;a pas pu imprimer</translation>
    </message>
    <message>
        <source>Co&amp;nfirm</source>
        <translation>Co&amp;nfirmer</translation>
    </message>
    <message>
        <source>Confirm this created intent: the customer is charged</source>
        <translation>Confirmer cette intention créée : le client est débité</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Rem&amp;bourser…</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation>Reçu :</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>&amp;Réimprimer…</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>Réimprimer le reçu</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Receipt PDF</source>
        <translation>Reçu en PDF</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>Ouvrir le &amp;lien</translation>
    </message>
    <message>
        <source>Open receipt link</source>
        <translation>Ouvrir le lien du reçu</translation>
    </message>
</context>
<context>
    <name>InspectPage</name>
    <message>
        <source>Inspect an answer</source>
        <translation>Inspecter une réponse</translation>
    </message>
    <message>
        <source>Paste a backend&apos;s answer (Ocho, Offer, Dots, Checkout, or a Stripe PaymentIntent or Charge) or open a JSON file: it is read as &lt;tt&gt;paydeskctl inspect&lt;/tt&gt; reads it, shown in the same panels, and nothing is written to the journal.</source>
        <translation>Collez la réponse d’un service de paiement (Ocho, Offer, Dots, Checkout, ou un PaymentIntent ou une Charge Stripe) ou ouvrez un fichier JSON : elle est lue comme &lt;tt&gt;paydeskctl inspect&lt;/tt&gt; la lit, affichée dans les mêmes panneaux, et rien n’est écrit dans le journal.</translation>
    </message>
    <message>
        <source>Answer JSON</source>
        <translation>JSON de la réponse</translation>
    </message>
    <message>
        <source>Paste the JSON answer here (Ctrl+V), then Show (Ctrl+Enter)</source>
        <translation>Collez la réponse JSON ici (Ctrl+V), puis Afficher (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Read the pasted answer (Ctrl+Enter)</source>
        <translation>Lire la réponse collée (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Read an answer saved as a JSON file (Ctrl+O)</source>
        <translation>Lire une réponse enregistrée dans un fichier JSON (Ctrl+O)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>What the answer is</source>
        <translation>Nature de la réponse</translation>
    </message>
    <message>
        <source>Payment record (secrets masked)</source>
        <translation>Fiche de paiement (secrets masqués)</translation>
    </message>
    <message>
        <source>Payment record</source>
        <translation>Fiche de paiement</translation>
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
        <translation>—</translation>
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
        <translation>Trouver une vente</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Intent id, charge id, last 4 digits, reference, receipt number or Idempotency-Key</source>
        <translation>Id, 4 derniers chiffres, réf., reçu ou Idempotency-Key</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Finds an exact intent id, charge id, card last 4, reference, receipt number or Idempotency-Key (Ctrl+F)</source>
        <translation>Trouve exactement un id d’intention, id de débit, 4 derniers chiffres de la carte, référence, numéro de reçu ou Idempotency-Key (Ctrl+F)</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Service de paiement :</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Service de paiement</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>An ISO code (mxn, usd…), or empty for any</source>
        <translation>Un code ISO (mxn, usd…), ou vide pour toutes</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;u :</translation>
    </message>
    <message>
        <source>Filter from a day</source>
        <translation>Filtrer à partir d’un jour</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Filter up to a day</source>
        <translation>Filtrer jusqu’à un jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Montant minimal</translation>
    </message>
    <message>
        <source>In the currency chosen (2 decimals when none is), e.g. 12.50</source>
        <translation>Dans la devise choisie (2 décimales si aucune ne l’est), p. ex. 12,50</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Montant maximal</translation>
    </message>
    <message>
        <source>In the currency chosen (2 decimals when none is), e.g. 99.00</source>
        <translation>Dans la devise choisie (2 décimales si aucune ne l’est), p. ex. 99,00</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save every entry of the current filter as CSV (Ctrl+E)</source>
        <translation>Enregistrer en CSV toutes les entrées du filtre actuel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Entries found</source>
        <translation>Entrées trouvées</translation>
    </message>
    <message>
        <source>Journal problem</source>
        <translation>Problème du journal</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
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
        <translation>En-tête</translation>
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
        <translation>Pages</translation>
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
        <translation>Ctrl+Return</translation>
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
        <translation>Esc</translation>
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
        <translation>Ctrl+Shift+V</translation>
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
        <translation>Ctrl+N</translation>
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
        <translation>F2</translation>
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
        <translation>F3</translation>
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
        <translation>F4</translation>
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
        <translation>Ctrl+Q</translation>
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
        <translation>Ctrl+P</translation>
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
        <translation>Ctrl+Shift+S</translation>
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
        <translation>Ctrl+O</translation>
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
        <translation>F1</translation>
    </message>
    <message>
        <source>Every keyboard shortcut (F1)</source>
        <translation>Tous les raccourcis clavier (F1)</translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation>&amp;À propos de Paydesk</translation>
    </message>
    <message>
        <source>Print with &amp;dialog…</source>
        <translation>Imprimer avec la &amp;boîte de dialogue…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Print the customer receipt through the print dialog: A4, PDF or any printer (Ctrl+Shift+P)</source>
        <translation>Imprime le reçu du client par la boîte d&apos;impression : A4, PDF ou toute imprimante (Ctrl+Maj+P)</translation>
    </message>
</context>
<context>
    <name>OchoSaleForm</name>
    <message>
        <source>Form message</source>
        <translation>Message du formulaire</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Ocho customer</source>
        <translation>Client Ocho</translation>
    </message>
    <message>
        <source>Customer &amp;DID *</source>
        <translation>&amp;DID du client *</translation>
    </message>
    <message>
        <source>Customer DID</source>
        <translation>DID du client</translation>
    </message>
    <message>
        <source>did:plc:abc123</source>
        <translation>did:plc:abc123</translation>
    </message>
    <message>
        <source>Required: the customer&apos;s DID, did:method:id</source>
        <translation>Obligatoire : le DID du client, did:method:id</translation>
    </message>
    <message>
        <source>Customer DID message</source>
        <translation>Message du champ DID du client</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Id de transaction</translation>
    </message>
    <message>
        <source>Transaction id message</source>
        <translation>Message du champ id de transaction</translation>
    </message>
    <message>
        <source>&amp;Transaction id</source>
        <translation>Id de &amp;transaction</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Optional: links the payment to the customer or order (empty: the terminal and the time)</source>
        <translation>Facultatif : relie le paiement au client ou à la commande (vide : le terminal et l’heure)</translation>
    </message>
</context>
<context>
    <name>OfferSaleForm</name>
    <message>
        <source>Form message</source>
        <translation>Message du formulaire</translation>
    </message>
    <message>
        <source>Insurance quote</source>
        <translation>Devis d’assurance</translation>
    </message>
    <message>
        <source>&amp;Quote OID *</source>
        <translation>OID du &amp;devis *</translation>
    </message>
    <message>
        <source>Quote OID</source>
        <translation>OID du devis</translation>
    </message>
    <message>
        <source>e.g. 10311080</source>
        <translation>p. ex. 10311080</translation>
    </message>
    <message>
        <source>Required: the quote number (letters, digits, - and _)</source>
        <translation>Obligatoire : le numéro du devis (lettres, chiffres, - et _)</translation>
    </message>
    <message>
        <source>Quote OID message</source>
        <translation>Message du champ OID du devis</translation>
    </message>
    <message>
        <source>Products *</source>
        <translation>Produits *</translation>
    </message>
    <message>
        <source>Products of the quote</source>
        <translation>Produits du devis</translation>
    </message>
    <message>
        <source>Products message</source>
        <translation>Message du champ produits</translation>
    </message>
    <message>
        <source>Offer prices the quote: the amount is shown when you charge.</source>
        <translation>Offer fixe le prix du devis : le montant s’affiche à l’encaissement.</translation>
    </message>
    <message>
        <source>Price note</source>
        <translation>Note sur le prix</translation>
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
        <translation>https://pay.example.com</translation>
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
        <source>Trusted C&amp;A file:</source>
        <translation>Fichier d’&amp;AC de confiance :</translation>
    </message>
    <message>
        <source>only for a private certificate authority</source>
        <translation>seulement pour une AC privée</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
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
        <translation>—</translation>
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
        <translation>Scannez avec un téléphone</translation>
    </message>
    <message>
        <source>QR code caption</source>
        <translation>Légende du code QR</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>End of day</source>
        <translation>Fin de journée</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>◀ Pre&amp;vious day</source>
        <translation>◀ Jour &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Next day ▶</source>
        <translation>Jour &amp;suivant ▶</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the end-of-day report (Ctrl+P)</source>
        <translation>Imprimer le rapport de fin de journée (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the end-of-day report as PDF (Ctrl+Shift+S)</source>
        <translation>Enregistrer le rapport de fin de journée en PDF (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>Par état</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Takings by currency</source>
        <translation>Recettes par devise</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Takings by backend</source>
        <translation>Recettes par service de paiement</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Service de paiement</translation>
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
        <translation>Titre de la vente</translation>
    </message>
    <message>
        <source>Profile problem</source>
        <translation>Problème de profil</translation>
    </message>
    <message>
        <source>Sale form</source>
        <translation>Formulaire de vente</translation>
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
        <source>Details for support</source>
        <translation>Détails pour le support</translation>
    </message>
    <message>
        <source>Result of the sale</source>
        <translation>Résultat de la vente</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>Print the receipts the counter&apos;s printer could not print</source>
        <translation>Imprime les reçus que l&apos;imprimante du comptoir n&apos;a pas pu imprimer</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante de reçus</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total caption</source>
        <translation>Libellé du total</translation>
    </message>
    <message>
        <source>Total to charge</source>
        <translation>Total à encaisser</translation>
    </message>
    <message>
        <source>Why nothing was sent</source>
        <translation>Pourquoi rien n’a été envoyé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show the payment intent, the charge and the receipt as the service sent them (Ctrl+D)</source>
        <translation>Afficher l’intention de paiement, le débit et le reçu tels que le service les a envoyés (Ctrl+D)</translation>
    </message>
    <message>
        <source>Details of the sale</source>
        <translation>Détails de la vente</translation>
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
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Périphériques</translation>
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
        <source>Which backend takes this counter&apos;s payments, where it is, and the credentials it gave you.</source>
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
    <message>
        <source>The merchant printed on the customer&apos;s receipt, the name of this counter in the journal, and its receipt printer and customer display (both optional).</source>
        <translation>Le commerçant imprimé sur le reçu du client, le nom de ce comptoir dans le journal, et son imprimante de reçus et son écran client (tous deux facultatifs).</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Support pages</source>
        <translation>Pages du support</translation>
    </message>
</context>
<context>
    <name>paydesk</name>
    <message>
        <source>There is no profile &quot;%1&quot; in %2.</source>
        <translation>Il n’existe pas de profil « %1 » dans %2.</translation>
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
        <source>Status: %1</source>
        <translation>État : %1</translation>
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
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>« %1 » n’est pas un code de devise ISO 4217.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The amount is too large: at most %1 %2.</source>
        <translation>Le montant est trop élevé : %1 %2 au plus.</translation>
    </message>
    <message>
        <source>%1 amounts must end in 0 in the third decimal (for example 1.230).</source>
        <translation>Les montants en %1 doivent finir par 0 à la troisième décimale (par exemple 1,230).</translation>
    </message>
    <message>
        <source>%1 amounts must be whole units, without decimals.</source>
        <translation>Les montants en %1 doivent être des unités entières, sans décimales.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Choisissez une devise.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use digits and one decimal point, like 12.34.</source>
        <translation>« %1 » n’est pas un montant : utilisez des chiffres et un seul séparateur décimal, comme 12,34.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write it like %2 or %3.</source>
        <translation>« %1 » n’est pas un montant : écrivez-le comme %2 ou %3.</translation>
    </message>
    <message>
        <source>%1 has no decimals: enter a whole amount.</source>
        <translation>%1 n’a pas de décimales : saisissez un montant entier.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 decimals.</source>
        <translation>%1 accepte au plus %2 décimales.</translation>
    </message>
    <message>
        <source>The amount is not a number.</source>
        <translation>Le montant n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot;: %2 Expected SKU:NAME:QTY:UNIT_PRICE, e.g. COF-1:Coffee:2:3.50.</source>
        <translation>Article « %1 » : %2 Format attendu SKU:NAME:QTY:UNIT_PRICE, p. ex. COF-1:Coffee:2:3.50.</translation>
    </message>
    <message>
        <source>it needs four parts.</source>
        <translation>il faut quatre parties.</translation>
    </message>
    <message>
        <source>the SKU is empty.</source>
        <translation>la référence est vide.</translation>
    </message>
    <message>
        <source>the quantity &quot;%1&quot; is not a whole number.</source>
        <translation>la quantité « %1 » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>The %1 answer breaks the contract: %2</source>
        <translation>La réponse de %1 ne respecte pas le contrat : %2</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code known to Paydesk.</source>
        <translation>%1 n’est pas un code de devise ISO 4217 connu de Paydesk.</translation>
    </message>
    <message>
        <source>Charge %1 has the unrecognised status &quot;%2&quot;.</source>
        <translation>Le débit %1 a un état non reconnu : « %2 ».</translation>
    </message>
    <message>
        <source>The intent has the unrecognised status &quot;%1&quot;; it is shown as it is.</source>
        <translation>L’intention a un état non reconnu, « %1 » ; il est affiché tel quel.</translation>
    </message>
    <message>
        <source>%1 is not an amount in %2 (%3).</source>
        <translation>%1 n’est pas un montant en %2 (%3).</translation>
    </message>
    <message>
        <source>AMOUNT MISMATCH: data.amount is %1 %2 but %3 minor units were charged (%4). Check the sale before handing over goods.</source>
        <translation>MONTANTS DIFFÉRENTS : data.amount vaut %1 %2 mais %3 unités mineures ont été débitées (%4). Vérifiez la vente avant de remettre la marchandise.</translation>
    </message>
    <message>
        <source>paymentIntent &quot;%1&quot; is not a Stripe PaymentIntent id (pi_…).</source>
        <translation>paymentIntent « %1 » n’est pas un id de PaymentIntent Stripe (pi_…).</translation>
    </message>
    <message>
        <source>publishableKey does not start with pk_test_ or pk_live_: the mode is unknown.</source>
        <translation>publishableKey ne commence ni par pk_test_ ni par pk_live_ : le mode est inconnu.</translation>
    </message>
    <message>
        <source>status is missing.</source>
        <translation>status est absent.</translation>
    </message>
    <message>
        <source>status must be &quot;1&quot; or 1, or a failure code.</source>
        <translation>status doit valoir &quot;1&quot; ou 1, ou un code d’échec.</translation>
    </message>
    <message>
        <source>(request %1)</source>
        <translation>(requête %1)</translation>
    </message>
    <message>
        <source>The Dots answer has no status.</source>
        <translation>La réponse de Dots n’a pas d’état.</translation>
    </message>
    <message>
        <source>The Dots intent id &quot;%1&quot; is not a UUID.</source>
        <translation>L’id d’intention Dots « %1 » n’est pas un UUID.</translation>
    </message>
    <message>
        <source>transaction_status &quot;%1&quot; differs from the intent&apos;s status &quot;%2&quot;.</source>
        <translation>transaction_status « %1 » diffère de l’état de l’intention, « %2 ».</translation>
    </message>
    <message>
        <source>The answer is not JSON: %1 at byte %2.</source>
        <translation>La réponse n’est pas du JSON : %1 à l’octet %2.</translation>
    </message>
    <message>
        <source>The answer is JSON but not an object, so it is not a payment answer of any known backend.</source>
        <translation>La réponse est du JSON mais pas un objet : ce n’est la réponse de paiement d’aucun service connu.</translation>
    </message>
    <message>
        <source>The JSON is not an answer of a known backend (%1) nor a Stripe PaymentIntent or Charge.</source>
        <translation>Le JSON n’est ni la réponse d’un service connu (%1) ni un PaymentIntent ou une Charge Stripe.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid http(s) URL.</source>
        <translation>L’URL de base « %1 » n’est pas une URL http(s) valide.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (not %1://).</source>
        <translation>L’URL de base doit commencer par https:// (pas par %1://).</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (127.0.0.1, localhost); use https:// for %1.</source>
        <translation>http:// en clair n’est permis que vers cet ordinateur (127.0.0.1, localhost) ; utilisez https:// pour %1.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: kind must be ocho, offer, dots or checkout (not &quot;%2&quot;).</source>
        <translation>Profil « %1 » : kind doit valoir ocho, offer, dots ou checkout (pas « %2 »).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: offer_token_placement must be body or header.</source>
        <translation>Profil « %1 » : offer_token_placement doit valoir body ou header.</translation>
    </message>
    <message>
        <source>%1 must be a UUID like 3c90c3cc-0d44-4b50-8888-8dd25736052a.</source>
        <translation>%1 doit être un UUID comme 3c90c3cc-0d44-4b50-8888-8dd25736052a.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Saisissez %1.</translation>
    </message>
    <message>
        <source>The %1 is too long: at most %2 characters.</source>
        <translation>Trop de caractères dans %1 : %2 au plus.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s DID (did:method:id).</source>
        <translation>Saisissez le DID du client (did:method:id).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DID: it looks like did:plc:abc123 (a lower-case method and an id).</source>
        <translation>« %1 » n’est pas un DID : il a la forme did:plc:abc123 (une méthode en minuscules et un id).</translation>
    </message>
    <message>
        <source>Enter the id that links the payment to the customer or order.</source>
        <translation>Saisissez l’id qui relie le paiement au client ou à la commande.</translation>
    </message>
    <message>
        <source>Enter the quote number (offer OID).</source>
        <translation>Saisissez le numéro du devis (OID Offer).</translation>
    </message>
    <message>
        <source>The quote number &quot;%1&quot; can only hold letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Le numéro de devis « %1 » ne peut contenir que des lettres, des chiffres, « - » et « _ ».</translation>
    </message>
    <message>
        <source>Choose at least one product of the quote.</source>
        <translation>Choisissez au moins un produit du devis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product of this profile (%2).</source>
        <translation>« %1 » n’est pas un produit de ce profil (%2).</translation>
    </message>
    <message>
        <source>Dots accepts only USD, not &quot;%1&quot;.</source>
        <translation>Dots n’accepte que l’USD, pas « %1 ».</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The user id</source>
        <translation>L’id utilisateur</translation>
    </message>
    <message>
        <source>The customer id</source>
        <translation>L’id client</translation>
    </message>
    <message>
        <source>The payment method id</source>
        <translation>L’id du moyen de paiement</translation>
    </message>
    <message>
        <source>The destination user id</source>
        <translation>L’id utilisateur de destination</translation>
    </message>
    <message>
        <source>The description is too long: at most 500 characters.</source>
        <translation>La description est trop longue : 500 caractères au plus.</translation>
    </message>
    <message>
        <source>The application fee cannot be more than the amount.</source>
        <translation>La commission de la plateforme ne peut pas dépasser le montant.</translation>
    </message>
    <message>
        <source>Future usage must be on_session or off_session.</source>
        <translation>L’usage futur doit être on_session ou off_session.</translation>
    </message>
    <message>
        <source>Every metadata entry needs a key.</source>
        <translation>Chaque entrée de métadonnées doit avoir une clé.</translation>
    </message>
    <message>
        <source>client name</source>
        <translation>le nom du client</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>la référence</translation>
    </message>
    <message>
        <source>The payment method is too long: at most 50 characters.</source>
        <translation>Le moyen de paiement est trop long : 50 caractères au plus.</translation>
    </message>
    <message>
        <source>The total must be more than zero.</source>
        <translation>Le total doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>within a minute</source>
        <translation>à moins d’une minute</translation>
    </message>
    <message>
        <source>%1 min earlier</source>
        <translation>%1 min plus tôt</translation>
    </message>
    <message>
        <source>%1 min later</source>
        <translation>%1 min plus tard</translation>
    </message>
    <message>
        <source>entry %1 (same amount and reference, %2)</source>
        <translation>entrée %1 (même montant et même référence, %2)</translation>
    </message>
    <message>
        <source>entry %1 (same amount and card, %2)</source>
        <translation>entrée %1 (même montant et même carte, %2)</translation>
    </message>
    <message>
        <source>Possible double charge: %1</source>
        <translation>Double débit possible : %1</translation>
    </message>
    <message>
        <source>AMOUNT OUT OF RANGE: the succeeded charges add up past what a 64-bit amount holds. Check the sale before handing over goods.</source>
        <translation>MONTANT HORS LIMITES : les débits réussis dépassent ce que contient un montant sur 64 bits. Vérifiez la vente avant de remettre la marchandise.</translation>
    </message>
    <message>
        <source>AMOUNT OUT OF RANGE: %1 is %2 minor units, outside 0 to %3. Check the sale before handing over goods.</source>
        <translation>MONTANT HORS LIMITES : %1 vaut %2 unités mineures, hors de 0 à %3. Vérifiez la vente avant de remettre la marchandise.</translation>
    </message>
    <message>
        <source>the intent&apos;s amount</source>
        <translation>le montant de l’intention</translation>
    </message>
    <message>
        <source>charge %1&apos;s amount</source>
        <translation>le montant du débit %1</translation>
    </message>
    <message>
        <source>charge %1&apos;s captured amount</source>
        <translation>le montant capturé du débit %1</translation>
    </message>
    <message>
        <source>charge %1&apos;s refunded amount</source>
        <translation>le montant remboursé du débit %1</translation>
    </message>
    <message>
        <source>The base URL must not hold credentials (user:password@%1): they would travel in every request and show in logs. Give the token, client id and API key as the profile&apos;s credentials (or PAYDESK_TOKEN, PAYDESK_CLIENT_ID, PAYDESK_API_KEY) instead.</source>
        <translation>L’URL de base ne doit pas contenir d’identifiants (user:password@%1) : ils voyageraient dans chaque requête et apparaîtraient dans les journaux. Donnez plutôt le jeton, le client id et la clé API comme identifiants du profil (ou PAYDESK_TOKEN, PAYDESK_CLIENT_ID, PAYDESK_API_KEY).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: base_url: %2</source>
        <translation>Profil « %1 » : base_url : %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: timeout_ms must be between %2 (1 s) and %3 (10 min), not %4.</source>
        <translation>Profil « %1 » : timeout_ms doit être entre %2 (1 s) et %3 (10 min), pas %4.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: ca_file: the file %2 does not exist.</source>
        <translation>Profil « %1 » : ca_file : le fichier %2 n’existe pas.</translation>
    </message>
    <message>
        <source>The journal URL %1: &quot;%2&quot; is not an option Paydesk passes to PostgreSQL (it takes %3).</source>
        <translation>L’URL du journal %1 : « %2 » n’est pas une option que Paydesk transmet à PostgreSQL (il accepte %3).</translation>
    </message>
    <message>
        <source>The journal URL %1: the value of %2 may not contain &apos;;&apos;.</source>
        <translation>L’URL du journal %1 : la valeur de %2 ne peut pas contenir « ; ».</translation>
    </message>
    <message>
        <source>The journal URL %1: sslmode must be one of %2 (not &quot;%3&quot;).</source>
        <translation>L’URL du journal %1 : sslmode doit valoir l’un de %2 (pas « %3 »).</translation>
    </message>
    <message>
        <source>a printer is tcp://HOST:9100, file:/dev/usb/lp0 or cups:QUEUE</source>
        <translation>une imprimante est tcp://HOST:9100, file:/dev/usb/lp0 ou cups:QUEUE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CUPS queue name (%2).</source>
        <translation>« %1 » n’est pas un nom de file CUPS (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a device by its absolute path (%2).</source>
        <translation>« %1 » ne désigne pas un périphérique par son chemin absolu (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network printer&apos;s address (%2).</source>
        <translation>« %1 » n’est pas l’adresse d’une imprimante réseau (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no usable port (%2).</source>
        <translation>« %1 » n’a pas de port utilisable (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a printer address: %2.</source>
        <translation>« %1 » n’est pas une adresse d’imprimante : %2.</translation>
    </message>
    <message>
        <source>No receipt printer is configured ([printer] url).</source>
        <translation>Aucune imprimante de reçus n’est configurée ([printer] url).</translation>
    </message>
    <message>
        <source>[printer] width_mm must be 58 or 80, not &quot;%1&quot;.</source>
        <translation>[printer] width_mm doit valoir 58 ou 80, pas « %1 ».</translation>
    </message>
    <message>
        <source>[printer] codepage must be one of %1, not &quot;%2&quot;.</source>
        <translation>[printer] codepage doit valoir l’un de %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>[printer] timeout_ms must be from 100 to 300000, not &quot;%1&quot;.</source>
        <translation>[printer] timeout_ms doit être entre 100 et 300000, pas « %1 ».</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>plus de papier</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>capot ouvert</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>printer error</source>
        <translation>erreur de l’imprimante</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>status not asked</source>
        <translation>état non demandé</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Prépayée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Retenu pour vérification</translation>
    </message>
    <message>
        <source>Declined by the bank</source>
        <translation>Refusé par la banque</translation>
    </message>
    <message>
        <source>Blocked as risky</source>
        <translation>Bloqué comme risqué</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Approved by the card network</source>
        <translation>Approuvé par le réseau de cartes</translation>
    </message>
    <message>
        <source>Declined by the card network</source>
        <translation>Refusé par le réseau de cartes</translation>
    </message>
    <message>
        <source>Not sent to the card network</source>
        <translation>Non envoyé au réseau de cartes</translation>
    </message>
    <message>
        <source>Reversed after approval</source>
        <translation>Annulé après approbation</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Maximal</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Not enough funds</source>
        <translation>Fonds insuffisants</translation>
    </message>
    <message>
        <source>Card expired</source>
        <translation>Carte expirée</translation>
    </message>
    <message>
        <source>Wrong security code</source>
        <translation>Code de sécurité erroné</translation>
    </message>
    <message>
        <source>Wrong card number</source>
        <translation>Numéro de carte erroné</translation>
    </message>
    <message>
        <source>Processing error at the bank</source>
        <translation>Erreur de traitement à la banque</translation>
    </message>
    <message>
        <source>Card reported lost or stolen</source>
        <translation>Carte déclarée perdue ou volée</translation>
    </message>
    <message>
        <source>Payment complete.</source>
        <translation>Paiement effectué.</translation>
    </message>
    <message>
        <source>The bank did not return any further details with this decline.</source>
        <translation>La banque n&apos;a donné aucun autre détail sur ce refus.</translation>
    </message>
    <message>
        <source>The card was declined.</source>
        <translation>La carte a été refusée.</translation>
    </message>
    <message>
        <source>There are not enough funds on the card.</source>
        <translation>Le solde de la carte est insuffisant.</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>La carte a expiré.</translation>
    </message>
    <message>
        <source>The security code (CVC) was wrong.</source>
        <translation>Le code de sécurité (CVC) était erroné.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2 must be a UUID like 3c90c3cc-0d44-4b50-8888-8dd25736052a, not &quot;%3&quot;.</source>
        <translation>Profil « %1 » : %2 doit être un UUID comme 3c90c3cc-0d44-4b50-8888-8dd25736052a, pas « %3 ».</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: ocho_iss must be a DID like did:plc:abc123, not &quot;%2&quot;.</source>
        <translation>Profil « %1 » : ocho_iss doit être un DID comme did:plc:abc123, pas « %2 ».</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: walk_in_client is too long: at most 100 characters.</source>
        <translation>Profil « %1 » : walk_in_client est trop long : 100 caractères au plus.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: payment_methods: &quot;%2&quot; is too long: at most 50 characters.</source>
        <translation>Profil « %1 » : payment_methods : « %2 » est trop long : 50 caractères au plus.</translation>
    </message>
    <message>
        <source>Paid with %1</source>
        <translation>Payé avec %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: dots_settle_ms must be between %2 (5 s) and %3 (10 min), not %4.</source>
        <translation>Profil « %1 » : dots_settle_ms doit être entre %2 (5 s) et %3 (10 min), pas %4.</translation>
    </message>
    <message>
        <source>key %1 belongs to journal entry %2 (%3), a different sale: one key names one sale, give this sale a new key.</source>
        <translation>la clé %1 appartient à l’entrée du journal %2 (%3), une autre vente : une clé désigne une seule vente, donnez à cette vente une nouvelle clé.</translation>
    </message>
    <message>
        <source>journal entry %1 (key %2) is pending: another attempt may be sending it now.</source>
        <translation>l’entrée du journal %1 (clé %2) est en attente : une autre tentative l’envoie peut-être en ce moment.</translation>
    </message>
    <message>
        <source>journal entry %1 (key %2) is unknown and this backend does not promise to replay a repeated key: verify it first with &apos;paydeskctl journal verify %1&apos;.</source>
        <translation>l’entrée du journal %1 (clé %2) est inconnue et ce backend ne garantit pas de rejouer une clé répétée : vérifiez-la d’abord avec &apos;paydeskctl journal verify %1&apos;.</translation>
    </message>
    <message>
        <source>journal entry %1 (key %2) was sent with profile &quot;%3&quot; to %4; a re-send goes only there, not with profile &quot;%5&quot; to %6.</source>
        <translation>l’entrée du journal %1 (clé %2) a été envoyée avec le profil « %3 » à %4 ; un renvoi ne va que là, pas avec le profil « %5 » à %6.</translation>
    </message>
    <message>
        <source>%1 (locked):</source>
        <translation>%1 (verrouillé) :</translation>
    </message>
    <message>
        <source>Set by your administrator in %1: it cannot be changed here.</source>
        <translation>Défini par votre administrateur dans %1 : il ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>the system-wide settings</source>
        <translation>les réglages du système</translation>
    </message>
</context>
<context>
    <name>paydesk::BackendError</name>
    <message>
        <source>The payment may have gone through: check before trying again.</source>
        <translation>Le paiement est peut-être passé : vérifiez avant de réessayer.</translation>
    </message>
    <message>
        <source>Some details of the sale are not valid.</source>
        <translation>Certaines données de la vente ne sont pas valides.</translation>
    </message>
    <message>
        <source>Paydesk is not set up correctly for this backend; nothing was sent. Call support.</source>
        <translation>Paydesk n’est pas bien configuré pour ce service de paiement ; rien n’a été envoyé. Appelez le support.</translation>
    </message>
    <message>
        <source>The payment service could not be reached; nothing was sent. You can try again.</source>
        <translation>Le service de paiement est injoignable ; rien n’a été envoyé. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>The payment service&apos;s identity could not be verified; nothing was sent. Call support.</source>
        <translation>L’identité du service de paiement n’a pas pu être vérifiée ; rien n’a été envoyé. Appelez le support.</translation>
    </message>
    <message>
        <source>The payment service did not answer in time.</source>
        <translation>Le service de paiement n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The connection broke while waiting for the answer.</source>
        <translation>La connexion a été coupée pendant l’attente de la réponse.</translation>
    </message>
    <message>
        <source>The payment service had a problem (HTTP %1).</source>
        <translation>Le service de paiement a rencontré un problème (HTTP %1).</translation>
    </message>
    <message>
        <source>The payment service&apos;s answer could not be read.</source>
        <translation>La réponse du service de paiement est illisible.</translation>
    </message>
    <message>
        <source>The payment service sent us elsewhere; Paydesk did not follow.</source>
        <translation>Le service de paiement nous a redirigés ailleurs ; Paydesk n’a pas suivi.</translation>
    </message>
    <message>
        <source>Canceled before anything was sent.</source>
        <translation>Annulé avant tout envoi.</translation>
    </message>
    <message>
        <source>Canceled while waiting.</source>
        <translation>Annulé pendant l’attente.</translation>
    </message>
    <message>
        <source>The card was declined.</source>
        <translation>La carte a été refusée.</translation>
    </message>
    <message>
        <source>The card was declined: %1</source>
        <translation>La carte a été refusée : %1</translation>
    </message>
    <message>
        <source>The payment service refused the sale.</source>
        <translation>Le service de paiement a refusé la vente.</translation>
    </message>
    <message>
        <source>The payment service refused the sale: %1</source>
        <translation>Le service de paiement a refusé la vente : %1</translation>
    </message>
</context>
<context>
    <name>paydesk::BackendProfile</name>
    <message>
        <source>Core cover</source>
        <translation>Garantie de base</translation>
    </message>
    <message>
        <source>Legal protection</source>
        <translation>Protection juridique</translation>
    </message>
    <message>
        <source>Personal possessions</source>
        <translation>Effets personnels</translation>
    </message>
    <message>
        <source>Home emergency</source>
        <translation>Urgences à domicile</translation>
    </message>
    <message>
        <source>Accidental damage</source>
        <translation>Dommages accidentels</translation>
    </message>
</context>
<context>
    <name>paydesk::Cart</name>
    <message>
        <source>Every item needs a SKU.</source>
        <translation>Chaque article doit avoir une référence.</translation>
    </message>
    <message>
        <source>The quantity of %1 must be at least 1.</source>
        <translation>La quantité de %1 doit être d’au moins 1.</translation>
    </message>
    <message>
        <source>The price of %1 cannot be negative.</source>
        <translation>Le prix de %1 ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The line for %1 is larger than any payment can be.</source>
        <translation>La ligne de %1 dépasse le maximum d’un paiement.</translation>
    </message>
    <message>
        <source>The cart is empty: add at least one item.</source>
        <translation>Le panier est vide : ajoutez au moins un article.</translation>
    </message>
    <message>
        <source>The total is too large: at most %1 %2 in one payment.</source>
        <translation>Le total est trop élevé : %1 %2 au plus par paiement.</translation>
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
    <message>
        <source>A free amount, not a product</source>
        <translation>Un montant libre, pas un produit</translation>
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
        <source>No product with SKU &quot;%1&quot; in the %2 catalogue. Check the code, or add the price as a free amount.</source>
        <translation>Aucun produit de référence « %1 » dans le catalogue %2. Vérifiez la référence, ou ajoutez le prix comme montant libre.</translation>
    </message>
    <message>
        <source>Enter an amount more than zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Un de moins</translation>
    </message>
    <message>
        <source>One less of the selected line (−)</source>
        <translation>Un de moins sur la ligne choisie (−)</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Un de plus</translation>
    </message>
    <message>
        <source>One more of the selected line (+)</source>
        <translation>Un de plus sur la ligne choisie (+)</translation>
    </message>
</context>
<context>
    <name>paydesk::Catalogue</name>
    <message>
        <source>The catalogue is not JSON: %1.</source>
        <translation>Le catalogue n’est pas du JSON : %1.</translation>
    </message>
    <message>
        <source>The catalogue must be a JSON array of products.</source>
        <translation>Le catalogue doit être un tableau JSON de produits.</translation>
    </message>
    <message>
        <source>needs a sku and a name</source>
        <translation>il faut un sku et un nom</translation>
    </message>
    <message>
        <source>unit_price must be a whole number of minor units</source>
        <translation>unit_price doit être un nombre entier d’unités mineures</translation>
    </message>
    <message>
        <source>repeats SKU %1 in %2</source>
        <translation>répète le SKU %1 en %2</translation>
    </message>
    <message>
        <source>Catalogue entry %1 skipped: %2.</source>
        <translation>Entrée %1 du catalogue ignorée : %2.</translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be read: %2.</source>
        <translation>Le catalogue %1 est illisible : %2.</translation>
    </message>
    <message>
        <source>Catalogue entry %1: key must be a number from 1 to %2; its quick key gets the next one free.</source>
        <translation>Entrée %1 du catalogue : key doit être un nombre de 1 à %2 ; sa touche rapide prend la suivante libre.</translation>
    </message>
    <message>
        <source>Catalogue entry %1: key %2 is already %3&apos;s; its quick key gets the next one free.</source>
        <translation>Entrée %1 du catalogue : la touche %2 est déjà celle de %3 ; sa touche rapide prend la suivante libre.</translation>
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
    <message>
        <source>No charge yet.</source>
        <translation>Pas encore de débit.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
</context>
<context>
    <name>paydesk::CheckoutSaleForm</name>
    <message>
        <source>Walk-in</source>
        <translation>Client de passage</translation>
    </message>
    <message>
        <source>Optional, e.g. card</source>
        <translation>Facultatif, p. ex. carte</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Optional: choose or type a payment method, at most 50 characters</source>
        <translation>Facultatif : choisissez ou saisissez un moyen de paiement, 50 caractères au plus</translation>
    </message>
    <message>
        <source>The payment methods of the profile</source>
        <translation>Les moyens de paiement du profil</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Bon d’achat</translation>
    </message>
</context>
<context>
    <name>paydesk::ConfirmJob</name>
    <message>
        <source>%1 has no confirm endpoint.</source>
        <translation>%1 n’a pas de point de confirmation.</translation>
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
        <source>Connected: the backend answered at this address. The credentials were not checked: this backend reads them only inside a sale.</source>
        <translation>Connecté : le service a répondu à cette adresse. Les identifiants n’ont pas été vérifiés : ce service ne les lit que dans une vente.</translation>
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
        <source>The backend&apos;s certificate is not trusted: add its CA file to the profile.</source>
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
    <message>
        <source>Not asked: the profile cannot be used.</source>
        <translation>Pas interrogé : le profil ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>The backend cannot be reached.</source>
        <translation>Le service est injoignable.</translation>
    </message>
    <message>
        <source>Check the base URL and that this computer can reach it (network, firewall, proxy).</source>
        <translation>Vérifiez l’URL de base et que cet ordinateur peut la joindre (réseau, pare-feu, proxy).</translation>
    </message>
    <message>
        <source>Something answered, but not this backend at this address.</source>
        <translation>Quelque chose a répondu, mais pas ce service à cette adresse.</translation>
    </message>
    <message>
        <source>Check the base URL (and the path) given with the credentials.</source>
        <translation>Vérifiez l’URL de base (et le chemin) fournie avec les identifiants.</translation>
    </message>
    <message>
        <source>The backend was reached but gave no usable answer.</source>
        <translation>Le service a été joint mais n’a pas donné de réponse exploitable.</translation>
    </message>
    <message>
        <source>Try again in a moment; if it stays so, ask the backend&apos;s support.</source>
        <translation>Réessayez dans un instant ; si cela persiste, contactez le support du service.</translation>
    </message>
    <message>
        <source>The backend answered at this address.</source>
        <translation>Le service a répondu à cette adresse.</translation>
    </message>
    <message>
        <source>No certificate to check (http:// on this computer).</source>
        <translation>Aucun certificat à vérifier (http:// sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Certificate not checked: nothing was reached.</source>
        <translation>Certificat non vérifié : rien n’a été joint.</translation>
    </message>
    <message>
        <source>The backend&apos;s certificate is trusted.</source>
        <translation>Le certificat du service est de confiance.</translation>
    </message>
    <message>
        <source>The backend&apos;s certificate is not trusted.</source>
        <translation>Le certificat du service n’est pas de confiance.</translation>
    </message>
    <message>
        <source>Add the CA file of the certificate authority that signed it (Trusted CA file), or ask the backend which one it uses.</source>
        <translation>Ajoutez le fichier de l’autorité de certification qui l’a signé (Fichier d’AC de confiance), ou demandez au service laquelle il utilise.</translation>
    </message>
    <message>
        <source>No credentials are needed.</source>
        <translation>Aucun identifiant n’est nécessaire.</translation>
    </message>
    <message>
        <source>The backend refused the credentials.</source>
        <translation>Le service a refusé les identifiants.</translation>
    </message>
    <message>
        <source>Copy the token or the API key again from the backend&apos;s dashboard: an extra space or an expired key is the usual cause.</source>
        <translation>Copiez à nouveau le jeton ou la clé d’API depuis le tableau de bord du service : un espace en trop ou une clé expirée en est la cause habituelle.</translation>
    </message>
    <message>
        <source>The backend accepted the credentials.</source>
        <translation>Le service a accepté les identifiants.</translation>
    </message>
    <message>
        <source>Credentials not checked: this backend reads them only inside a sale.</source>
        <translation>Identifiants non vérifiés : ce service ne les lit que dans une vente.</translation>
    </message>
    <message>
        <source>The first sale checks them; in training mode nothing is charged.</source>
        <translation>La première vente les vérifie ; en mode formation, rien n’est débité.</translation>
    </message>
    <message>
        <source>Credentials not checked: the backend was not reached.</source>
        <translation>Identifiants non vérifiés : le service n’a pas été joint.</translation>
    </message>
</context>
<context>
    <name>paydesk::CreatePaymentJob</name>
    <message>
        <source>Profile &quot;%1&quot; is a %2 profile, not %3.</source>
        <translation>Le profil « %1 » est un profil %2, pas %3.</translation>
    </message>
    <message>
        <source>(request %1)</source>
        <translation>(requête %1)</translation>
    </message>
</context>
<context>
    <name>paydesk::CredentialStore</name>
    <message>
        <source>No system keyring is available: credentials are stored in %1, readable only by your user account.</source>
        <translation>Aucun trousseau système n’est disponible : les identifiants sont stockés dans %1, lisible uniquement par votre compte.</translation>
    </message>
    <message>
        <source>The credentials of &quot;%1&quot; cannot be saved in the keyring: %2</source>
        <translation>Les identifiants de « %1 » ne peuvent pas être enregistrés dans le trousseau : %2</translation>
    </message>
    <message>
        <source>No system keyring is available, and PAYDESK_CREDENTIALS=keyring forbids the file.</source>
        <translation>Aucun trousseau système n’est disponible, et PAYDESK_CREDENTIALS=keyring interdit le fichier.</translation>
    </message>
    <message>
        <source>The credentials cannot be saved to %1.</source>
        <translation>Les identifiants ne peuvent pas être enregistrés dans %1.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within 10 s.</source>
        <translation>Le trousseau système n’a pas répondu en 10 s.</translation>
    </message>
    <message>
        <source>The credentials of &quot;%1&quot; cannot be removed from the keyring: %2</source>
        <translation>Les identifiants de «&#xa0;%1&#xa0;» ne peuvent pas être retirés du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>The keyring is not asked any more: Paydesk is closing.</source>
        <translation>Le trousseau n’est plus interrogé&#xa0;: Paydesk se ferme.</translation>
    </message>
</context>
<context>
    <name>paydesk::CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Écran client</translation>
    </message>
    <message>
        <source>TRAINING — NOT A REAL PAYMENT</source>
        <translation>FORMATION — PAS UN VRAI PAIEMENT</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Scan for your receipt</source>
        <translation>Scannez pour obtenir votre reçu</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Veuillez patienter…</translation>
    </message>
    <message>
        <source>Paid — thank you!</source>
        <translation>Payé — merci !</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Payment not completed</source>
        <translation>Paiement non abouti</translation>
    </message>
</context>
<context>
    <name>paydesk::DevicesForm</name>
    <message>
        <source>80 mm (48 columns)</source>
        <translation>80 mm (48 colonnes)</translation>
    </message>
    <message>
        <source>58 mm (32 columns)</source>
        <translation>58 mm (32 colonnes)</translation>
    </message>
    <message>
        <source>CP858: Western Europe with the euro sign</source>
        <translation>CP858 : Europe de l&apos;Ouest avec le signe euro</translation>
    </message>
    <message>
        <source>CP850: Western Europe</source>
        <translation>CP850 : Europe de l&apos;Ouest</translation>
    </message>
    <message>
        <source>CP437: USA</source>
        <translation>CP437 : États-Unis</translation>
    </message>
    <message>
        <source>CP1252: Windows Latin-1</source>
        <translation>CP1252 : Windows Latin-1</translation>
    </message>
    <message>
        <source>Any screen but the main one</source>
        <translation>Tout écran sauf l&apos;écran principal</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>%1, the main screen</source>
        <translation>%1, l&apos;écran principal</translation>
    </message>
    <message>
        <source>%1 (not connected now)</source>
        <translation>%1 (non connecté pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Enter the printer&apos;s address first. Without one, Ctrl+P opens the print dialog.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse de l&apos;imprimante. Sans elle, Ctrl+P ouvre la boîte d&apos;impression.</translation>
    </message>
    <message>
        <source>Paydesk test slip</source>
        <translation>Ticket de test Paydesk</translation>
    </message>
    <message>
        <source>Printing a test slip…</source>
        <translation>Impression d&apos;un ticket de test…</translation>
    </message>
    <message>
        <source>Printed: check the slip (the accented letters and the euro sign as your printer shows them). %1</source>
        <translation>Imprimé : vérifiez le ticket (les lettres accentuées et le signe euro tels que votre imprimante les montre). %1</translation>
    </message>
    <message>
        <source>The paper is running low.</source>
        <translation>Le papier arrive à sa fin.</translation>
    </message>
    <message>
        <source>Set by your administrator: it cannot be changed here.</source>
        <translation>Défini par votre administrateur : non modifiable ici.</translation>
    </message>
</context>
<context>
    <name>paydesk::DotsListJob</name>
    <message>
        <source>The list of intents is not a JSON array.</source>
        <translation>La liste des intentions n’est pas un tableau JSON.</translation>
    </message>
    <message>
        <source>Intent %1 of the list: %2</source>
        <translation>Intention %1 de la liste : %2</translation>
    </message>
</context>
<context>
    <name>paydesk::DotsRefundListJob</name>
    <message>
        <source>The list of refunds is not {&quot;has_more&quot;: boolean, &quot;data&quot;: array}.</source>
        <translation>La liste des remboursements n’est pas {&quot;has_more&quot;: boolean, &quot;data&quot;: array}.</translation>
    </message>
    <message>
        <source>Refund %1 of the list is not a refund.</source>
        <translation>Le remboursement %1 de la liste n’est pas un remboursement.</translation>
    </message>
</context>
<context>
    <name>paydesk::DotsRefundRetrieveJob</name>
    <message>
        <source>The answer is not a refund.</source>
        <translation>La réponse n’est pas un remboursement.</translation>
    </message>
</context>
<context>
    <name>paydesk::DotsSaleForm</name>
    <message>
        <source>Advanced: identifiers, fee, confirmation</source>
        <translation>Avancé : identifiants, frais, confirmation</translation>
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
        <translation>Idempotency-Key</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Receipt link</source>
        <translation>Lien du reçu</translation>
    </message>
    <message>
        <source>Entry %1 · %2 · %3%4</source>
        <translation>Entrée %1 · %2 · %3%4</translation>
    </message>
    <message>
        <source> · training</source>
        <translation> · formation</translation>
    </message>
    <message>
        <source>Terminal %1, operator %2</source>
        <translation>Terminal %1, opérateur %2</translation>
    </message>
    <message>
        <source>profile %1 (%2)</source>
        <translation>profil %1 (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Idempotency-Key %1</source>
        <translation>Idempotency-Key %1</translation>
    </message>
    <message>
        <source>Select an entry to see its payment, timeline and answer.</source>
        <translation>Sélectionnez une entrée pour voir son paiement, sa chronologie et sa réponse.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Refund %1 of sale %2 · %3 · %4%5</source>
        <translation>Remboursement %1 de la vente %2 · %3 · %4%5</translation>
    </message>
    <message>
        <source>Refund %1: %2%3 (%4)</source>
        <translation>Remboursement %1 : %2%3 (%4)</translation>
    </message>
    <message>
        <source>, Dots refund %1</source>
        <translation>, remboursement Dots %1</translation>
    </message>
    <message>
        <source>Refund of sale %1.</source>
        <translation>Remboursement de la vente %1.</translation>
    </message>
    <message>
        <source>Refunded %1 of %2; %3 not settled yet; left to refund: %4.</source>
        <translation>Remboursé %1 sur %2 ; %3 pas encore réglé ; reste à rembourser : %4.</translation>
    </message>
    <message>
        <source>Refund this sale, all or part of it (Ctrl+Shift+R)</source>
        <translation>Rembourser cette vente, en tout ou en partie (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>⚠ No one knows yet whether this refund was made: its answer never came. Do not refund the sale again. Verify asks the payment service and settles the refund with its proof.</source>
        <translation>⚠ On ne sait pas encore si ce remboursement a été fait : sa réponse n’est jamais arrivée. Ne remboursez pas la vente à nouveau. Vérifier interroge le service de paiement et règle le remboursement avec sa preuve.</translation>
    </message>
    <message>
        <source>⚠ No one knows yet whether the customer paid: the answer never came, and the payment service may have taken the money. Do not charge again. Verify asks the payment service and settles the sale with its proof.</source>
        <translation>⚠ On ne sait pas encore si le client a payé : la réponse n’est jamais arrivée, et le service de paiement a peut-être encaissé l’argent. N’encaissez pas à nouveau. Vérifier interroge le service de paiement et règle la vente avec sa preuve.</translation>
    </message>
</context>
<context>
    <name>paydesk::Forwarder</name>
    <message>
        <source>cannot keep what was forwarded</source>
        <translation>impossible de garder ce qui a été transmis</translation>
    </message>
    <message>
        <source>The journal %1 has no journal id.</source>
        <translation>Le journal %1 n’a pas d’id de journal.</translation>
    </message>
    <message>
        <source>The store %1 is this till&apos;s own journal.</source>
        <translation>Le magasin %1 est le propre journal de cette caisse.</translation>
    </message>
    <message>
        <source>cannot take the forwarding lock</source>
        <translation>impossible de prendre le verrou de transmission</translation>
    </message>
    <message>
        <source>cannot take the forwarding lock (another forward of this till holds it)</source>
        <translation>impossible de prendre le verrou de transmission (une autre transmission de cette caisse le détient)</translation>
    </message>
    <message>
        <source>cannot be read for forwarding</source>
        <translation>illisible pour la transmission</translation>
    </message>
    <message>
        <source>cannot take an entry</source>
        <translation>impossible de prendre une entrée</translation>
    </message>
    <message>
        <source>cannot read a copy</source>
        <translation>impossible de lire une copie</translation>
    </message>
    <message>
        <source>The store %1 refuses entry %2 of this till: another entry there has its Idempotency-Key.</source>
        <translation>Le magasin %1 refuse l’entrée %2 de cette caisse : une autre entrée y a son Idempotency-Key.</translation>
    </message>
    <message>
        <source>Two outcomes: the till says %1, the store&apos;s verdict is %2. Neither is written over the other; check the sale with the backend.</source>
        <translation>Deux résultats : la caisse dit %1, le verdict du magasin est %2. Aucun n’écrase l’autre ; vérifiez la vente auprès du service de paiement.</translation>
    </message>
    <message>
        <source>cannot keep a conflict</source>
        <translation>impossible de garder un conflit</translation>
    </message>
    <message>
        <source>cannot update a copy</source>
        <translation>impossible de mettre à jour une copie</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>impossible à écrire</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>impossible de valider l’écriture</translation>
    </message>
    <message>
        <source>cannot take an event</source>
        <translation>impossible de prendre un événement</translation>
    </message>
    <message>
        <source>cannot be asked for verdicts</source>
        <translation>impossible de lui demander des verdicts</translation>
    </message>
    <message>
        <source>Settled on the store %1: %2.</source>
        <translation>Réglé sur le magasin %1 : %2.</translation>
    </message>
    <message>
        <source>cannot be read for a verdict</source>
        <translation>illisible pour un verdict</translation>
    </message>
    <message>
        <source>cannot be counted</source>
        <translation>impossible à compter</translation>
    </message>
    <message>
        <source>cannot read what was forwarded</source>
        <translation>impossible de lire ce qui a été transmis</translation>
    </message>
    <message>
        <source>The store %1 holds this till&apos;s journal up to %2 %3 only (this till had forwarded up to %4): forwarding again from there.</source>
        <translation>Le magasin %1 n’a le journal de cette caisse que jusqu’à %2 %3 (cette caisse l’avait transmis jusqu’à %4) : il est transmis à nouveau depuis là.</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>l’entrée</translation>
    </message>
    <message>
        <source>event</source>
        <translation>l’événement</translation>
    </message>
</context>
<context>
    <name>paydesk::HourChart</name>
    <message>
        <source>Paid sales per hour</source>
        <translation>Ventes payées par heure</translation>
    </message>
    <message>
        <source>%1:00 %2</source>
        <translation>%1 h : %2</translation>
    </message>
    <message>
        <source>No paid sale this day</source>
        <translation>Aucune vente payée ce jour-là</translation>
    </message>
    <message>
        <source>hour of the day</source>
        <translation>heure de la journée</translation>
    </message>
</context>
<context>
    <name>paydesk::HttpJob</name>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier d’AC %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>Aucune réponse complète en %1 s.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MiB.</source>
        <translation>La réponse dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>Canceled by the user.</source>
        <translation>Annulé par l’utilisateur.</translation>
    </message>
    <message>
        <source>The connection closed before any answer came.</source>
        <translation>La connexion s’est fermée avant toute réponse.</translation>
    </message>
    <message>
        <source>The answer was cut off (HTTP %1): %2</source>
        <translation>La réponse a été tronquée (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>HTTP %1 redirect not followed for a %2 request.</source>
        <translation>Redirection HTTP %1 non suivie pour une requête %2.</translation>
    </message>
    <message>
        <source>HTTP %1 redirect to another site (%2) not followed; credentials are never sent there.</source>
        <translation>Redirection HTTP %1 vers un autre site (%2) non suivie ; les identifiants n’y sont jamais envoyés.</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty answer.</source>
        <translation>HTTP %1 avec une réponse vide.</translation>
    </message>
    <message>
        <source>HTTP %1 with an answer that is not JSON: %2.</source>
        <translation>HTTP %1 avec une réponse qui n’est pas du JSON : %2.</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>une page HTML</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>un corps vide</translation>
    </message>
    <message>
        <source>a body that is not JSON</source>
        <translation>un corps qui n’est pas du JSON</translation>
    </message>
    <message>
        <source>HTTP %1 with %2.</source>
        <translation>HTTP %1 avec %2.</translation>
    </message>
    <message>
        <source>The answer is JSON but not an object.</source>
        <translation>La réponse est du JSON mais pas un objet.</translation>
    </message>
    <message>
        <source>an answer of an unknown shape</source>
        <translation>une réponse de forme inconnue</translation>
    </message>
</context>
<context>
    <name>paydesk::InspectPage</name>
    <message>
        <source>Not JSON</source>
        <translation>Pas du JSON</translation>
    </message>
    <message>
        <source>Not an answer of a known backend</source>
        <translation>Pas la réponse d’un service connu</translation>
    </message>
    <message>
        <source>A known backend&apos;s answer that breaks its contract</source>
        <translation>La réponse d’un service connu qui ne respecte pas son contrat</translation>
    </message>
    <message>
        <source>A refusal</source>
        <translation>Un refus</translation>
    </message>
    <message>
        <source>Nothing inspected yet</source>
        <translation>Rien n’a encore été inspecté</translation>
    </message>
    <message>
        <source>Not a payment record</source>
        <translation>Pas une fiche de paiement</translation>
    </message>
    <message>
        <source>✔ %1 answer · intent %2</source>
        <translation>✔ Réponse %1 · intention %2</translation>
    </message>
    <message>
        <source>without id</source>
        <translation>sans id</translation>
    </message>
    <message>
        <source>✖ %1 is larger than 4 MiB: not an answer.</source>
        <translation>✖ %1 dépasse 4 Mio : ce n’est pas une réponse.</translation>
    </message>
    <message>
        <source>✖ Cannot read %1: %2</source>
        <translation>✖ Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>Ouvrir une réponse</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
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
    <name>paydesk::Journal</name>
    <message>
        <source>Journal %1 (%2): %3</source>
        <translation>Journal (%2) : %1 : %3</translation>
    </message>
    <message>
        <source>The PostgreSQL driver (libqt6sql6-psql) is not installed.</source>
        <translation>Le pilote PostgreSQL (libqt6sql6-psql) n’est pas installé.</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>ouverture impossible</translation>
    </message>
    <message>
        <source>The SQLite driver (libqt6sql6-sqlite) is not installed.</source>
        <translation>Le pilote SQLite (libqt6sql6-sqlite) n’est pas installé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the journal.</source>
        <translation>Impossible de créer le dossier %1 du journal.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2</source>
        <translation>Impossible de créer le journal %1 : %2</translation>
    </message>
    <message>
        <source>cannot be set up</source>
        <translation>préparation impossible</translation>
    </message>
    <message>
        <source>cannot be created</source>
        <translation>création impossible</translation>
    </message>
    <message>
        <source>cannot start a migration</source>
        <translation>impossible de démarrer une migration</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer Paydesk (schema %2; this one knows %3). Update Paydesk.</source>
        <translation>Le journal %1 a été écrit par un Paydesk plus récent (schéma %2 ; celui-ci connaît le %3). Mettez Paydesk à jour.</translation>
    </message>
    <message>
        <source>migration to schema %1 failed</source>
        <translation>échec de la migration vers le schéma %1</translation>
    </message>
    <message>
        <source>migration bookkeeping failed</source>
        <translation>échec du suivi de la migration</translation>
    </message>
    <message>
        <source>migration cannot be committed</source>
        <translation>impossible de valider la migration</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>écriture impossible</translation>
    </message>
    <message>
        <source>cannot record the attempt</source>
        <translation>impossible d’enregistrer la tentative</translation>
    </message>
    <message>
        <source>Written before sending, key %1.</source>
        <translation>Écrit avant l’envoi, clé %1.</translation>
    </message>
    <message>
        <source>cannot commit the attempt</source>
        <translation>impossible de valider la tentative</translation>
    </message>
    <message>
        <source>Journal entry %1 is not unknown or failed: it cannot be sent again.</source>
        <translation>L’entrée du journal %1 n’est ni inconnue ni échouée : elle ne peut pas être renvoyée.</translation>
    </message>
    <message>
        <source>Sent again with the same Idempotency-Key.</source>
        <translation>Renvoyé avec la même Idempotency-Key.</translation>
    </message>
    <message>
        <source>cannot record the resend</source>
        <translation>impossible d’enregistrer le renvoi</translation>
    </message>
    <message>
        <source>Journal entry %1 does not exist.</source>
        <translation>L’entrée du journal %1 n’existe pas.</translation>
    </message>
    <message>
        <source>cannot add to the timeline</source>
        <translation>impossible d’ajouter à la chronologie</translation>
    </message>
    <message>
        <source>cannot record the outcome</source>
        <translation>impossible d’enregistrer le résultat</translation>
    </message>
    <message>
        <source>cannot commit the outcome</source>
        <translation>impossible de valider le résultat</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>lecture impossible</translation>
    </message>
    <message>
        <source>The program that sent this sale stopped before it had an answer. The payment may have gone through: verify before trying again.</source>
        <translation>Le programme qui a envoyé cette vente s’est arrêté avant d’avoir une réponse. Le paiement est peut-être passé : vérifiez avant de réessayer.</translation>
    </message>
    <message>
        <source>cannot recover an abandoned entry</source>
        <translation>impossible de récupérer une entrée abandonnée</translation>
    </message>
    <message>
        <source>Left pending by %1, which is gone.</source>
        <translation>Laissée en attente par %1, qui n’existe plus.</translation>
    </message>
    <message>
        <source>cannot be searched</source>
        <translation>recherche impossible</translation>
    </message>
    <message>
        <source>cannot be counted</source>
        <translation>comptage impossible</translation>
    </message>
    <message>
        <source>cannot be exported</source>
        <translation>export impossible</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Impossible d’écrire l’export : %1</translation>
    </message>
    <message>
        <source>cannot be summed up</source>
        <translation>totalisation impossible</translation>
    </message>
    <message>
        <source>cannot be seeded</source>
        <translation>impossible d’insérer les données d’exemple</translation>
    </message>
    <message>
        <source>cannot commit the seed</source>
        <translation>impossible de valider les données d’exemple</translation>
    </message>
    <message>
        <source>cannot lock the attempt</source>
        <translation>impossible de verrouiller la tentative</translation>
    </message>
    <message>
        <source>Journal entry %1 is not failed: only a sale that provably never arrived (or was refused) can be sent again under its key. Verify it first.</source>
        <translation>L’entrée du journal %1 n’est pas en échec : seule une vente dont on sait qu’elle n’est jamais arrivée (ou a été refusée) peut être renvoyée sous sa clé. Vérifiez-la d’abord.</translation>
    </message>
    <message>
        <source>cannot commit the resend</source>
        <translation>impossible de valider le renvoi</translation>
    </message>
    <message>
        <source>Not written: the entry was %1 when this %2 (%3: %4) came, not %5.</source>
        <translation>Non écrit : l’entrée était %1 à l’arrivée de cet événement %2 (%3 : %4), et non %5.</translation>
    </message>
    <message>
        <source>cannot record the conflict</source>
        <translation>impossible d’enregistrer le conflit</translation>
    </message>
    <message>
        <source>cannot commit the conflict</source>
        <translation>impossible de valider le conflit</translation>
    </message>
    <message>
        <source>Journal entry %1 is now %2, not %3: another program changed it first, and this %4 was not written over it.</source>
        <translation>L’entrée du journal %1 est maintenant %2, et non %3 : un autre programme l’a modifiée avant, et cet événement %4 ne l’a pas écrasée.</translation>
    </message>
    <message>
        <source>cannot commit a recovered entry</source>
        <translation>impossible de valider une entrée récupérée</translation>
    </message>
    <message>
        <source>cannot take the lock of an entry</source>
        <translation>impossible de prendre le verrou d’une entrée</translation>
    </message>
    <message>
        <source>Journal entry %1 is a refund, not a sale: only a sale can be refunded.</source>
        <translation>L’entrée du journal %1 est un remboursement, pas une vente : seule une vente peut être remboursée.</translation>
    </message>
    <message>
        <source>Sale %1 is %2, not paid: there is nothing to refund.</source>
        <translation>La vente %1 est %2, pas payée : il n’y a rien à rembourser.</translation>
    </message>
    <message>
        <source>Refund %1 of sale %2 has no settled outcome yet (%3): verify it (paydeskctl journal verify %1) before another refund.</source>
        <translation>Le remboursement %1 de la vente %2 n’a pas encore de résultat définitif (%3) : vérifiez-le (paydeskctl journal verify %1) avant un autre remboursement.</translation>
    </message>
    <message>
        <source>A refund of sale %1 must be a positive amount in %2.</source>
        <translation>Un remboursement de la vente %1 doit être un montant positif en %2.</translation>
    </message>
    <message>
        <source>Refusing to refund %1 of sale %2: it took %3, %4 is already refunded and %5 is in refunds not yet settled, so at most %6 can be refunded. Nothing was sent.</source>
        <translation>Refus de rembourser %1 de la vente %2 : elle a encaissé %3, %4 est déjà remboursé et %5 est dans des remboursements pas encore réglés, donc au plus %6 peut être remboursé. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Refund of sale %1 written before sending, key %2.</source>
        <translation>Remboursement de la vente %1 écrit avant l’envoi, clé %2.</translation>
    </message>
    <message>
        <source>Confirm written before sending.</source>
        <translation>Confirmation écrite avant l’envoi.</translation>
    </message>
    <message>
        <source>Journal entry %1 is not a created sale: only a created intent can be confirmed, once.</source>
        <translation>L’entrée du journal %1 n’est pas une vente créée : seule une intention créée peut être confirmée, une fois.</translation>
    </message>
    <message>
        <source>cannot record the confirm</source>
        <translation>impossible d’enregistrer la confirmation</translation>
    </message>
    <message>
        <source>cannot commit the confirm</source>
        <translation>impossible de valider la confirmation</translation>
    </message>
    <message>
        <source>There is no journal entry %1.</source>
        <translation>Il n’y a pas d’entrée de journal %1.</translation>
    </message>
    <message>
        <source>cannot read the timeline of an entry</source>
        <translation>impossible de lire la chronologie d’une entrée</translation>
    </message>
    <message>
        <source>cannot be searched by key</source>
        <translation>impossible d’y chercher par clé</translation>
    </message>
    <message>
        <source>No journal entry has the key %1.</source>
        <translation>Aucune entrée du journal n’a la clé %1.</translation>
    </message>
    <message>
        <source>No journal location was given.</source>
        <translation>Aucun emplacement de journal n’a été donné.</translation>
    </message>
    <message>
        <source>cannot read the tills</source>
        <translation>impossible de lire les caisses</translation>
    </message>
    <message>
        <source>cannot keep the till&apos;s state</source>
        <translation>impossible de garder l’état de la caisse</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <source>The journal %1 announces nothing: only a store&apos;s journal (PostgreSQL) does.</source>
        <translation>Le journal %1 n’annonce rien : seul le journal d’un magasin (PostgreSQL) le fait.</translation>
    </message>
    <message>
        <source>cannot listen to the store</source>
        <translation>impossible d’écouter le magasin</translation>
    </message>
</context>
<context>
    <name>paydesk::JournalPage</name>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Currency: %1 is not an ISO currency code.</source>
        <translation>Devise : %1 n’est pas un code de devise ISO.</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Montant à partir de</translation>
    </message>
    <message>
        <source>Amount to</source>
        <translation>Montant jusqu’à</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>%L1 entries</source>
        <translation>%L1 entrées</translation>
    </message>
    <message>
        <source>Training entry</source>
        <translation>Entrée de formation</translation>
    </message>
    <message>
        <source>Entry %1 is a training sale: no real money moved. Start Paydesk in training mode to check it against the sandbox.</source>
        <translation>L’entrée %1 est une vente de formation : aucun argent réel n’a circulé. Démarrez Paydesk en mode formation pour la vérifier auprès du bac à sable.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Asking the payment service about entry %1…</source>
        <translation>Interrogation du service de paiement sur l’entrée %1…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>still unknown</source>
        <translation>toujours inconnu</translation>
    </message>
    <message>
        <source>Entry %1: %2. %3</source>
        <translation>Entrée %1 : %2. %3</translation>
    </message>
    <message>
        <source>Entry %1 could not be verified: %2</source>
        <translation>L’entrée %1 n’a pas pu être vérifiée : %2</translation>
    </message>
    <message>
        <source>Paid (copy)</source>
        <translation>Payé (copie)</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>Réimprimer le reçu</translation>
    </message>
    <message>
        <source>Export the journal as CSV</source>
        <translation>Exporter le journal en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to %1</source>
        <translation>
            <numerusform>%Ln entrée exportée vers %1</numerusform>
            <numerusform>%Ln entrées exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>counting entries</source>
        <translation>comptage des entrées</translation>
    </message>
    <message>
        <source>opening entry %1</source>
        <translation>ouverture de l’entrée %1</translation>
    </message>
    <message>
        <source>An export is already being written: wait for it to finish.</source>
        <translation>Une exportation est déjà en cours d’écriture&#xa0;: attendez qu’elle se termine.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Exporting the journal to %1…</source>
        <translation>Exportation du journal vers %1…</translation>
    </message>
    <message>
        <source>exporting entries to CSV</source>
        <translation>exportation des entrées en CSV</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entry %1 could not be read: %2</source>
        <translation>L’entrée %1 n’a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>Refunds of %1 sales</source>
        <translation>Remboursements des ventes %1</translation>
    </message>
    <message>
        <source>Paydesk cannot refund sale %1: %2</source>
        <translation>Paydesk ne peut pas rembourser la vente %1 : %2</translation>
    </message>
    <message>
        <source>Refund %1 of sale %2 has no settled outcome yet: verify it before another refund.</source>
        <translation>Le remboursement %1 de la vente %2 n’a pas encore de résultat définitif : vérifiez-le avant un autre remboursement.</translation>
    </message>
    <message>
        <source>Sale %1 is refunded in full.</source>
        <translation>La vente %1 est entièrement remboursée.</translation>
    </message>
    <message>
        <source>Refund sale %1</source>
        <translation>Rembourser la vente %1</translation>
    </message>
    <message>
        <source>It took %1; %2 is refunded already: at most %3 can be refunded.</source>
        <translation>Elle a encaissé %1 ; %2 est déjà remboursé : au plus %3 peut être remboursé.</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1) :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Rembourser…</translation>
    </message>
    <message>
        <source>Give an amount greater than zero.</source>
        <translation>Indiquez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>At most %1 can be refunded.</source>
        <translation>Au plus %1 peut être remboursé.</translation>
    </message>
    <message>
        <source>the card that paid sale %1</source>
        <translation>la carte qui a payé la vente %1</translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>Refund %1?</source>
        <translation>Rembourser %1 ?</translation>
    </message>
    <message>
        <source>Refund %1 to %2 (%3, sale %4)?</source>
        <translation>Rembourser %1 sur %2 (%3, vente %4) ?</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Rembourser %1</translation>
    </message>
    <message>
        <source>Entry %1 could not be confirmed: %2</source>
        <translation>L’entrée %1 n’a pas pu être confirmée : %2</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Entrée %1 : %2</translation>
    </message>
    <message>
        <source>Sending the refund of sale %1…</source>
        <translation>Envoi du remboursement de la vente %1…</translation>
    </message>
    <message>
        <source>Confirming entry %1…</source>
        <translation>Confirmation de l’entrée %1…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n’a été envoyé : %1</translation>
    </message>
    <message>
        <source>Refund %1 of sale %2 got no usable answer: verify it before anything else.</source>
        <translation>Le remboursement %1 de la vente %2 n’a pas reçu de réponse exploitable : vérifiez-le avant toute autre chose.</translation>
    </message>
    <message>
        <source>The confirm of entry %1 got no usable answer: verify it before anything else.</source>
        <translation>La confirmation de l’entrée %1 n’a pas reçu de réponse exploitable : vérifiez-la avant toute autre chose.</translation>
    </message>
    <message>
        <source>Refund %1 of sale %2 was refused: %3</source>
        <translation>Le remboursement %1 de la vente %2 a été refusé : %3</translation>
    </message>
    <message>
        <source>The confirm of entry %1 was refused: %2</source>
        <translation>La confirmation de l’entrée %1 a été refusée : %2</translation>
    </message>
    <message>
        <source>Refund %1 of sale %2: %3.</source>
        <translation>Remboursement %1 de la vente %2 : %3.</translation>
    </message>
    <message>
        <source>Entry %1 confirmed: %2.</source>
        <translation>Entrée %1 confirmée : %2.</translation>
    </message>
</context>
<context>
    <name>paydesk::JournalReport</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>1 refund, %1</source>
        <translation>1 remboursement, %1</translation>
    </message>
    <message>
        <source>%1 refunds, %2</source>
        <translation>%1 remboursements, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sales not yet forwarded (at %2)</source>
        <translation>
            <numerusform>%1 : %n vente pas encore transmise (à %2)</numerusform>
            <numerusform>%1 : %n ventes pas encore transmises (à %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::JournalState</name>
    <message>
        <source>on its way</source>
        <translation>en cours d’envoi</translation>
    </message>
    <message>
        <source>created, not paid yet</source>
        <translation>créée, pas encore payée</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>of unknown outcome</source>
        <translation>d’issue inconnue</translation>
    </message>
</context>
<context>
    <name>paydesk::JournalTableModel</name>
    <message>
        <source>Twice? #%1</source>
        <translation>Double ? #%1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duplicate?</source>
        <translation>Doublon ?</translation>
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
        <translation>Référence</translation>
    </message>
    <message>
        <source>Intent id</source>
        <translation>Id de l’intention</translation>
    </message>
    <message>
        <source>loading entries</source>
        <translation>chargement des entrées</translation>
    </message>
    <message>
        <source>loading more entries</source>
        <translation>chargement d’autres entrées</translation>
    </message>
    <message>
        <source>loading every entry</source>
        <translation>chargement de toutes les entrées</translation>
    </message>
    <message>
        <source>looking for double charges</source>
        <translation>recherche de doubles encaissements</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>%1 · refund of #%2</source>
        <translation>%1 · remboursement de #%2</translation>
    </message>
    <message>
        <source>loading new entries</source>
        <translation>chargement des nouvelles entrées</translation>
    </message>
    <message>
        <source>loading changed entries</source>
        <translation>chargement des entrées modifiées</translation>
    </message>
</context>
<context>
    <name>paydesk::JournalThread</name>
    <message>
        <source>listening to the store</source>
        <translation>écoute du magasin</translation>
    </message>
</context>
<context>
    <name>paydesk::JsonFields</name>
    <message>
        <source>%1 must be %2, not %3.</source>
        <translation>%1 doit être %2, pas %3.</translation>
    </message>
    <message>
        <source>%1 is missing (%2 is required).</source>
        <translation>%1 est absent (il faut %2).</translation>
    </message>
    <message>
        <source>an id string or an object</source>
        <translation>un id (chaîne) ou un objet</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>%1 must be an integer, not a fractional number.</source>
        <translation>%1 doit être un entier, pas un nombre décimal.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>%1 est hors limites.</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>paydesk::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>paydesk::JsonTreeView</name>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Copier la valeur</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copier le &amp;chemin</translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation>&amp;Tout déplier</translation>
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
        <translation>dans le journal : rechercher, recharger, exporter en CSV, l’entrée la plus ancienne</translation>
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
    <message>
        <source>Print the customer receipt on the counter&apos;s printer</source>
        <translation>Imprime le reçu du client sur l&apos;imprimante du comptoir</translation>
    </message>
    <message>
        <source>Waiting for the journal database: %1… %2 s</source>
        <translation>En attente de la base du journal : %1… %2 s</translation>
    </message>
    <message>
        <source>Store journal</source>
        <translation>Journal du magasin</translation>
    </message>
    <message>
        <source>Store journal: connecting…</source>
        <translation>Journal du magasin : connexion…</translation>
    </message>
    <message>
        <source>Store journal: up to date</source>
        <translation>Journal du magasin : à jour</translation>
    </message>
    <message numerus="yes">
        <source>Store journal unreachable: %n sales kept on this till, sent on when it returns</source>
        <translation>
            <numerusform>Journal du magasin injoignable : %n vente gardée sur cette caisse, transmise à son retour</numerusform>
            <numerusform>Journal du magasin injoignable : %n ventes gardées sur cette caisse, transmises à son retour</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the customer receipt</source>
        <translation>Imprimer le reçu du client</translation>
    </message>
    <message>
        <source>The backend profiles are used from the next start of Paydesk.</source>
        <translation>Les profils de service sont utilisés au prochain démarrage de Paydesk.</translation>
    </message>
</context>
<context>
    <name>paydesk::ManagedSettings</name>
    <message>
        <source>The config file %1 is not a valid INI file.</source>
        <translation>Le fichier de configuration %1 n’est pas un fichier INI valide.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Il n’existe pas de profil « %1 ».</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is set by the system administrator and cannot be changed here.</source>
        <translation>Le profil « %1 » est défini par l’administrateur système et n’est pas modifiable ici.</translation>
    </message>
    <message>
        <source>The settings cannot be saved to %1.</source>
        <translation>Les réglages ne peuvent pas être enregistrés dans %1.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is set by the system administrator and cannot be removed here.</source>
        <translation>Le profil « %1 » est défini par l’administrateur système et ne peut pas être retiré ici.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; comes from the system-wide settings and cannot be removed here.</source>
        <translation>Le profil « %1 » vient des réglages du système et ne peut pas être retiré ici.</translation>
    </message>
</context>
<context>
    <name>paydesk::OchoSaleForm</name>
    <message>
        <source>Advanced: customer DID, transaction id</source>
        <translation>Avancé : DID du client, id de transaction</translation>
    </message>
</context>
<context>
    <name>paydesk::OfferSaleForm</name>
    <message>
        <source>Product: %1</source>
        <translation>Produit : %1</translation>
    </message>
    <message>
        <source>Product code %1</source>
        <translation>Code produit %1</translation>
    </message>
    <message>
        <source>Charge the quote</source>
        <translation>Encaisser le devis</translation>
    </message>
    <message>
        <source>Charge quote %1</source>
        <translation>Encaisser le devis %1</translation>
    </message>
</context>
<context>
    <name>paydesk::OutcomeView</name>
    <message>
        <source>Outcome message</source>
        <translation>Message du résultat</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>Start the next sale with an empty cart (Ctrl+N)</source>
        <translation>Commencer la vente suivante avec un panier vide (Ctrl+N)</translation>
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
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Print the customer receipt (Ctrl+P)</source>
        <translation>Imprimer le reçu du client (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the customer receipt as a PDF file (Ctrl+Shift+S)</source>
        <translation>Enregistrer le reçu du client en fichier PDF (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Enregistrer le reçu en PDF</translation>
    </message>
    <message>
        <source>Show QR for the phone</source>
        <translation>QR pour le téléphone</translation>
    </message>
    <message>
        <source>Show the receipt&apos;s link as a QR code the customer scans</source>
        <translation>Afficher le lien du reçu en code QR que le client scanne</translation>
    </message>
    <message>
        <source>Receipt QR code for the customer&apos;s phone</source>
        <translation>Code QR du reçu pour le téléphone du client</translation>
    </message>
    <message>
        <source>QR code caption</source>
        <translation>Légende du code QR</translation>
    </message>
    <message>
        <source>The customer scans this to open the receipt on a phone.</source>
        <translation>Le client le scanne pour ouvrir le reçu sur son téléphone.</translation>
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
        <source>Price set by the service</source>
        <translation>Prix fixé par le service</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message>
        <source>Payment link QR code</source>
        <translation>Code QR du lien de paiement</translation>
    </message>
    <message>
        <source>Payment link: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Lien de paiement : &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Stop waiting (Esc)</source>
        <translation>Ne plus attendre (Échap)</translation>
    </message>
    <message>
        <source>Stop waiting for the answer; the sale must then be checked (Esc)</source>
        <translation>Ne plus attendre la réponse ; la vente devra alors être vérifiée (Échap)</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Ne plus attendre</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante de reçus</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>Confirm payment</source>
        <translation>Confirmer le paiement</translation>
    </message>
    <message>
        <source>Confirm the intent with the customer&apos;s payment method: the customer is charged</source>
        <translation>Confirmer l’intention avec le moyen de paiement du client : le client est débité</translation>
    </message>
</context>
<context>
    <name>paydesk::PrintJob</name>
    <message>
        <source>lp cannot be started; is the CUPS client (cups-client) installed?</source>
        <translation>Impossible de lancer lp ; le client CUPS (cups-client) est-il installé ?</translation>
    </message>
    <message>
        <source>lp exited with code %1</source>
        <translation>lp s’est terminé avec le code %1</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>pas de réponse en %1 ms</translation>
    </message>
    <message>
        <source>lp did not finish within %1 ms</source>
        <translation>lp ne s’est pas terminé en %1 ms</translation>
    </message>
    <message>
        <source>the printer did not take the receipt within %1 ms</source>
        <translation>l’imprimante n’a pas pris le reçu en %1 ms</translation>
    </message>
</context>
<context>
    <name>paydesk::PrintResult</name>
    <message>
        <source>Printed. The paper is running low.</source>
        <translation>Imprimé. Le papier arrive à sa fin.</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Imprimé.</translation>
    </message>
    <message>
        <source>The printer cannot be reached</source>
        <translation>L’imprimante est injoignable</translation>
    </message>
    <message>
        <source>The printer did not answer in time</source>
        <translation>L’imprimante n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>The receipt was not printed</source>
        <translation>Le reçu n’a pas été imprimé</translation>
    </message>
    <message>
        <source>The printer is not ready: %1</source>
        <translation>L’imprimante n’est pas prête : %1</translation>
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
        <source>Give the backend&apos;s base URL, e.g. https://pay.example.com.</source>
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
    <message>
        <source>&amp;Walk-in client:</source>
        <translation>Client de &amp;passage :</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Client de passage</translation>
    </message>
    <message>
        <source>&amp;Payment methods:</source>
        <translation>&amp;Moyens de paiement :</translation>
    </message>
    <message>
        <source>e.g. card, cash</source>
        <translation>p. ex. carte, espèces</translation>
    </message>
    <message>
        <source>Dots &amp;user id:</source>
        <translation>Id &amp;utilisateur Dots :</translation>
    </message>
    <message>
        <source>UUID (optional)</source>
        <translation>UUID (facultatif)</translation>
    </message>
    <message>
        <source>Store &amp;DID:</source>
        <translation>&amp;DID du magasin :</translation>
    </message>
    <message>
        <source>did:plc:… (optional)</source>
        <translation>did:plc:… (facultatif)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>This profile is set by your administrator in %1: only its credentials can be entered here.</source>
        <translation>Ce profil est défini par votre administrateur dans %1 : seuls ses identifiants peuvent être saisis ici.</translation>
    </message>
</context>
<context>
    <name>paydesk::QuickKeys</name>
    <message>
        <source>Quick keys</source>
        <translation>Touches rapides</translation>
    </message>
    <message>
        <source>Add %1, %2</source>
        <translation>Ajouter %1, %2</translation>
    </message>
    <message>
        <source>Add %1, %2 (%3)</source>
        <translation>Ajouter %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Adds one %1 to the cart</source>
        <translation>Ajoute un %1 au panier</translation>
    </message>
    <message>
        <source>Adds one %1 to the cart (%2)</source>
        <translation>Ajoute un %1 au panier (%2)</translation>
    </message>
</context>
<context>
    <name>paydesk::ReceiptActions</name>
    <message>
        <source>Print &amp;again</source>
        <translation>Réimprimer &amp;encore</translation>
    </message>
    <message>
        <source>Print the receipts the counter&apos;s printer could not print, oldest first</source>
        <translation>Imprime les reçus que l&apos;imprimante du comptoir n&apos;a pas pu imprimer, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Reçu imprimé.</translation>
    </message>
    <message>
        <source>The paper is running low.</source>
        <translation>Le papier arrive à sa fin.</translation>
    </message>
    <message>
        <source>Receipts still to print: %1.</source>
        <translation>Reçus encore à imprimer : %1.</translation>
    </message>
    <message>
        <source>The receipt was not printed. %1 It is kept: press Print again once the printer is ready.</source>
        <translation>Le reçu n&apos;a pas été imprimé. %1 Il est conservé : appuyez sur Réimprimer quand l&apos;imprimante est prête.</translation>
    </message>
    <message>
        <source>The receipt is queued behind receipts not printed yet: press Print again once the printer is ready.</source>
        <translation>Le reçu attend derrière des reçus pas encore imprimés : appuyez sur Réimprimer quand l&apos;imprimante est prête.</translation>
    </message>
    <message>
        <source>Printing the receipt on the counter&apos;s printer…</source>
        <translation>Impression du reçu sur l&apos;imprimante du comptoir…</translation>
    </message>
    <message>
        <source>Printing again on the counter&apos;s printer…</source>
        <translation>Nouvelle impression sur l&apos;imprimante du comptoir…</translation>
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
    <name>paydesk::ReceiptPanel</name>
    <message>
        <source>No receipt yet.</source>
        <translation>Pas encore de reçu.</translation>
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
        <translation>Message du journal</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Not known until the sale is verified: the card may have been charged.</source>
        <translation>Inconnu tant que la vente n’est pas vérifiée : la carte a peut-être été débitée.</translation>
    </message>
    <message>
        <source>Not known until the sale is verified.</source>
        <translation>Inconnu tant que la vente n’est pas vérifiée.</translation>
    </message>
    <message>
        <source>Declined: another card may be tried</source>
        <translation>Refusé : une autre carte peut être essayée</translation>
    </message>
</context>
<context>
    <name>paydesk::RefundJob</name>
    <message>
        <source>The refund&apos;s answer is not a refund: %1</source>
        <translation>La réponse du remboursement n’est pas un remboursement : %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>paydesk::RefundRecord</name>
    <message>
        <source>The refund&apos;s amount %1 is out of range.</source>
        <translation>Le montant du remboursement, %1, est hors limites.</translation>
    </message>
</context>
<context>
    <name>paydesk::Refunds</name>
    <message>
        <source>Ocho publishes no refund API: refund transaction &quot;%1&quot; in the Ocho plugin&apos;s payment dashboard (Stripe).</source>
        <translation>Ocho ne publie pas d’API de remboursement : remboursez la transaction « %1 » dans le tableau de bord des paiements du plugin Ocho (Stripe).</translation>
    </message>
    <message>
        <source>Offer publishes no refund API: ask the Offer back office to refund quote %1.</source>
        <translation>Offer ne publie pas d’API de remboursement : demandez au back-office d’Offer de rembourser le devis %1.</translation>
    </message>
    <message>
        <source>Dots refunds through its API (POST /v2/refunds).</source>
        <translation>Dots rembourse par son API (POST /v2/refunds).</translation>
    </message>
    <message>
        <source>Checkout publishes no refund API: refund order &quot;%1&quot; in the shop&apos;s orders (its admin).</source>
        <translation>Checkout ne publie pas d’API de remboursement : remboursez la commande « %1 » dans les commandes de la boutique (son administration).</translation>
    </message>
</context>
<context>
    <name>paydesk::ReportPage</name>
    <message>
        <source>End of day %1</source>
        <translation>Fin de journée %1</translation>
    </message>
    <message>
        <source> — TRAINING, no real money</source>
        <translation> — FORMATION, sans argent réel</translation>
    </message>
    <message>
        <source>training/demo: %1, not counted</source>
        <translation>formation/démo : %1, non comptées</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>Par état</translation>
    </message>
    <message>
        <source>Takings by currency</source>
        <translation>Recettes par devise</translation>
    </message>
    <message>
        <source>Takings by backend</source>
        <translation>Recettes par service de paiement</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Paid sales per hour</source>
        <translation>Ventes payées par heure</translation>
    </message>
    <message>
        <source>Printed %1 by Paydesk</source>
        <translation>Imprimé le %1 par Paydesk</translation>
    </message>
    <message>
        <source>; ⚠ %1 with an unknown outcome: verify them in the journal.</source>
        <translation> ; ⚠ %1 au résultat inconnu : vérifiez-les dans le journal.</translation>
    </message>
    <message>
        <source>Print end of day</source>
        <translation>Imprimer la fin de journée</translation>
    </message>
    <message>
        <source>End-of-day report sent to the printer.</source>
        <translation>Rapport de fin de journée envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Save end of day as PDF</source>
        <translation>Enregistrer la fin de journée en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>End-of-day report saved to %1</source>
        <translation>Rapport de fin de journée enregistré dans %1</translation>
    </message>
    <message>
        <source>Amounts that differ</source>
        <translation>Montants qui diffèrent</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Service de paiement</translation>
    </message>
    <message>
        <source>computing the end-of-day report</source>
        <translation>calcul de la clôture de la journée</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>Remboursements : %1</translation>
    </message>
    <message>
        <source>Net takings (takings less refunds): %1</source>
        <translation>Recettes nettes (recettes moins remboursements) : %1</translation>
    </message>
    <message>
        <source>Refunds: %1. Net takings (takings less refunds): %2.</source>
        <translation>Remboursements : %1. Recettes nettes (recettes moins remboursements) : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln sale attempts, %2 paid</source>
        <translation>
            <numerusform>%1 : %Ln tentative de vente, %2 payées</numerusform>
            <numerusform>%1 : %Ln tentatives de vente, %2 payées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln sale(s)</source>
        <translation>
            <numerusform>%1 : %Ln vente</numerusform>
            <numerusform>%1 : %Ln ventes</numerusform>
        </translation>
    </message>
    <message>
        <source>Tills: %1.</source>
        <translation>Caisses : %1.</translation>
    </message>
</context>
<context>
    <name>paydesk::SaleAttempt</name>
    <message>
        <source>The waiting re-send was canceled by the user; nothing more was sent.</source>
        <translation>Le renvoi en attente a été annulé par l’utilisateur ; rien d’autre n’a été envoyé.</translation>
    </message>
    <message>
        <source>Not reached (%1); sending again in %2 ms, same key, within the %3 ms left.</source>
        <translation>Service non atteint (%1) ; renvoi dans %2 ms, même clé, dans les %3 ms restantes.</translation>
    </message>
    <message>
        <source>The journal did not answer within the sale&apos;s %1 s, so nothing was sent and nothing was charged. Check the journal&apos;s database, then charge again.</source>
        <translation>Le journal n’a pas répondu dans les %1 s de la vente : rien n’a été envoyé ni débité. Vérifiez la base du journal, puis encaissez à nouveau.</translation>
    </message>
    <message>
        <source>The program stopped waiting before the sale was sent; nothing was sent.</source>
        <translation>Le programme a cessé d’attendre avant l’envoi de la vente ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>closing a sale that was never sent</source>
        <translation>la clôture d’une vente jamais envoyée</translation>
    </message>
    <message>
        <source>The journal wrote the sale after its deadline had passed, so it was not sent; nothing was sent.</source>
        <translation>Le journal a écrit la vente après son délai, elle n’a donc pas été envoyée ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>writing the sale before it is sent</source>
        <translation>l’écriture de la vente avant son envoi</translation>
    </message>
    <message>
        <source>Canceled before it was sent: nothing was sent and nothing was charged.</source>
        <translation>Annulée avant l’envoi : rien n’a été envoyé ni débité.</translation>
    </message>
    <message>
        <source>noting the canceled re-send</source>
        <translation>la note du renvoi annulé</translation>
    </message>
    <message>
        <source>noting the re-send</source>
        <translation>la note du renvoi</translation>
    </message>
    <message>
        <source>recording the sale&apos;s outcome</source>
        <translation>l’enregistrement du résultat de la vente</translation>
    </message>
    <message>
        <source>The journal did not answer within the sale&apos;s %1 s, so this re-send sent nothing; the sale stays as it was. Check the journal&apos;s database, then verify the sale before anything else.</source>
        <translation>Le journal n’a pas répondu dans les %1 s de la vente, ce renvoi n’a donc rien envoyé ; la vente reste telle quelle. Vérifiez la base de données du journal, puis vérifiez la vente avant toute chose.</translation>
    </message>
    <message>
        <source>The journal answered only at the end of the sale&apos;s deadline, so this attempt sent nothing.</source>
        <translation>Le journal n’a répondu qu’à la fin du délai de la vente : cette tentative n’a rien envoyé.</translation>
    </message>
    <message>
        <source>HTTP %1: refund %2 is %3 at the backend, not done yet: verify it later.</source>
        <translation>HTTP %1 : le remboursement %2 est %3 chez le service de paiement, pas encore fait : vérifiez-le plus tard.</translation>
    </message>
    <message>
        <source>the sale names no payment method, and the profile has no dots_payment_method_id to confirm it with.</source>
        <translation>la vente ne donne aucun moyen de paiement, et le profil n’a pas de dots_payment_method_id pour la confirmer.</translation>
    </message>
</context>
<context>
    <name>paydesk::SaleController</name>
    <message>
        <source>Only a created intent can be confirmed.</source>
        <translation>Seule une intention créée peut être confirmée.</translation>
    </message>
</context>
<context>
    <name>paydesk::SaleForm</name>
    <message>
        <source>The cart is empty: scan a product or add an amount.</source>
        <translation>Le panier est vide : scannez un produit ou ajoutez un montant.</translation>
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
        <source>Show or hide what the profile fills in (Space)</source>
        <translation>Afficher ou masquer ce que remplit le profil (Espace)</translation>
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
        <source>Profile &quot;%1&quot; cannot send: %2</source>
        <translation>Le profil « %1 » ne peut pas envoyer : %2</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Encaisser</translation>
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
        <source>Journal entry %1 · Idempotency-Key %2</source>
        <translation>Entrée du journal %1 · Idempotency-Key %2</translation>
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
        <source>(The payment service had answered this sale before.)</source>
        <translation>(Le service de paiement avait déjà répondu à cette vente.)</translation>
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
        <source>Still unknown: the payment service could not tell.</source>
        <translation>Toujours inconnu : le service de paiement n’a pas pu le dire.</translation>
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
        <source>Print receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Receipt printer: %1</source>
        <translation>Imprimante de reçus : %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>There are not enough funds on the card.</source>
        <translation>Le solde de la carte est insuffisant.</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>La carte a expiré.</translation>
    </message>
    <message>
        <source>The security code (CVC) was wrong.</source>
        <translation>Le code de sécurité (CVC) était erroné.</translation>
    </message>
    <message>
        <source>The card number was wrong.</source>
        <translation>Le numéro de carte était erroné.</translation>
    </message>
    <message>
        <source>The bank could not process the card just now.</source>
        <translation>La banque n’a pas pu traiter la carte pour l’instant.</translation>
    </message>
    <message>
        <source>The bank declined the card: %1</source>
        <translation>La banque a refusé la carte : %1</translation>
    </message>
    <message>
        <source>The bank declined the card without giving a reason.</source>
        <translation>La banque a refusé la carte sans donner de raison.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Priced by Offer</source>
        <translation>Prix fixé par Offer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Try another card</source>
        <translation>Essayer une autre carte</translation>
    </message>
    <message>
        <source>Try another card: %1</source>
        <translation>Essayer une autre carte : %1</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Keep the card at hand. Do not charge again.</source>
        <translation>Gardez la carte à portée de main. N’encaissez pas à nouveau.</translation>
    </message>
    <message>
        <source>The sale is not charged again: this only asks.</source>
        <translation>La vente n’est pas encaissée à nouveau : ceci ne fait que demander.</translation>
    </message>
    <message>
        <source>Enter prints the receipt; New sale (Ctrl+N) starts the next one.</source>
        <translation>Entrée imprime le reçu ; Nouvelle vente (Ctrl+N) commence la suivante.</translation>
    </message>
    <message>
        <source>Price set by Offer: %1</source>
        <translation>Prix fixé par Offer : %1</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>À payer : %1</translation>
    </message>
    <message>
        <source>The customer completes the payment on their own phone or computer; the journal shows the sale as paid once they have.</source>
        <translation>Le client termine le paiement sur son propre téléphone ou ordinateur ; le journal montre la vente payée une fois que c’est fait.</translation>
    </message>
    <message>
        <source>The customer opens the payment link (or scans the QR code) and pays there.</source>
        <translation>Le client ouvre le lien de paiement (ou scanne le code QR) et paie là.</translation>
    </message>
    <message>
        <source>WARNING: the outcome could not be journaled: %1</source>
        <translation>ATTENTION : le résultat n’a pas pu être inscrit au journal : %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Created: the customer completes the payment</source>
        <translation>Créé : le client termine le paiement</translation>
    </message>
    <message>
        <source>No money was taken. Ask the customer for another card, then press Try another card (Ctrl+Enter).</source>
        <translation>Aucun argent n’a été pris. Demandez une autre carte au client, puis appuyez sur Essayer une autre carte (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>Verified: created, the customer completes the payment</source>
        <translation>Vérifié : créé, le client termine le paiement</translation>
    </message>
    <message>
        <source>Verified: paid</source>
        <translation>Vérifié : payé</translation>
    </message>
    <message>
        <source>Leave this sale unchecked?</source>
        <translation>Laisser cette vente non vérifiée ?</translation>
    </message>
    <message>
        <source>If you start a new sale, this one stays in the journal as &quot;Check before trying again&quot; and support can verify it later (Support ▸ Journal). Do not charge the customer again before it is checked.</source>
        <translation>Si vous commencez une nouvelle vente, celle-ci reste au journal comme « Vérifiez avant de réessayer » et le support pourra la vérifier plus tard (Support ▸ Journal). N’encaissez pas le client à nouveau avant la vérification.</translation>
    </message>
    <message>
        <source>Start a new sale</source>
        <translation>Commencer une nouvelle vente</translation>
    </message>
    <message>
        <source>Stay and verify</source>
        <translation>Rester et vérifier</translation>
    </message>
    <message>
        <source>Waiting for the journal database (%1), %2 s. Nothing is sent before the sale is written; Esc gives up.</source>
        <translation>En attente de la base du journal (%1), %2&#xa0;s. Rien n’est envoyé avant que la vente soit écrite&#xa0;; Échap abandonne.</translation>
    </message>
    <message>
        <source>Waiting for the journal database (%1), %2 s.</source>
        <translation>En attente de la base du journal (%1), %2&#xa0;s.</translation>
    </message>
    <message>
        <source>Waiting for the payment service…</source>
        <translation>En attente du service de paiement…</translation>
    </message>
    <message>
        <source>Asking the payment service what became of this sale…</source>
        <translation>Demande au service de paiement ce qu’est devenue cette vente…</translation>
    </message>
    <message>
        <source>New sale (Ctrl+N)</source>
        <translation>Nouvelle vente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Locked: verify first</source>
        <translation>Bloqué : vérifiez d’abord</translation>
    </message>
    <message>
        <source>Sending the sale…</source>
        <translation>Envoi de la vente…</translation>
    </message>
    <message>
        <source>Asking about this sale…</source>
        <translation>Demande sur cette vente…</translation>
    </message>
    <message>
        <source>The receipt printer could not print: %1</source>
        <translation>L’imprimante de reçus n’a pas pu imprimer : %1</translation>
    </message>
    <message>
        <source>Check the printer&apos;s paper and cable, then Print again.</source>
        <translation>Vérifiez le papier et le câble de l’imprimante, puis Réimprimer.</translation>
    </message>
    <message>
        <source>The payment may have gone through.</source>
        <translation>Le paiement a peut-être abouti.</translation>
    </message>
    <message>
        <source>Do not charge again yet. Press Verify (Ctrl+Shift+V) to ask the payment service.</source>
        <translation>N’encaissez pas à nouveau pour l’instant. Appuyez sur Vérifier (Ctrl+Maj+V) pour interroger le service de paiement.</translation>
    </message>
    <message>
        <source>If it cannot tell, ask the customer to look in their banking app for a payment of %1 at %2.</source>
        <translation>S’il ne peut pas le dire, demandez au client de chercher dans l’appli de sa banque un paiement de %1 à %2.</translation>
    </message>
    <message>
        <source>If it cannot tell, ask the customer to look in their banking app for a payment of %1 at %2 with the card ending %3.</source>
        <translation>S’il ne peut pas le dire, demandez au client de chercher dans l’appli de sa banque un paiement de %1 à %2 avec la carte se terminant par %3.</translation>
    </message>
    <message>
        <source>You can verify again. Do not charge again before it is checked.</source>
        <translation>Vous pouvez vérifier à nouveau. N’encaissez pas à nouveau avant que ce soit vérifié.</translation>
    </message>
    <message>
        <source>Nobody knows yet whether this sale of %1 was charged: the customer may have paid.</source>
        <translation>On ne sait pas encore si cette vente de %1 a été encaissée : le client a peut-être payé.</translation>
    </message>
    <message>
        <source>Not confirmed: %1 Nothing was sent.</source>
        <translation>Non confirmé : %1 Rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>paydesk::SettingsDialog</name>
    <message>
        <source>A new profile: fill it in, test it, save it.</source>
        <translation>Un nouveau profil : remplissez-le, testez-le, enregistrez-le.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Retirer le profil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its credentials?</source>
        <translation>Retirer le profil « %1 » et ses identifiants ?</translation>
    </message>
    <message>
        <source>There is already a profile &quot;%1&quot;.</source>
        <translation>Il existe déjà un profil « %1 ».</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is saved.</source>
        <translation>Le profil « %1 » est enregistré.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is removed.</source>
        <translation>Le profil « %1 » est retiré.</translation>
    </message>
    <message>
        <source>Reading the credentials from the keyring…</source>
        <translation>Lecture des identifiants dans le trousseau…</translation>
    </message>
    <message>
        <source>Reading the credentials…</source>
        <translation>Lecture des identifiants…</translation>
    </message>
    <message>
        <source>Saving the credentials to the keyring…</source>
        <translation>Enregistrement des identifiants dans le trousseau…</translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>Enregistrement du profil…</translation>
    </message>
    <message>
        <source>Removing the credentials from the keyring…</source>
        <translation>Suppression des identifiants du trousseau…</translation>
    </message>
    <message>
        <source>Removing the profile…</source>
        <translation>Suppression du profil…</translation>
    </message>
    <message>
        <source>Save keeps every tab&apos;s changes, the profile being edited included. The receipt, terminal and devices are used at once; a new or changed backend profile from the next start of Paydesk.</source>
        <translation>Enregistrer garde les modifications de tous les onglets, y compris le profil en cours. Le reçu, le terminal et les périphériques sont utilisés tout de suite ; un profil de service nouveau ou modifié, au prochain démarrage de Paydesk.</translation>
    </message>
    <message>
        <source>Fields marked (locked) are set by your administrator in %1 and cannot be changed here.</source>
        <translation>Les champs marqués (verrouillé) sont définis par votre administrateur dans %1 et ne peuvent pas être modifiés ici.</translation>
    </message>
    <message>
        <source>Greyed fields are set by your administrator in %1 and cannot be changed here.</source>
        <translation>Les champs grisés sont définis par votre administrateur dans %1 et ne peuvent pas être modifiés ici.</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (verrouillé)</translation>
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
        <source>The settings are saved.</source>
        <translation>Les réglages sont enregistrés.</translation>
    </message>
    <message>
        <source>They are in use from now on.</source>
        <translation>Ils sont utilisés dès maintenant.</translation>
    </message>
</context>
<context>
    <name>paydesk::SetupWizard</name>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>Enregistrement des réglages…</translation>
    </message>
    <message>
        <source>Saving the credentials to the keyring…</source>
        <translation>Enregistrement des identifiants dans le trousseau…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Greyed fields are set by your administrator in %1.</source>
        <translation>Les champs grisés sont définis par votre administrateur dans %1.</translation>
    </message>
</context>
<context>
    <name>paydesk::StoreTillsView</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>il y a %Ln min</numerusform>
            <numerusform>il y a %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>il y a %Ln h</numerusform>
            <numerusform>il y a %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Last forwarded</source>
        <translation>Dernière transmission</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Oldest waiting sale</source>
        <translation>Vente en attente la plus ancienne</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Dernier rapport</translation>
    </message>
    <message>
        <source>Reading the tills…</source>
        <translation>Lecture des caisses…</translation>
    </message>
    <message>
        <source>reading the tills</source>
        <translation>lecture des caisses</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln vente</numerusform>
            <numerusform>%Ln ventes</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>⚠ %1: not reporting</source>
        <translation>⚠ %1 : silencieuse</translation>
    </message>
    <message>
        <source>No till has forwarded to this store yet.</source>
        <translation>Aucune caisse n’a encore rien transmis à ce magasin.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln till(s), every one up to date.</source>
        <translation>
            <numerusform>%Ln caisse, à jour.</numerusform>
            <numerusform>%Ln caisses, toutes à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln till(s): </source>
        <translation>
            <numerusform>%Ln caisse : </numerusform>
            <numerusform>%Ln caisses : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with sales not yet forwarded</source>
        <translation>
            <numerusform>%Ln avec des ventes pas encore transmises</numerusform>
            <numerusform>%Ln avec des ventes pas encore transmises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not reporting</source>
        <translation>
            <numerusform>%Ln silencieuse</numerusform>
            <numerusform>%Ln silencieuses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::SupportPage</name>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Inspect an answer</source>
        <translation>&amp;Inspecter une réponse</translation>
    </message>
    <message>
        <source>End of &amp;day</source>
        <translation>&amp;Fin de journée</translation>
    </message>
    <message>
        <source>Journal database</source>
        <translation>Base du journal</translation>
    </message>
    <message>
        <source>Waiting for the journal database: %1… %2 s</source>
        <translation>En attente de la base du journal&#xa0;: %1… %2&#xa0;s</translation>
    </message>
    <message>
        <source>&amp;Tills</source>
        <translation>&amp;Caisses</translation>
    </message>
</context>
<context>
    <name>paydesk::Taxes</name>
    <message>
        <source>Catalogue entry %1: tax_rate &quot;%2&quot; is not a percentage from 0 to 100 with at most two decimals; no tax is shown for it.</source>
        <translation>Entrée %1 du catalogue : tax_rate « %2 » n’est pas un pourcentage de 0 à 100 avec au plus deux décimales ; aucune taxe n’est affichée pour elle.</translation>
    </message>
</context>
<context>
    <name>paydesk::Training</name>
    <message>
        <source>The training sandbox cannot listen on 127.0.0.1.</source>
        <translation>Le bac à sable de formation ne peut pas écouter sur 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>paydesk::Verifier</name>
    <message>
        <source>There is no journal entry %1.</source>
        <translation>Il n’existe pas d’entrée %1 dans le journal.</translation>
    </message>
    <message>
        <source>Nothing to verify: the sale is already %1.</source>
        <translation>Rien à vérifier : la vente est déjà %1.</translation>
    </message>
    <message>
        <source>Checkout cannot be asked by key. Look for the order reference &quot;%1&quot; in the shop&apos;s orders (or ask the customer for the card statement) before charging again.</source>
        <translation>Checkout ne peut pas être interrogé par clé. Cherchez la référence de commande « %1 » dans les commandes de la boutique (ou demandez au client son relevé de carte) avant d’encaisser de nouveau.</translation>
    </message>
    <message>
        <source>Offer cannot be asked by key. Ask the Offer back office whether quote %1 got a payment intent at %2 before trying again.</source>
        <translation>Offer ne peut pas être interrogé par clé. Demandez au back-office d’Offer si le devis %1 a reçu une intention de paiement le %2 avant de réessayer.</translation>
    </message>
    <message>
        <source>Ocho cannot be asked by key. Ask the Ocho plugin whether transaction &quot;%1&quot; has a payment intent before trying again.</source>
        <translation>Ocho ne peut pas être interrogé par clé. Demandez au plugin Ocho si la transaction « %1 » a une intention de paiement avant de réessayer.</translation>
    </message>
    <message>
        <source>Dots says intent %1 is %2.</source>
        <translation>Selon Dots, l’intention %1 est à l’état %2.</translation>
    </message>
    <message>
        <source>Dots could not be asked: %1</source>
        <translation>Dots n’a pas pu être interrogé : %1</translation>
    </message>
    <message>
        <source>Dots has intent %1 for this sale: %2.</source>
        <translation>Dots a l’intention %1 pour cette vente : %2.</translation>
    </message>
    <message>
        <source>Look for the sale&apos;s key in the intents&apos; metadata in the Dots dashboard before trying again.</source>
        <translation>Cherchez la clé de la vente dans les métadonnées des intentions du tableau de bord Dots avant de réessayer.</translation>
    </message>
    <message>
        <source>the answer is one page of a longer list</source>
        <translation>la réponse est une page d’une liste plus longue</translation>
    </message>
    <message>
        <source>the answer is not the published list (an array)</source>
        <translation>la réponse n’est pas la liste publiée (un tableau)</translation>
    </message>
    <message>
        <source>it holds exactly %1 intents, a usual page size: it may have been cut short</source>
        <translation>elle contient exactement %1 intentions, une taille de page courante : elle a pu être tronquée</translation>
    </message>
    <message>
        <source>every intent in it is newer than the sale: it may not reach back that far</source>
        <translation>toutes ses intentions sont postérieures à la vente : elle ne remonte peut-être pas assez loin</translation>
    </message>
    <message>
        <source>Asked: %1 %2. Answered: %3.</source>
        <translation>Demandé : %1 %2. Réponse : %3.</translation>
    </message>
    <message>
        <source>The sale is still being sent (by %1): wait for its answer; nothing was changed.</source>
        <translation>La vente est encore en cours d’envoi (par %1) : attendez sa réponse ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The sandbox answered this key with HTTP %1 at the time: the sale is %2.</source>
        <translation>Le bac à sable a répondu à cette clé par HTTP %1 à l’époque : la vente est %2.</translation>
    </message>
    <message>
        <source>HTTP %1, the attempt kept under this key (its answer was HTTP %2)</source>
        <translation>HTTP %1, la tentative gardée sous cette clé (sa réponse était HTTP %2)</translation>
    </message>
    <message>
        <source>The sandbox has no record of key %1: the sale never reached it. It can be sent again.</source>
        <translation>Le bac à sable n’a aucune trace de la clé %1 : la vente ne lui est jamais parvenue. Elle peut être renvoyée.</translation>
    </message>
    <message>
        <source>HTTP 404, the sandbox&apos;s own &quot;no answer is kept for this key&quot;</source>
        <translation>HTTP 404, le « aucune réponse n’est gardée pour cette clé » du bac à sable lui-même</translation>
    </message>
    <message>
        <source>The answer is not the sandbox&apos;s lookup, so it proves nothing: the sale stays unknown. Check that this profile really is the Paydesk sandbox.</source>
        <translation>La réponse n’est pas la recherche du bac à sable, elle ne prouve donc rien : la vente reste inconnue. Vérifiez que ce profil est bien le bac à sable de Paydesk.</translation>
    </message>
    <message>
        <source>HTTP %1, not in the lookup&apos;s shape</source>
        <translation>HTTP %1, pas au format de la recherche</translation>
    </message>
    <message>
        <source>The sandbox could not be asked: %1</source>
        <translation>Le bac à sable n’a pas pu être interrogé : %1</translation>
    </message>
    <message>
        <source>HTTP %1, intent %2 (%3)</source>
        <translation>HTTP %1, intention %2 (%3)</translation>
    </message>
    <message>
        <source>Dots&apos; list proves nothing (%1): the sale stays unknown. Look for key %2 in the intents&apos; metadata in the Dots dashboard.</source>
        <translation>La liste de Dots ne prouve rien (%1) : la vente reste inconnue. Cherchez la clé %2 dans les métadonnées des intentions du tableau de bord Dots.</translation>
    </message>
    <message>
        <source>HTTP %1, %2 intents; intent %3 carries key %4</source>
        <translation>HTTP %1, %2 intentions ; l’intention %3 porte la clé %4</translation>
    </message>
    <message>
        <source>Dots&apos; list has no intent carrying key %1, but it proves nothing (%2): the sale stays unknown. Look for the key in the intents&apos; metadata in the Dots dashboard before trying again.</source>
        <translation>La liste de Dots n’a aucune intention portant la clé %1, mais elle ne prouve rien (%2) : la vente reste inconnue. Cherchez la clé dans les métadonnées des intentions du tableau de bord Dots avant de réessayer.</translation>
    </message>
    <message>
        <source>HTTP %1, %2 intents, none with this key; %3</source>
        <translation>HTTP %1, %2 intentions, aucune avec cette clé ; %3</translation>
    </message>
    <message>
        <source>reading the sale to verify</source>
        <translation>la lecture de la vente à vérifier</translation>
    </message>
    <message>
        <source>noting what the verify found</source>
        <translation>la note de ce que la vérification a trouvé</translation>
    </message>
    <message>
        <source>recording what the verify found</source>
        <translation>l’enregistrement de ce que la vérification a trouvé</translation>
    </message>
    <message>
        <source>This sale was sent to %1, not to the sandbox that could be asked (%2): the sandbox knows nothing of it, so the sale stays unknown. %3</source>
        <translation>Cette vente a été envoyée à %1, pas au bac à sable qui pouvait être interrogé (%2) : le bac à sable n’en sait rien, la vente reste donc inconnue. %3</translation>
    </message>
    <message>
        <source>Nothing was asked: no witness at the sale&apos;s own destination.</source>
        <translation>Rien n’a été demandé : aucun témoin à la destination de la vente elle-même.</translation>
    </message>
    <message>
        <source>Nothing was asked: this backend has no lookup by key (the sale went to %1).</source>
        <translation>Rien n’a été demandé : ce backend ne permet pas de chercher par clé (la vente est allée à %1).</translation>
    </message>
    <message>
        <source>Dots at %1 has no intent carrying key %2, but the sale was sent to %3: its absence there proves nothing, so the sale stays unknown.</source>
        <translation>Dots à %1 n’a aucun intent portant la clé %2, mais la vente a été envoyée à %3 : son absence là ne prouve rien, la vente reste donc inconnue.</translation>
    </message>
    <message>
        <source>HTTP %1, %2 intents, none with this key; not the sale&apos;s destination</source>
        <translation>HTTP %1, %2 intents, aucun avec cette clé ; pas la destination de la vente</translation>
    </message>
    <message>
        <source>Too early to tell: Dots has no intent carrying key %1 yet, but it may still be adding it to its list. Try again after %2.</source>
        <translation>Trop tôt pour le dire : Dots n’a encore aucun intent portant la clé %1, mais il est peut-être encore en train de l’ajouter à sa liste. Réessayez après %2.</translation>
    </message>
    <message>
        <source>HTTP %1, the whole list (%2 intents), none with this key yet; it counts from %3</source>
        <translation>HTTP %1, la liste entière (%2 intents), aucun avec cette clé pour l’instant ; elle compte à partir de %3</translation>
    </message>
    <message>
        <source>Dots&apos; complete list has no intent carrying key %1. One more look settles it: try again after %2.</source>
        <translation>La liste complète de Dots n’a aucun intent portant la clé %1. Un regard de plus tranchera : réessayez après %2.</translation>
    </message>
    <message>
        <source>HTTP %1, the whole list (%2 intents, unpaged), none with this key: look %3 of 2</source>
        <translation>HTTP %1, la liste entière (%2 intents, sans pagination), aucun avec cette clé : regard %3 sur 2</translation>
    </message>
    <message>
        <source>Dots has no intent carrying key %1 in its complete list, looked at twice (%2 and now): the sale never reached it. It can be sent again.</source>
        <translation>Dots n’a aucun intent portant la clé %1 dans sa liste complète, consultée deux fois (%2 et maintenant) : la vente ne lui est jamais parvenue. Elle peut être renvoyée.</translation>
    </message>
    <message>
        <source>HTTP %1, the whole list (%2 intents, unpaged), none with this key, as at %3</source>
        <translation>HTTP %1, la liste entière (%2 intents, sans pagination), aucun avec cette clé, comme à %3</translation>
    </message>
    <message>
        <source>Nothing was asked: %1 publishes no refund API.</source>
        <translation>Rien n’a été demandé : %1 ne publie pas d’API de remboursement.</translation>
    </message>
    <message>
        <source>Dots says refund %1 is %2.</source>
        <translation>Selon Dots, le remboursement %1 est à l’état %2.</translation>
    </message>
    <message>
        <source>HTTP %1, refund %2 (%3)</source>
        <translation>HTTP %1, remboursement %2 (%3)</translation>
    </message>
    <message>
        <source>Dots&apos; refunds could not be listed to the end (page %1): %2. The refund stays unknown.</source>
        <translation>Les remboursements de Dots n’ont pas pu être listés jusqu’au bout (page %1) : %2. Le remboursement reste inconnu.</translation>
    </message>
    <message>
        <source>Dots&apos; refunds list says it has more but gives no way to go on: it proves nothing, and the refund stays unknown.</source>
        <translation>La liste des remboursements de Dots dit qu’il y en a d’autres mais ne donne aucun moyen de continuer : elle ne prouve rien, et le remboursement reste inconnu.</translation>
    </message>
    <message>
        <source>HTTP %1, page %2 of the refunds</source>
        <translation>HTTP %1, page %2 des remboursements</translation>
    </message>
    <message>
        <source>HTTP %1, the whole refunds list (%2 pages, %3 refunds, %4 of intent %5)</source>
        <translation>HTTP %1, toute la liste des remboursements (%2 pages, %3 remboursements, %4 de l’intention %5)</translation>
    </message>
    <message>
        <source>Dots has refund %1 of %2 for this intent, the only one no other journal entry knows: it is %3.</source>
        <translation>Dots a le remboursement %1 de %2 pour cette intention, le seul qu’aucune autre entrée du journal ne connaît : il est %3.</translation>
    </message>
    <message>
        <source>; refund %1 is not known by any other entry</source>
        <translation> ; aucune autre entrée ne connaît le remboursement %1</translation>
    </message>
    <message>
        <source>Dots has refunds of this intent that the journal does not know (%1), none alone matching this refund: it stays unknown. Check them in the Dots dashboard.</source>
        <translation>Dots a des remboursements de cette intention que le journal ne connaît pas (%1), aucun ne correspondant seul à ce remboursement : il reste inconnu. Vérifiez-les dans le tableau de bord Dots.</translation>
    </message>
    <message>
        <source>Dots at %1 has no such refund, but the refund was sent to %2: its absence there proves nothing, so it stays unknown.</source>
        <translation>Dots à %1 n’a pas ce remboursement, mais le remboursement a été envoyé à %2 : son absence là-bas ne prouve rien, il reste donc inconnu.</translation>
    </message>
    <message>
        <source>; not the refund&apos;s destination</source>
        <translation> ; ce n’est pas la destination du remboursement</translation>
    </message>
    <message>
        <source>Too early to tell: Dots&apos; refunds list has no such refund yet, but it may still be adding it. Try again after %1.</source>
        <translation>Trop tôt pour le dire : la liste des remboursements de Dots n’a pas encore ce remboursement, mais elle l’ajoute peut-être encore. Réessayez après %1.</translation>
    </message>
    <message>
        <source>; it counts from %1</source>
        <translation> ; elle compte à partir de %1</translation>
    </message>
    <message>
        <source>Dots&apos; complete refunds list has no such refund. One more look settles it: try again after %1.</source>
        <translation>La liste complète des remboursements de Dots n’a pas ce remboursement. Un regard de plus tranchera : réessayez après %1.</translation>
    </message>
    <message>
        <source>; none unknown to the journal: look %1 of 2</source>
        <translation> ; aucun inconnu du journal : regard %1 sur 2</translation>
    </message>
    <message>
        <source>Dots&apos; complete refunds list, looked at twice (%1 and now), has no such refund: it never reached Dots. Nothing was refunded; it can be refunded again.</source>
        <translation>La liste complète des remboursements de Dots, consultée deux fois (%1 et maintenant), n’a pas ce remboursement : il n’est jamais parvenu à Dots. Rien n’a été remboursé ; la vente peut être remboursée à nouveau.</translation>
    </message>
    <message>
        <source>; none unknown to the journal, as at %1</source>
        <translation> ; aucun inconnu du journal, déjà à %1</translation>
    </message>
</context>
<context>
    <name>paydesk::Workplace</name>
    <message>
        <source>There is no profile &quot;%1&quot; in %2.</source>
        <translation>Il n’existe pas de profil « %1 » dans %2.</translation>
    </message>
    <message>
        <source>No profile of %1 can be used:
%2</source>
        <translation>Aucun profil de %1 n’est utilisable :
%2</translation>
    </message>
    <message>
        <source>The receipt printer cannot be used: %1</source>
        <translation>L&apos;imprimante de reçus ne peut pas être utilisée : %1</translation>
    </message>
    <message>
        <source>The journal cannot be opened, so nothing can be sold: %1</source>
        <translation>Le journal ne peut pas être ouvert : rien ne peut être vendu. %1</translation>
    </message>
</context>
<context>
    <name>paydesk::receipttext</name>
    <message>
        <source>TRAINING — NOT A REAL PAYMENT</source>
        <translation>FORMATION — CE N’EST PAS UN VRAI PAIEMENT</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Numéro du reçu : %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Your receipt online:</source>
        <translation>Votre reçu en ligne :</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>N° fiscal : %1</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation>Opérateur %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>%1 %2 %: %3</source>
        <extracomment>A tax included in the prices: &quot;IVA 16 %: MXN 12.41&quot;</extracomment>
        <translation>%1 %2 % : %3</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>REMBOURSEMENT</translation>
    </message>
    <message>
        <source>Refund of sale %1 (%2)</source>
        <translation>Remboursement de la vente %1 (%2)</translation>
    </message>
    <message>
        <source>Refund of sale %1 (entry %2, %3)</source>
        <translation>Remboursement de la vente %1 (entrée %2, %3)</translation>
    </message>
    <message>
        <source>Refund id: %1</source>
        <translation>Id du remboursement : %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
</context>
</TS>
