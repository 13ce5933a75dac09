<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>CartWidget</name>
    <message>
        <source>Scan or type a &amp;SKU:</source>
        <translation>Escanee o escriba un &amp;código:</translation>
    </message>
    <message>
        <source>Scan or type a SKU</source>
        <translation>Escanee o escriba un código</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a SKU or a product name, then Enter</source>
        <translation>Escanee un código de barras o escriba un código o un producto, luego Intro</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a SKU and press Enter (F2 comes back here)</source>
        <translation>Escanee un código de barras o escriba un código y pulse Intro (F2 vuelve aquí)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the product of this SKU (Enter)</source>
        <translation>Añadir el producto de este código (Intro)</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Añadir producto</translation>
    </message>
    <message>
        <source>SKU message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cart</source>
        <translation>Carrito</translation>
    </message>
    <message>
        <source>The lines of the sale</source>
        <translation>Las líneas de la venta</translation>
    </message>
    <message>
        <source>Quantity and price can be edited (F2 or type). + and - change the quantity, Delete removes the line.</source>
        <translation>La cantidad y el precio se pueden editar (F2 o escribiendo). + y - cambian la cantidad, Supr quita la línea.</translation>
    </message>
    <message>
        <source>Cart message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Quitar la línea seleccionada (Supr)</translation>
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
        <translation>Importe libre:</translation>
    </message>
    <message>
        <source>Free amount description</source>
        <translation>Descripción del importe libre</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Descripción (opcional)</translation>
    </message>
    <message>
        <source>What the amount is for, printed on the receipt (F3 comes here)</source>
        <translation>Concepto del importe, impreso en el recibo (F3 viene aquí)</translation>
    </message>
    <message>
        <source>Free amount</source>
        <translation>Importe libre</translation>
    </message>
    <message>
        <source>An amount in the sale currency, then Enter</source>
        <translation>Un importe en la moneda de la venta, luego Intro</translation>
    </message>
    <message>
        <source>Add amount</source>
        <translation>Añadir importe</translation>
    </message>
    <message>
        <source>Add this amount as a line (Enter)</source>
        <translation>Añadir este importe como línea (Intro)</translation>
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
        <translation>Cargo</translation>
    </message>
    <message>
        <source>No charge yet.</source>
        <translation>Aún no hay cargo.</translation>
    </message>
    <message>
        <source>No charge</source>
        <translation>Sin cargo</translation>
    </message>
    <message>
        <source>Number of charges</source>
        <translation>Número de cargos</translation>
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
        <translation>Id del cargo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Charge status</source>
        <translation>Estado del cargo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Charge amount</source>
        <translation>Importe del cargo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Card brand and last 4 digits</source>
        <translation>Marca y últimos 4 dígitos de la tarjeta</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Card expiry</source>
        <translation>Caducidad de la tarjeta</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Card funding</source>
        <translation>Tipo de tarjeta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Card country</source>
        <translation>País de la tarjeta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome type</source>
        <translation>Tipo de resultado</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Network status</source>
        <translation>Estado de la red</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Risk level and score</source>
        <translation>Nivel y puntuación de riesgo</translation>
    </message>
    <message>
        <source>Seller message</source>
        <translation>Mensaje para el vendedor</translation>
    </message>
    <message>
        <source>Balance txn</source>
        <translation>Mov. de saldo</translation>
    </message>
    <message>
        <source>Balance transaction</source>
        <translation>Movimiento de saldo</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motivo del fallo</translation>
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
        <translation>Carrito</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>C&amp;lient *</source>
        <translation>C&amp;liente *</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>The customer or the counter, e.g. Walk-in</source>
        <translation>El cliente o el mostrador, p. ej. Mostrador</translation>
    </message>
    <message>
        <source>Required, 1 to 100 characters</source>
        <translation>Obligatorio, de 1 a 100 caracteres</translation>
    </message>
    <message>
        <source>Client message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reference *</source>
        <translation>&amp;Referencia *</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Referencia del pedido</translation>
    </message>
    <message>
        <source>The order number</source>
        <translation>El número de pedido</translation>
    </message>
    <message>
        <source>Required, 1 to 80 characters: what support searches by</source>
        <translation>Obligatorio, de 1 a 80 caracteres: lo que busca soporte</translation>
    </message>
    <message>
        <source>Reference message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment &amp;method</source>
        <translation>&amp;Método de pago</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Método de pago</translation>
    </message>
    <message>
        <source>Optional, e.g. card</source>
        <translation>Opcional, p. ej. tarjeta</translation>
    </message>
    <message>
        <source>Optional, at most 50 characters</source>
        <translation>Opcional, como máximo 50 caracteres</translation>
    </message>
    <message>
        <source>Payment method message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-click payment</source>
        <translation>Pago en un clic</translation>
    </message>
    <message>
        <source>Billing details (optional)</source>
        <translation>Datos de facturación (opcional)</translation>
    </message>
    <message>
        <source>Show or hide the billing details (Space)</source>
        <translation>Mostrar u ocultar los datos de facturación (Espacio)</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Datos de facturación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Billing name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Billing phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Billing city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Billing postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Billing state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two letters, e.g. MX</source>
        <translation>Dos letras, p. ej. MX</translation>
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
        <translation>Carrito</translation>
    </message>
    <message>
        <source>Dots payment</source>
        <translation>Pago Dots</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <translation>Provincia</translation>
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
        <translation>Intención de pago</translation>
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
        <translation>Id de la intención</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Intent status</source>
        <translation>Estado de la intención</translation>
    </message>
    <message>
        <source>Status as the backend sent it</source>
        <translation>Estado tal como lo envió el servicio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Intent amount</source>
        <translation>Importe de la intención</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Mode: test or live</source>
        <translation>Modo: prueba o real</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Intent created</source>
        <translation>Intención creada</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Client secret (masked)</source>
        <translation>Secreto de cliente (oculto)</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
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
        <translation>Provincia</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Servicio de pago:</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
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
        <translation>FORMACIÓN — ventas de práctica, sin dinero real</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Modo formación</translation>
    </message>
    <message>
        <source>No backend profile is configured: sales go to the built-in sandbox</source>
        <translation>No hay ningún perfil de servicio de pago: las ventas van al entorno de pruebas integrado</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Backend profile</source>
        <translation>Perfil del servicio de pago</translation>
    </message>
    <message>
        <source>The backend profile to sell with (Alt+P)</source>
        <translation>El perfil con el que se vende (Alt+P)</translation>
    </message>
    <message>
        <source>Terminal and operator</source>
        <translation>Terminal y operador</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Venta</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Recibo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Charge</source>
        <translation>&amp;Cobrar</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send this sale to the payment service (Ctrl+Enter)</source>
        <translation>Enviar esta venta al servicio de pago (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>C&amp;ancel sending</source>
        <translation>C&amp;ancelar el envío</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop waiting for the answer (Esc)</source>
        <translation>Dejar de esperar la respuesta (Esc)</translation>
    </message>
    <message>
        <source>&amp;Verify unknown outcome</source>
        <translation>&amp;Verificar un resultado desconocido</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the payment service what became of the sale (Ctrl+Shift+V)</source>
        <translation>Preguntar al servicio de pago qué pasó con la venta (Ctrl+Mayús+V)</translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation>&amp;Nueva venta</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the next sale with an empty cart (Ctrl+N)</source>
        <translation>Empezar la siguiente venta con el carrito vacío (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Scan or type a SKU</source>
        <translation>&amp;Escanear o escribir un código</translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the scanner field (F2)</source>
        <translation>Ir al campo del escáner (F2)</translation>
    </message>
    <message>
        <source>Add a &amp;free amount</source>
        <translation>Añadir un importe &amp;libre</translation>
    </message>
    <message>
        <source>F3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the free amount field (F3)</source>
        <translation>Ir al campo de importe libre (F3)</translation>
    </message>
    <message>
        <source>Choose the &amp;profile</source>
        <translation>Elegir el &amp;perfil</translation>
    </message>
    <message>
        <source>F4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the profile picker (F4)</source>
        <translation>Ir al selector de perfil (F4)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit Paydesk (Ctrl+Q)</source>
        <translation>Salir de Paydesk (Ctrl+Q)</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>&amp;Imprimir recibo…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the customer receipt (Ctrl+P)</source>
        <translation>Imprimir el recibo del cliente (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save receipt as PDF…</source>
        <translation>&amp;Guardar recibo como PDF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the customer receipt as PDF (Ctrl+Shift+S)</source>
        <translation>Guardar el recibo del cliente como PDF (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>&amp;Open receipt link</source>
        <translation>&amp;Abrir el enlace del recibo</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the receipt link in the browser (Ctrl+O)</source>
        <translation>Abrir el enlace del recibo en el navegador (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every keyboard shortcut (F1)</source>
        <translation>Todos los atajos de teclado (F1)</translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation>A&amp;cerca de Paydesk</translation>
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
        <translation>Carrito</translation>
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
        <translation>Este perfil lo define su administrador (configuración del sistema): aquí solo se pueden introducir sus credenciales.</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nombre del perfil:</translation>
    </message>
    <message>
        <source>e.g. shop</source>
        <translation>p. ej. tienda</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Servicio de pago:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>https://pay.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token de la API:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID de &amp;cliente:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;lave de la API:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>usd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted C&amp;A file:</source>
        <translation>Archivo de C&amp;A de confianza:</translation>
    </message>
    <message>
        <source>only for a private certificate authority</source>
        <translation>solo para una autoridad de certificación privada</translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>No receipt yet.</source>
        <translation>Aún no hay recibo.</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Sin recibo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Número de recibo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Receipt email</source>
        <translation>Correo del recibo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Receipt link</source>
        <translation>Enlace del recibo</translation>
    </message>
    <message>
        <source>Open receipt in browser</source>
        <translation>Abrir el recibo en el navegador</translation>
    </message>
    <message>
        <source>Open the receipt link in the web browser (Ctrl+O)</source>
        <translation>Abrir el enlace del recibo en el navegador (Ctrl+O)</translation>
    </message>
    <message>
        <source>QR code of the receipt link</source>
        <translation>Código QR del enlace del recibo</translation>
    </message>
    <message>
        <source>Scan it with a phone to open the receipt</source>
        <translation>Escanéelo con un teléfono para abrir el recibo</translation>
    </message>
    <message>
        <source>Scan to open on a phone</source>
        <translation>Escanee para abrirlo en el teléfono</translation>
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
        <translation>Provincia</translation>
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
        <translation>Venta</translation>
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
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>Send this sale to the payment service (Ctrl+Enter)</source>
        <translation>Enviar esta venta al servicio de pago (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop waiting for the answer (Esc)</source>
        <translation>Dejar de esperar la respuesta (Esc)</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancelar el envío</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome of the sale</source>
        <translation>Resultado de la venta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Verify with the payment service</source>
        <translation>Verificar con el servicio de pago</translation>
    </message>
    <message>
        <source>Ask the payment service what became of this sale (Ctrl+Shift+V)</source>
        <translation>Preguntar al servicio de pago qué pasó con esta venta (Ctrl+Mayús+V)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Detalles para soporte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Result title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result of the sale</source>
        <translation>Resultado de la venta</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Imprimir recibo…</translation>
    </message>
    <message>
        <source>Print the customer receipt (Ctrl+P)</source>
        <translation>Imprimir el recibo del cliente (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimir recibo</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Guardar recibo como PDF…</translation>
    </message>
    <message>
        <source>Save the customer receipt as a PDF file (Ctrl+Shift+S)</source>
        <translation>Guardar el recibo del cliente como PDF (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Guardar recibo como PDF</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <source>Start the next sale with an empty cart (Ctrl+N)</source>
        <translation>Empezar la siguiente venta con el carrito vacío (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Sa&amp;ve profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Recibo</translation>
    </message>
    <message>
        <source>Merchant &amp;name:</source>
        <translation>&amp;Nombre del comercio:</translation>
    </message>
    <message>
        <source>Merchant &amp;address:</source>
        <translation>&amp;Dirección del comercio:</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Terminal</translation>
    </message>
    <message>
        <source>&amp;Terminal name:</source>
        <translation>Nombre del &amp;terminal:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operador:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Paydesk</source>
        <translation>Configurar Paydesk</translation>
    </message>
    <message>
        <source>Payment backend</source>
        <translation>Servicio de pago</translation>
    </message>
    <message>
        <source>Which backend takes this counter's payments, where it is, and the credentials it gave you.</source>
        <translation>Qué servicio cobra los pagos de este mostrador, dónde está y las credenciales que le dio.</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Prueba de conexión</translation>
    </message>
    <message>
        <source>Paydesk checks that the backend can be reached, that its certificate is trusted and that it accepts the credentials. Nothing is sold.</source>
        <translation>Paydesk comprueba que el servicio es accesible, que su certificado es de confianza y que acepta las credenciales. No se vende nada.</translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation>Probar &amp;otra vez</translation>
    </message>
    <message>
        <source>&amp;Save without a successful test (the backend is not reachable from here yet)</source>
        <translation>&amp;Guardar sin una prueba correcta (el servicio aún no es accesible desde aquí)</translation>
    </message>
    <message>
        <source>Receipt and terminal</source>
        <translation>Recibo y terminal</translation>
    </message>
    <message>
        <source>The merchant printed on the customer's receipt, and the name of this counter in the journal.</source>
        <translation>El comercio impreso en el recibo del cliente y el nombre de este mostrador en el diario.</translation>
    </message>
    <message>
        <source>Merchant &amp;name:</source>
        <translation>&amp;Nombre del comercio:</translation>
    </message>
    <message>
        <source>Merchant &amp;address:</source>
        <translation>&amp;Dirección del comercio:</translation>
    </message>
    <message>
        <source>&amp;Terminal name:</source>
        <translation>Nombre del &amp;terminal:</translation>
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
        <translation>No existe el perfil «%1» en %2.</translation>
    </message>
    <message>
        <source>No profile of %1 can be used:
%2</source>
        <translation>Ningún perfil de %1 se puede usar:
%2</translation>
    </message>
    <message>
        <source>The journal cannot be opened, so nothing can be sold: %1</source>
        <translation>El diario no se puede abrir, así que no se puede vender nada: %1</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Sin estado</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Awaiting a payment method</source>
        <translation>Esperando un método de pago</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Esperando confirmación</translation>
    </message>
    <message>
        <source>Awaiting the customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Authorised, to capture</source>
        <translation>Autorizado, por capturar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown status: %1</source>
        <translation>Estado desconocido: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Created, not paid yet</source>
        <translation>Creado, aún sin pagar</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>No pagado</translation>
    </message>
    <message>
        <source>Check before trying again</source>
        <translation>Compruebe antes de reintentar</translation>
    </message>
    <message>
        <source>TRAINING — NOT A REAL PAYMENT</source>
        <translation>FORMACIÓN — NO ES UN PAGO REAL</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Tarjeta: %1</translation>
    </message>
    <message>
        <source>Payment intent: %1</source>
        <translation>Intención de pago: %1</translation>
    </message>
    <message>
        <source>Charge: %1</source>
        <translation>Cargo: %1</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Número de recibo: %1</translation>
    </message>
    <message>
        <source>Your receipt online:</source>
        <translation>Su recibo en línea:</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>The receipt cannot be saved to %1: %2.</source>
        <translation>El recibo no se puede guardar en %1: %2.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>El recibo no se pudo escribir en %1.</translation>
    </message>
</context>
<context>
    <name>paydesk::CartModel</name>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Línea %1 (%2): %3</translation>
    </message>
    <message>
        <source>invalid price</source>
        <translation>precio no válido</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>Quantity: type a number, or + and - (Delete removes the line)</source>
        <translation>Cantidad: escriba un número, o + y - (Supr quita la línea)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total línea</translation>
    </message>
</context>
<context>
    <name>paydesk::CartWidget</name>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Importe en %1</translation>
    </message>
    <message>
        <source>No product with SKU "%1" in the %2 catalogue. Check the code, or add the price as a free amount.</source>
        <translation>No hay ningún producto con el código «%1» en el catálogo %2. Revise el código o añada el precio como importe libre.</translation>
    </message>
    <message>
        <source>Enter an amount more than zero.</source>
        <translation>Escriba un importe mayor que cero.</translation>
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
        <translation>%1 cargos: se muestra el último.</translation>
    </message>
    <message>
        <source>%1 (reason: %2)</source>
        <translation>%1 (motivo: %2)</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <translation>%1, puntuación %2</translation>
    </message>
</context>
<context>
    <name>paydesk::CheckoutSaleForm</name>
    <message>
        <source>Walk-in</source>
        <translation>Mostrador</translation>
    </message>
</context>
<context>
    <name>paydesk::ConnectionTest</name>
    <message>
        <source>Connected: the backend accepted the credentials.</source>
        <translation>Conectado: el servicio aceptó las credenciales.</translation>
    </message>
    <message>
        <source>Connected: the backend answered (no credentials needed).</source>
        <translation>Conectado: el servicio respondió (no necesita credenciales).</translation>
    </message>
    <message>
        <source>The profile cannot be used: %1</source>
        <translation>El perfil no se puede usar: %1</translation>
    </message>
    <message>
        <source>The backend cannot be reached: check the address and the network.</source>
        <translation>No se puede acceder al servicio: revise la dirección y la red.</translation>
    </message>
    <message>
        <source>The backend's certificate is not trusted: add its CA file to the profile.</source>
        <translation>El certificado del servicio no es de confianza: añada su archivo de CA al perfil.</translation>
    </message>
    <message>
        <source>The backend refused the credentials: check the token or the API key.</source>
        <translation>El servicio rechazó las credenciales: revise el token o la clave de la API.</translation>
    </message>
    <message>
        <source>The backend answered, but not at this address: check the base URL.</source>
        <translation>El servicio respondió, pero no en esta dirección: revise la URL base.</translation>
    </message>
    <message>
        <source>No usable answer came from the backend: try again, or ask support.</source>
        <translation>El servicio no dio una respuesta utilizable: inténtelo de nuevo o consulte a soporte.</translation>
    </message>
</context>
<context>
    <name>paydesk::CredentialStore</name>
    <message>
        <source>No system keyring is available: credentials are stored in %1, readable only by your user account.</source>
        <translation>No hay un llavero del sistema: las credenciales se guardan en %1, que solo su cuenta de usuario puede leer.</translation>
    </message>
    <message>
        <source>The credentials of "%1" cannot be saved in the keyring: %2</source>
        <translation>Las credenciales de «%1» no se pueden guardar en el llavero: %2</translation>
    </message>
    <message>
        <source>No system keyring is available, and PAYDESK_CREDENTIALS=keyring forbids the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credentials cannot be saved to %1.</source>
        <translation>Las credenciales no se pueden guardar en %1.</translation>
    </message>
</context>
<context>
    <name>paydesk::EntryDetail</name>
    <message>
        <source>Intent id</source>
        <translation>Id de la intención</translation>
    </message>
    <message>
        <source>Charge id</source>
        <translation>Id del cargo</translation>
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
        <translation>Enlace del recibo</translation>
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
        <translation>(enviado como %1)</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>REAL</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>PRUEBA</translation>
    </message>
    <message>
        <source>TEST (test publishable key)</source>
        <translation>PRUEBA (clave publicable de prueba)</translation>
    </message>
    <message>
        <source>LIVE (live publishable key)</source>
        <translation>REAL (clave publicable real)</translation>
    </message>
    <message>
        <source>No intent yet</source>
        <translation>Aún no hay intención</translation>
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
        <translation>Recibo enviado a la impresora.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Guardar recibo como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>Recibo no guardado</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Recibo guardado en %1</translation>
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
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Duplicate?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intent id</source>
        <translation>Id de la intención</translation>
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
        <translation>S&amp;oporte</translation>
    </message>
    <message>
        <source>&amp;Sale (the cashier page)</source>
        <translation>&amp;Venta (la página de caja)</translation>
    </message>
    <message>
        <source>&amp;Journal: find a sale</source>
        <translation>&amp;Diario: buscar una venta</translation>
    </message>
    <message>
        <source>&amp;Inspect an answer</source>
        <translation>&amp;Inspeccionar una respuesta</translation>
    </message>
    <message>
        <source>&amp;End of day</source>
        <translation>&amp;Cierre del día</translation>
    </message>
    <message>
        <source>Terminal %1 · %2</source>
        <translation>Terminal %1 · %2</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (formación)</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Diario: %1</translation>
    </message>
    <message>
        <source>Training mode: the sandbox answers at %1; no real money moves.</source>
        <translation>Modo formación: el entorno de pruebas responde en %1; no se mueve dinero real.</translation>
    </message>
    <message>
        <source>in the scanner field: add the product of the SKU</source>
        <translation>en el campo del escáner: añadir el producto del código</translation>
    </message>
    <message>
        <source>in the cart: change the quantity, remove the line</source>
        <translation>en el carrito: cambiar la cantidad, quitar la línea</translation>
    </message>
    <message>
        <source>the profile picker</source>
        <translation>el selector de perfil</translation>
    </message>
    <message>
        <source>in the journal: search, reload, export CSV, the oldest entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About Paydesk</source>
        <translation>Acerca de Paydesk</translation>
    </message>
    <message>
        <source>Paydesk %1
A counter-side payment client for payment-intent backends.
Journal: %2</source>
        <translation>Paydesk %1
Un cliente de cobro en mostrador para servicios de intención de pago.
Diario: %2</translation>
    </message>
</context>
<context>
    <name>paydesk::ManagedSettings</name>
    <message>
        <source>The config file %1 is not a valid INI file.</source>
        <translation>El archivo de configuración %1 no es un archivo INI válido.</translation>
    </message>
    <message>
        <source>There is no profile "%1".</source>
        <translation>No existe el perfil «%1».</translation>
    </message>
    <message>
        <source>The profile "%1" is set by the system administrator and cannot be changed here.</source>
        <translation>El perfil «%1» lo define el administrador del sistema y no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>The settings cannot be saved to %1.</source>
        <translation>La configuración no se puede guardar en %1.</translation>
    </message>
    <message>
        <source>The profile "%1" is set by the system administrator and cannot be removed here.</source>
        <translation>El perfil «%1» lo define el administrador del sistema y no se puede quitar aquí.</translation>
    </message>
    <message>
        <source>The profile "%1" comes from the system-wide settings and cannot be removed here.</source>
        <translation>El perfil «%1» viene de la configuración del sistema y no se puede quitar aquí.</translation>
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
        <translation>Token de la API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de la API</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Certificados de CA de confianza</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Give the profile a name of letters, digits, - or _.</source>
        <translation>Dé al perfil un nombre de letras, cifras, - o _.</translation>
    </message>
    <message>
        <source>Give the backend's base URL, e.g. https://pay.example.com.</source>
        <translation>Indique la URL base del servicio, p. ej. https://pay.example.com.</translation>
    </message>
    <message>
        <source>Dots needs a client ID and an API key.</source>
        <translation>Dots necesita un ID de cliente y una clave de la API.</translation>
    </message>
    <message>
        <source>This backend needs an API token.</source>
        <translation>Este servicio necesita un token de la API.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
</context>
<context>
    <name>paydesk::RecordView</name>
    <message>
        <source>Journal state</source>
        <translation>Estado en el diario</translation>
    </message>
    <message>
        <source>Journal message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
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
        <translation>Archivos PDF (*.pdf)</translation>
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
        <translation>El carrito está vacío: escanee un producto o añada un importe.</translation>
    </message>
</context>
<context>
    <name>paydesk::SalePage</name>
    <message>
        <source>Checkout sale</source>
        <translation>Venta Checkout</translation>
    </message>
    <message>
        <source>Offer insurance quote</source>
        <translation>Presupuesto de seguro Offer</translation>
    </message>
    <message>
        <source>Dots payment</source>
        <translation>Pago Dots</translation>
    </message>
    <message>
        <source>Ocho payment</source>
        <translation>Pago Ocho</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Profile "%1" cannot send: %2</source>
        <translation>El perfil «%1» no puede enviar: %2</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>Charge %1</source>
        <translation>Cobrar %1</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>No se envió nada: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Sent: waiting for the answer. Esc stops waiting (the sale must then be checked).</source>
        <translation>Enviado: esperando la respuesta. Esc deja de esperar (luego hay que comprobar la venta).</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Enviando a %1…</translation>
    </message>
    <message>
        <source>Journal entry %1 · Idempotency-Key %2</source>
        <translation>Entrada del diario %1 · Idempotency-Key %2</translation>
    </message>
    <message>
        <source>Print the receipt (Ctrl+P) or save it as PDF (Ctrl+Shift+S); New sale (Ctrl+N) starts the next one.</source>
        <translation>Imprima el recibo (Ctrl+P) o guárdelo como PDF (Ctrl+Mayús+S); Nueva venta (Ctrl+N) empieza la siguiente.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>The journal could not record the sale, so nothing was sent.</source>
        <translation>El diario no pudo registrar la venta, así que no se envió nada.</translation>
    </message>
    <message>
        <source>Call support. The sale can be charged once the journal works.</source>
        <translation>Llame a soporte. La venta se podrá cobrar cuando el diario funcione.</translation>
    </message>
    <message>
        <source>
WARNING: the outcome could not be journaled: %1</source>
        <translation>
ATENCIÓN: el resultado no se pudo anotar en el diario: %1</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>Pagado: %1.</translation>
    </message>
    <message>
        <source>Paid: %1 by %2.</source>
        <translation>Pagado: %1 con %2.</translation>
    </message>
    <message>
        <source>Payment intent %1 created for %2: the customer completes the payment.</source>
        <translation>Intención de pago %1 creada por %2: el cliente completa el pago.</translation>
    </message>
    <message>
        <source>the quote</source>
        <translation>el presupuesto</translation>
    </message>
    <message>
        <source>(The payment service had answered this sale before.)</source>
        <translation>(El servicio de pago ya había respondido a esta venta.)</translation>
    </message>
    <message>
        <source>No money was taken. Ask for another card, then charge again.</source>
        <translation>No se cobró nada. Pida otra tarjeta y vuelva a cobrar.</translation>
    </message>
    <message>
        <source>Nothing reached the payment service. You can charge again.</source>
        <translation>Nada llegó al servicio de pago. Puede volver a cobrar.</translation>
    </message>
    <message>
        <source>Nothing was charged. Correct what the message says, then charge again.</source>
        <translation>No se cobró nada. Corrija lo que indica el mensaje y vuelva a cobrar.</translation>
    </message>
    <message>
        <source>No answer received</source>
        <translation>No se recibió respuesta</translation>
    </message>
    <message>
        <source>Do not charge again yet: the customer may have paid. Press Verify (Ctrl+Shift+V) to ask the payment service what became of this sale; if it cannot tell, check the customer's card or banking app, or the backend's back office, for journal entry %1.</source>
        <translation>No vuelva a cobrar todavía: puede que el cliente haya pagado. Pulse Verificar (Ctrl+Mayús+V) para preguntar al servicio de pago qué pasó con esta venta; si no lo sabe, revise la tarjeta o la app bancaria del cliente, o el panel del servicio, para la entrada del diario %1.</translation>
    </message>
    <message>
        <source>Asking the payment service about journal entry %1…</source>
        <translation>Preguntando al servicio de pago por la entrada del diario %1…</translation>
    </message>
    <message>
        <source>Still unknown: the payment service could not tell.</source>
        <translation>Sigue sin saberse: el servicio de pago no pudo decirlo.</translation>
    </message>
    <message>
        <source>You can verify again, or check as described before charging again.</source>
        <translation>Puede verificar de nuevo, o comprobar como se indicó antes de volver a cobrar.</translation>
    </message>
    <message>
        <source>Verified: the payment intent exists (%1); the customer completes the payment.</source>
        <translation>Verificado: la intención de pago existe (%1); el cliente completa el pago.</translation>
    </message>
    <message>
        <source>Verified: the payment went through, %1.</source>
        <translation>Verificado: el pago se realizó, %1.</translation>
    </message>
    <message>
        <source>Verified: the payment went through, %1 by %2.</source>
        <translation>Verificado: el pago se realizó, %1 con %2.</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Verificado: %1</translation>
    </message>
    <message>
        <source>Nothing was charged. You can charge again.</source>
        <translation>No se cobró nada. Puede volver a cobrar.</translation>
    </message>
    <message>
        <source>Leave this sale unverified?</source>
        <translation>¿Dejar esta venta sin verificar?</translation>
    </message>
    <message>
        <source>The outcome of journal entry %1 is still unknown: the customer may have paid. Support can verify it later from the journal.

Start a new sale anyway?</source>
        <translation>El resultado de la entrada del diario %1 sigue sin saberse: puede que el cliente haya pagado. Soporte puede verificarlo más tarde desde el diario.

¿Empezar una venta nueva de todos modos?</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimir recibo</translation>
    </message>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>Recibo enviado a la impresora.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Guardar recibo como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>Recibo no guardado</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Recibo guardado en %1</translation>
    </message>
</context>
<context>
    <name>paydesk::SettingsDialog</name>
    <message>
        <source>Saved changes are used from the next start of Paydesk.</source>
        <translation>Los cambios guardados se usan a partir del próximo inicio de Paydesk.</translation>
    </message>
    <message>
        <source>A new profile: fill it in, test it, save it.</source>
        <translation>Un perfil nuevo: rellénelo, pruébelo y guárdelo.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <source>Remove the profile "%1" and its credentials?</source>
        <translation>¿Quitar el perfil «%1» y sus credenciales?</translation>
    </message>
    <message>
        <source>Set by your administrator: it cannot be changed here.</source>
        <translation>Lo define su administrador: no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>There is already a profile "%1".</source>
        <translation>Ya existe un perfil «%1».</translation>
    </message>
    <message>
        <source>The profile "%1" is saved.</source>
        <translation>El perfil «%1» está guardado.</translation>
    </message>
    <message>
        <source>The profile "%1" is removed.</source>
        <translation>El perfil «%1» se ha quitado.</translation>
    </message>
    <message>
        <source>Some of these are set by your administrator (system-wide settings) and cannot be changed here.</source>
        <translation>Algunos de estos los define su administrador (configuración del sistema) y no se pueden cambiar aquí.</translation>
    </message>
    <message>
        <source>%1 (set by the administrator)</source>
        <translation>%1 (definido por el administrador)</translation>
    </message>
</context>
<context>
    <name>paydesk::SettingsMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Set &amp;Up a Backend…</source>
        <translation>Configurar un &amp;servicio de pago…</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Configuración guardada</translation>
    </message>
    <message>
        <source>The settings are saved. Restart Paydesk to use them.</source>
        <translation>La configuración está guardada. Reinicie Paydesk para usarla.</translation>
    </message>
</context>
<context>
    <name>paydesk::SetupWizard</name>
    <message>
        <source>Set by your administrator: it cannot be changed here.</source>
        <translation>Lo define su administrador: no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Greyed fields are set by your administrator (system-wide settings).</source>
        <translation>Los campos en gris los define su administrador (configuración del sistema).</translation>
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
        <translation>&amp;Inspeccionar una respuesta</translation>
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
        <translation>El entorno de pruebas de formación no puede escuchar en 127.0.0.1.</translation>
    </message>
</context>
</TS>