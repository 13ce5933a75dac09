<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
        <source>Scan or type a SKU or name, then Enter</source>
        <translation>Código de barras, código o nombre</translation>
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
        <translation>Mensaje del código</translation>
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
        <source>Cart message</source>
        <translation>Mensaje del carrito</translation>
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
        <source>0.00</source>
        <translation>0,00</translation>
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
        <translation>Concepto (opcional)</translation>
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
        <translation>Mensaje del importe libre</translation>
    </message>
    <message>
        <source>F2 edits the quantity or the price; typing searches the catalogue. + and - change the quantity, Delete removes the line.</source>
        <translation>F2 edita la cantidad o el precio; al escribir se busca en el catálogo. + y - cambian la cantidad, Supr quita la línea.</translation>
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
        <translation>—</translation>
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
        <translation>Mensaje al vendedor</translation>
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
        <translation>Mensaje del formulario</translation>
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
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Client message</source>
        <translation>Mensaje del campo cliente</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Referencia del pedido</translation>
    </message>
    <message>
        <source>Reference message</source>
        <translation>Mensaje del campo referencia</translation>
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
        <source>Payment method message</source>
        <translation>Mensaje del campo método de pago</translation>
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
        <translation>Nombre de facturación</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation>Correo de facturación</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Billing phone</source>
        <translation>Teléfono de facturación</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Billing city</source>
        <translation>Ciudad de facturación</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Billing postal code</source>
        <translation>Código postal de facturación</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Billing state</source>
        <translation>Provincia de facturación</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation>País de facturación</translation>
    </message>
    <message>
        <source>Two letters, e.g. MX</source>
        <translation>Dos letras, p. ej. MX</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Cliente de paso</translation>
    </message>
    <message>
        <source>Optional: the customer&apos;s name, at most 100 characters (empty: the profile&apos;s walk-in client)</source>
        <translation>Opcional: el nombre del cliente, como máximo 100 caracteres (vacío: el cliente de paso del perfil)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Optional: the order number, at most 80 characters, what support searches by (empty: the terminal and the time)</source>
        <translation>Opcional: el número de pedido, como máximo 80 caracteres, por el que busca soporte (vacío: el terminal y la hora)</translation>
    </message>
    <message>
        <source>The payment methods of the profile</source>
        <translation>Los métodos de pago del perfil</translation>
    </message>
</context>
<context>
    <name>DevicesForm</name>
    <message>
        <source>&lt;b&gt;Receipt printer&lt;/b&gt; (ESC/POS; Ctrl+P prints on it, Ctrl+Shift+P opens the print dialog)</source>
        <translation>&lt;b&gt;Impresora de recibos&lt;/b&gt; (ESC/POS; Ctrl+P imprime, Ctrl+Mayús+P abre el diálogo)</translation>
    </message>
    <message>
        <source>Printer &amp;address:</source>
        <translation>&amp;Dirección de la impresora:</translation>
    </message>
    <message>
        <source>tcp://192.0.2.10:9100, file:/dev/usb/lp0 or cups:QUEUE (empty: print dialog)</source>
        <translation>tcp://IP:9100, file:/dev/usb/lp0 o cups:COLA (vacío: diálogo)</translation>
    </message>
    <message>
        <source>Paper &amp;width:</source>
        <translation>&amp;Ancho del papel:</translation>
    </message>
    <message>
        <source>&amp;Code page:</source>
        <translation>&amp;Página de códigos:</translation>
    </message>
    <message>
        <source>&amp;Print a test slip</source>
        <translation>Imprimir una &amp;prueba</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer display&lt;/b&gt; (a second window facing the customer: the lines, the total, the outcome)</source>
        <translation>&lt;b&gt;Pantalla del cliente&lt;/b&gt; (una segunda ventana frente al cliente: las líneas, el total, el resultado)</translation>
    </message>
    <message>
        <source>Show the customer &amp;display</source>
        <translation>Mostrar la &amp;pantalla del cliente</translation>
    </message>
    <message>
        <source>&amp;Screen:</source>
        <translation>P&amp;antalla:</translation>
    </message>
</context>
<context>
    <name>DotsSaleForm</name>
    <message>
        <source>Form message</source>
        <translation>Mensaje del formulario</translation>
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
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What the payment is for</source>
        <translation>Concepto del pago</translation>
    </message>
    <message>
        <source>Optional, at most 500 characters; support searches by it</source>
        <translation>Opcional, como máximo 500 caracteres; soporte la usa para buscar</translation>
    </message>
    <message>
        <source>Description message</source>
        <translation>Mensaje del campo descripción</translation>
    </message>
    <message>
        <source>&amp;User id</source>
        <translation>Id de &amp;usuario</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id de usuario</translation>
    </message>
    <message>
        <source>UUID (optional)</source>
        <translation>UUID (opcional)</translation>
    </message>
    <message>
        <source>Optional: the Dots user, a UUID like 3c90c3cc-0d44-4b50-8888-8dd25736052a</source>
        <translation>Opcional: el usuario de Dots, un UUID como 3c90c3cc-0d44-4b50-8888-8dd25736052a</translation>
    </message>
    <message>
        <source>User id message</source>
        <translation>Mensaje del campo id de usuario</translation>
    </message>
    <message>
        <source>C&amp;ustomer id</source>
        <translation>Id de c&amp;liente</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Id de cliente</translation>
    </message>
    <message>
        <source>Optional: the customer (a UUID)</source>
        <translation>Opcional: el cliente (un UUID)</translation>
    </message>
    <message>
        <source>Customer id message</source>
        <translation>Mensaje del campo id de cliente</translation>
    </message>
    <message>
        <source>Payment &amp;method id</source>
        <translation>Id del &amp;método de pago</translation>
    </message>
    <message>
        <source>Payment method id</source>
        <translation>Id del método de pago</translation>
    </message>
    <message>
        <source>Optional: the payment method (a UUID)</source>
        <translation>Opcional: el método de pago (un UUID)</translation>
    </message>
    <message>
        <source>Payment method id message</source>
        <translation>Mensaje del campo id del método de pago</translation>
    </message>
    <message>
        <source>D&amp;estination user id</source>
        <translation>Id de usuario de de&amp;stino</translation>
    </message>
    <message>
        <source>Destination user id</source>
        <translation>Id de usuario de destino</translation>
    </message>
    <message>
        <source>Optional: the user who receives the funds (a UUID)</source>
        <translation>Opcional: el usuario que recibe los fondos (un UUID)</translation>
    </message>
    <message>
        <source>Destination user id message</source>
        <translation>Mensaje del campo id de usuario de destino</translation>
    </message>
    <message>
        <source>Application &amp;fee</source>
        <translation>&amp;Comisión de la plataforma</translation>
    </message>
    <message>
        <source>Application fee</source>
        <translation>Comisión de la plataforma</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Optional: the platform fee in USD, at most the amount</source>
        <translation>Opcional: la comisión de la plataforma en USD, como máximo el importe</translation>
    </message>
    <message>
        <source>Application fee message</source>
        <translation>Mensaje del campo comisión de la plataforma</translation>
    </message>
    <message>
        <source>Future usa&amp;ge</source>
        <translation>Uso &amp;futuro</translation>
    </message>
    <message>
        <source>Future usage</source>
        <translation>Uso futuro</translation>
    </message>
    <message>
        <source>Keep the card for later payments: on_session or off_session</source>
        <translation>Guardar la tarjeta para pagos posteriores: on_session u off_session</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
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
        <translation>Mensaje del campo uso futuro</translation>
    </message>
    <message>
        <source>Confirm at once</source>
        <translation>Confirmar en el acto</translation>
    </message>
    <message>
        <source>Confirm the payment at once (it needs a payment method id)</source>
        <translation>Confirmar el pago en el acto (necesita un id de método de pago)</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <source>Entry detail</source>
        <translation>Detalle de la entrada</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Terminal, operator, profile and key</source>
        <translation>Terminal, operador, perfil y clave</translation>
    </message>
    <message>
        <source>Possible double charge</source>
        <translation>Posible cargo duplicado</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Ask the payment service what became of this sale</source>
        <translation>Preguntar al servicio de pago qué pasó con esta venta</translation>
    </message>
    <message>
        <source>Print the customer receipt again</source>
        <translation>Imprimir de nuevo el recibo del cliente</translation>
    </message>
    <message>
        <source>Save the customer receipt as PDF</source>
        <translation>Guardar el recibo del cliente como PDF</translation>
    </message>
    <message>
        <source>Open the receipt link in the browser</source>
        <translation>Abrir el enlace del recibo en el navegador</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy an id of this entry</source>
        <translation>Copiar un id de esta entrada</translation>
    </message>
    <message>
        <source>Entry views</source>
        <translation>Vistas de la entrada</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Payment record</source>
        <translation>Registro del pago</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Request and answer</source>
        <translation>Petición y respuesta</translation>
    </message>
    <message>
        <source>Request and answer (redacted)</source>
        <translation>Petición y respuesta (datos sensibles ocultos)</translation>
    </message>
    <message>
        <source>Event detail</source>
        <translation>Detalle del evento</translation>
    </message>
    <message>
        <source>Print &amp;again</source>
        <translation>Imprimir &amp;de nuevo</translation>
    </message>
    <message>
        <source>Print the receipts the counter&apos;s printer could not print</source>
        <translation>Imprime los recibos que la impresora de caja no pudo imprimir</translation>
    </message>
    <message>
        <source>Co&amp;nfirm</source>
        <translation>Co&amp;nfirmar</translation>
    </message>
    <message>
        <source>Confirm this created intent: the customer is charged</source>
        <translation>Confirmar esta intención creada: se cobra al cliente</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Reem&amp;bolsar…</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation>Recibo:</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>&amp;Reimprimir…</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>Reimprimir recibo</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Receipt PDF</source>
        <translation>Recibo en PDF</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>Abrir en&amp;lace</translation>
    </message>
    <message>
        <source>Open receipt link</source>
        <translation>Abrir el enlace del recibo</translation>
    </message>
</context>
<context>
    <name>InspectPage</name>
    <message>
        <source>Inspect an answer</source>
        <translation>Inspeccionar una respuesta</translation>
    </message>
    <message>
        <source>Paste a backend&apos;s answer (Ocho, Offer, Dots, Checkout, or a Stripe PaymentIntent or Charge) or open a JSON file: it is read as &lt;tt&gt;paydeskctl inspect&lt;/tt&gt; reads it, shown in the same panels, and nothing is written to the journal.</source>
        <translation>Pegue la respuesta de un servicio de pago (Ocho, Offer, Dots, Checkout, o un PaymentIntent o Charge de Stripe) o abra un archivo JSON: se lee como la lee &lt;tt&gt;paydeskctl inspect&lt;/tt&gt;, se muestra en los mismos paneles y no se escribe nada en el diario.</translation>
    </message>
    <message>
        <source>Answer JSON</source>
        <translation>JSON de la respuesta</translation>
    </message>
    <message>
        <source>Paste the JSON answer here (Ctrl+V), then Show (Ctrl+Enter)</source>
        <translation>Pegue aquí la respuesta JSON (Ctrl+V) y luego Mostrar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Read the pasted answer (Ctrl+Enter)</source>
        <translation>Leer la respuesta pegada (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Abrir archivo…</translation>
    </message>
    <message>
        <source>Read an answer saved as a JSON file (Ctrl+O)</source>
        <translation>Leer una respuesta guardada como archivo JSON (Ctrl+O)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>What the answer is</source>
        <translation>Qué es la respuesta</translation>
    </message>
    <message>
        <source>Payment record (secrets masked)</source>
        <translation>Registro del pago (secretos ocultos)</translation>
    </message>
    <message>
        <source>Payment record</source>
        <translation>Registro del pago</translation>
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
        <translation>—</translation>
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
        <translation>Buscar una venta</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Intent id, charge id, last 4 digits, reference, receipt number or Idempotency-Key</source>
        <translation>Id, últimos 4 dígitos, referencia, n.º de recibo o Idempotency-Key</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Finds an exact intent id, charge id, card last 4, reference, receipt number or Idempotency-Key (Ctrl+F)</source>
        <translation>Busca exactamente un id de intención, id de cargo, últimos 4 dígitos de la tarjeta, referencia, número de recibo o Idempotency-Key (Ctrl+F)</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Servicio de pago:</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Servicio de pago</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>An ISO code (mxn, usd…), or empty for any</source>
        <translation>Un código ISO (mxn, usd…), o vacío para cualquiera</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Filter from a day</source>
        <translation>Filtrar desde un día</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Filter up to a day</source>
        <translation>Filtrar hasta un día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Importe mínimo</translation>
    </message>
    <message>
        <source>In the currency chosen (2 decimals when none is), e.g. 12.50</source>
        <translation>En la moneda elegida (2 decimales si no se elige ninguna), p. ej. 12,50</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Importe máximo</translation>
    </message>
    <message>
        <source>In the currency chosen (2 decimals when none is), e.g. 99.00</source>
        <translation>En la moneda elegida (2 decimales si no se elige ninguna), p. ej. 99,00</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Limpiar filtros</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Save every entry of the current filter as CSV (Ctrl+E)</source>
        <translation>Guardar como CSV todas las entradas del filtro actual (Ctrl+E)</translation>
    </message>
    <message>
        <source>Entries found</source>
        <translation>Entradas encontradas</translation>
    </message>
    <message>
        <source>Journal problem</source>
        <translation>Problema del diario</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
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
        <translation>Cabecera</translation>
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
        <translation>Páginas</translation>
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
        <translation>Ctrl+Return</translation>
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
        <translation>Esc</translation>
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
        <translation>Ctrl+Shift+V</translation>
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
        <translation>Ctrl+N</translation>
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
        <translation>F2</translation>
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
        <translation>F3</translation>
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
        <translation>F4</translation>
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
        <translation>Ctrl+Q</translation>
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
        <translation>Ctrl+P</translation>
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
        <translation>Ctrl+Shift+S</translation>
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
        <translation>Ctrl+O</translation>
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
        <translation>F1</translation>
    </message>
    <message>
        <source>Every keyboard shortcut (F1)</source>
        <translation>Todos los atajos de teclado (F1)</translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation>A&amp;cerca de Paydesk</translation>
    </message>
    <message>
        <source>Print with &amp;dialog…</source>
        <translation>Imprimir con &amp;diálogo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Print the customer receipt through the print dialog: A4, PDF or any printer (Ctrl+Shift+P)</source>
        <translation>Imprime el recibo del cliente con el diálogo de impresión: A4, PDF o cualquier impresora (Ctrl+Mayús+P)</translation>
    </message>
</context>
<context>
    <name>OchoSaleForm</name>
    <message>
        <source>Form message</source>
        <translation>Mensaje del formulario</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Carrito</translation>
    </message>
    <message>
        <source>Ocho customer</source>
        <translation>Cliente de Ocho</translation>
    </message>
    <message>
        <source>Customer &amp;DID *</source>
        <translation>&amp;DID del cliente *</translation>
    </message>
    <message>
        <source>Customer DID</source>
        <translation>DID del cliente</translation>
    </message>
    <message>
        <source>did:plc:abc123</source>
        <translation>did:plc:abc123</translation>
    </message>
    <message>
        <source>Required: the customer&apos;s DID, did:method:id</source>
        <translation>Obligatorio: el DID del cliente, did:method:id</translation>
    </message>
    <message>
        <source>Customer DID message</source>
        <translation>Mensaje del campo DID del cliente</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Id de transacción</translation>
    </message>
    <message>
        <source>Transaction id message</source>
        <translation>Mensaje del campo id de transacción</translation>
    </message>
    <message>
        <source>&amp;Transaction id</source>
        <translation>Id de &amp;transacción</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Optional: links the payment to the customer or order (empty: the terminal and the time)</source>
        <translation>Opcional: vincula el pago al cliente o al pedido (vacío: el terminal y la hora)</translation>
    </message>
</context>
<context>
    <name>OfferSaleForm</name>
    <message>
        <source>Form message</source>
        <translation>Mensaje del formulario</translation>
    </message>
    <message>
        <source>Insurance quote</source>
        <translation>Presupuesto de seguro</translation>
    </message>
    <message>
        <source>&amp;Quote OID *</source>
        <translation>OID del &amp;presupuesto *</translation>
    </message>
    <message>
        <source>Quote OID</source>
        <translation>OID del presupuesto</translation>
    </message>
    <message>
        <source>e.g. 10311080</source>
        <translation>p. ej. 10311080</translation>
    </message>
    <message>
        <source>Required: the quote number (letters, digits, - and _)</source>
        <translation>Obligatorio: el número de presupuesto (letras, cifras, - y _)</translation>
    </message>
    <message>
        <source>Quote OID message</source>
        <translation>Mensaje del campo OID del presupuesto</translation>
    </message>
    <message>
        <source>Products *</source>
        <translation>Productos *</translation>
    </message>
    <message>
        <source>Products of the quote</source>
        <translation>Productos del presupuesto</translation>
    </message>
    <message>
        <source>Products message</source>
        <translation>Mensaje del campo productos</translation>
    </message>
    <message>
        <source>Offer prices the quote: the amount is shown when you charge.</source>
        <translation>Offer pone el precio del presupuesto: el importe se muestra al cobrar.</translation>
    </message>
    <message>
        <source>Price note</source>
        <translation>Nota sobre el precio</translation>
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
        <translation>https://pay.example.com</translation>
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
        <source>Trusted C&amp;A file:</source>
        <translation>Archivo de C&amp;A de confianza:</translation>
    </message>
    <message>
        <source>only for a private certificate authority</source>
        <translation>solo para una CA privada</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
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
        <translation>—</translation>
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
        <translation>Leyenda del código QR</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>End of day</source>
        <translation>Cierre del día</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>◀ Pre&amp;vious day</source>
        <translation>◀ Día &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Next day ▶</source>
        <translation>Día &amp;siguiente ▶</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the end-of-day report (Ctrl+P)</source>
        <translation>Imprimir el informe de cierre del día (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the end-of-day report as PDF (Ctrl+Shift+S)</source>
        <translation>Guardar el informe de cierre del día como PDF (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Takings by currency</source>
        <translation>Recaudación por moneda</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Takings by backend</source>
        <translation>Recaudación por servicio de pago</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Servicio de pago</translation>
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
        <translation>Título de la venta</translation>
    </message>
    <message>
        <source>Profile problem</source>
        <translation>Problema del perfil</translation>
    </message>
    <message>
        <source>Sale form</source>
        <translation>Formulario de venta</translation>
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
        <source>Details for support</source>
        <translation>Detalles para soporte</translation>
    </message>
    <message>
        <source>Result of the sale</source>
        <translation>Resultado de la venta</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Imprimir de nuevo</translation>
    </message>
    <message>
        <source>Print the receipts the counter&apos;s printer could not print</source>
        <translation>Imprime los recibos que la impresora de caja no pudo imprimir</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Impresora de recibos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total caption</source>
        <translation>Rótulo del total</translation>
    </message>
    <message>
        <source>Total to charge</source>
        <translation>Total a cobrar</translation>
    </message>
    <message>
        <source>Why nothing was sent</source>
        <translation>Por qué no se envió nada</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show the payment intent, the charge and the receipt as the service sent them (Ctrl+D)</source>
        <translation>Mostrar la intención de pago, el cargo y el recibo tal como los envió el servicio (Ctrl+D)</translation>
    </message>
    <message>
        <source>Details of the sale</source>
        <translation>Detalles de la venta</translation>
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
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Dispositivos</translation>
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
        <source>Which backend takes this counter&apos;s payments, where it is, and the credentials it gave you.</source>
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
    <message>
        <source>The merchant printed on the customer&apos;s receipt, the name of this counter in the journal, and its receipt printer and customer display (both optional).</source>
        <translation>El comercio impreso en el recibo del cliente, el nombre de esta caja en el diario, y su impresora de recibos y pantalla del cliente (ambas opcionales).</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Support pages</source>
        <translation>Páginas de soporte</translation>
    </message>
</context>
<context>
    <name>paydesk</name>
    <message>
        <source>There is no profile &quot;%1&quot; in %2.</source>
        <translation>No existe el perfil «%1» en %2.</translation>
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
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
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
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>«%1» no es un código de moneda ISO 4217.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>The amount is too large: at most %1 %2.</source>
        <translation>El importe es demasiado grande: como máximo %1 %2.</translation>
    </message>
    <message>
        <source>%1 amounts must end in 0 in the third decimal (for example 1.230).</source>
        <translation>Los importes en %1 deben terminar en 0 en el tercer decimal (por ejemplo 1,230).</translation>
    </message>
    <message>
        <source>%1 amounts must be whole units, without decimals.</source>
        <translation>Los importes en %1 deben ser unidades enteras, sin decimales.</translation>
    </message>
    <message>
        <source>Choose a currency.</source>
        <translation>Elija una moneda.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Escriba un importe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use digits and one decimal point, like 12.34.</source>
        <translation>«%1» no es un importe: use cifras y un solo separador decimal, como 12,34.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write it like %2 or %3.</source>
        <translation>«%1» no es un importe: escríbalo como %2 o %3.</translation>
    </message>
    <message>
        <source>%1 has no decimals: enter a whole amount.</source>
        <translation>%1 no tiene decimales: escriba un importe entero.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 decimals.</source>
        <translation>%1 admite como máximo %2 decimales.</translation>
    </message>
    <message>
        <source>The amount is not a number.</source>
        <translation>El importe no es un número.</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot;: %2 Expected SKU:NAME:QTY:UNIT_PRICE, e.g. COF-1:Coffee:2:3.50.</source>
        <translation>Artículo «%1»: %2 Se espera SKU:NAME:QTY:UNIT_PRICE, p. ej. COF-1:Coffee:2:3.50.</translation>
    </message>
    <message>
        <source>it needs four parts.</source>
        <translation>necesita cuatro partes.</translation>
    </message>
    <message>
        <source>the SKU is empty.</source>
        <translation>el código está vacío.</translation>
    </message>
    <message>
        <source>the quantity &quot;%1&quot; is not a whole number.</source>
        <translation>la cantidad «%1» no es un número entero.</translation>
    </message>
    <message>
        <source>The %1 answer breaks the contract: %2</source>
        <translation>La respuesta de %1 no cumple el contrato: %2</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code known to Paydesk.</source>
        <translation>%1 no es un código de moneda ISO 4217 que Paydesk conozca.</translation>
    </message>
    <message>
        <source>Charge %1 has the unrecognised status &quot;%2&quot;.</source>
        <translation>El cargo %1 tiene un estado no reconocido: «%2».</translation>
    </message>
    <message>
        <source>The intent has the unrecognised status &quot;%1&quot;; it is shown as it is.</source>
        <translation>La intención tiene un estado no reconocido, «%1»; se muestra tal cual.</translation>
    </message>
    <message>
        <source>%1 is not an amount in %2 (%3).</source>
        <translation>%1 no es un importe en %2 (%3).</translation>
    </message>
    <message>
        <source>AMOUNT MISMATCH: data.amount is %1 %2 but %3 minor units were charged (%4). Check the sale before handing over goods.</source>
        <translation>IMPORTES DISTINTOS: data.amount es %1 %2 pero se cobraron %3 unidades menores (%4). Compruebe la venta antes de entregar la mercancía.</translation>
    </message>
    <message>
        <source>paymentIntent &quot;%1&quot; is not a Stripe PaymentIntent id (pi_…).</source>
        <translation>paymentIntent «%1» no es un id de PaymentIntent de Stripe (pi_…).</translation>
    </message>
    <message>
        <source>publishableKey does not start with pk_test_ or pk_live_: the mode is unknown.</source>
        <translation>publishableKey no empieza por pk_test_ ni por pk_live_: el modo es desconocido.</translation>
    </message>
    <message>
        <source>status is missing.</source>
        <translation>falta status.</translation>
    </message>
    <message>
        <source>status must be &quot;1&quot; or 1, or a failure code.</source>
        <translation>status debe ser &quot;1&quot; o 1, o un código de error.</translation>
    </message>
    <message>
        <source>(request %1)</source>
        <translation>(petición %1)</translation>
    </message>
    <message>
        <source>The Dots answer has no status.</source>
        <translation>La respuesta de Dots no tiene estado.</translation>
    </message>
    <message>
        <source>The Dots intent id &quot;%1&quot; is not a UUID.</source>
        <translation>El id de intención de Dots «%1» no es un UUID.</translation>
    </message>
    <message>
        <source>transaction_status &quot;%1&quot; differs from the intent&apos;s status &quot;%2&quot;.</source>
        <translation>transaction_status «%1» no coincide con el estado de la intención, «%2».</translation>
    </message>
    <message>
        <source>The answer is not JSON: %1 at byte %2.</source>
        <translation>La respuesta no es JSON: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>The answer is JSON but not an object, so it is not a payment answer of any known backend.</source>
        <translation>La respuesta es JSON pero no un objeto, así que no es una respuesta de pago de ningún servicio conocido.</translation>
    </message>
    <message>
        <source>The JSON is not an answer of a known backend (%1) nor a Stripe PaymentIntent or Charge.</source>
        <translation>El JSON no es una respuesta de un servicio conocido (%1) ni un PaymentIntent o Charge de Stripe.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid http(s) URL.</source>
        <translation>La URL base «%1» no es una URL http(s) válida.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (not %1://).</source>
        <translation>La URL base debe empezar por https:// (no por %1://).</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (127.0.0.1, localhost); use https:// for %1.</source>
        <translation>http:// sin cifrar solo se permite hacia este equipo (127.0.0.1, localhost); use https:// para %1.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: kind must be ocho, offer, dots or checkout (not &quot;%2&quot;).</source>
        <translation>Perfil «%1»: kind debe ser ocho, offer, dots o checkout (no «%2»).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: offer_token_placement must be body or header.</source>
        <translation>Perfil «%1»: offer_token_placement debe ser body o header.</translation>
    </message>
    <message>
        <source>%1 must be a UUID like 3c90c3cc-0d44-4b50-8888-8dd25736052a.</source>
        <translation>%1 debe ser un UUID como 3c90c3cc-0d44-4b50-8888-8dd25736052a.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Escriba %1.</translation>
    </message>
    <message>
        <source>The %1 is too long: at most %2 characters.</source>
        <translation>Demasiados caracteres en %1: como máximo %2.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s DID (did:method:id).</source>
        <translation>Escriba el DID del cliente (did:method:id).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DID: it looks like did:plc:abc123 (a lower-case method and an id).</source>
        <translation>«%1» no es un DID: tiene la forma did:plc:abc123 (un método en minúsculas y un id).</translation>
    </message>
    <message>
        <source>Enter the id that links the payment to the customer or order.</source>
        <translation>Escriba el id que vincula el pago con el cliente o el pedido.</translation>
    </message>
    <message>
        <source>Enter the quote number (offer OID).</source>
        <translation>Escriba el número de presupuesto (OID de Offer).</translation>
    </message>
    <message>
        <source>The quote number &quot;%1&quot; can only hold letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>El número de presupuesto «%1» solo puede contener letras, cifras, «-» y «_».</translation>
    </message>
    <message>
        <source>Choose at least one product of the quote.</source>
        <translation>Elija al menos un producto del presupuesto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product of this profile (%2).</source>
        <translation>«%1» no es un producto de este perfil (%2).</translation>
    </message>
    <message>
        <source>Dots accepts only USD, not &quot;%1&quot;.</source>
        <translation>Dots solo acepta USD, no «%1».</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The user id</source>
        <translation>El id de usuario</translation>
    </message>
    <message>
        <source>The customer id</source>
        <translation>El id de cliente</translation>
    </message>
    <message>
        <source>The payment method id</source>
        <translation>El id del método de pago</translation>
    </message>
    <message>
        <source>The destination user id</source>
        <translation>El id de usuario de destino</translation>
    </message>
    <message>
        <source>The description is too long: at most 500 characters.</source>
        <translation>La descripción es demasiado larga: como máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>The application fee cannot be more than the amount.</source>
        <translation>La comisión de la plataforma no puede superar el importe.</translation>
    </message>
    <message>
        <source>Future usage must be on_session or off_session.</source>
        <translation>El uso futuro debe ser on_session u off_session.</translation>
    </message>
    <message>
        <source>Every metadata entry needs a key.</source>
        <translation>Cada entrada de metadatos necesita una clave.</translation>
    </message>
    <message>
        <source>client name</source>
        <translation>el nombre del cliente</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>la referencia</translation>
    </message>
    <message>
        <source>The payment method is too long: at most 50 characters.</source>
        <translation>El método de pago es demasiado largo: como máximo 50 caracteres.</translation>
    </message>
    <message>
        <source>The total must be more than zero.</source>
        <translation>El total debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>within a minute</source>
        <translation>en menos de un minuto</translation>
    </message>
    <message>
        <source>%1 min earlier</source>
        <translation>%1 min antes</translation>
    </message>
    <message>
        <source>%1 min later</source>
        <translation>%1 min después</translation>
    </message>
    <message>
        <source>entry %1 (same amount and reference, %2)</source>
        <translation>entrada %1 (mismo importe y referencia, %2)</translation>
    </message>
    <message>
        <source>entry %1 (same amount and card, %2)</source>
        <translation>entrada %1 (mismo importe y tarjeta, %2)</translation>
    </message>
    <message>
        <source>Possible double charge: %1</source>
        <translation>Posible cargo duplicado: %1</translation>
    </message>
    <message>
        <source>AMOUNT OUT OF RANGE: the succeeded charges add up past what a 64-bit amount holds. Check the sale before handing over goods.</source>
        <translation>IMPORTE FUERA DE RANGO: los cargos exitosos suman más de lo que cabe en un importe de 64 bits. Revise la venta antes de entregar la mercancía.</translation>
    </message>
    <message>
        <source>AMOUNT OUT OF RANGE: %1 is %2 minor units, outside 0 to %3. Check the sale before handing over goods.</source>
        <translation>IMPORTE FUERA DE RANGO: %1 es de %2 unidades menores, fuera de 0 a %3. Revise la venta antes de entregar la mercancía.</translation>
    </message>
    <message>
        <source>the intent&apos;s amount</source>
        <translation>el importe de la intención</translation>
    </message>
    <message>
        <source>charge %1&apos;s amount</source>
        <translation>el importe del cargo %1</translation>
    </message>
    <message>
        <source>charge %1&apos;s captured amount</source>
        <translation>el importe capturado del cargo %1</translation>
    </message>
    <message>
        <source>charge %1&apos;s refunded amount</source>
        <translation>el importe reembolsado del cargo %1</translation>
    </message>
    <message>
        <source>The base URL must not hold credentials (user:password@%1): they would travel in every request and show in logs. Give the token, client id and API key as the profile&apos;s credentials (or PAYDESK_TOKEN, PAYDESK_CLIENT_ID, PAYDESK_API_KEY) instead.</source>
        <translation>La URL base no debe llevar credenciales (user:password@%1): viajarían en cada petición y aparecerían en los registros. Indique el token, el client id y la API key como credenciales del perfil (o PAYDESK_TOKEN, PAYDESK_CLIENT_ID, PAYDESK_API_KEY).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: base_url: %2</source>
        <translation>Perfil «%1»: base_url: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: timeout_ms must be between %2 (1 s) and %3 (10 min), not %4.</source>
        <translation>Perfil «%1»: timeout_ms debe estar entre %2 (1 s) y %3 (10 min), no %4.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: ca_file: the file %2 does not exist.</source>
        <translation>Perfil «%1»: ca_file: el archivo %2 no existe.</translation>
    </message>
    <message>
        <source>The journal URL %1: &quot;%2&quot; is not an option Paydesk passes to PostgreSQL (it takes %3).</source>
        <translation>La URL del diario %1: «%2» no es una opción que Paydesk pase a PostgreSQL (acepta %3).</translation>
    </message>
    <message>
        <source>The journal URL %1: the value of %2 may not contain &apos;;&apos;.</source>
        <translation>La URL del diario %1: el valor de %2 no puede contener «;».</translation>
    </message>
    <message>
        <source>The journal URL %1: sslmode must be one of %2 (not &quot;%3&quot;).</source>
        <translation>La URL del diario %1: sslmode debe ser uno de %2 (no «%3»).</translation>
    </message>
    <message>
        <source>a printer is tcp://HOST:9100, file:/dev/usb/lp0 or cups:QUEUE</source>
        <translation>una impresora es tcp://HOST:9100, file:/dev/usb/lp0 o cups:QUEUE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CUPS queue name (%2).</source>
        <translation>«%1» no es un nombre de cola de CUPS (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a device by its absolute path (%2).</source>
        <translation>«%1» no indica un dispositivo por su ruta absoluta (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network printer&apos;s address (%2).</source>
        <translation>«%1» no es la dirección de una impresora de red (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no usable port (%2).</source>
        <translation>«%1» no tiene un puerto utilizable (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a printer address: %2.</source>
        <translation>«%1» no es una dirección de impresora: %2.</translation>
    </message>
    <message>
        <source>No receipt printer is configured ([printer] url).</source>
        <translation>No hay ninguna impresora de recibos configurada ([printer] url).</translation>
    </message>
    <message>
        <source>[printer] width_mm must be 58 or 80, not &quot;%1&quot;.</source>
        <translation>[printer] width_mm debe ser 58 u 80, no «%1».</translation>
    </message>
    <message>
        <source>[printer] codepage must be one of %1, not &quot;%2&quot;.</source>
        <translation>[printer] codepage debe ser uno de %1, no «%2».</translation>
    </message>
    <message>
        <source>[printer] timeout_ms must be from 100 to 300000, not &quot;%1&quot;.</source>
        <translation>[printer] timeout_ms debe estar entre 100 y 300000, no «%1».</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>sin papel</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>tapa abierta</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>fuera de línea</translation>
    </message>
    <message>
        <source>printer error</source>
        <translation>error de la impresora</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <source>status not asked</source>
        <translation>estado no consultado</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débito</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Prepago</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Retenido para revisión</translation>
    </message>
    <message>
        <source>Declined by the bank</source>
        <translation>Rechazado por el banco</translation>
    </message>
    <message>
        <source>Blocked as risky</source>
        <translation>Bloqueado por riesgo</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>Approved by the card network</source>
        <translation>Aprobado por la red de tarjetas</translation>
    </message>
    <message>
        <source>Declined by the card network</source>
        <translation>Rechazado por la red de tarjetas</translation>
    </message>
    <message>
        <source>Not sent to the card network</source>
        <translation>No enviado a la red de tarjetas</translation>
    </message>
    <message>
        <source>Reversed after approval</source>
        <translation>Revertido tras la aprobación</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Elevado</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Not enough funds</source>
        <translation>Fondos insuficientes</translation>
    </message>
    <message>
        <source>Card expired</source>
        <translation>Tarjeta vencida</translation>
    </message>
    <message>
        <source>Wrong security code</source>
        <translation>Código de seguridad incorrecto</translation>
    </message>
    <message>
        <source>Wrong card number</source>
        <translation>Número de tarjeta incorrecto</translation>
    </message>
    <message>
        <source>Processing error at the bank</source>
        <translation>Error de procesamiento en el banco</translation>
    </message>
    <message>
        <source>Card reported lost or stolen</source>
        <translation>Tarjeta denunciada como perdida o robada</translation>
    </message>
    <message>
        <source>Payment complete.</source>
        <translation>Pago completado.</translation>
    </message>
    <message>
        <source>The bank did not return any further details with this decline.</source>
        <translation>El banco no dio más detalles sobre este rechazo.</translation>
    </message>
    <message>
        <source>The card was declined.</source>
        <translation>La tarjeta fue rechazada.</translation>
    </message>
    <message>
        <source>There are not enough funds on the card.</source>
        <translation>La tarjeta no tiene fondos suficientes.</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>La tarjeta está vencida.</translation>
    </message>
    <message>
        <source>The security code (CVC) was wrong.</source>
        <translation>El código de seguridad (CVC) era incorrecto.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2 must be a UUID like 3c90c3cc-0d44-4b50-8888-8dd25736052a, not &quot;%3&quot;.</source>
        <translation>Perfil «%1»: %2 debe ser un UUID como 3c90c3cc-0d44-4b50-8888-8dd25736052a, no «%3».</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: ocho_iss must be a DID like did:plc:abc123, not &quot;%2&quot;.</source>
        <translation>Perfil «%1»: ocho_iss debe ser un DID como did:plc:abc123, no «%2».</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: walk_in_client is too long: at most 100 characters.</source>
        <translation>Perfil «%1»: walk_in_client es demasiado largo: como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: payment_methods: &quot;%2&quot; is too long: at most 50 characters.</source>
        <translation>Perfil «%1»: payment_methods: «%2» es demasiado largo: como máximo 50 caracteres.</translation>
    </message>
    <message>
        <source>Paid with %1</source>
        <translation>Pagado con %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: dots_settle_ms must be between %2 (5 s) and %3 (10 min), not %4.</source>
        <translation>Perfil «%1»: dots_settle_ms debe estar entre %2 (5 s) y %3 (10 min), no %4.</translation>
    </message>
    <message>
        <source>key %1 belongs to journal entry %2 (%3), a different sale: one key names one sale, give this sale a new key.</source>
        <translation>la clave %1 pertenece a la entrada del diario %2 (%3), otra venta: una clave nombra una sola venta; dé a esta venta una clave nueva.</translation>
    </message>
    <message>
        <source>journal entry %1 (key %2) is pending: another attempt may be sending it now.</source>
        <translation>la entrada del diario %1 (clave %2) está pendiente: puede que otro intento la esté enviando ahora.</translation>
    </message>
    <message>
        <source>journal entry %1 (key %2) is unknown and this backend does not promise to replay a repeated key: verify it first with &apos;paydeskctl journal verify %1&apos;.</source>
        <translation>la entrada del diario %1 (clave %2) está en estado desconocido y este backend no garantiza repetir la respuesta a una clave repetida: verifíquela primero con &apos;paydeskctl journal verify %1&apos;.</translation>
    </message>
    <message>
        <source>journal entry %1 (key %2) was sent with profile &quot;%3&quot; to %4; a re-send goes only there, not with profile &quot;%5&quot; to %6.</source>
        <translation>la entrada del diario %1 (clave %2) se envió con el perfil «%3» a %4; un reenvío solo va allí, no con el perfil «%5» a %6.</translation>
    </message>
    <message>
        <source>%1 (locked):</source>
        <translation>%1 (bloqueado):</translation>
    </message>
    <message>
        <source>Set by your administrator in %1: it cannot be changed here.</source>
        <translation>Lo fija su administrador en %1: no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>the system-wide settings</source>
        <translation>la configuración del sistema</translation>
    </message>
</context>
<context>
    <name>paydesk::BackendError</name>
    <message>
        <source>The payment may have gone through: check before trying again.</source>
        <translation>Puede que el pago se haya realizado: compruébelo antes de reintentar.</translation>
    </message>
    <message>
        <source>Some details of the sale are not valid.</source>
        <translation>Algunos datos de la venta no son válidos.</translation>
    </message>
    <message>
        <source>Paydesk is not set up correctly for this backend; nothing was sent. Call support.</source>
        <translation>Paydesk no está bien configurado para este servicio de pago; no se envió nada. Llame a soporte.</translation>
    </message>
    <message>
        <source>The payment service could not be reached; nothing was sent. You can try again.</source>
        <translation>No se pudo contactar con el servicio de pago; no se envió nada. Puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>The payment service&apos;s identity could not be verified; nothing was sent. Call support.</source>
        <translation>No se pudo verificar la identidad del servicio de pago; no se envió nada. Llame a soporte.</translation>
    </message>
    <message>
        <source>The payment service did not answer in time.</source>
        <translation>El servicio de pago no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The connection broke while waiting for the answer.</source>
        <translation>La conexión se cortó mientras se esperaba la respuesta.</translation>
    </message>
    <message>
        <source>The payment service had a problem (HTTP %1).</source>
        <translation>El servicio de pago tuvo un problema (HTTP %1).</translation>
    </message>
    <message>
        <source>The payment service&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta del servicio de pago.</translation>
    </message>
    <message>
        <source>The payment service sent us elsewhere; Paydesk did not follow.</source>
        <translation>El servicio de pago nos redirigió a otro sitio; Paydesk no lo siguió.</translation>
    </message>
    <message>
        <source>Canceled before anything was sent.</source>
        <translation>Cancelado antes de enviar nada.</translation>
    </message>
    <message>
        <source>Canceled while waiting.</source>
        <translation>Cancelado durante la espera.</translation>
    </message>
    <message>
        <source>The card was declined.</source>
        <translation>La tarjeta fue rechazada.</translation>
    </message>
    <message>
        <source>The card was declined: %1</source>
        <translation>La tarjeta fue rechazada: %1</translation>
    </message>
    <message>
        <source>The payment service refused the sale.</source>
        <translation>El servicio de pago rechazó la venta.</translation>
    </message>
    <message>
        <source>The payment service refused the sale: %1</source>
        <translation>El servicio de pago rechazó la venta: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::BackendProfile</name>
    <message>
        <source>Core cover</source>
        <translation>Cobertura básica</translation>
    </message>
    <message>
        <source>Legal protection</source>
        <translation>Protección jurídica</translation>
    </message>
    <message>
        <source>Personal possessions</source>
        <translation>Objetos personales</translation>
    </message>
    <message>
        <source>Home emergency</source>
        <translation>Urgencias del hogar</translation>
    </message>
    <message>
        <source>Accidental damage</source>
        <translation>Daños accidentales</translation>
    </message>
</context>
<context>
    <name>paydesk::Cart</name>
    <message>
        <source>Every item needs a SKU.</source>
        <translation>Cada artículo necesita un código.</translation>
    </message>
    <message>
        <source>The quantity of %1 must be at least 1.</source>
        <translation>La cantidad de %1 debe ser al menos 1.</translation>
    </message>
    <message>
        <source>The price of %1 cannot be negative.</source>
        <translation>El precio de %1 no puede ser negativo.</translation>
    </message>
    <message>
        <source>The line for %1 is larger than any payment can be.</source>
        <translation>La línea de %1 supera el máximo de un pago.</translation>
    </message>
    <message>
        <source>The cart is empty: add at least one item.</source>
        <translation>El carrito está vacío: añada al menos un artículo.</translation>
    </message>
    <message>
        <source>The total is too large: at most %1 %2 in one payment.</source>
        <translation>El total es demasiado grande: como máximo %1 %2 en un pago.</translation>
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
    <message>
        <source>A free amount, not a product</source>
        <translation>Un importe libre, no un producto</translation>
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
        <source>No product with SKU &quot;%1&quot; in the %2 catalogue. Check the code, or add the price as a free amount.</source>
        <translation>No hay ningún producto con el código «%1» en el catálogo %2. Revise el código o añada el precio como importe libre.</translation>
    </message>
    <message>
        <source>Enter an amount more than zero.</source>
        <translation>Escriba un importe mayor que cero.</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Uno menos</translation>
    </message>
    <message>
        <source>One less of the selected line (−)</source>
        <translation>Uno menos en la línea seleccionada (−)</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Uno más</translation>
    </message>
    <message>
        <source>One more of the selected line (+)</source>
        <translation>Uno más en la línea seleccionada (+)</translation>
    </message>
</context>
<context>
    <name>paydesk::Catalogue</name>
    <message>
        <source>The catalogue is not JSON: %1.</source>
        <translation>El catálogo no es JSON: %1.</translation>
    </message>
    <message>
        <source>The catalogue must be a JSON array of products.</source>
        <translation>El catálogo debe ser un array JSON de productos.</translation>
    </message>
    <message>
        <source>needs a sku and a name</source>
        <translation>necesita un sku y un nombre</translation>
    </message>
    <message>
        <source>unit_price must be a whole number of minor units</source>
        <translation>unit_price debe ser un número entero de unidades menores</translation>
    </message>
    <message>
        <source>repeats SKU %1 in %2</source>
        <translation>repite el SKU %1 en %2</translation>
    </message>
    <message>
        <source>Catalogue entry %1 skipped: %2.</source>
        <translation>Entrada %1 del catálogo omitida: %2.</translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be read: %2.</source>
        <translation>No se puede leer el catálogo %1: %2.</translation>
    </message>
    <message>
        <source>Catalogue entry %1: key must be a number from 1 to %2; its quick key gets the next one free.</source>
        <translation>Entrada %1 del catálogo: key debe ser un número del 1 al %2; su tecla rápida recibe la siguiente libre.</translation>
    </message>
    <message>
        <source>Catalogue entry %1: key %2 is already %3&apos;s; its quick key gets the next one free.</source>
        <translation>Entrada %1 del catálogo: la tecla %2 ya es de %3; su tecla rápida recibe la siguiente libre.</translation>
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
    <message>
        <source>No charge yet.</source>
        <translation>Aún no hay cargo.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
</context>
<context>
    <name>paydesk::CheckoutSaleForm</name>
    <message>
        <source>Walk-in</source>
        <translation>Cliente de paso</translation>
    </message>
    <message>
        <source>Optional, e.g. card</source>
        <translation>Opcional, p. ej. tarjeta</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Método de pago</translation>
    </message>
    <message>
        <source>Optional: choose or type a payment method, at most 50 characters</source>
        <translation>Opcional: elija o escriba un método de pago, como máximo 50 caracteres</translation>
    </message>
    <message>
        <source>The payment methods of the profile</source>
        <translation>Los métodos de pago del perfil</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Vale</translation>
    </message>
</context>
<context>
    <name>paydesk::ConfirmJob</name>
    <message>
        <source>%1 has no confirm endpoint.</source>
        <translation>%1 no tiene un endpoint de confirmación.</translation>
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
        <source>Connected: the backend answered at this address. The credentials were not checked: this backend reads them only inside a sale.</source>
        <translation>Conectado: el servicio respondió en esta dirección. Las credenciales no se comprobaron: este servicio solo las lee dentro de una venta.</translation>
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
        <source>The backend&apos;s certificate is not trusted: add its CA file to the profile.</source>
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
    <message>
        <source>Not asked: the profile cannot be used.</source>
        <translation>No se preguntó: el perfil no se puede usar.</translation>
    </message>
    <message>
        <source>The backend cannot be reached.</source>
        <translation>No se puede llegar al servicio.</translation>
    </message>
    <message>
        <source>Check the base URL and that this computer can reach it (network, firewall, proxy).</source>
        <translation>Revise la URL base y que este ordenador pueda llegar a ella (red, cortafuegos, proxy).</translation>
    </message>
    <message>
        <source>Something answered, but not this backend at this address.</source>
        <translation>Algo respondió, pero no este servicio en esta dirección.</translation>
    </message>
    <message>
        <source>Check the base URL (and the path) given with the credentials.</source>
        <translation>Revise la URL base (y la ruta) que le dieron con las credenciales.</translation>
    </message>
    <message>
        <source>The backend was reached but gave no usable answer.</source>
        <translation>Se llegó al servicio, pero no dio una respuesta utilizable.</translation>
    </message>
    <message>
        <source>Try again in a moment; if it stays so, ask the backend&apos;s support.</source>
        <translation>Pruebe de nuevo en un momento; si sigue así, consulte al soporte del servicio.</translation>
    </message>
    <message>
        <source>The backend answered at this address.</source>
        <translation>El servicio respondió en esta dirección.</translation>
    </message>
    <message>
        <source>No certificate to check (http:// on this computer).</source>
        <translation>No hay certificado que comprobar (http:// en este ordenador).</translation>
    </message>
    <message>
        <source>Certificate not checked: nothing was reached.</source>
        <translation>Certificado no comprobado: no se llegó a nada.</translation>
    </message>
    <message>
        <source>The backend&apos;s certificate is trusted.</source>
        <translation>El certificado del servicio es de confianza.</translation>
    </message>
    <message>
        <source>The backend&apos;s certificate is not trusted.</source>
        <translation>El certificado del servicio no es de confianza.</translation>
    </message>
    <message>
        <source>Add the CA file of the certificate authority that signed it (Trusted CA file), or ask the backend which one it uses.</source>
        <translation>Añada el archivo de la autoridad de certificación que lo firmó (Archivo de CA de confianza) o pregunte al servicio cuál usa.</translation>
    </message>
    <message>
        <source>No credentials are needed.</source>
        <translation>No se necesitan credenciales.</translation>
    </message>
    <message>
        <source>The backend refused the credentials.</source>
        <translation>El servicio rechazó las credenciales.</translation>
    </message>
    <message>
        <source>Copy the token or the API key again from the backend&apos;s dashboard: an extra space or an expired key is the usual cause.</source>
        <translation>Copie de nuevo el token o la clave de la API desde el panel del servicio: un espacio de más o una clave caducada es la causa habitual.</translation>
    </message>
    <message>
        <source>The backend accepted the credentials.</source>
        <translation>El servicio aceptó las credenciales.</translation>
    </message>
    <message>
        <source>Credentials not checked: this backend reads them only inside a sale.</source>
        <translation>Credenciales no comprobadas: este servicio solo las lee dentro de una venta.</translation>
    </message>
    <message>
        <source>The first sale checks them; in training mode nothing is charged.</source>
        <translation>La primera venta las comprueba; en modo formación no se cobra nada.</translation>
    </message>
    <message>
        <source>Credentials not checked: the backend was not reached.</source>
        <translation>Credenciales no comprobadas: no se llegó al servicio.</translation>
    </message>
</context>
<context>
    <name>paydesk::CreatePaymentJob</name>
    <message>
        <source>Profile &quot;%1&quot; is a %2 profile, not %3.</source>
        <translation>El perfil «%1» es un perfil de %2, no de %3.</translation>
    </message>
    <message>
        <source>(request %1)</source>
        <translation>(petición %1)</translation>
    </message>
</context>
<context>
    <name>paydesk::CredentialStore</name>
    <message>
        <source>No system keyring is available: credentials are stored in %1, readable only by your user account.</source>
        <translation>No hay un llavero del sistema: las credenciales se guardan en %1, que solo su cuenta de usuario puede leer.</translation>
    </message>
    <message>
        <source>The credentials of &quot;%1&quot; cannot be saved in the keyring: %2</source>
        <translation>Las credenciales de «%1» no se pueden guardar en el llavero: %2</translation>
    </message>
    <message>
        <source>No system keyring is available, and PAYDESK_CREDENTIALS=keyring forbids the file.</source>
        <translation>No hay un llavero del sistema, y PAYDESK_CREDENTIALS=keyring prohíbe el archivo.</translation>
    </message>
    <message>
        <source>The credentials cannot be saved to %1.</source>
        <translation>Las credenciales no se pueden guardar en %1.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within 10 s.</source>
        <translation>El llavero del sistema no respondió en 10 s.</translation>
    </message>
    <message>
        <source>The credentials of &quot;%1&quot; cannot be removed from the keyring: %2</source>
        <translation>Las credenciales de &quot;%1&quot; no se pueden quitar del llavero: %2</translation>
    </message>
    <message>
        <source>The keyring is not asked any more: Paydesk is closing.</source>
        <translation>Ya no se consulta el llavero: Paydesk se está cerrando.</translation>
    </message>
</context>
<context>
    <name>paydesk::CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Pantalla del cliente</translation>
    </message>
    <message>
        <source>TRAINING — NOT A REAL PAYMENT</source>
        <translation>FORMACIÓN — NO ES UN PAGO REAL</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Scan for your receipt</source>
        <translation>Escanee para obtener su recibo</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Espere, por favor…</translation>
    </message>
    <message>
        <source>Paid — thank you!</source>
        <translation>Pagado — ¡gracias!</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Payment not completed</source>
        <translation>Pago no completado</translation>
    </message>
</context>
<context>
    <name>paydesk::DevicesForm</name>
    <message>
        <source>80 mm (48 columns)</source>
        <translation>80 mm (48 columnas)</translation>
    </message>
    <message>
        <source>58 mm (32 columns)</source>
        <translation>58 mm (32 columnas)</translation>
    </message>
    <message>
        <source>CP858: Western Europe with the euro sign</source>
        <translation>CP858: Europa occidental con el signo del euro</translation>
    </message>
    <message>
        <source>CP850: Western Europe</source>
        <translation>CP850: Europa occidental</translation>
    </message>
    <message>
        <source>CP437: USA</source>
        <translation>CP437: EE. UU.</translation>
    </message>
    <message>
        <source>CP1252: Windows Latin-1</source>
        <translation>CP1252: Windows Latin-1</translation>
    </message>
    <message>
        <source>Any screen but the main one</source>
        <translation>Cualquier pantalla salvo la principal</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>%1, the main screen</source>
        <translation>%1, la pantalla principal</translation>
    </message>
    <message>
        <source>%1 (not connected now)</source>
        <translation>%1 (no conectada ahora)</translation>
    </message>
    <message>
        <source>Enter the printer&apos;s address first. Without one, Ctrl+P opens the print dialog.</source>
        <translation>Escriba primero la dirección de la impresora. Sin ella, Ctrl+P abre el diálogo de impresión.</translation>
    </message>
    <message>
        <source>Paydesk test slip</source>
        <translation>Prueba de Paydesk</translation>
    </message>
    <message>
        <source>Printing a test slip…</source>
        <translation>Imprimiendo una prueba…</translation>
    </message>
    <message>
        <source>Printed: check the slip (the accented letters and the euro sign as your printer shows them). %1</source>
        <translation>Impreso: revise la prueba (las letras acentuadas y el signo del euro tal como los muestra su impresora). %1</translation>
    </message>
    <message>
        <source>The paper is running low.</source>
        <translation>Queda poco papel.</translation>
    </message>
    <message>
        <source>Set by your administrator: it cannot be changed here.</source>
        <translation>Lo define su administrador: no se puede cambiar aquí.</translation>
    </message>
</context>
<context>
    <name>paydesk::DotsListJob</name>
    <message>
        <source>The list of intents is not a JSON array.</source>
        <translation>La lista de intenciones no es un array JSON.</translation>
    </message>
    <message>
        <source>Intent %1 of the list: %2</source>
        <translation>Intención %1 de la lista: %2</translation>
    </message>
</context>
<context>
    <name>paydesk::DotsRefundListJob</name>
    <message>
        <source>The list of refunds is not {&quot;has_more&quot;: boolean, &quot;data&quot;: array}.</source>
        <translation>La lista de reembolsos no es {&quot;has_more&quot;: boolean, &quot;data&quot;: array}.</translation>
    </message>
    <message>
        <source>Refund %1 of the list is not a refund.</source>
        <translation>El reembolso %1 de la lista no es un reembolso.</translation>
    </message>
</context>
<context>
    <name>paydesk::DotsRefundRetrieveJob</name>
    <message>
        <source>The answer is not a refund.</source>
        <translation>La respuesta no es un reembolso.</translation>
    </message>
</context>
<context>
    <name>paydesk::DotsSaleForm</name>
    <message>
        <source>Advanced: identifiers, fee, confirmation</source>
        <translation>Avanzado: identificadores, comisión, confirmación</translation>
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
        <translation>Idempotency-Key</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Receipt link</source>
        <translation>Enlace del recibo</translation>
    </message>
    <message>
        <source>Entry %1 · %2 · %3%4</source>
        <translation>Entrada %1 · %2 · %3%4</translation>
    </message>
    <message>
        <source> · training</source>
        <translation> · formación</translation>
    </message>
    <message>
        <source>Terminal %1, operator %2</source>
        <translation>Terminal %1, operador %2</translation>
    </message>
    <message>
        <source>profile %1 (%2)</source>
        <translation>perfil %1 (%2)</translation>
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
        <translation>Seleccione una entrada para ver su pago, su cronología y su respuesta.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Refund %1 of sale %2 · %3 · %4%5</source>
        <translation>Reembolso %1 de la venta %2 · %3 · %4%5</translation>
    </message>
    <message>
        <source>Refund %1: %2%3 (%4)</source>
        <translation>Reembolso %1: %2%3 (%4)</translation>
    </message>
    <message>
        <source>, Dots refund %1</source>
        <translation>, reembolso de Dots %1</translation>
    </message>
    <message>
        <source>Refund of sale %1.</source>
        <translation>Reembolso de la venta %1.</translation>
    </message>
    <message>
        <source>Refunded %1 of %2; %3 not settled yet; left to refund: %4.</source>
        <translation>Reembolsado %1 de %2; %3 aún sin resolver; queda por reembolsar: %4.</translation>
    </message>
    <message>
        <source>Refund this sale, all or part of it (Ctrl+Shift+R)</source>
        <translation>Reembolsar esta venta, toda o una parte (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>⚠ No one knows yet whether this refund was made: its answer never came. Do not refund the sale again. Verify asks the payment service and settles the refund with its proof.</source>
        <translation>⚠ Aún no se sabe si este reembolso se hizo: su respuesta nunca llegó. No vuelva a reembolsar la venta. Verificar pregunta al servicio de pago y resuelve el reembolso con su prueba.</translation>
    </message>
    <message>
        <source>⚠ No one knows yet whether the customer paid: the answer never came, and the payment service may have taken the money. Do not charge again. Verify asks the payment service and settles the sale with its proof.</source>
        <translation>⚠ Aún no se sabe si el cliente pagó: la respuesta nunca llegó y el servicio de pago puede haber cobrado el dinero. No vuelva a cobrar. Verificar pregunta al servicio de pago y resuelve la venta con su prueba.</translation>
    </message>
</context>
<context>
    <name>paydesk::Forwarder</name>
    <message>
        <source>cannot keep what was forwarded</source>
        <translation>no se puede guardar lo reenviado</translation>
    </message>
    <message>
        <source>The journal %1 has no journal id.</source>
        <translation>El diario %1 no tiene id de diario.</translation>
    </message>
    <message>
        <source>The store %1 is this till&apos;s own journal.</source>
        <translation>La tienda %1 es el propio diario de esta caja.</translation>
    </message>
    <message>
        <source>cannot take the forwarding lock</source>
        <translation>no se puede tomar el bloqueo de reenvío</translation>
    </message>
    <message>
        <source>cannot take the forwarding lock (another forward of this till holds it)</source>
        <translation>no se puede tomar el bloqueo de reenvío (lo tiene otro reenvío de esta caja)</translation>
    </message>
    <message>
        <source>cannot be read for forwarding</source>
        <translation>no se puede leer para reenviarlo</translation>
    </message>
    <message>
        <source>cannot take an entry</source>
        <translation>no se puede tomar una entrada</translation>
    </message>
    <message>
        <source>cannot read a copy</source>
        <translation>no se puede leer una copia</translation>
    </message>
    <message>
        <source>The store %1 refuses entry %2 of this till: another entry there has its Idempotency-Key.</source>
        <translation>La tienda %1 rechaza la entrada %2 de esta caja: otra entrada allí tiene su Idempotency-Key.</translation>
    </message>
    <message>
        <source>Two outcomes: the till says %1, the store&apos;s verdict is %2. Neither is written over the other; check the sale with the backend.</source>
        <translation>Dos resultados: la caja dice %1, el veredicto de la tienda es %2. Ninguno sobrescribe al otro; compruebe la venta con el servicio de pago.</translation>
    </message>
    <message>
        <source>cannot keep a conflict</source>
        <translation>no se puede guardar un conflicto</translation>
    </message>
    <message>
        <source>cannot update a copy</source>
        <translation>no se puede actualizar una copia</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>no se puede escribir</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>no se puede confirmar la escritura</translation>
    </message>
    <message>
        <source>cannot take an event</source>
        <translation>no se puede tomar un evento</translation>
    </message>
    <message>
        <source>cannot be asked for verdicts</source>
        <translation>no se le pueden pedir veredictos</translation>
    </message>
    <message>
        <source>Settled on the store %1: %2.</source>
        <translation>Resuelto en la tienda %1: %2.</translation>
    </message>
    <message>
        <source>cannot be read for a verdict</source>
        <translation>no se puede leer para un veredicto</translation>
    </message>
    <message>
        <source>cannot be counted</source>
        <translation>no se puede contar</translation>
    </message>
    <message>
        <source>cannot read what was forwarded</source>
        <translation>no se puede leer lo enviado a la tienda</translation>
    </message>
    <message>
        <source>The store %1 holds this till&apos;s journal up to %2 %3 only (this till had forwarded up to %4): forwarding again from there.</source>
        <translation>La tienda %1 solo tiene el diario de esta caja hasta %2 %3 (esta caja lo había enviado hasta %4): se envía de nuevo desde ahí.</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>la entrada</translation>
    </message>
    <message>
        <source>event</source>
        <translation>el evento</translation>
    </message>
</context>
<context>
    <name>paydesk::HourChart</name>
    <message>
        <source>Paid sales per hour</source>
        <translation>Ventas pagadas por hora</translation>
    </message>
    <message>
        <source>%1:00 %2</source>
        <translation>%1:00: %2</translation>
    </message>
    <message>
        <source>No paid sale this day</source>
        <translation>Ninguna venta pagada este día</translation>
    </message>
    <message>
        <source>hour of the day</source>
        <translation>hora del día</translation>
    </message>
</context>
<context>
    <name>paydesk::HttpJob</name>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>El archivo de CA %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>Ninguna respuesta completa en %1 s.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MiB.</source>
        <translation>La respuesta ocupa más de %1 MiB.</translation>
    </message>
    <message>
        <source>Canceled by the user.</source>
        <translation>Cancelado por el usuario.</translation>
    </message>
    <message>
        <source>The connection closed before any answer came.</source>
        <translation>La conexión se cerró antes de que llegara ninguna respuesta.</translation>
    </message>
    <message>
        <source>The answer was cut off (HTTP %1): %2</source>
        <translation>La respuesta llegó cortada (HTTP %1): %2</translation>
    </message>
    <message>
        <source>HTTP %1 redirect not followed for a %2 request.</source>
        <translation>Redirección HTTP %1 no seguida en una petición %2.</translation>
    </message>
    <message>
        <source>HTTP %1 redirect to another site (%2) not followed; credentials are never sent there.</source>
        <translation>Redirección HTTP %1 a otro sitio (%2) no seguida; nunca se envían credenciales allí.</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty answer.</source>
        <translation>HTTP %1 con una respuesta vacía.</translation>
    </message>
    <message>
        <source>HTTP %1 with an answer that is not JSON: %2.</source>
        <translation>HTTP %1 con una respuesta que no es JSON: %2.</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>una página HTML</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>un cuerpo vacío</translation>
    </message>
    <message>
        <source>a body that is not JSON</source>
        <translation>un cuerpo que no es JSON</translation>
    </message>
    <message>
        <source>HTTP %1 with %2.</source>
        <translation>HTTP %1 con %2.</translation>
    </message>
    <message>
        <source>The answer is JSON but not an object.</source>
        <translation>La respuesta es JSON pero no un objeto.</translation>
    </message>
    <message>
        <source>an answer of an unknown shape</source>
        <translation>una respuesta de forma desconocida</translation>
    </message>
</context>
<context>
    <name>paydesk::InspectPage</name>
    <message>
        <source>Not JSON</source>
        <translation>No es JSON</translation>
    </message>
    <message>
        <source>Not an answer of a known backend</source>
        <translation>No es una respuesta de un servicio conocido</translation>
    </message>
    <message>
        <source>A known backend&apos;s answer that breaks its contract</source>
        <translation>Una respuesta de un servicio conocido que no cumple su contrato</translation>
    </message>
    <message>
        <source>A refusal</source>
        <translation>Un rechazo</translation>
    </message>
    <message>
        <source>Nothing inspected yet</source>
        <translation>Aún no se ha inspeccionado nada</translation>
    </message>
    <message>
        <source>Not a payment record</source>
        <translation>No es un registro de pago</translation>
    </message>
    <message>
        <source>✔ %1 answer · intent %2</source>
        <translation>✔ Respuesta de %1 · intención %2</translation>
    </message>
    <message>
        <source>without id</source>
        <translation>sin id</translation>
    </message>
    <message>
        <source>✖ %1 is larger than 4 MiB: not an answer.</source>
        <translation>✖ %1 ocupa más de 4 MiB: no es una respuesta.</translation>
    </message>
    <message>
        <source>✖ Cannot read %1: %2</source>
        <translation>✖ No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Open an answer</source>
        <translation>Abrir una respuesta</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
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
    <name>paydesk::Journal</name>
    <message>
        <source>Journal %1 (%2): %3</source>
        <translation>Diario (%2): %1: %3</translation>
    </message>
    <message>
        <source>The PostgreSQL driver (libqt6sql6-psql) is not installed.</source>
        <translation>El controlador de PostgreSQL (libqt6sql6-psql) no está instalado.</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <source>The SQLite driver (libqt6sql6-sqlite) is not installed.</source>
        <translation>El controlador de SQLite (libqt6sql6-sqlite) no está instalado.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the journal.</source>
        <translation>No se puede crear la carpeta %1 para el diario.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2</source>
        <translation>No se puede crear el diario %1: %2</translation>
    </message>
    <message>
        <source>cannot be set up</source>
        <translation>no se puede preparar</translation>
    </message>
    <message>
        <source>cannot be created</source>
        <translation>no se puede crear</translation>
    </message>
    <message>
        <source>cannot start a migration</source>
        <translation>no se puede iniciar una migración</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer Paydesk (schema %2; this one knows %3). Update Paydesk.</source>
        <translation>El diario %1 lo escribió un Paydesk más reciente (esquema %2; este conoce el %3). Actualice Paydesk.</translation>
    </message>
    <message>
        <source>migration to schema %1 failed</source>
        <translation>falló la migración al esquema %1</translation>
    </message>
    <message>
        <source>migration bookkeeping failed</source>
        <translation>falló el registro de la migración</translation>
    </message>
    <message>
        <source>migration cannot be committed</source>
        <translation>no se puede confirmar la migración</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>no se puede escribir</translation>
    </message>
    <message>
        <source>cannot record the attempt</source>
        <translation>no se puede registrar el intento</translation>
    </message>
    <message>
        <source>Written before sending, key %1.</source>
        <translation>Escrito antes de enviar, clave %1.</translation>
    </message>
    <message>
        <source>cannot commit the attempt</source>
        <translation>no se puede confirmar el intento</translation>
    </message>
    <message>
        <source>Journal entry %1 is not unknown or failed: it cannot be sent again.</source>
        <translation>La entrada del diario %1 no está en estado desconocido ni fallido: no se puede volver a enviar.</translation>
    </message>
    <message>
        <source>Sent again with the same Idempotency-Key.</source>
        <translation>Reenviado con la misma Idempotency-Key.</translation>
    </message>
    <message>
        <source>cannot record the resend</source>
        <translation>no se puede registrar el reenvío</translation>
    </message>
    <message>
        <source>Journal entry %1 does not exist.</source>
        <translation>La entrada del diario %1 no existe.</translation>
    </message>
    <message>
        <source>cannot add to the timeline</source>
        <translation>no se puede añadir a la cronología</translation>
    </message>
    <message>
        <source>cannot record the outcome</source>
        <translation>no se puede registrar el resultado</translation>
    </message>
    <message>
        <source>cannot commit the outcome</source>
        <translation>no se puede confirmar el resultado</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>The program that sent this sale stopped before it had an answer. The payment may have gone through: verify before trying again.</source>
        <translation>El programa que envió esta venta se detuvo antes de recibir respuesta. Puede que el pago se haya realizado: verifíquelo antes de reintentar.</translation>
    </message>
    <message>
        <source>cannot recover an abandoned entry</source>
        <translation>no se puede recuperar una entrada abandonada</translation>
    </message>
    <message>
        <source>Left pending by %1, which is gone.</source>
        <translation>Dejada pendiente por %1, que ya no existe.</translation>
    </message>
    <message>
        <source>cannot be searched</source>
        <translation>no se puede buscar</translation>
    </message>
    <message>
        <source>cannot be counted</source>
        <translation>no se puede contar</translation>
    </message>
    <message>
        <source>cannot be exported</source>
        <translation>no se puede exportar</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>No se puede escribir la exportación: %1</translation>
    </message>
    <message>
        <source>cannot be summed up</source>
        <translation>no se puede totalizar</translation>
    </message>
    <message>
        <source>cannot be seeded</source>
        <translation>no se pueden cargar los datos de ejemplo</translation>
    </message>
    <message>
        <source>cannot commit the seed</source>
        <translation>no se pueden confirmar los datos de ejemplo</translation>
    </message>
    <message>
        <source>cannot lock the attempt</source>
        <translation>no se puede bloquear el intento</translation>
    </message>
    <message>
        <source>Journal entry %1 is not failed: only a sale that provably never arrived (or was refused) can be sent again under its key. Verify it first.</source>
        <translation>La entrada del diario %1 no está fallida: solo una venta que con certeza nunca llegó (o fue rechazada) se puede volver a enviar con su clave. Verifíquela primero.</translation>
    </message>
    <message>
        <source>cannot commit the resend</source>
        <translation>no se puede confirmar el reenvío</translation>
    </message>
    <message>
        <source>Not written: the entry was %1 when this %2 (%3: %4) came, not %5.</source>
        <translation>No se escribió: la entrada estaba en %1 cuando llegó este evento %2 (%3: %4), no en %5.</translation>
    </message>
    <message>
        <source>cannot record the conflict</source>
        <translation>no se puede registrar el conflicto</translation>
    </message>
    <message>
        <source>cannot commit the conflict</source>
        <translation>no se puede confirmar el conflicto</translation>
    </message>
    <message>
        <source>Journal entry %1 is now %2, not %3: another program changed it first, and this %4 was not written over it.</source>
        <translation>La entrada del diario %1 ahora está en %2, no en %3: otro programa la cambió antes y este evento %4 no se escribió encima.</translation>
    </message>
    <message>
        <source>cannot commit a recovered entry</source>
        <translation>no se puede confirmar una entrada recuperada</translation>
    </message>
    <message>
        <source>cannot take the lock of an entry</source>
        <translation>no se puede tomar el bloqueo de una entrada</translation>
    </message>
    <message>
        <source>Journal entry %1 is a refund, not a sale: only a sale can be refunded.</source>
        <translation>La entrada del diario %1 es un reembolso, no una venta: solo se puede reembolsar una venta.</translation>
    </message>
    <message>
        <source>Sale %1 is %2, not paid: there is nothing to refund.</source>
        <translation>La venta %1 está %2, no pagada: no hay nada que reembolsar.</translation>
    </message>
    <message>
        <source>Refund %1 of sale %2 has no settled outcome yet (%3): verify it (paydeskctl journal verify %1) before another refund.</source>
        <translation>El reembolso %1 de la venta %2 aún no tiene un resultado definitivo (%3): verifíquelo (paydeskctl journal verify %1) antes de otro reembolso.</translation>
    </message>
    <message>
        <source>A refund of sale %1 must be a positive amount in %2.</source>
        <translation>Un reembolso de la venta %1 debe ser un importe positivo en %2.</translation>
    </message>
    <message>
        <source>Refusing to refund %1 of sale %2: it took %3, %4 is already refunded and %5 is in refunds not yet settled, so at most %6 can be refunded. Nothing was sent.</source>
        <translation>Se rechaza reembolsar %1 de la venta %2: cobró %3, ya se reembolsó %4 y %5 está en reembolsos aún sin resolver, así que como máximo se puede reembolsar %6. No se envió nada.</translation>
    </message>
    <message>
        <source>Refund of sale %1 written before sending, key %2.</source>
        <translation>Reembolso de la venta %1 escrito antes de enviarlo, clave %2.</translation>
    </message>
    <message>
        <source>Confirm written before sending.</source>
        <translation>Confirmación escrita antes de enviarla.</translation>
    </message>
    <message>
        <source>Journal entry %1 is not a created sale: only a created intent can be confirmed, once.</source>
        <translation>La entrada del diario %1 no es una venta creada: solo se puede confirmar una intención creada, una vez.</translation>
    </message>
    <message>
        <source>cannot record the confirm</source>
        <translation>no se puede registrar la confirmación</translation>
    </message>
    <message>
        <source>cannot commit the confirm</source>
        <translation>no se puede guardar la confirmación</translation>
    </message>
    <message>
        <source>There is no journal entry %1.</source>
        <translation>No existe la entrada del diario %1.</translation>
    </message>
    <message>
        <source>cannot read the timeline of an entry</source>
        <translation>no se puede leer la cronología de una entrada</translation>
    </message>
    <message>
        <source>cannot be searched by key</source>
        <translation>no se puede buscar por clave</translation>
    </message>
    <message>
        <source>No journal entry has the key %1.</source>
        <translation>Ninguna entrada del diario tiene la clave %1.</translation>
    </message>
    <message>
        <source>No journal location was given.</source>
        <translation>No se indicó dónde está el diario.</translation>
    </message>
    <message>
        <source>cannot read the tills</source>
        <translation>no se pueden leer las cajas</translation>
    </message>
    <message>
        <source>cannot keep the till&apos;s state</source>
        <translation>no se puede guardar el estado de la caja</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>no responde</translation>
    </message>
    <message>
        <source>The journal %1 announces nothing: only a store&apos;s journal (PostgreSQL) does.</source>
        <translation>El diario %1 no anuncia nada: solo lo hace el diario de una tienda (PostgreSQL).</translation>
    </message>
    <message>
        <source>cannot listen to the store</source>
        <translation>no se puede escuchar a la tienda</translation>
    </message>
</context>
<context>
    <name>paydesk::JournalPage</name>
    <message>
        <source>Any</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Currency: %1 is not an ISO currency code.</source>
        <translation>Moneda: %1 no es un código de moneda ISO.</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Importe desde</translation>
    </message>
    <message>
        <source>Amount to</source>
        <translation>Importe hasta</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>%L1 entries</source>
        <translation>%L1 entradas</translation>
    </message>
    <message>
        <source>Training entry</source>
        <translation>Entrada de formación</translation>
    </message>
    <message>
        <source>Entry %1 is a training sale: no real money moved. Start Paydesk in training mode to check it against the sandbox.</source>
        <translation>La entrada %1 es una venta de formación: no se movió dinero real. Inicie Paydesk en modo formación para comprobarla con el entorno de pruebas.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Asking the payment service about entry %1…</source>
        <translation>Preguntando al servicio de pago por la entrada %1…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>still unknown</source>
        <translation>sigue sin saberse</translation>
    </message>
    <message>
        <source>Entry %1: %2. %3</source>
        <translation>Entrada %1: %2. %3</translation>
    </message>
    <message>
        <source>Entry %1 could not be verified: %2</source>
        <translation>No se pudo verificar la entrada %1: %2</translation>
    </message>
    <message>
        <source>Paid (copy)</source>
        <translation>Pagado (copia)</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>Reimprimir recibo</translation>
    </message>
    <message>
        <source>Export the journal as CSV</source>
        <translation>Exportar el diario como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to %1</source>
        <translation>
            <numerusform>Se exportó %Ln entrada a %1</numerusform>
            <numerusform>Se exportaron %Ln entradas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>counting entries</source>
        <translation>contando las entradas</translation>
    </message>
    <message>
        <source>opening entry %1</source>
        <translation>abriendo la entrada %1</translation>
    </message>
    <message>
        <source>An export is already being written: wait for it to finish.</source>
        <translation>Ya se está escribiendo una exportación: espere a que termine.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exporting the journal to %1…</source>
        <translation>Exportando el diario a %1…</translation>
    </message>
    <message>
        <source>exporting entries to CSV</source>
        <translation>exportando las entradas a CSV</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No exportado: %1</translation>
    </message>
    <message>
        <source>Entry %1 could not be read: %2</source>
        <translation>No se pudo leer la entrada %1: %2</translation>
    </message>
    <message>
        <source>Refunds of %1 sales</source>
        <translation>Reembolsos de ventas de %1</translation>
    </message>
    <message>
        <source>Paydesk cannot refund sale %1: %2</source>
        <translation>Paydesk no puede reembolsar la venta %1: %2</translation>
    </message>
    <message>
        <source>Refund %1 of sale %2 has no settled outcome yet: verify it before another refund.</source>
        <translation>El reembolso %1 de la venta %2 aún no tiene un resultado definitivo: verifíquelo antes de otro reembolso.</translation>
    </message>
    <message>
        <source>Sale %1 is refunded in full.</source>
        <translation>La venta %1 está reembolsada por completo.</translation>
    </message>
    <message>
        <source>Refund sale %1</source>
        <translation>Reembolsar la venta %1</translation>
    </message>
    <message>
        <source>It took %1; %2 is refunded already: at most %3 can be refunded.</source>
        <translation>Cobró %1; ya se reembolsó %2: como máximo se puede reembolsar %3.</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Importe (%1):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Reembolsar…</translation>
    </message>
    <message>
        <source>Give an amount greater than zero.</source>
        <translation>Indique un importe mayor que cero.</translation>
    </message>
    <message>
        <source>At most %1 can be refunded.</source>
        <translation>Como máximo se puede reembolsar %1.</translation>
    </message>
    <message>
        <source>the card that paid sale %1</source>
        <translation>la tarjeta que pagó la venta %1</translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>Refund %1?</source>
        <translation>¿Reembolsar %1?</translation>
    </message>
    <message>
        <source>Refund %1 to %2 (%3, sale %4)?</source>
        <translation>¿Reembolsar %1 a %2 (%3, venta %4)?</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Reembolsar %1</translation>
    </message>
    <message>
        <source>Entry %1 could not be confirmed: %2</source>
        <translation>No se pudo confirmar la entrada %1: %2</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Entrada %1: %2</translation>
    </message>
    <message>
        <source>Sending the refund of sale %1…</source>
        <translation>Enviando el reembolso de la venta %1…</translation>
    </message>
    <message>
        <source>Confirming entry %1…</source>
        <translation>Confirmando la entrada %1…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>No se envió nada: %1</translation>
    </message>
    <message>
        <source>Refund %1 of sale %2 got no usable answer: verify it before anything else.</source>
        <translation>El reembolso %1 de la venta %2 no obtuvo una respuesta utilizable: verifíquelo antes que nada.</translation>
    </message>
    <message>
        <source>The confirm of entry %1 got no usable answer: verify it before anything else.</source>
        <translation>La confirmación de la entrada %1 no obtuvo una respuesta utilizable: verifíquela antes que nada.</translation>
    </message>
    <message>
        <source>Refund %1 of sale %2 was refused: %3</source>
        <translation>El reembolso %1 de la venta %2 fue rechazado: %3</translation>
    </message>
    <message>
        <source>The confirm of entry %1 was refused: %2</source>
        <translation>La confirmación de la entrada %1 fue rechazada: %2</translation>
    </message>
    <message>
        <source>Refund %1 of sale %2: %3.</source>
        <translation>Reembolso %1 de la venta %2: %3.</translation>
    </message>
    <message>
        <source>Entry %1 confirmed: %2.</source>
        <translation>Entrada %1 confirmada: %2.</translation>
    </message>
</context>
<context>
    <name>paydesk::JournalReport</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>1 refund, %1</source>
        <translation>1 reembolso, %1</translation>
    </message>
    <message>
        <source>%1 refunds, %2</source>
        <translation>%1 reembolsos, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sales not yet forwarded (at %2)</source>
        <translation>
            <numerusform>%1: %n venta aún no enviada a la tienda (a las %2)</numerusform>
            <numerusform>%1: %n ventas aún no enviadas a la tienda (a las %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::JournalState</name>
    <message>
        <source>on its way</source>
        <translation>en camino</translation>
    </message>
    <message>
        <source>created, not paid yet</source>
        <translation>creada, aún sin pagar</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>of unknown outcome</source>
        <translation>de resultado desconocido</translation>
    </message>
</context>
<context>
    <name>paydesk::JournalTableModel</name>
    <message>
        <source>Twice? #%1</source>
        <translation>¿Doble? #%1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duplicate?</source>
        <translation>¿Duplicado?</translation>
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
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Intent id</source>
        <translation>Id de la intención</translation>
    </message>
    <message>
        <source>loading entries</source>
        <translation>cargando las entradas</translation>
    </message>
    <message>
        <source>loading more entries</source>
        <translation>cargando más entradas</translation>
    </message>
    <message>
        <source>loading every entry</source>
        <translation>cargando todas las entradas</translation>
    </message>
    <message>
        <source>looking for double charges</source>
        <translation>buscando cobros dobles</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>%1 · refund of #%2</source>
        <translation>%1 · reembolso de #%2</translation>
    </message>
    <message>
        <source>loading new entries</source>
        <translation>cargando las entradas nuevas</translation>
    </message>
    <message>
        <source>loading changed entries</source>
        <translation>cargando las entradas cambiadas</translation>
    </message>
</context>
<context>
    <name>paydesk::JournalThread</name>
    <message>
        <source>listening to the store</source>
        <translation>escuchando a la tienda</translation>
    </message>
</context>
<context>
    <name>paydesk::JsonFields</name>
    <message>
        <source>%1 must be %2, not %3.</source>
        <translation>%1 debe ser %2, no %3.</translation>
    </message>
    <message>
        <source>%1 is missing (%2 is required).</source>
        <translation>Falta %1 (se requiere %2).</translation>
    </message>
    <message>
        <source>an id string or an object</source>
        <translation>un id en texto o un objeto</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <source>%1 must be an integer, not a fractional number.</source>
        <translation>%1 debe ser un entero, no un número con decimales.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>%1 está fuera de rango.</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>paydesk::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>paydesk::JsonTreeView</name>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Copiar valor</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copiar &amp;ruta</translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation>&amp;Desplegar todo</translation>
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
        <translation>en el diario: buscar, recargar, exportar CSV, la entrada más antigua</translation>
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
    <message>
        <source>Print the customer receipt on the counter&apos;s printer</source>
        <translation>Imprime el recibo del cliente en la impresora de caja</translation>
    </message>
    <message>
        <source>Waiting for the journal database: %1… %2 s</source>
        <translation>Esperando a la base de datos del diario: %1… %2 s</translation>
    </message>
    <message>
        <source>Store journal</source>
        <translation>Diario de la tienda</translation>
    </message>
    <message>
        <source>Store journal: connecting…</source>
        <translation>Diario de la tienda: conectando…</translation>
    </message>
    <message>
        <source>Store journal: up to date</source>
        <translation>Diario de la tienda: al día</translation>
    </message>
    <message numerus="yes">
        <source>Store journal unreachable: %n sales kept on this till, sent on when it returns</source>
        <translation>
            <numerusform>Diario de la tienda inaccesible: %n venta guardada en esta caja, se reenviará cuando vuelva</numerusform>
            <numerusform>Diario de la tienda inaccesible: %n ventas guardadas en esta caja, se reenviarán cuando vuelva</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the customer receipt</source>
        <translation>Imprimir el recibo del cliente</translation>
    </message>
    <message>
        <source>The backend profiles are used from the next start of Paydesk.</source>
        <translation>Los perfiles de servicio se usan a partir del próximo inicio de Paydesk.</translation>
    </message>
</context>
<context>
    <name>paydesk::ManagedSettings</name>
    <message>
        <source>The config file %1 is not a valid INI file.</source>
        <translation>El archivo de configuración %1 no es un archivo INI válido.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>No existe el perfil «%1».</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is set by the system administrator and cannot be changed here.</source>
        <translation>El perfil «%1» lo define el administrador del sistema y no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>The settings cannot be saved to %1.</source>
        <translation>La configuración no se puede guardar en %1.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is set by the system administrator and cannot be removed here.</source>
        <translation>El perfil «%1» lo define el administrador del sistema y no se puede quitar aquí.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; comes from the system-wide settings and cannot be removed here.</source>
        <translation>El perfil «%1» viene de la configuración del sistema y no se puede quitar aquí.</translation>
    </message>
</context>
<context>
    <name>paydesk::OchoSaleForm</name>
    <message>
        <source>Advanced: customer DID, transaction id</source>
        <translation>Avanzado: DID del cliente, id de transacción</translation>
    </message>
</context>
<context>
    <name>paydesk::OfferSaleForm</name>
    <message>
        <source>Product: %1</source>
        <translation>Producto: %1</translation>
    </message>
    <message>
        <source>Product code %1</source>
        <translation>Código de producto %1</translation>
    </message>
    <message>
        <source>Charge the quote</source>
        <translation>Cobrar el presupuesto</translation>
    </message>
    <message>
        <source>Charge quote %1</source>
        <translation>Cobrar presupuesto %1</translation>
    </message>
</context>
<context>
    <name>paydesk::OutcomeView</name>
    <message>
        <source>Outcome message</source>
        <translation>Mensaje del resultado</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <source>Start the next sale with an empty cart (Ctrl+N)</source>
        <translation>Empezar la siguiente venta con el carrito vacío (Ctrl+N)</translation>
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
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Importe pagado</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimir recibo</translation>
    </message>
    <message>
        <source>Print the customer receipt (Ctrl+P)</source>
        <translation>Imprimir el recibo del cliente (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Save the customer receipt as a PDF file (Ctrl+Shift+S)</source>
        <translation>Guardar el recibo del cliente como archivo PDF (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Guardar el recibo en PDF</translation>
    </message>
    <message>
        <source>Show QR for the phone</source>
        <translation>QR para el móvil</translation>
    </message>
    <message>
        <source>Show the receipt&apos;s link as a QR code the customer scans</source>
        <translation>Mostrar el enlace del recibo como código QR para que lo escanee el cliente</translation>
    </message>
    <message>
        <source>Receipt QR code for the customer&apos;s phone</source>
        <translation>Código QR del recibo para el móvil del cliente</translation>
    </message>
    <message>
        <source>QR code caption</source>
        <translation>Leyenda del código QR</translation>
    </message>
    <message>
        <source>The customer scans this to open the receipt on a phone.</source>
        <translation>El cliente lo escanea para abrir el recibo en el móvil.</translation>
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
        <source>Price set by the service</source>
        <translation>Precio fijado por el servicio</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Enlace de pago</translation>
    </message>
    <message>
        <source>Payment link QR code</source>
        <translation>Código QR del enlace de pago</translation>
    </message>
    <message>
        <source>Payment link: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Enlace de pago: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Stop waiting (Esc)</source>
        <translation>Dejar de esperar (Esc)</translation>
    </message>
    <message>
        <source>Stop waiting for the answer; the sale must then be checked (Esc)</source>
        <translation>Dejar de esperar la respuesta; después habrá que comprobar la venta (Esc)</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Impresora de recibos</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Imprimir de nuevo</translation>
    </message>
    <message>
        <source>Confirm payment</source>
        <translation>Confirmar el pago</translation>
    </message>
    <message>
        <source>Confirm the intent with the customer&apos;s payment method: the customer is charged</source>
        <translation>Confirmar la intención con el método de pago del cliente: se cobra al cliente</translation>
    </message>
</context>
<context>
    <name>paydesk::PrintJob</name>
    <message>
        <source>lp cannot be started; is the CUPS client (cups-client) installed?</source>
        <translation>No se puede iniciar lp; ¿está instalado el cliente de CUPS (cups-client)?</translation>
    </message>
    <message>
        <source>lp exited with code %1</source>
        <translation>lp terminó con el código %1</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>sin respuesta en %1 ms</translation>
    </message>
    <message>
        <source>lp did not finish within %1 ms</source>
        <translation>lp no terminó en %1 ms</translation>
    </message>
    <message>
        <source>the printer did not take the receipt within %1 ms</source>
        <translation>la impresora no recibió el recibo en %1 ms</translation>
    </message>
</context>
<context>
    <name>paydesk::PrintResult</name>
    <message>
        <source>Printed. The paper is running low.</source>
        <translation>Impreso. Queda poco papel.</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Impreso.</translation>
    </message>
    <message>
        <source>The printer cannot be reached</source>
        <translation>No se puede acceder a la impresora</translation>
    </message>
    <message>
        <source>The printer did not answer in time</source>
        <translation>La impresora no respondió a tiempo</translation>
    </message>
    <message>
        <source>The receipt was not printed</source>
        <translation>El recibo no se imprimió</translation>
    </message>
    <message>
        <source>The printer is not ready: %1</source>
        <translation>La impresora no está lista: %1</translation>
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
        <source>Give the backend&apos;s base URL, e.g. https://pay.example.com.</source>
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
    <message>
        <source>&amp;Walk-in client:</source>
        <translation>Cliente de &amp;paso:</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Cliente de paso</translation>
    </message>
    <message>
        <source>&amp;Payment methods:</source>
        <translation>&amp;Métodos de pago:</translation>
    </message>
    <message>
        <source>e.g. card, cash</source>
        <translation>p. ej. tarjeta, efectivo</translation>
    </message>
    <message>
        <source>Dots &amp;user id:</source>
        <translation>Id de &amp;usuario de Dots:</translation>
    </message>
    <message>
        <source>UUID (optional)</source>
        <translation>UUID (opcional)</translation>
    </message>
    <message>
        <source>Store &amp;DID:</source>
        <translation>&amp;DID de la tienda:</translation>
    </message>
    <message>
        <source>did:plc:… (optional)</source>
        <translation>did:plc:… (opcional)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>This profile is set by your administrator in %1: only its credentials can be entered here.</source>
        <translation>Este perfil lo fija su administrador en %1: aquí solo se pueden introducir sus credenciales.</translation>
    </message>
</context>
<context>
    <name>paydesk::QuickKeys</name>
    <message>
        <source>Quick keys</source>
        <translation>Teclas rápidas</translation>
    </message>
    <message>
        <source>Add %1, %2</source>
        <translation>Añadir %1, %2</translation>
    </message>
    <message>
        <source>Add %1, %2 (%3)</source>
        <translation>Añadir %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Adds one %1 to the cart</source>
        <translation>Añade un %1 al carrito</translation>
    </message>
    <message>
        <source>Adds one %1 to the cart (%2)</source>
        <translation>Añade un %1 al carrito (%2)</translation>
    </message>
</context>
<context>
    <name>paydesk::ReceiptActions</name>
    <message>
        <source>Print &amp;again</source>
        <translation>Imprimir &amp;de nuevo</translation>
    </message>
    <message>
        <source>Print the receipts the counter&apos;s printer could not print, oldest first</source>
        <translation>Imprime los recibos que la impresora de caja no pudo imprimir, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Recibo impreso.</translation>
    </message>
    <message>
        <source>The paper is running low.</source>
        <translation>Queda poco papel.</translation>
    </message>
    <message>
        <source>Receipts still to print: %1.</source>
        <translation>Recibos pendientes de imprimir: %1.</translation>
    </message>
    <message>
        <source>The receipt was not printed. %1 It is kept: press Print again once the printer is ready.</source>
        <translation>El recibo no se imprimió. %1 Se conserva: pulse Imprimir de nuevo cuando la impresora esté lista.</translation>
    </message>
    <message>
        <source>The receipt is queued behind receipts not printed yet: press Print again once the printer is ready.</source>
        <translation>El recibo espera detrás de recibos aún no impresos: pulse Imprimir de nuevo cuando la impresora esté lista.</translation>
    </message>
    <message>
        <source>Printing the receipt on the counter&apos;s printer…</source>
        <translation>Imprimiendo el recibo en la impresora de caja…</translation>
    </message>
    <message>
        <source>Printing again on the counter&apos;s printer…</source>
        <translation>Imprimiendo de nuevo en la impresora de caja…</translation>
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
    <name>paydesk::ReceiptPanel</name>
    <message>
        <source>No receipt yet.</source>
        <translation>Aún no hay recibo.</translation>
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
        <translation>Mensaje del diario</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Not known until the sale is verified: the card may have been charged.</source>
        <translation>No se sabe hasta verificar la venta: es posible que se haya cobrado a la tarjeta.</translation>
    </message>
    <message>
        <source>Not known until the sale is verified.</source>
        <translation>No se sabe hasta verificar la venta.</translation>
    </message>
    <message>
        <source>Declined: another card may be tried</source>
        <translation>Rechazado: se puede probar otra tarjeta</translation>
    </message>
</context>
<context>
    <name>paydesk::RefundJob</name>
    <message>
        <source>The refund&apos;s answer is not a refund: %1</source>
        <translation>La respuesta del reembolso no es un reembolso: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>paydesk::RefundRecord</name>
    <message>
        <source>The refund&apos;s amount %1 is out of range.</source>
        <translation>El importe del reembolso, %1, está fuera de rango.</translation>
    </message>
</context>
<context>
    <name>paydesk::Refunds</name>
    <message>
        <source>Ocho publishes no refund API: refund transaction &quot;%1&quot; in the Ocho plugin&apos;s payment dashboard (Stripe).</source>
        <translation>Ocho no publica una API de reembolsos: reembolse la transacción «%1» en el panel de pagos del plugin de Ocho (Stripe).</translation>
    </message>
    <message>
        <source>Offer publishes no refund API: ask the Offer back office to refund quote %1.</source>
        <translation>Offer no publica una API de reembolsos: pida a la administración de Offer que reembolse el presupuesto %1.</translation>
    </message>
    <message>
        <source>Dots refunds through its API (POST /v2/refunds).</source>
        <translation>Dots reembolsa mediante su API (POST /v2/refunds).</translation>
    </message>
    <message>
        <source>Checkout publishes no refund API: refund order &quot;%1&quot; in the shop&apos;s orders (its admin).</source>
        <translation>Checkout no publica una API de reembolsos: reembolse el pedido «%1» en los pedidos de la tienda (su administración).</translation>
    </message>
</context>
<context>
    <name>paydesk::ReportPage</name>
    <message>
        <source>End of day %1</source>
        <translation>Cierre del día %1</translation>
    </message>
    <message>
        <source> — TRAINING, no real money</source>
        <translation> — FORMACIÓN, sin dinero real</translation>
    </message>
    <message>
        <source>training/demo: %1, not counted</source>
        <translation>formación/demostración: %1, no contabilizadas</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <source>Takings by currency</source>
        <translation>Recaudación por moneda</translation>
    </message>
    <message>
        <source>Takings by backend</source>
        <translation>Recaudación por servicio de pago</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Paid sales per hour</source>
        <translation>Ventas pagadas por hora</translation>
    </message>
    <message>
        <source>Printed %1 by Paydesk</source>
        <translation>Impreso el %1 por Paydesk</translation>
    </message>
    <message>
        <source>; ⚠ %1 with an unknown outcome: verify them in the journal.</source>
        <translation>; ⚠ %1 con resultado desconocido: verifíquelos en el diario.</translation>
    </message>
    <message>
        <source>Print end of day</source>
        <translation>Imprimir cierre del día</translation>
    </message>
    <message>
        <source>End-of-day report sent to the printer.</source>
        <translation>Informe de cierre del día enviado a la impresora.</translation>
    </message>
    <message>
        <source>Save end of day as PDF</source>
        <translation>Guardar cierre del día como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>End-of-day report saved to %1</source>
        <translation>Informe de cierre del día guardado en %1</translation>
    </message>
    <message>
        <source>Amounts that differ</source>
        <translation>Importes que no coinciden</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Servicio de pago</translation>
    </message>
    <message>
        <source>computing the end-of-day report</source>
        <translation>calculando el cierre del día</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>Reembolsos: %1</translation>
    </message>
    <message>
        <source>Net takings (takings less refunds): %1</source>
        <translation>Recaudación neta (recaudación menos reembolsos): %1</translation>
    </message>
    <message>
        <source>Refunds: %1. Net takings (takings less refunds): %2.</source>
        <translation>Reembolsos: %1. Recaudación neta (recaudación menos reembolsos): %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln sale attempts, %2 paid</source>
        <translation>
            <numerusform>%1: %Ln intento de venta, %2 pagados</numerusform>
            <numerusform>%1: %Ln intentos de venta, %2 pagados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln sale(s)</source>
        <translation>
            <numerusform>%1: %Ln venta</numerusform>
            <numerusform>%1: %Ln ventas</numerusform>
        </translation>
    </message>
    <message>
        <source>Tills: %1.</source>
        <translation>Cajas: %1.</translation>
    </message>
</context>
<context>
    <name>paydesk::SaleAttempt</name>
    <message>
        <source>The waiting re-send was canceled by the user; nothing more was sent.</source>
        <translation>El usuario canceló el reenvío en espera; no se envió nada más.</translation>
    </message>
    <message>
        <source>Not reached (%1); sending again in %2 ms, same key, within the %3 ms left.</source>
        <translation>No se llegó al servicio (%1); se reenvía en %2 ms con la misma clave, dentro de los %3 ms restantes.</translation>
    </message>
    <message>
        <source>The journal did not answer within the sale&apos;s %1 s, so nothing was sent and nothing was charged. Check the journal&apos;s database, then charge again.</source>
        <translation>El diario no respondió en los %1 s de la venta, así que no se envió ni se cobró nada. Compruebe la base de datos del diario y vuelva a cobrar.</translation>
    </message>
    <message>
        <source>The program stopped waiting before the sale was sent; nothing was sent.</source>
        <translation>El programa dejó de esperar antes de enviar la venta; no se envió nada.</translation>
    </message>
    <message>
        <source>closing a sale that was never sent</source>
        <translation>cerrando una venta que nunca se envió</translation>
    </message>
    <message>
        <source>The journal wrote the sale after its deadline had passed, so it was not sent; nothing was sent.</source>
        <translation>El diario escribió la venta después de su plazo, así que no se envió; no se envió nada.</translation>
    </message>
    <message>
        <source>writing the sale before it is sent</source>
        <translation>escribiendo la venta antes de enviarla</translation>
    </message>
    <message>
        <source>Canceled before it was sent: nothing was sent and nothing was charged.</source>
        <translation>Cancelada antes de enviarla: no se envió ni se cobró nada.</translation>
    </message>
    <message>
        <source>noting the canceled re-send</source>
        <translation>anotando el reenvío cancelado</translation>
    </message>
    <message>
        <source>noting the re-send</source>
        <translation>anotando el reenvío</translation>
    </message>
    <message>
        <source>recording the sale&apos;s outcome</source>
        <translation>registrando el resultado de la venta</translation>
    </message>
    <message>
        <source>The journal did not answer within the sale&apos;s %1 s, so this re-send sent nothing; the sale stays as it was. Check the journal&apos;s database, then verify the sale before anything else.</source>
        <translation>El diario no respondió en los %1 s de la venta, así que este reenvío no envió nada; la venta sigue como estaba. Compruebe la base de datos del diario y verifique la venta antes de nada.</translation>
    </message>
    <message>
        <source>The journal answered only at the end of the sale&apos;s deadline, so this attempt sent nothing.</source>
        <translation>El diario respondió solo al final del plazo de la venta, así que este intento no envió nada.</translation>
    </message>
    <message>
        <source>HTTP %1: refund %2 is %3 at the backend, not done yet: verify it later.</source>
        <translation>HTTP %1: el reembolso %2 está %3 en el servicio de pago, aún sin terminar: verifíquelo más tarde.</translation>
    </message>
    <message>
        <source>the sale names no payment method, and the profile has no dots_payment_method_id to confirm it with.</source>
        <translation>la venta no indica un método de pago y el perfil no tiene dots_payment_method_id con el que confirmarla.</translation>
    </message>
</context>
<context>
    <name>paydesk::SaleController</name>
    <message>
        <source>Only a created intent can be confirmed.</source>
        <translation>Solo se puede confirmar una intención creada.</translation>
    </message>
</context>
<context>
    <name>paydesk::SaleForm</name>
    <message>
        <source>The cart is empty: scan a product or add an amount.</source>
        <translation>El carrito está vacío: escanee un producto o añada un importe.</translation>
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
        <source>Show or hide what the profile fills in (Space)</source>
        <translation>Mostrar u ocultar lo que rellena el perfil (Espacio)</translation>
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
        <source>Profile &quot;%1&quot; cannot send: %2</source>
        <translation>El perfil «%1» no puede enviar: %2</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cobrar</translation>
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
        <source>Journal entry %1 · Idempotency-Key %2</source>
        <translation>Entrada del diario %1 · Idempotency-Key %2</translation>
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
        <source>(The payment service had answered this sale before.)</source>
        <translation>(El servicio de pago ya había respondido a esta venta.)</translation>
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
        <source>Still unknown: the payment service could not tell.</source>
        <translation>Sigue sin saberse: el servicio de pago no pudo decirlo.</translation>
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
        <source>Print receipt</source>
        <translation>Imprimir recibo</translation>
    </message>
    <message>
        <source>Receipt printer: %1</source>
        <translation>Impresora de recibos: %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>There are not enough funds on the card.</source>
        <translation>La tarjeta no tiene fondos suficientes.</translation>
    </message>
    <message>
        <source>The card has expired.</source>
        <translation>La tarjeta está vencida.</translation>
    </message>
    <message>
        <source>The security code (CVC) was wrong.</source>
        <translation>El código de seguridad (CVC) era incorrecto.</translation>
    </message>
    <message>
        <source>The card number was wrong.</source>
        <translation>El número de tarjeta era incorrecto.</translation>
    </message>
    <message>
        <source>The bank could not process the card just now.</source>
        <translation>El banco no pudo procesar la tarjeta en este momento.</translation>
    </message>
    <message>
        <source>The bank declined the card: %1</source>
        <translation>El banco rechazó la tarjeta: %1</translation>
    </message>
    <message>
        <source>The bank declined the card without giving a reason.</source>
        <translation>El banco rechazó la tarjeta sin dar un motivo.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Priced by Offer</source>
        <translation>Precio de Offer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Try another card</source>
        <translation>Probar otra tarjeta</translation>
    </message>
    <message>
        <source>Try another card: %1</source>
        <translation>Probar otra tarjeta: %1</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Keep the card at hand. Do not charge again.</source>
        <translation>Tenga la tarjeta a mano. No vuelva a cobrar.</translation>
    </message>
    <message>
        <source>The sale is not charged again: this only asks.</source>
        <translation>La venta no se vuelve a cobrar: solo se pregunta.</translation>
    </message>
    <message>
        <source>Enter prints the receipt; New sale (Ctrl+N) starts the next one.</source>
        <translation>Intro imprime el recibo; Nueva venta (Ctrl+N) empieza la siguiente.</translation>
    </message>
    <message>
        <source>Price set by Offer: %1</source>
        <translation>Precio fijado por Offer: %1</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>A pagar: %1</translation>
    </message>
    <message>
        <source>The customer completes the payment on their own phone or computer; the journal shows the sale as paid once they have.</source>
        <translation>El cliente completa el pago en su propio móvil u ordenador; el diario muestra la venta como pagada cuando lo haya hecho.</translation>
    </message>
    <message>
        <source>The customer opens the payment link (or scans the QR code) and pays there.</source>
        <translation>El cliente abre el enlace de pago (o escanea el código QR) y paga allí.</translation>
    </message>
    <message>
        <source>WARNING: the outcome could not be journaled: %1</source>
        <translation>ATENCIÓN: el resultado no se pudo anotar en el diario: %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Created: the customer completes the payment</source>
        <translation>Creado: el cliente completa el pago</translation>
    </message>
    <message>
        <source>No money was taken. Ask the customer for another card, then press Try another card (Ctrl+Enter).</source>
        <translation>No se cobró nada. Pida al cliente otra tarjeta y pulse Probar otra tarjeta (Ctrl+Intro).</translation>
    </message>
    <message>
        <source>Verified: created, the customer completes the payment</source>
        <translation>Verificado: creado, el cliente completa el pago</translation>
    </message>
    <message>
        <source>Verified: paid</source>
        <translation>Verificado: pagado</translation>
    </message>
    <message>
        <source>Leave this sale unchecked?</source>
        <translation>¿Dejar esta venta sin comprobar?</translation>
    </message>
    <message>
        <source>If you start a new sale, this one stays in the journal as &quot;Check before trying again&quot; and support can verify it later (Support ▸ Journal). Do not charge the customer again before it is checked.</source>
        <translation>Si empieza una venta nueva, esta queda en el diario como «Compruebe antes de reintentar» y soporte puede verificarla más tarde (Soporte ▸ Diario). No vuelva a cobrar al cliente antes de comprobarla.</translation>
    </message>
    <message>
        <source>Start a new sale</source>
        <translation>Empezar una venta nueva</translation>
    </message>
    <message>
        <source>Stay and verify</source>
        <translation>Quedarse y verificar</translation>
    </message>
    <message>
        <source>Waiting for the journal database (%1), %2 s. Nothing is sent before the sale is written; Esc gives up.</source>
        <translation>Esperando la base de datos del diario (%1), %2 s. No se envía nada antes de anotar la venta; Esc desiste.</translation>
    </message>
    <message>
        <source>Waiting for the journal database (%1), %2 s.</source>
        <translation>Esperando la base de datos del diario (%1), %2 s.</translation>
    </message>
    <message>
        <source>Waiting for the payment service…</source>
        <translation>Esperando al servicio de pago…</translation>
    </message>
    <message>
        <source>Asking the payment service what became of this sale…</source>
        <translation>Preguntando al servicio de pago qué pasó con esta venta…</translation>
    </message>
    <message>
        <source>New sale (Ctrl+N)</source>
        <translation>Nueva venta (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Locked: verify first</source>
        <translation>Bloqueado: verifique primero</translation>
    </message>
    <message>
        <source>Sending the sale…</source>
        <translation>Enviando la venta…</translation>
    </message>
    <message>
        <source>Asking about this sale…</source>
        <translation>Preguntando por esta venta…</translation>
    </message>
    <message>
        <source>The receipt printer could not print: %1</source>
        <translation>La impresora de recibos no pudo imprimir: %1</translation>
    </message>
    <message>
        <source>Check the printer&apos;s paper and cable, then Print again.</source>
        <translation>Compruebe el papel y el cable de la impresora y luego Imprimir de nuevo.</translation>
    </message>
    <message>
        <source>The payment may have gone through.</source>
        <translation>Puede que el pago se haya hecho.</translation>
    </message>
    <message>
        <source>Do not charge again yet. Press Verify (Ctrl+Shift+V) to ask the payment service.</source>
        <translation>No vuelva a cobrar todavía. Pulse Verificar (Ctrl+Mayús+V) para preguntar al servicio de pago.</translation>
    </message>
    <message>
        <source>If it cannot tell, ask the customer to look in their banking app for a payment of %1 at %2.</source>
        <translation>Si no lo sabe, pida al cliente que busque en la app de su banco un pago de %1 a las %2.</translation>
    </message>
    <message>
        <source>If it cannot tell, ask the customer to look in their banking app for a payment of %1 at %2 with the card ending %3.</source>
        <translation>Si no lo sabe, pida al cliente que busque en la app de su banco un pago de %1 a las %2 con la tarjeta acabada en %3.</translation>
    </message>
    <message>
        <source>You can verify again. Do not charge again before it is checked.</source>
        <translation>Puede volver a verificar. No vuelva a cobrar antes de comprobarlo.</translation>
    </message>
    <message>
        <source>Nobody knows yet whether this sale of %1 was charged: the customer may have paid.</source>
        <translation>Aún no se sabe si esta venta de %1 se cobró: puede que el cliente haya pagado.</translation>
    </message>
    <message>
        <source>Not confirmed: %1 Nothing was sent.</source>
        <translation>Sin confirmar: %1 No se envió nada.</translation>
    </message>
</context>
<context>
    <name>paydesk::SettingsDialog</name>
    <message>
        <source>A new profile: fill it in, test it, save it.</source>
        <translation>Un perfil nuevo: rellénelo, pruébelo y guárdelo.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its credentials?</source>
        <translation>¿Quitar el perfil «%1» y sus credenciales?</translation>
    </message>
    <message>
        <source>There is already a profile &quot;%1&quot;.</source>
        <translation>Ya existe un perfil «%1».</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is saved.</source>
        <translation>El perfil «%1» está guardado.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is removed.</source>
        <translation>El perfil «%1» se ha quitado.</translation>
    </message>
    <message>
        <source>Reading the credentials from the keyring…</source>
        <translation>Leyendo las credenciales del llavero…</translation>
    </message>
    <message>
        <source>Reading the credentials…</source>
        <translation>Leyendo las credenciales…</translation>
    </message>
    <message>
        <source>Saving the credentials to the keyring…</source>
        <translation>Guardando las credenciales en el llavero…</translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>Guardando el perfil…</translation>
    </message>
    <message>
        <source>Removing the credentials from the keyring…</source>
        <translation>Quitando las credenciales del llavero…</translation>
    </message>
    <message>
        <source>Removing the profile…</source>
        <translation>Quitando el perfil…</translation>
    </message>
    <message>
        <source>Save keeps every tab&apos;s changes, the profile being edited included. The receipt, terminal and devices are used at once; a new or changed backend profile from the next start of Paydesk.</source>
        <translation>Guardar conserva los cambios de todas las pestañas, incluido el perfil que se edita. El recibo, el terminal y los dispositivos se usan al momento; un perfil de servicio nuevo o cambiado, a partir del próximo inicio de Paydesk.</translation>
    </message>
    <message>
        <source>Fields marked (locked) are set by your administrator in %1 and cannot be changed here.</source>
        <translation>Los campos marcados (bloqueado) los fija su administrador en %1 y no se pueden cambiar aquí.</translation>
    </message>
    <message>
        <source>Greyed fields are set by your administrator in %1 and cannot be changed here.</source>
        <translation>Los campos en gris los fija su administrador en %1 y no se pueden cambiar aquí.</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (bloqueado)</translation>
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
        <source>The settings are saved.</source>
        <translation>La configuración está guardada.</translation>
    </message>
    <message>
        <source>They are in use from now on.</source>
        <translation>Se usan desde ahora.</translation>
    </message>
</context>
<context>
    <name>paydesk::SetupWizard</name>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>Guardando la configuración…</translation>
    </message>
    <message>
        <source>Saving the credentials to the keyring…</source>
        <translation>Guardando las credenciales en el llavero…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Greyed fields are set by your administrator in %1.</source>
        <translation>Los campos en gris los fija su administrador en %1.</translation>
    </message>
</context>
<context>
    <name>paydesk::StoreTillsView</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>hace %Ln min</numerusform>
            <numerusform>hace %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>hace %Ln h</numerusform>
            <numerusform>hace %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Last forwarded</source>
        <translation>Último envío</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Oldest waiting sale</source>
        <translation>Venta en espera más antigua</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Último aviso</translation>
    </message>
    <message>
        <source>Reading the tills…</source>
        <translation>Leyendo las cajas…</translation>
    </message>
    <message>
        <source>reading the tills</source>
        <translation>leyendo las cajas</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln venta</numerusform>
            <numerusform>%Ln ventas</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>⚠ %1: not reporting</source>
        <translation>⚠ %1: sin avisar</translation>
    </message>
    <message>
        <source>No till has forwarded to this store yet.</source>
        <translation>Ninguna caja ha enviado nada a esta tienda todavía.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln till(s), every one up to date.</source>
        <translation>
            <numerusform>%Ln caja, al día.</numerusform>
            <numerusform>%Ln cajas, todas al día.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln till(s): </source>
        <translation>
            <numerusform>%Ln caja: </numerusform>
            <numerusform>%Ln cajas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with sales not yet forwarded</source>
        <translation>
            <numerusform>%Ln con ventas aún no enviadas</numerusform>
            <numerusform>%Ln con ventas aún no enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not reporting</source>
        <translation>
            <numerusform>%Ln sin avisar</numerusform>
            <numerusform>%Ln sin avisar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::SupportPage</name>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;Inspect an answer</source>
        <translation>&amp;Inspeccionar una respuesta</translation>
    </message>
    <message>
        <source>End of &amp;day</source>
        <translation>&amp;Cierre del día</translation>
    </message>
    <message>
        <source>Journal database</source>
        <translation>Base de datos del diario</translation>
    </message>
    <message>
        <source>Waiting for the journal database: %1… %2 s</source>
        <translation>Esperando la base de datos del diario: %1… %2 s</translation>
    </message>
    <message>
        <source>&amp;Tills</source>
        <translation>Ca&amp;jas</translation>
    </message>
</context>
<context>
    <name>paydesk::Taxes</name>
    <message>
        <source>Catalogue entry %1: tax_rate &quot;%2&quot; is not a percentage from 0 to 100 with at most two decimals; no tax is shown for it.</source>
        <translation>Entrada %1 del catálogo: tax_rate «%2» no es un porcentaje de 0 a 100 con dos decimales como máximo; no se muestra impuesto para ella.</translation>
    </message>
</context>
<context>
    <name>paydesk::Training</name>
    <message>
        <source>The training sandbox cannot listen on 127.0.0.1.</source>
        <translation>El entorno de pruebas de formación no puede escuchar en 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>paydesk::Verifier</name>
    <message>
        <source>There is no journal entry %1.</source>
        <translation>No existe la entrada del diario %1.</translation>
    </message>
    <message>
        <source>Nothing to verify: the sale is already %1.</source>
        <translation>Nada que verificar: la venta ya está %1.</translation>
    </message>
    <message>
        <source>Checkout cannot be asked by key. Look for the order reference &quot;%1&quot; in the shop&apos;s orders (or ask the customer for the card statement) before charging again.</source>
        <translation>A Checkout no se le puede preguntar por clave. Busque la referencia de pedido «%1» en los pedidos de la tienda (o pida al cliente el extracto de la tarjeta) antes de volver a cobrar.</translation>
    </message>
    <message>
        <source>Offer cannot be asked by key. Ask the Offer back office whether quote %1 got a payment intent at %2 before trying again.</source>
        <translation>A Offer no se le puede preguntar por clave. Pregunte al back office de Offer si el presupuesto %1 obtuvo una intención de pago el %2 antes de reintentar.</translation>
    </message>
    <message>
        <source>Ocho cannot be asked by key. Ask the Ocho plugin whether transaction &quot;%1&quot; has a payment intent before trying again.</source>
        <translation>A Ocho no se le puede preguntar por clave. Pregunte al plugin de Ocho si la transacción «%1» tiene una intención de pago antes de reintentar.</translation>
    </message>
    <message>
        <source>Dots says intent %1 is %2.</source>
        <translation>Según Dots, la intención %1 está en estado %2.</translation>
    </message>
    <message>
        <source>Dots could not be asked: %1</source>
        <translation>No se pudo consultar a Dots: %1</translation>
    </message>
    <message>
        <source>Dots has intent %1 for this sale: %2.</source>
        <translation>Dots tiene la intención %1 para esta venta: %2.</translation>
    </message>
    <message>
        <source>Look for the sale&apos;s key in the intents&apos; metadata in the Dots dashboard before trying again.</source>
        <translation>Busque la clave de la venta en los metadatos de las intenciones en el panel de Dots antes de reintentar.</translation>
    </message>
    <message>
        <source>the answer is one page of a longer list</source>
        <translation>la respuesta es una página de una lista más larga</translation>
    </message>
    <message>
        <source>the answer is not the published list (an array)</source>
        <translation>la respuesta no es la lista publicada (un arreglo)</translation>
    </message>
    <message>
        <source>it holds exactly %1 intents, a usual page size: it may have been cut short</source>
        <translation>tiene exactamente %1 intenciones, un tamaño de página habitual: puede estar incompleta</translation>
    </message>
    <message>
        <source>every intent in it is newer than the sale: it may not reach back that far</source>
        <translation>todas sus intenciones son posteriores a la venta: puede que no llegue tan atrás</translation>
    </message>
    <message>
        <source>Asked: %1 %2. Answered: %3.</source>
        <translation>Consulta: %1 %2. Respuesta: %3.</translation>
    </message>
    <message>
        <source>The sale is still being sent (by %1): wait for its answer; nothing was changed.</source>
        <translation>La venta todavía se está enviando (por %1): espere su respuesta; no se cambió nada.</translation>
    </message>
    <message>
        <source>The sandbox answered this key with HTTP %1 at the time: the sale is %2.</source>
        <translation>En su momento el entorno de pruebas respondió a esta clave con HTTP %1: la venta está %2.</translation>
    </message>
    <message>
        <source>HTTP %1, the attempt kept under this key (its answer was HTTP %2)</source>
        <translation>HTTP %1, el intento guardado con esta clave (su respuesta fue HTTP %2)</translation>
    </message>
    <message>
        <source>The sandbox has no record of key %1: the sale never reached it. It can be sent again.</source>
        <translation>El entorno de pruebas no tiene registro de la clave %1: la venta nunca le llegó. Se puede volver a enviar.</translation>
    </message>
    <message>
        <source>HTTP 404, the sandbox&apos;s own &quot;no answer is kept for this key&quot;</source>
        <translation>HTTP 404, el propio «no hay respuesta guardada para esta clave» del entorno de pruebas</translation>
    </message>
    <message>
        <source>The answer is not the sandbox&apos;s lookup, so it proves nothing: the sale stays unknown. Check that this profile really is the Paydesk sandbox.</source>
        <translation>La respuesta no es la consulta del entorno de pruebas, así que no prueba nada: la venta sigue desconocida. Verifique que este perfil sea de verdad el entorno de pruebas de Paydesk.</translation>
    </message>
    <message>
        <source>HTTP %1, not in the lookup&apos;s shape</source>
        <translation>HTTP %1, sin la forma de la consulta</translation>
    </message>
    <message>
        <source>The sandbox could not be asked: %1</source>
        <translation>No se pudo consultar al entorno de pruebas: %1</translation>
    </message>
    <message>
        <source>HTTP %1, intent %2 (%3)</source>
        <translation>HTTP %1, intención %2 (%3)</translation>
    </message>
    <message>
        <source>Dots&apos; list proves nothing (%1): the sale stays unknown. Look for key %2 in the intents&apos; metadata in the Dots dashboard.</source>
        <translation>La lista de Dots no prueba nada (%1): la venta sigue desconocida. Busque la clave %2 en los metadatos de las intenciones en el panel de Dots.</translation>
    </message>
    <message>
        <source>HTTP %1, %2 intents; intent %3 carries key %4</source>
        <translation>HTTP %1, %2 intenciones; la intención %3 lleva la clave %4</translation>
    </message>
    <message>
        <source>Dots&apos; list has no intent carrying key %1, but it proves nothing (%2): the sale stays unknown. Look for the key in the intents&apos; metadata in the Dots dashboard before trying again.</source>
        <translation>La lista de Dots no tiene ninguna intención con la clave %1, pero no prueba nada (%2): la venta sigue desconocida. Busque la clave en los metadatos de las intenciones en el panel de Dots antes de reintentar.</translation>
    </message>
    <message>
        <source>HTTP %1, %2 intents, none with this key; %3</source>
        <translation>HTTP %1, %2 intenciones, ninguna con esta clave; %3</translation>
    </message>
    <message>
        <source>reading the sale to verify</source>
        <translation>leyendo la venta a verificar</translation>
    </message>
    <message>
        <source>noting what the verify found</source>
        <translation>anotando lo que halló la verificación</translation>
    </message>
    <message>
        <source>recording what the verify found</source>
        <translation>registrando lo que halló la verificación</translation>
    </message>
    <message>
        <source>This sale was sent to %1, not to the sandbox that could be asked (%2): the sandbox knows nothing of it, so the sale stays unknown. %3</source>
        <translation>Esta venta se envió a %1, no al sandbox al que se podía preguntar (%2): el sandbox no sabe nada de ella, así que la venta sigue en estado desconocido. %3</translation>
    </message>
    <message>
        <source>Nothing was asked: no witness at the sale&apos;s own destination.</source>
        <translation>No se preguntó nada: no hay testigo en el destino de la propia venta.</translation>
    </message>
    <message>
        <source>Nothing was asked: this backend has no lookup by key (the sale went to %1).</source>
        <translation>No se preguntó nada: este backend no permite buscar por clave (la venta fue a %1).</translation>
    </message>
    <message>
        <source>Dots at %1 has no intent carrying key %2, but the sale was sent to %3: its absence there proves nothing, so the sale stays unknown.</source>
        <translation>Dots en %1 no tiene ningún intent con la clave %2, pero la venta se envió a %3: que no esté allí no prueba nada, así que la venta sigue en estado desconocido.</translation>
    </message>
    <message>
        <source>HTTP %1, %2 intents, none with this key; not the sale&apos;s destination</source>
        <translation>HTTP %1, %2 intents, ninguno con esta clave; no es el destino de la venta</translation>
    </message>
    <message>
        <source>Too early to tell: Dots has no intent carrying key %1 yet, but it may still be adding it to its list. Try again after %2.</source>
        <translation>Aún es pronto para saberlo: Dots todavía no tiene ningún intent con la clave %1, pero puede que aún lo esté añadiendo a su lista. Vuelva a intentarlo después de las %2.</translation>
    </message>
    <message>
        <source>HTTP %1, the whole list (%2 intents), none with this key yet; it counts from %3</source>
        <translation>HTTP %1, la lista completa (%2 intents), ninguno con esta clave todavía; cuenta desde %3</translation>
    </message>
    <message>
        <source>Dots&apos; complete list has no intent carrying key %1. One more look settles it: try again after %2.</source>
        <translation>La lista completa de Dots no tiene ningún intent con la clave %1. Una comprobación más lo resuelve: vuelva a intentarlo después de las %2.</translation>
    </message>
    <message>
        <source>HTTP %1, the whole list (%2 intents, unpaged), none with this key: look %3 of 2</source>
        <translation>HTTP %1, la lista completa (%2 intents, sin paginar), ninguno con esta clave: consulta %3 de 2</translation>
    </message>
    <message>
        <source>Dots has no intent carrying key %1 in its complete list, looked at twice (%2 and now): the sale never reached it. It can be sent again.</source>
        <translation>Dots no tiene ningún intent con la clave %1 en su lista completa, consultada dos veces (%2 y ahora): la venta nunca le llegó. Se puede volver a enviar.</translation>
    </message>
    <message>
        <source>HTTP %1, the whole list (%2 intents, unpaged), none with this key, as at %3</source>
        <translation>HTTP %1, la lista completa (%2 intents, sin paginar), ninguno con esta clave, como a las %3</translation>
    </message>
    <message>
        <source>Nothing was asked: %1 publishes no refund API.</source>
        <translation>No se preguntó nada: %1 no publica una API de reembolsos.</translation>
    </message>
    <message>
        <source>Dots says refund %1 is %2.</source>
        <translation>Según Dots, el reembolso %1 está en estado %2.</translation>
    </message>
    <message>
        <source>HTTP %1, refund %2 (%3)</source>
        <translation>HTTP %1, reembolso %2 (%3)</translation>
    </message>
    <message>
        <source>Dots&apos; refunds could not be listed to the end (page %1): %2. The refund stays unknown.</source>
        <translation>No se pudieron listar los reembolsos de Dots hasta el final (página %1): %2. El reembolso sigue desconocido.</translation>
    </message>
    <message>
        <source>Dots&apos; refunds list says it has more but gives no way to go on: it proves nothing, and the refund stays unknown.</source>
        <translation>La lista de reembolsos de Dots dice que hay más pero no da forma de seguir: no prueba nada, y el reembolso sigue desconocido.</translation>
    </message>
    <message>
        <source>HTTP %1, page %2 of the refunds</source>
        <translation>HTTP %1, página %2 de los reembolsos</translation>
    </message>
    <message>
        <source>HTTP %1, the whole refunds list (%2 pages, %3 refunds, %4 of intent %5)</source>
        <translation>HTTP %1, la lista completa de reembolsos (%2 páginas, %3 reembolsos, %4 de la intención %5)</translation>
    </message>
    <message>
        <source>Dots has refund %1 of %2 for this intent, the only one no other journal entry knows: it is %3.</source>
        <translation>Dots tiene el reembolso %1 de %2 para esta intención, el único que ninguna otra entrada del diario conoce: está %3.</translation>
    </message>
    <message>
        <source>; refund %1 is not known by any other entry</source>
        <translation>; ninguna otra entrada conoce el reembolso %1</translation>
    </message>
    <message>
        <source>Dots has refunds of this intent that the journal does not know (%1), none alone matching this refund: it stays unknown. Check them in the Dots dashboard.</source>
        <translation>Dots tiene reembolsos de esta intención que el diario no conoce (%1), ninguno que por sí solo corresponda a este reembolso: sigue desconocido. Revíselos en el panel de Dots.</translation>
    </message>
    <message>
        <source>Dots at %1 has no such refund, but the refund was sent to %2: its absence there proves nothing, so it stays unknown.</source>
        <translation>Dots en %1 no tiene ese reembolso, pero el reembolso se envió a %2: su ausencia allí no prueba nada, así que sigue desconocido.</translation>
    </message>
    <message>
        <source>; not the refund&apos;s destination</source>
        <translation>; no es el destino del reembolso</translation>
    </message>
    <message>
        <source>Too early to tell: Dots&apos; refunds list has no such refund yet, but it may still be adding it. Try again after %1.</source>
        <translation>Aún es pronto para saberlo: la lista de reembolsos de Dots todavía no tiene ese reembolso, pero puede que aún lo esté agregando. Vuelva a intentarlo después de las %1.</translation>
    </message>
    <message>
        <source>; it counts from %1</source>
        <translation>; cuenta desde las %1</translation>
    </message>
    <message>
        <source>Dots&apos; complete refunds list has no such refund. One more look settles it: try again after %1.</source>
        <translation>La lista completa de reembolsos de Dots no tiene ese reembolso. Una comprobación más lo resuelve: vuelva a intentarlo después de las %1.</translation>
    </message>
    <message>
        <source>; none unknown to the journal: look %1 of 2</source>
        <translation>; ninguno desconocido para el diario: comprobación %1 de 2</translation>
    </message>
    <message>
        <source>Dots&apos; complete refunds list, looked at twice (%1 and now), has no such refund: it never reached Dots. Nothing was refunded; it can be refunded again.</source>
        <translation>La lista completa de reembolsos de Dots, consultada dos veces (%1 y ahora), no tiene ese reembolso: nunca llegó a Dots. No se reembolsó nada; se puede volver a reembolsar.</translation>
    </message>
    <message>
        <source>; none unknown to the journal, as at %1</source>
        <translation>; ninguno desconocido para el diario, ya a las %1</translation>
    </message>
</context>
<context>
    <name>paydesk::Workplace</name>
    <message>
        <source>There is no profile &quot;%1&quot; in %2.</source>
        <translation>No existe el perfil «%1» en %2.</translation>
    </message>
    <message>
        <source>No profile of %1 can be used:
%2</source>
        <translation>Ningún perfil de %1 se puede usar:
%2</translation>
    </message>
    <message>
        <source>The receipt printer cannot be used: %1</source>
        <translation>No se puede usar la impresora de recibos: %1</translation>
    </message>
    <message>
        <source>The journal cannot be opened, so nothing can be sold: %1</source>
        <translation>El diario no se puede abrir, así que no se puede vender nada: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::receipttext</name>
    <message>
        <source>TRAINING — NOT A REAL PAYMENT</source>
        <translation>FORMACIÓN — NO ES UN PAGO REAL</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Número de recibo: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Your receipt online:</source>
        <translation>Su recibo en línea:</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>RFC: %1</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation>Operador %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>%1 %2 %: %3</source>
        <extracomment>A tax included in the prices: &quot;IVA 16 %: MXN 12.41&quot;</extracomment>
        <translation>%1 %2 %: %3</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>REEMBOLSO</translation>
    </message>
    <message>
        <source>Refund of sale %1 (%2)</source>
        <translation>Reembolso de la venta %1 (%2)</translation>
    </message>
    <message>
        <source>Refund of sale %1 (entry %2, %3)</source>
        <translation>Reembolso de la venta %1 (entrada %2, %3)</translation>
    </message>
    <message>
        <source>Refund id: %1</source>
        <translation>Id del reembolso: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
</context>
</TS>
