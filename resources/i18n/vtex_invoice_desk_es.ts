<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/accounts/dialog.py" line="+68"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New store</source>
        <translation>&amp;Nueva tienda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mystore</source>
        <translation>mitienda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stable (vtexcommercestable)</source>
        <translation>Estable (vtexcommercestable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta (vtexcommercebeta)</source>
        <translation>Beta (vtexcommercebeta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the key for this session only (not in the keyring)</source>
        <translation>Guardar la clave solo en esta sesión (fuera del llavero)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep for this session only</source>
        <translation>Guardar solo en esta sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Account name:</source>
        <translation>Nombre de la &amp;cuenta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App &amp;key:</source>
        <translation>C&amp;lave de API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App t&amp;oken:</source>
        <translation>T&amp;oken de API:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Key and token kept in: {place}</source>
        <translation>Clave y token guardados en: {place}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Leave key and token empty to keep the saved ones.</source>
        <translation>Deje la clave y el token vacíos para conservar los guardados.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key and token go to the system keyring; the settings file keeps only the store name.</source>
        <translation>La clave y el token van al llavero del sistema; el archivo de configuración solo guarda el nombre de la tienda.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter the app key and the app token.</source>
        <translation>Ingrese la clave de API y el token de API.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the key and token in the system keyring…</source>
        <translation>Guardando la clave y el token en el llavero del sistema…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not write the settings file: {reason}</source>
        <translation>No se pudo escribir el archivo de configuración: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Saved. The key and token are in {place}.</source>
        <translation>Guardado. La clave y el token están en {place}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved for this session only: the key is forgotten when the app closes.</source>
        <translation>Guardado solo para esta sesión: la clave se olvida al cerrar la aplicación.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removed {account}; deleting its key from the keyring…</source>
        <translation>Se quitó la tienda {account}; borrando su clave del llavero…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The store was removed, but its key could not be deleted from the keyring: {reason}</source>
        <translation>La tienda se quitó, pero su clave no se pudo borrar del llavero: {reason}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Removed {account} and its key.</source>
        <translation>Se quitó la tienda {account} junto con su clave.</translation>
    </message>
</context>
<context>
    <name>BatchFixes</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/batch/fixes.py" line="+39"/>
        <source>Set &amp;order…</source>
        <translation>Indicar pe&amp;dido…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected file its VTEX order (before the send)</source>
        <translation>Dar al archivo seleccionado su pedido VTEX (antes del envío)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send failed a&amp;gain…</source>
        <translation>Reenv&amp;iar las fallidas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the files again, then send the rows that failed or are pending: nothing is sent twice</source>
        <translation>Verificar los archivos de nuevo y enviar las filas fallidas o pendientes: nada se envía dos veces</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Set the order</source>
        <translation>Indicar el pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VTEX order id for {file} (such as 1234567890123-01):</source>
        <translation>Id del pedido VTEX para {file} (como 1234567890123-01):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the order</source>
        <translation>Leer el pedido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading order {order}…</source>
        <translation>Leyendo el pedido {order}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The preview changed while the order was read: the row was not changed.</source>
        <translation>La vista previa cambió mientras se leía el pedido: la fila no se modificó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} now goes to order {order}: its checks were run again.</source>
        <translation>{file} ahora va al pedido {order}: sus verificaciones se hicieron de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store has no order {order}: the row was not changed.</source>
        <translation>La tienda no tiene el pedido {order}: la fila no se modificó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {order} could not be read: the row was not changed.</source>
        <translation>No se pudo leer el pedido {order}: la fila no se modificó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the order</source>
        <translation>Leyendo el pedido</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checked again: no row is left to send. Look at the messages of the rows.</source>
        <translation>Verificado de nuevo: no queda ninguna fila para enviar. Vea los mensajes de las filas.</translation>
    </message>
</context>
<context>
    <name>BatchMapping</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/batch/mapping.py" line="+35"/>
        <source>&amp;Map items…</source>
        <translation>&amp;Mapear ítems…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which order item each unmatched NF-e line of the selected file is</source>
        <translation>Indicar qué ítem del pedido es cada línea sin correspondencia de la NF-e del archivo seleccionado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Map the items of {file}</source>
        <translation>Mapear los ítems de {file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{file}: its items were mapped by hand and its checks were run again.</source>
        <translation>{file}: sus ítems se mapearon a mano y sus verificaciones se hicieron de nuevo.</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/batch/model.py" line="+39"/>
        <source>would send</source>
        <translation>se enviaría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already on the order</source>
        <translation>ya está en el pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no order found</source>
        <translation>pedido no encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order id in xPed</source>
        <translation>n.º de pedido en xPed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order id in an item&apos;s xPed</source>
        <translation>n.º de pedido en el xPed de un ítem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order id in infCpl</source>
        <translation>n.º de pedido en infCpl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order id in infAdFisco</source>
        <translation>n.º de pedido en infAdFisco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketplace id in xPed</source>
        <translation>n.º del marketplace en xPed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketplace id in an item&apos;s xPed</source>
        <translation>n.º del marketplace en el xPed de un ítem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketplace id in infCpl</source>
        <translation>n.º del marketplace en infCpl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketplace id in infAdFisco</source>
        <translation>n.º del marketplace en infAdFisco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent before (journal)</source>
        <translation>enviada antes (diario)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipient and total</source>
        <translation>destinatario y total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picked by hand</source>
        <translation>elegido a mano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sale</source>
        <translation>venta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>return</source>
        <translation>devolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matched by</source>
        <translation>Encontrado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>excluded</source>
        <translation>excluida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>included</source>
        <translation>incluida</translation>
    </message>
</context>
<context>
    <name>BatchOutputs</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/batch/outputs.py" line="+32"/>
        <source>Save &amp;report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DANFEs and &amp;labels…</source>
        <translation>DANFEs y eti&amp;quetas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview, print or save the DANFEs (or 55 mm labels) of the invoices on their orders</source>
        <translation>Ver, imprimir o guardar los DANFE (o las etiquetas de 55 mm) de las facturas que están en sus pedidos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>batch of {count} invoices</source>
        <translation>lote de {count} facturas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the batch report</source>
        <translation>Guardar el informe del lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report saved to {path}</source>
        <translation>Informe guardado en {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report could not be saved: {reason}</source>
        <translation>No se pudo guardar el informe: {reason}</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/batch/summary.py" line="+24"/>
        <source>{files} files: {would} to send ({sales} in sales, {returns} in returns), {already} already on their orders, {failed} failed, {unmatched} without an order, {skipped} skipped</source>
        <translation>{files} archivos: {would} por enviar ({sales} en ventas, {returns} en devoluciones), {already} ya en sus pedidos, {failed} con error, {unmatched} sin pedido, {skipped} omitidos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{files} files: {sent} sent, {already} already on their orders, {pending} pending, {failed} failed, {other} not sent</source>
        <translation>{files} archivos: {sent} enviados, {already} ya en sus pedidos, {pending} pendientes, {failed} con error, {other} no enviados</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send the batch</source>
        <translation>Enviar el lote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send 1 invoice to {store}, {total}?</source>
        <translation>¿Enviar 1 factura a {store}, {total}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send {count} invoices to {store}, {total} in all?</source>
        <translation>¿Enviar {count} facturas a {store}, {total} en total?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales: {sales}. Returns: {returns}. Only the rows marked &quot;would send&quot; go; each is written to the journal before it leaves, and nothing already on its order is sent again.</source>
        <translation>Ventas: {sales}. Devoluciones: {returns}. Solo van las filas marcadas &quot;se enviaría&quot;; cada una se registra en el diario antes de salir, y nada que ya esté en su pedido se envía otra vez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send</source>
        <translation>No enviar</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/batch/view.py" line="+82"/>
        <source>Add &amp;files…</source>
        <extracomment>Rows the column widths are measured on when a check ends.</extracomment>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add folder…</source>
        <translation>Añadir ca&amp;rpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files of the batch</source>
        <translation>Archivos del lote</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Batch progress</source>
        <translation>Progreso del lote</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+255"/>
        <source>&amp;Check (dry run)</source>
        <translation>&amp;Verificar (simulación)</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Read every file and check it against the store&apos;s orders: nothing is sent</source>
        <translation>Lee cada archivo y lo compara con los pedidos de la tienda: no se envía nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the invoices already on their way</source>
        <translation>Detenerse después de las facturas que ya están en camino</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add NF-e files</source>
        <translation>Añadir archivos de NF-e</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NF-e XML or ZIP files (*.xml *.zip);;All files (*)</source>
        <translation>Archivos XML o ZIP de NF-e (*.xml *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a folder of NF-e files</source>
        <translation>Añadir una carpeta de NF-e</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Press Check to see what would be sent.</source>
        <translation>Pulse Verificar para ver lo que se enviaría.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No store: open Accounts to add one</source>
        <translation>Ninguna tienda: abra Cuentas para agregar una</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the files and the store&apos;s orders…</source>
        <translation>Leyendo los archivos y los pedidos de la tienda…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>{done} of {total} files</source>
        <translation>{done} de {total} archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked: nothing was sent. Look at the rows, exclude what should not go, then send.</source>
        <translation>Verificado: no se envió nada. Revise las filas, excluya lo que no debe ir y luego envíe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The batch could not be checked: the store could not be read.</source>
        <translation>No se pudo verificar el lote: no se pudo leer la tienda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the batch</source>
        <translation>Verificando el lote</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling: the invoices already on their way finish, no other is sent.</source>
        <translation>Cancelando: las facturas ya en camino terminan, no se envía ninguna otra.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{done} of {total} invoices</source>
        <translation>{done} de {total} facturas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {total} invoices, about {seconds} s left</source>
        <translation>{done} de {total} facturas, faltan unos {seconds} s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VTEX asked to wait: every send pauses for {seconds} s.</source>
        <translation>VTEX pidió esperar: todos los envíos se pausan {seconds} s.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled. Check again and send to go on with the rest: nothing is sent twice.</source>
        <translation>Cancelado. Verifique de nuevo y envíe para seguir con el resto: nada se envía dos veces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent, but some rows are pending or failed: see their messages. Fix what they name, then Send failed again… (later, for pending rows).</source>
        <translation>Enviado, pero algunas filas están pendientes o fallaron: vea sus mensajes. Corrija lo que indican y use Reenviar las fallidas… (más tarde, para las pendientes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch was sent.</source>
        <translation>El lote fue enviado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The batch stopped. Check again: what was sent is in the journal and is never sent twice.</source>
        <translation>El lote se detuvo. Verifique de nuevo: lo enviado está en el diario y nunca se envía dos veces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending the batch</source>
        <translation>Enviando el lote</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Check again</source>
        <translation>&amp;Verificar de nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sen&amp;d 1 invoice…</source>
        <translation>E&amp;nviar 1 factura…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sen&amp;d {count} invoices…</source>
        <translation>E&amp;nviar {count} facturas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sen&amp;d…</source>
        <translation>E&amp;nviar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add or drop the day&apos;s NF-e: XML files, folders or ZIP files.</source>
        <translation>Añada o suelte las NF-e del día: archivos XML, carpetas o archivos ZIP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the batch: {names}</source>
        <translation>En el lote: {names}</translation>
    </message>
</context>
<context>
    <name>CarrierEditor</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/tracking_import/carrier_editor.py" line="+32"/>
        <location line="+7"/>
        <source>Carriers</source>
        <translation>Transportistas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Link checked (I opened one and it works)</source>
        <translation>Enlace &amp;verificado (abrí uno y funciona)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test link</source>
        <translation>&amp;Probar enlace</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name (as VTEX knows it):</source>
        <translation>&amp;Nombre (como lo conoce VTEX):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking &amp;URL template:</source>
        <translation>Plantilla de &amp;URL de seguimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code &amp;pattern (regular expression):</source>
        <translation>Patrón de có&amp;digo (expresión regular):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample &amp;code:</source>
        <translation>Código de e&amp;jemplo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Check this link: public templates for this carrier disagree. Test it with a real code before trusting it.</source>
        <translation>Verifique este enlace: las plantillas públicas de este transportista no coinciden. Pruébelo con un código real antes de confiar en él.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This carrier cannot be kept as it is: check its fields.</source>
        <translation>Este transportista no puede quedar así: revise sus campos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A carrier needs a name.</source>
        <translation>Un transportista necesita un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tracking URL template is a web address (https://…) with {placeholder} where the code goes.</source>
        <translation>La plantilla de URL de seguimiento es una dirección web (https://…) con {placeholder} donde va el código.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code pattern is not a valid regular expression.</source>
        <translation>El patrón de código no es una expresión regular válida.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a sample code and a URL template with {placeholder} first.</source>
        <translation>Escriba antes un código de ejemplo y una plantilla de URL con {placeholder}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New carrier {number}</source>
        <translation>Nuevo transportista {number}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The carriers could not be saved: {reason}</source>
        <translation>No se pudieron guardar los transportistas: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/accounts/connection_test.py" line="+39"/>
        <source>Enter the app key and the app token to test them.</source>
        <translation>Ingrese la clave de API y el token de API para probarlos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Testing the connection to {account}…</source>
        <translation>Probando la conexión con {account}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected. VTEX accepted the key, and its role may send invoices.</source>
        <translation>Conectado. VTEX aceptó la clave, y su rol puede enviar facturas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected, but the key&apos;s role lacks the &apos;Notify invoice&apos; resource (VTEX answered 403): it can read orders but not send invoices or tracking. In the VTEX Admin, Account settings &gt; Roles, add &apos;Notify invoice&apos; to the key&apos;s role (or use &apos;OMS - Full access&apos;).</source>
        <translation>Conectado, pero el rol de la clave no tiene el recurso &apos;Notify invoice&apos; (VTEX respondió 403): puede leer pedidos, pero no enviar facturas ni seguimiento. En el Admin VTEX, Configuración de la cuenta &gt; Roles, agregue &apos;Notify invoice&apos; al rol de la clave (o use &apos;OMS - Full access&apos;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected. VTEX accepted the key, and its role may send invoices (returns: see below).</source>
        <translation>Conectado. VTEX aceptó la clave, y su rol puede enviar facturas (devoluciones: vea abajo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected: VTEX accepted the key and token (whether the role may send invoices could not be checked).</source>
        <translation>Conectado: VTEX aceptó la clave y el token (no se pudo verificar si el rol puede enviar facturas).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrong key or token (VTEX answered 401): check both, and that the account name is &apos;{account}&apos;.</source>
        <translation>Clave o token incorrectos (VTEX respondió 401): revise ambos y que el nombre de la cuenta sea &apos;{account}&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key is valid, but its role may not read orders (VTEX answered 403). Give the role the &apos;List Orders&apos;, &apos;View order&apos; and &apos;Notify invoice&apos; resources.</source>
        <translation>La clave es válida, pero su rol no puede leer pedidos (VTEX respondió 403). Dé al rol los recursos &apos;List Orders&apos;, &apos;View order&apos; y &apos;Notify invoice&apos;.</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <location filename="../../vtex_invoice_gui/wording/forms.py" line="+11"/>
        <source>Must be a whole number of cents</source>
        <translation>Debe ser un número entero de centavos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be a whole number of cents (e.g. 2499 for 24.99), without a decimal separator</source>
        <translation>Debe ser un número entero de centavos (por ejemplo 2499 para 24,99), sin separador decimal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The issuance date needs a time of day as well as the date.</source>
        <translation>La fecha de emisión necesita la hora, además del día.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the invoice number.</source>
        <translation>Ingrese el número de la factura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invoice number is longer than {max} characters.</source>
        <translation>El número de la factura tiene más de {max} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The invoice number may only contain letters, digits and &apos;-&apos; (found {found}). VTEX accepts other characters but then fails on tracking updates.</source>
        <translation>El número de la factura solo puede tener letras, dígitos y &apos;-&apos; (se encontró: {found}). VTEX acepta otros caracteres, pero luego falla al actualizar el seguimiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every item needs its SKU id.</source>
        <translation>Cada ítem necesita el ID de su SKU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be a web address starting with http:// or https://</source>
        <translation>Debe ser una dirección web que empiece con http:// o https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU {sku} appears on more than one line; VTEX needs one line per SKU with the total quantity.</source>
        <translation>El SKU {sku} aparece en más de una línea; VTEX necesita una línea por SKU con la cantidad total.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dispatch date is before the issuance date.</source>
        <translation>La fecha de despacho es anterior a la fecha de emisión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the tracking number.</source>
        <translation>Ingrese el número de seguimiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delivered parcel needs the delivered date and time.</source>
        <translation>Un paquete entregado necesita la fecha y hora de entrega.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A delivered date is only sent when the parcel is marked delivered.</source>
        <translation>La fecha de entrega solo se envía cuando el paquete está marcado como entregado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one tracking event, or mark the parcel delivered.</source>
        <translation>Agregue al menos un evento de seguimiento o marque el paquete como entregado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The delivered date is before the dispatch date.</source>
        <translation>La fecha de entrega es anterior a la fecha de despacho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The delivered date is before the last tracking event.</source>
        <translation>La fecha de entrega es anterior al último evento de seguimiento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter at least {min_length} characters.</source>
        <translation>Ingrese al menos {min_length} caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter at most {max_length} characters.</source>
        <translation>Ingrese como máximo {max_length} caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least {min_length} lines.</source>
        <translation>Agregue al menos {min_length} líneas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one line.</source>
        <translation>Agregue al menos una línea.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep at most {max_length} lines.</source>
        <translation>Mantenga como máximo {max_length} líneas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be greater than {gt}.</source>
        <translation>Debe ser mayor que {gt}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be {ge} or more.</source>
        <translation>Debe ser {ge} o más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be less than {lt}.</source>
        <translation>Debe ser menor que {lt}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be {le} or less.</source>
        <translation>Debe ser {le} o menos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be a whole number.</source>
        <translation>Debe ser un número entero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must be a number.</source>
        <translation>Debe ser un número.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must be text.</source>
        <translation>Debe ser un texto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be yes or no.</source>
        <translation>Debe ser sí o no.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a valid date and time.</source>
        <translation>No es una fecha y hora válida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a valid date.</source>
        <translation>No es una fecha válida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must be {expected}.</source>
        <translation>Debe ser {expected}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount.</source>
        <translation>Ingrese un monto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; has more than one decimal separator &apos;{decimal_sep}&apos;.</source>
        <translation>&apos;{text}&apos; tiene más de un separador decimal &apos;{decimal_sep}&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the cents after &apos;{decimal_sep}&apos; or remove it.</source>
        <translation>Agregue los centavos después de &apos;{decimal_sep}&apos; o quítelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount has at most two decimal places (cents).</source>
        <translation>Un monto tiene como máximo dos decimales (centavos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos;: thousands separators (&apos;{group}&apos;) go every three digits, and the decimal separator is &apos;{decimal_sep}&apos;.</source>
        <translation>&apos;{text}&apos;: los separadores de miles (&apos;{group}&apos;) van cada tres dígitos, y el separador decimal es &apos;{decimal_sep}&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{text}&apos; does not fit this language&apos;s number format: the decimal separator is &apos;{decimal_sep}&apos; and thousands are grouped with {groups} (for example {example}).</source>
        <translation>&apos;{text}&apos; no sigue el formato de números de este idioma: el separador decimal es &apos;{decimal_sep}&apos; y los miles se separan con {groups} (por ejemplo {example}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{text}&apos; is not an amount; type digits, for example 1234{decimal_sep}56.</source>
        <translation>&apos;{text}&apos; no es un monto; escriba dígitos, por ejemplo 1234{decimal_sep}56.</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/nfe.py" line="+11"/>
        <source>The NF-e must be given as the raw bytes of the file (got {kind}).</source>
        <translation>La NF-e debe leerse como los bytes del archivo (se recibió: {kind}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty; it is not an NF-e XML.</source>
        <translation>El archivo está vacío; no es un XML de NF-e.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is {size_mb} MB; an NF-e XML is at most {limit_mb} MB, so this is probably not an NF-e. It was not read.</source>
        <translation>El archivo tiene {size_mb} MB; un XML de NF-e tiene como máximo {limit_mb} MB, así que probablemente no es una NF-e. No se leyó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds {count} XML elements, but an NF-e has at most {limit}: this is not an NF-e, and it was not read. Choose the NF-e XML file of the order.</source>
        <translation>El archivo tiene {count} elementos XML, pero una NF-e tiene como máximo {limit}: no es una NF-e y no se leyó. Elija el archivo XML de la NF-e del pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds {count} XML attributes, but an NF-e has at most {limit}: this is not an NF-e, and it was not read. Choose the NF-e XML file of the order.</source>
        <translation>El archivo tiene {count} atributos XML, pero una NF-e tiene como máximo {limit}: no es una NF-e y no se leyó. Elija el archivo XML de la NF-e del pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file declares {count} XML namespaces, but an NF-e declares at most {limit}: this is not an NF-e, and it was not read. Choose the NF-e XML file of the order.</source>
        <translation>El archivo declara {count} espacios de nombres XML, pero una NF-e declara como máximo {limit}: no es una NF-e y no se leyó. Elija el archivo XML de la NF-e del pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a regular file (it is a folder, a device or a pipe); choose the NF-e XML file itself.</source>
        <translation>Esto no es un archivo común (es una carpeta, un dispositivo o una tubería); elija el propio archivo XML de la NF-e.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is a PDF (probably the DANFE printout), not the NF-e XML. Ask for the XML file of the NF-e.</source>
        <translation>Este archivo es un PDF (probablemente la DANFE impresa), no el XML de la NF-e. Pida el archivo XML de la NF-e.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is a ZIP archive. Extract the NF-e XML from it first.</source>
        <translation>Este archivo es un ZIP. Extraiga primero el XML de la NF-e.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file contains a DTD/entity declaration, which is not allowed in an NF-e; it was not read.</source>
        <translation>El archivo contiene una declaración de DTD/entidad, que no se permite en una NF-e; no se leyó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is truncated or not well-formed XML (line {line}, column {column}): {reason}.</source>
        <translation>El archivo está cortado o no es un XML bien formado (línea {line}, columna {column}): {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file declares the text encoding &apos;{encoding}&apos;, which is unknown; it was not read.</source>
        <translation>El archivo declara la codificación de texto &apos;{encoding}&apos;, que es desconocida; no se leyó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file says its text encoding is {encoding}, but its bytes are not {encoding}.</source>
        <translation>El archivo dice que su codificación de texto es {encoding}, pero sus bytes no son {encoding}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not an NF-e XML: its main element is &lt;{root}&gt;, expected &lt;nfeProc&gt; or &lt;NFe&gt;.</source>
        <translation>Este archivo no es un XML de NF-e: su elemento principal es &lt;{root}&gt;; se esperaba &lt;nfeProc&gt; o &lt;NFe&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not an NF-e XML: it uses the XML namespace &apos;{namespace}&apos; instead of the NF-e namespace.</source>
        <translation>Este archivo no es un XML de NF-e: usa el espacio de nombres XML &apos;{namespace}&apos; en lugar del de la NF-e.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is an NF-e event (for example a cancellation or a correction letter), not the NF-e itself. Ask for the XML of the NF-e.</source>
        <translation>Este archivo es un evento de la NF-e (por ejemplo una cancelación o una carta de corrección), no la NF-e misma. Pida el XML de la NF-e.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not an NF-e XML: it is {what}.</source>
        <translation>Este archivo no es un XML de NF-e: es {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NF-e is incomplete: {what} ({path}) is missing.</source>
        <translation>La NF-e está incompleta: falta {what} ({path}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NF-e is incomplete: the {field} ({path}) is missing.</source>
        <translation>La NF-e está incompleta: falta el campo {field} ({path}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NF-e has an invalid {what} ({path}): &apos;{value}&apos;.</source>
        <translation>La NF-e tiene un valor no válido en el campo {what} ({path}): &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NF-e is incomplete: item {item} has no {what} ({path}).</source>
        <translation>La NF-e está incompleta: el ítem {item} no tiene el campo {what} ({path}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NF-e has an invalid {what} in item {item} ({path}): &apos;{value}&apos;.</source>
        <translation>La NF-e tiene un valor no válido en el campo {what} del ítem {item} ({path}): &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e is incomplete: the product of item {item} (det/prod) is missing.</source>
        <translation>La NF-e está incompleta: falta el producto del ítem {item} (det/prod).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e has no access key: neither infNFe/@Id nor protNFe/infProt/chNFe is present.</source>
        <translation>La NF-e no tiene clave de acceso: no hay infNFe/@Id ni protNFe/infProt/chNFe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The authorization protocol in this file is for access key {protocol_key}, but the NF-e in it has access key {document_key}. The file was put together wrongly; ask for the authorized XML (nfeProc) of this NF-e again.</source>
        <translation>El protocolo de autorización de este archivo es de la clave de acceso {protocol_key}, pero la NF-e que contiene tiene la clave de acceso {document_key}. El archivo se armó mal; pida de nuevo el XML autorizado (nfeProc) de esta NF-e.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file could not be read as an NF-e because of an unexpected problem ({kind}).</source>
        <translation>El archivo no se pudo leer como NF-e por un problema inesperado ({kind}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access key is empty.</source>
        <translation>La clave de acceso está vacía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access key has {length} characters but must have exactly 44.</source>
        <translation>La clave de acceso tiene {length} caracteres, pero debe tener exactamente 44.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access key has {length} characters but must have exactly 44. Remove the spaces, dots or the &apos;NFe&apos; prefix around it.</source>
        <translation>La clave de acceso tiene {length} caracteres, pero debe tener exactamente 44. Quite los espacios, puntos o el prefijo &apos;NFe&apos; que la rodean.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position {position} ({part}) holds &apos;{char}&apos;, but only digits are allowed there.</source>
        <translation>La posición {position} ({part}) tiene &apos;{char}&apos;, pero allí solo se permiten dígitos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position {position} ({part}) holds &apos;{char}&apos;, but only digits and capital letters are allowed there.</source>
        <translation>La posición {position} ({part}) tiene &apos;{char}&apos;, pero allí solo se permiten dígitos y letras mayúsculas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} more characters are not allowed where they are.</source>
        <translation>Otros {count} caracteres no se permiten donde están.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The state code (cUF, positions 1-2) is {value}, which is not a Brazilian state code (SP is 35, RJ 33, MG 31).</source>
        <translation>El código de estado (cUF, posiciones 1-2) es {value}, que no es el código de un estado brasileño (SP es 35, RJ 33, MG 31).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The month in the key (positions 5-6) is {value}; it must be 01 to 12.</source>
        <translation>El mes en la clave (posiciones 5-6) es {value}; debe ser de 01 a 12.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The emitter CNPJ in the key (positions 7-20) is {value}, which is not a valid CNPJ or CPF: its check digits are wrong.</source>
        <translation>El CNPJ del emisor en la clave (posiciones 7-20) es {value}, que no es un CNPJ o CPF válido: sus dígitos verificadores son incorrectos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model in the key (positions 21-22) is {value}; an NF-e is model 55 and an NFC-e model 65.</source>
        <translation>El modelo en la clave (posiciones 21-22) es {value}; una NF-e es modelo 55 y una NFC-e, modelo 65.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The invoice number in the key (positions 26-34) is 000000000; NF-e numbers start at 1.</source>
        <translation>El número de factura en la clave (posiciones 26-34) es 000000000; la numeración de la NF-e empieza en 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The emission type in the key (position 35) is 0; it must be 1 to 9.</source>
        <translation>El tipo de emisión en la clave (posición 35) es 0; debe ser de 1 a 9.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check digit is {given} but should be {expected}: the key was probably mistyped.</source>
        <translation>El dígito verificador es {given}, pero debería ser {expected}: la clave probablemente se escribió mal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key says invoice number {key} but the XML says {xml} (ide/nNF).</source>
        <translation>La clave indica el número de factura {key}, pero el XML dice {xml} (ide/nNF).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key says series {key} but the XML says {xml} (ide/serie).</source>
        <translation>La clave indica la serie {key}, pero el XML dice {xml} (ide/serie).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key says model {key} but the XML says {xml} (ide/mod).</source>
        <translation>La clave indica el modelo {key}, pero el XML dice {xml} (ide/mod).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key says state code {key} but the XML says {xml} (ide/cUF).</source>
        <translation>La clave indica el código de estado {key}, pero el XML dice {xml} (ide/cUF).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key holds emitter {key} but the XML emitter is {xml} ({where}).</source>
        <translation>La clave tiene el emisor {key}, pero el emisor en el XML es {xml} ({where}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key says the NF-e was issued in {key_month}/20{key_year} but the XML issue date is {xml_date}.</source>
        <translation>La clave indica que la NF-e se emitió en {key_month}/20{key_year}, pero la fecha de emisión en el XML es {xml_date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key says emission type {key} but the XML says {xml} (ide/tpEmis).</source>
        <translation>La clave indica el tipo de emisión {key}, pero el XML dice {xml} (ide/tpEmis).</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/accounts.py" line="+11"/>
        <source>Enter the store&apos;s VTEX account name (for example: mystore).</source>
        <translation>Ingrese el nombre de la cuenta VTEX de la tienda (por ejemplo: mitienda).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{name}&apos; is not a VTEX account name: use only lowercase letters a-z, digits and inner hyphens, as in https://ACCOUNT.vtexcommercestable.com.br.</source>
        <translation>&apos;{name}&apos; no es un nombre de cuenta VTEX: use solo letras minúsculas de la a a la z, dígitos y guiones intermedios, como en https://CUENTA.vtexcommercestable.com.br.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{url}&apos; is not a valid address: {reason}.</source>
        <translation>&apos;{url}&apos; no es una dirección válida: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A base URL must start with http:// or https://.</source>
        <translation>Una URL base debe empezar con http:// o https://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A base URL must not contain a user name or password.</source>
        <translation>Una URL base no puede contener nombre de usuario ni contraseña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A custom base URL is only allowed for the local sandbox (127.0.0.1, localhost or ::1). For a real store, enter its account name instead.</source>
        <translation>Una URL base propia solo se permite para el sandbox local (127.0.0.1, localhost o ::1). Para una tienda real, ingrese el nombre de la cuenta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A base URL must be only scheme, host and port (no path or query).</source>
        <translation>Una URL base debe tener solo esquema, host y puerto (sin ruta ni parámetros).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown environment &apos;{environment}&apos;; use one of {allowed}.</source>
        <translation>Entorno desconocido &apos;{environment}&apos;; use uno de estos: {allowed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a VTEX store address. Enter just the account name, the part before .vtexcommercestable.com.br.</source>
        <translation>&apos;{text}&apos; no es la dirección de una tienda VTEX. Ingrese solo el nombre de la cuenta, la parte antes de .vtexcommercestable.com.br.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both the app key and the app token are needed.</source>
        <translation>Se necesitan la clave de API y el token de API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keyring is locked. Unlock it (for example by logging in again or opening your keyring manager) and try again, or keep the key for this session only.</source>
        <translation>El llavero del sistema está bloqueado. Desbloquéelo (por ejemplo iniciando sesión de nuevo o abriendo su gestor de llaveros) e intente de nuevo, o guarde la clave solo para esta sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keyring is available to keep the app key and token safely ({reason}). On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet); on Windows and macOS the system keychain is used. You can keep the key for this session only instead.</source>
        <translation>No hay un llavero del sistema disponible para guardar con seguridad la clave de API y el token ({reason}). En Linux, instale y desbloquee un llavero Secret Service (GNOME Keyring o KWallet); en Windows y macOS se usa el llavero del sistema. Puede guardar la clave solo para esta sesión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system keyring did not answer within {seconds} s. Unlock or restart it (GNOME Keyring or KWallet) and try again, or keep the key for this session only.</source>
        <translation>El llavero del sistema no respondió en {seconds} s. Desbloquéelo o reinícielo (GNOME Keyring o KWallet) e intente de nuevo, o guarde la clave solo para esta sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no keyring available</source>
        <translation>ningún llavero disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system keyring, which is not answering</source>
        <translation>el llavero del sistema, que no responde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system keyring ({name})</source>
        <translation>el llavero del sistema ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this session only (forgotten when the app closes)</source>
        <translation>solo esta sesión (se olvida al cerrar la aplicación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app key contains a character VTEX app keys never have (a line break, tab, space, or an invisible or accented character), usually picked up while copying it. Copy the app key again from the VTEX Admin (Account settings &gt; Apps/API keys) and enter it again in Accounts.</source>
        <translation>La clave de API contiene un carácter que las claves de API de VTEX nunca tienen (un salto de línea, tabulación, espacio, o un carácter invisible o acentuado), normalmente tomado al copiarla. Copie la clave de API otra vez desde el Admin VTEX (Configuración de la cuenta &gt; Claves de API) e ingrésela de nuevo en Cuentas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app token contains a character VTEX app tokens never have (a line break, tab, space, or an invisible or accented character), usually picked up while copying it. Copy the app token again from the VTEX Admin (Account settings &gt; Apps/API keys) and enter it again in Accounts.</source>
        <translation>El token de API contiene un carácter que los tokens de API de VTEX nunca tienen (un salto de línea, tabulación, espacio, o un carácter invisible o acentuado), normalmente tomado al copiarlo. Copie el token de API otra vez desde el Admin VTEX (Configuración de la cuenta &gt; Claves de API) e ingréselo de nuevo en Cuentas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{problem} They came from the environment variables {key} and {token}: set them again, without spaces or line breaks inside.</source>
        <translation>{problem} Vinieron de las variables de entorno {key} y {token}: defínalas de nuevo, sin espacios ni saltos de línea en medio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file {path} could not be read ({reason}).</source>
        <translation>No se pudo leer el archivo de configuración {path} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file was damaged and has been set aside as {backup}; starting with empty settings ({count} problem(s)).</source>
        <translation>El archivo de configuración estaba dañado y se apartó como {backup}; se empieza con una configuración vacía ({count} problema(s)).</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/startup.py" line="+11"/>
        <source>The settings file {path} is not readable text (damaged, or not written by the desk) and has been set aside as {backup}. The desk starts with empty settings: add your stores again under Accounts.</source>
        <translation>El archivo de configuración {path} no es un texto legible (está dañado o no lo escribió la aplicación) y se guardó aparte como {backup}. La aplicación empieza con la configuración vacía: vuelva a agregar sus tiendas en Cuentas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The desk cannot write its log files in {folder} ({reason}), so it runs without them. Make that folder writable so that problems can be traced.</source>
        <translation>La aplicación no puede escribir sus archivos de registro en {folder} ({reason}) y funciona sin ellos. Permita escribir en esa carpeta para que se puedan rastrear los problemas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No graphical display was found, so VTEX Invoice Desk cannot open its window: start it from a desktop session, or for a headless try run: xvfb-run -a vtex-invoice-gui --demo</source>
        <translation>No se encontró ninguna pantalla gráfica, así que VTEX Invoice Desk no puede abrir su ventana: iníciela desde una sesión de escritorio o, para una prueba sin pantalla, ejecute: xvfb-run -a vtex-invoice-gui --demo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal file {path} is damaged ({reason}).</source>
        <translation>El archivo del registro de envíos {path} está dañado ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal file was damaged and has been set aside as {backup}; a new, empty journal was started. Sends made before are not in the History: before sending an invoice again, load the order and check its invoices. Keep the set-aside file for support.</source>
        <translation>El archivo del registro de envíos estaba dañado y se guardó aparte como {backup}; se inició un registro nuevo y vacío. Los envíos anteriores no están en el Historial: antes de enviar una factura otra vez, cargue el pedido y revise sus facturas. Conserve el archivo apartado para soporte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending is blocked: {problem} You can still load and read orders, but nothing can be sent without the journal (and drafts last only until the desk closes). Make the folder {folder} writable (and check for free disk space), then start the desk again.</source>
        <translation>El envío está bloqueado: {problem} Todavía puede cargar y consultar pedidos, pero no se puede enviar nada sin el registro de envíos (y los borradores duran solo hasta que se cierre la aplicación). Permita escribir en la carpeta {folder} (y revise que haya espacio libre en disco) y vuelva a abrir la aplicación.</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/journal.py" line="+11"/>
        <source>Invoice {invoice} of order {order} was already sent on {when} UTC (journal #{id}): VTEX confirmed it. It is already on the order; nothing to do. To change an invoice, send a return (Input) and a new invoice with a different number.</source>
        <translation>La factura {invoice} del pedido {order} ya se envió el {when} UTC (registro n.º {id}): VTEX la confirmó. Ya está en el pedido; no hay nada que hacer. Para cambiar una factura, envíe una devolución (Entrada) y una factura nueva con otro número.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {invoice} of order {order} was already sent on {when} UTC (journal #{id}): that send has not finished (or the app stopped while it was going out). Reconcile it first (re-read the order); send again only if it is not there.</source>
        <translation>La factura {invoice} del pedido {order} ya se envió el {when} UTC (registro n.º {id}): ese envío no terminó (o la aplicación se detuvo mientras salía). Verifíquelo primero (releyendo el pedido); envíe de nuevo solo si no está allí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {invoice} of order {order} was already sent on {when} UTC (journal #{id}): VTEX&apos;s answer never arrived, so it may or may not have been applied. Reconcile it first (re-read the order); send again only if it is not there.</source>
        <translation>La factura {invoice} del pedido {order} ya se envió el {when} UTC (registro n.º {id}): la respuesta de VTEX no llegó, así que puede haberse aplicado o no. Verifíquelo primero (releyendo el pedido); envíe de nuevo solo si no está allí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal is busy or cannot be written: {reason}.</source>
        <translation>El registro de envíos está ocupado o no se puede escribir: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal could not be written: {reason}.</source>
        <translation>No se pudo escribir el registro de envíos: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no journal row #{id}.</source>
        <translation>No existe el registro n.º {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the journal at {path}: {reason}. Check that the folder is writable.</source>
        <translation>No se puede abrir el registro de envíos en {path}: {reason}. Revise que la carpeta permita escribir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal at {path} cannot use write-ahead logging (mode {mode}).</source>
        <translation>El registro de envíos en {path} no puede usar write-ahead logging (modo {mode}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal was written by a newer version of VTEX Invoice Desk (schema {found}, this version knows {known}). Update the app.</source>
        <translation>El registro de envíos lo escribió una versión más nueva de VTEX Invoice Desk (esquema {found}; esta versión conoce el {known}). Actualice la aplicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot update the journal&apos;s format: {reason}.</source>
        <translation>No se puede actualizar el formato del registro de envíos: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal row #{id} is {state}; only an unsettled send can be sent again.</source>
        <translation>El registro n.º {id} está {state}; solo un envío sin resolver se puede enviar de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal row #{id} is {state} and still in flight; only an unsettled send can be sent again.</source>
        <translation>El registro n.º {id} está {state} y todavía en curso; solo un envío sin resolver se puede enviar de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal row #{id} is {state}; it cannot become {target}.</source>
        <translation>El registro n.º {id} está {state}; no puede pasar a {target}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal row #{id} is {state}; only an unsettled send is sent again.</source>
        <translation>El registro n.º {id} está {state}; solo un envío sin resolver se envía de nuevo.</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/forms.py" line="-90"/>
        <source>Enter an order id.</source>
        <translation>Ingrese el número de pedido.</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/journal.py" line="+3"/>
        <source>Another VTEX Invoice Desk is already using this data folder ({folder}): process {pid} on {host}, started {started} UTC. Switch to that window, or close it and start again; two desks on one folder could send the same invoice twice.</source>
        <translation>Otro VTEX Invoice Desk ya está usando esta carpeta de datos ({folder}): proceso {pid} en {host}, iniciado el {started} UTC. Vaya a esa ventana, o ciérrela y vuelva a abrir; dos programas en la misma carpeta podrían enviar la misma factura dos veces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>confirmed by re-reading the order</source>
        <translation>confirmado al releer el pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on the order when re-read at {time} UTC; may be sent again</source>
        <translation>no estaba en el pedido al releerlo el {time} UTC; se puede enviar de nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not applied; sent again as #{id}</source>
        <translation>no aplicado; enviado de nuevo como n.º {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent: the journal could not record the send</source>
        <translation>no enviado: el registro de envíos no pudo anotar el envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice {invoice} of order {order} (#{id})</source>
        <translation>la factura {invoice} del pedido {order} (n.º {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tracking number of invoice {invoice}, order {order} (#{id})</source>
        <translation>el número de seguimiento de la factura {invoice}, pedido {order} (n.º {id})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the tracking events of invoice {invoice}, order {order} (#{id})</source>
        <translation>los eventos de seguimiento de la factura {invoice}, pedido {order} (n.º {id})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start handling of order {order} (#{id})</source>
        <translation>el inicio de preparación del pedido {order} (n.º {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#{id} is already {state}.</source>
        <translation>El n.º {id} ya está {state}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#{id} is still being sent.</source>
        <translation>El n.º {id} todavía se está enviando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{What} is being settled by another program using this data folder (process {pid} on {host}); it is left to it.</source>
        <translation>{What} lo está verificando otro programa que usa esta carpeta de datos (proceso {pid} en {host}); queda a su cargo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VTEX has not shown {what} yet; checking again in {seconds} s.</source>
        <translation>VTEX todavía no muestra {what}; nueva verificación en {seconds} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check {what}: VTEX does not find order {order}.</source>
        <translation>No se pudo verificar {what}: VTEX no encuentra el pedido {order}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check {what}: {error} {advice}</source>
        <translation>No se pudo verificar {what}: {error} {advice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{What} is on the order: confirmed.</source>
        <translation>{What} está en el pedido: confirmado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#{id} was settled meanwhile ({state}).</source>
        <translation>El n.º {id} se resolvió mientras tanto ({state}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{What} is not on the order: VTEX did not apply it. It can be sent again.</source>
        <translation>{What} no está en el pedido: VTEX no aplicó el envío. Se puede enviar de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot check {what}: store &apos;{store}&apos; is not set up.</source>
        <translation>No se puede verificar {what}: la tienda &apos;{store}&apos; no está configurada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot check {what}: store &apos;{store}&apos; is not set up ({reason}).</source>
        <translation>No se puede verificar {what}: la tienda &apos;{store}&apos; no está configurada ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check {what}: {error}</source>
        <translation>No se pudo verificar {what}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{What} was sent again as #{id}.</source>
        <translation>{What} se envió de nuevo como n.º {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{What} was sent again as a new row.</source>
        <translation>{What} se envió de nuevo como un registro nuevo.</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/nfe.py" line="+6"/>
        <source>product code</source>
        <translation>código del producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../vtex_invoice_gui/wording/tracking.py" line="+152"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit price</source>
        <translation>precio unitario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item total</source>
        <translation>total del ítem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount</source>
        <translation>descuento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issue date-time</source>
        <translation>fecha y hora de emisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issue date</source>
        <translation>fecha de emisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operation type</source>
        <translation>tipo de operación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purpose</source>
        <translation>finalidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environment</source>
        <translation>entorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEFAZ status</source>
        <translation>estado en la SEFAZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>authorization time</source>
        <translation>hora de autorización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice number</source>
        <translation>número de factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>series</source>
        <translation>serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state code</source>
        <translation>código de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emission type</source>
        <translation>tipo de emisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the NF-e itself</source>
        <translation>la NF-e misma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the NF-e data</source>
        <translation>los datos de la NF-e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the identification block</source>
        <translation>el bloque de identificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the issue date</source>
        <translation>la fecha de emisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the emitter CNPJ or CPF</source>
        <translation>el CNPJ o CPF del emisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state code (cUF)</source>
        <translation>código de estado (cUF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year and month (AAMM)</source>
        <translation>año y mes (AAMM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emitter CNPJ</source>
        <translation>CNPJ del emisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emission type (tpEmis)</source>
        <translation>tipo de emisión (tpEmis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random code (cNF)</source>
        <translation>código numérico (cNF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check digit</source>
        <translation>dígito verificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CT-e (transport document)</source>
        <translation>un CT-e (documento de transporte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CT-e OS (transport document)</source>
        <translation>un CT-e OS (documento de transporte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an MDF-e (cargo manifest)</source>
        <translation>un MDF-e (manifiesto de carga)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CF-e SAT receipt</source>
        <translation>un comprobante CF-e SAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an NFS-e (service invoice)</source>
        <translation>una NFS-e (factura de servicios)</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/journal.py" line="+5"/>
        <source>pending</source>
        <extracomment>The journal states put inside sentences (``{state}``, ``{target}``).</extracomment>
        <translation>no enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>en envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>incierto</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/forms.py" line="+97"/>
        <source>space</source>
        <extracomment>Words put inside the money and payload sentences (a separator that is a space, &quot;or&quot;).</extracomment>
        <translation>espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/danfe.py" line="+8"/>
        <source>Give at least one NF-e XML to draw.</source>
        <translation>Indique al menos un XML de NF-e para dibujar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DANFE of NF-e {number} could not be drawn ({kind}). Print it from the system that issued the NF-e.</source>
        <translation>No se pudo dibujar el DANFE de la NF-e {number} ({kind}). Imprímalo desde el sistema que emitió la NF-e.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This marketplace order carries no payment data for the NF-e (card brand, authorization code, acquirer CNPJ). Some marketplaces do not send it yet; without it the NF-e may be rejected.</source>
        <translation>Este pedido de marketplace no trae datos de pago para la NF-e (marca de la tarjeta, código de autorización, CNPJ del adquirente). Algunos marketplaces aún no los envían; sin ellos la NF-e puede ser rechazada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order was paid by card ({brand}, authorization {authorization}), but the NF-e has no card group (pag/detPag/card): the marketplace may reject it.</source>
        <translation>El pedido se pagó con tarjeta ({brand}, autorización {authorization}), pero la NF-e no tiene el grupo de tarjeta (pag/detPag/card): el marketplace puede rechazarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The NF-e says the payment was {nfe} (tPag {code}), the order says {order}.</source>
        <translation>La NF-e dice que el pago fue {nfe} (tPag {code}); el pedido dice {order}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e&apos;s card brand is {nfe} (tBand {code}), the order&apos;s is {order}.</source>
        <translation>La marca de la tarjeta en la NF-e es {nfe} (tBand {code}); la del pedido es {order}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e&apos;s authorization code (cAut) is {nfe}, the order&apos;s (authId) is {order}.</source>
        <translation>El código de autorización de la NF-e (cAut) es {nfe}; el del pedido (authId) es {order}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e&apos;s acquirer CNPJ (card/CNPJ) is {nfe}, the order&apos;s is {order}.</source>
        <translation>El CNPJ del adquirente en la NF-e (card/CNPJ) es {nfe}; el del pedido es {order}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a marketplace order ({intermediary}), but the NF-e names no intermediary (infIntermed, indIntermed=1).</source>
        <translation>Este es un pedido de marketplace ({intermediary}), pero la NF-e no indica intermediario (infIntermed, indIntermed=1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>total with IBS, CBS and IS</source>
        <translation>total con IBS, CBS e IS</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/batch.py" line="+11"/>
        <source>Not an XML or ZIP file; skipped.</source>
        <translation>No es un archivo XML ni ZIP; omitido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ZIP member name is not a plain relative path (absolute, &apos;..&apos; or a drive); it was not read.</source>
        <translation>El nombre del archivo dentro del ZIP no es una ruta relativa simple (absoluta, &apos;..&apos; o una unidad); no se leyó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ZIP holds {count} members, more than the {limit} a batch reads; split it into smaller ZIPs.</source>
        <translation>El ZIP contiene {count} archivos, más que los {limit} que lee un lote; divídalo en ZIP más pequeños.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ZIP&apos;s members add up to {size_mb} MB uncompressed, more than the {limit_mb} MB a batch reads; split it into smaller ZIPs.</source>
        <translation>Los archivos del ZIP suman {size_mb} MB sin comprimir, más que los {limit_mb} MB que lee un lote; divídalo en ZIP más pequeños.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is {size_mb} MB; an NF-e XML is at most {limit_mb} MB. It was not read.</source>
        <translation>El archivo tiene {size_mb} MB; un XML de NF-e tiene como máximo {limit_mb} MB. No se leyó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ZIP member is compressed {ratio} times, far more than any XML: it looks like a zip bomb and was not read.</source>
        <translation>El archivo dentro del ZIP está comprimido {ratio} veces, mucho más que cualquier XML: parece una bomba ZIP y no se leyó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ZIP member holds more data than its header declares: the ZIP is damaged or crafted; it was not read.</source>
        <translation>El archivo dentro del ZIP contiene más datos de los que declara su cabecera: el ZIP está dañado o fue manipulado; no se leyó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ZIP file cannot be opened ({reason}).</source>
        <translation>El archivo ZIP no se puede abrir ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ZIP member is password-protected; it was not read.</source>
        <translation>El archivo dentro del ZIP está protegido con contraseña; no se leyó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A ZIP inside a ZIP inside a ZIP is not followed; unpack it and add the inner files.</source>
        <translation>Un ZIP dentro de un ZIP dentro de un ZIP no se abre; descomprímalo y agregue los archivos internos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read ({reason}).</source>
        <translation>El archivo no se puede leer ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a regular file (a device, a pipe or a link); it was not read.</source>
        <translation>Este no es un archivo normal (es un dispositivo, una tubería o un enlace); no se leyó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No order found for this NF-e (no order id in xPed, infCpl or infAdFisco, and no single to-invoice order with its recipient and total); pick the order.</source>
        <translation>No se encontró ningún pedido para esta NF-e (ningún número de pedido en xPed, infCpl o infAdFisco, y ningún pedido único por facturar con su destinatario y su total); elija el pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice {number} is already on order {order}; it is not sent again.</source>
        <translation>La factura {number} ya está en el pedido {order}; no se envía de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An invoice with this access key ({number}) is already on order {order}; it is not sent again.</source>
        <translation>Una factura con esta clave de acceso ({number}) ya está en el pedido {order}; no se envía de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same NF-e (access key) as {other}; only that file is used.</source>
        <translation>La misma NF-e (clave de acceso) que {other}; solo se usa ese archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice number {number} for order {order} is also in {other}; only that file is used. Check which is right.</source>
        <translation>El número de factura {number} del pedido {order} también está en {other}; solo se usa ese archivo. Verifique cuál es el correcto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order {order} cannot take a sale invoice now (status {status}).</source>
        <translation>El pedido {order} no puede recibir una factura de venta ahora (estado {status}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A return (Input) invoice needs a fully invoiced order; order {order} is {status}.</source>
        <translation>Una factura de devolución (entrada) necesita un pedido totalmente facturado; el pedido {order} está {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e total is more than what is left to invoice on order {order}: it cannot be its invoice as it stands.</source>
        <translation>El total de la NF-e es mayor que lo que falta facturar en el pedido {order}: así no puede ser su factura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The invoice cannot be sent as it stands: {problem}</source>
        <translation>La factura no se puede enviar tal como está: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excluded by the clerk.</source>
        <translation>Excluida por el operador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Together with the earlier files of this batch for order {order} ({others}), this NF-e is more than the order has left to invoice (or to return); check which files belong to it.</source>
        <translation>Sumada a los archivos anteriores de este lote para el pedido {order} ({others}), esta NF-e supera lo que falta facturar (o devolver) en el pedido; verifique qué archivos le corresponden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VTEX accepted it but does not show it on the order yet; run again later to check (nothing is sent twice).</source>
        <translation>VTEX lo aceptó, pero aún no lo muestra en el pedido; vuelva a ejecutarlo más tarde para comprobarlo (nada se envía dos veces).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer from VTEX ({problem}): it may or may not have applied it. Run again: the desk re-reads the order and sends only what is not there.</source>
        <translation>Sin respuesta de VTEX ({problem}): puede que lo haya aplicado o no. Vuelva a ejecutarlo: la aplicación relee el pedido y solo envía lo que no está.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: cancelled before this row.</source>
        <translation>No enviado: se canceló antes de esta fila.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An earlier send of it (journal #{id}) is not settled yet; it was not sent again. Run again later.</source>
        <translation>Un envío anterior (registro n.º {id}) aún no está resuelto; no se volvió a enviar. Vuelva a ejecutarlo más tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{summary} VTEX says: {said}</source>
        <translation>{summary} VTEX dice: {said}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Already sent by an earlier run (journal #{id}), and it is on the order; not sent again.</source>
        <translation>Ya enviada en una ejecución anterior (registro n.º {id}) y ya está en el pedido; no se volvió a enviar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An earlier run sent it and VTEX confirmed it (journal #{id}), but the order does not show it yet; not sent again. Check the order later.</source>
        <translation>Una ejecución anterior la envió y VTEX la confirmó (registro n.º {id}), pero el pedido aún no la muestra; no se volvió a enviar. Revise el pedido más tarde.</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/tracking.py" line="-144"/>
        <source>Invoice {invoice} already has the tracking number {code}.</source>
        <translation>La factura {invoice} ya tiene el número de seguimiento {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} {value} is not a date: write it as dd/mm/yyyy, dd/mm/yyyy hh:mm or yyyy-mm-dd.</source>
        <translation>{value} no es una fecha válida para {field}: escríbala como dd/mm/aaaa, dd/mm/aaaa hh:mm o aaaa-mm-dd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The delivered column says {value}: write yes or no (sim/não), or the delivery date.</source>
        <translation>La columna de entrega dice {value}: escriba sí o no, o la fecha de entrega.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} could not be read as an Excel workbook ({reason}). Open it in Excel and save it again as .xlsx or CSV.</source>
        <translation>El archivo {name} no se pudo leer como libro de Excel ({reason}). Ábralo en Excel y guárdelo de nuevo como .xlsx o CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tracking link comes from the {carrier} template, which nobody has checked yet: open one to see that it works.</source>
        <translation>El enlace de seguimiento viene de la plantilla de {carrier}, que nadie ha comprobado aún: abra uno para ver que funciona.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The delivery date {delivered} is before the dispatch date {dispatched}: marketplaces reject it.</source>
        <translation>La fecha de entrega {delivered} es anterior a la fecha de envío {dispatched}: los marketplaces la rechazan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row says delivered but gives no delivery date: add the event date or write the date in the delivered column.</source>
        <translation>La fila dice entregado pero no da la fecha de entrega: añada la fecha del evento o escriba la fecha en la columna de entrega.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {line} already gives invoice {invoice} of order {order} the tracking number {code}.</source>
        <translation>La fila {line} ya da a la factura {invoice} del pedido {order} el número de seguimiento {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} has no rows.</source>
        <translation>El archivo {name} no tiene filas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tracking event lacks its {missing}: an event needs a date, a city, a state and a description.</source>
        <translation>Al evento de seguimiento le falta: {missing}. Un evento necesita fecha, ciudad, estado y descripción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {what} {when} is in the future.</source>
        <translation>{what} {when} está en el futuro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order {order} has no invoice {invoice}.</source>
        <translation>El pedido {order} no tiene la factura {invoice}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} orders have the marketplace order id {order}: use the VTEX order id.</source>
        <translation>{count} pedidos tienen el id de pedido del marketplace {order}: use el id de pedido de VTEX.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No order has the marketplace order id {order}.</source>
        <translation>Ningún pedido tiene el id de pedido del marketplace {order}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice {invoice} has no tracking number yet and the row gives none: events need one.</source>
        <translation>La factura {invoice} aún no tiene número de seguimiento y la fila no da ninguno: los eventos lo necesitan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No header row was found in the first {rows} rows of {name}: a row naming the order and the tracking number columns (for example Pedido and Rastreio). Add such a row, or name the columns with --map.</source>
        <translation>No se encontró una fila de encabezado en las primeras {rows} filas de {name}: una fila que nombre las columnas del pedido y del número de seguimiento (por ejemplo Pedido y Rastreio). Añada esa fila o nombre las columnas con --map.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row names no order.</source>
        <translation>La fila no indica ningún pedido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No column holds the order (order_id or marketplace_order_id). Name it with --map HEADER=order_id.</source>
        <translation>Ninguna columna contiene el pedido (order_id o marketplace_order_id). Indíquela con --map ENCABEZADO=order_id.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order {order} has no sale invoice yet: invoice it first.</source>
        <translation>El pedido {order} aún no tiene factura de venta: factúrelo primero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row has no tracking number and no event: nothing to send.</source>
        <translation>La fila no tiene número de seguimiento ni evento: nada que enviar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column holds the tracking number. Name it with --map HEADER=tracking_number.</source>
        <translation>Ninguna columna contiene el número de seguimiento. Indíquela con --map ENCABEZADO=tracking_number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} is neither a CSV text file nor an Excel workbook (.xlsx). Save it from Excel as CSV or .xlsx and import that.</source>
        <translation>El archivo {name} no es un texto CSV ni un libro de Excel (.xlsx). Guárdelo desde Excel como CSV o .xlsx e importe ese archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row cannot be sent as it is: {problem}</source>
        <translation>La fila no se puede enviar tal como está: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} is an old Excel workbook (.xls). Open it in Excel and save it as .xlsx or CSV.</source>
        <translation>El archivo {name} es un libro antiguo de Excel (.xls). Ábralo en Excel y guárdelo como .xlsx o CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VTEX has no order {order}.</source>
        <translation>VTEX no tiene el pedido {order}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tracking number {code} does not look like a {carrier} code: check it.</source>
        <translation>El número de seguimiento {code} no parece un código de {carrier}: compruébelo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order {order} could not be read: {reason}</source>
        <translation>No se pudo leer el pedido {order}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It replaces the tracking number {old} on the invoice.</source>
        <translation>Reemplaza el número de seguimiento {old} de la factura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice {invoice} is a return (Input) invoice: returns take no tracking (the shopper would see the return as a delivery).</source>
        <translation>La factura {invoice} es de devolución (entrada): las devoluciones no llevan seguimiento (el comprador vería la devolución como una entrega).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Correios code {code} ends in check digit {found}, but its eight digits give {expected}: check the code (perhaps {suggestion}).</source>
        <translation>El código de Correios {code} termina en el dígito verificador {found}, pero sus ocho dígitos dan {expected}: compruebe el código (quizá {suggestion}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel turned the tracking number into a number ({value}): format the column as text in Excel and export the file again.</source>
        <translation>Excel convirtió el número de seguimiento en un número ({value}): dé formato de texto a la columna en Excel y exporte el archivo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent {events} event(s) and the delivery to invoice {invoice}.</source>
        <translation>Enviado(s) {events} evento(s) y la entrega a la factura {invoice}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent the tracking number {code} to invoice {invoice}.</source>
        <translation>Enviado el número de seguimiento {code} a la factura {invoice}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent {events} event(s) to invoice {invoice}.</source>
        <translation>Enviado(s) {events} evento(s) a la factura {invoice}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order {order} is {status}: it takes no tracking.</source>
        <translation>El pedido {order} está en {status}: no admite seguimiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} is {size_mb} MB; the import reads spreadsheets up to {max_mb} MB. Split it into smaller files.</source>
        <translation>El archivo {name} tiene {size_mb} MB; la importación lee hojas de hasta {max_mb} MB. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {name} has more than {max} columns: it is not a tracking spreadsheet. Choose the carrier&apos;s or hub&apos;s CSV or XLSX file.</source>
        <translation>El archivo {name} tiene más de {max} columnas: no es una hoja de seguimiento. Elija el archivo CSV o XLSX de la transportista o del hub.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {name} has more than {max} rows; the import reads at most {max} at a time. Split it into smaller files.</source>
        <translation>El archivo {name} tiene más de {max} filas; la importación lee como máximo {max} a la vez. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>El archivo {name} no se puede leer ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order {order} has {count} sale invoices ({invoices}): the row needs the invoice number.</source>
        <translation>El pedido {order} tiene {count} facturas de venta ({invoices}): la fila necesita el número de factura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery date</source>
        <translation>fecha de entrega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dispatch date</source>
        <translation>fecha de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event date</source>
        <translation>fecha del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would send {events} event(s) and the delivery to invoice {invoice}.</source>
        <translation>Enviaría {events} evento(s) y la entrega a la factura {invoice}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Would send the tracking number {code} to invoice {invoice}.</source>
        <translation>Enviaría el número de seguimiento {code} a la factura {invoice}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Would send {events} event(s) to invoice {invoice}.</source>
        <translation>Enviaría {events} evento(s) a la factura {invoice}.</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/worklist.py" line="+8"/>
        <source>That is not a VTEX Admin orders address. Open All orders in the VTEX Admin, set the filters, copy the address from the browser and paste it here.</source>
        <translation>Esta no es una dirección de pedidos del Admin de VTEX. Abra Todos los pedidos en el Admin de VTEX, aplique los filtros, copie la dirección del navegador y péguela aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That address has no order filters. Set at least one filter in the VTEX Admin&apos;s All orders page and copy the address again.</source>
        <translation>Esa dirección no tiene filtros de pedidos. Aplique al menos un filtro en la página Todos los pedidos del Admin de VTEX y copie la dirección de nuevo.</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/findings.py" line="+17"/>
        <source>This NF-e was issued in the SEFAZ test environment (homologation, tpAmb=2): it has no legal value.</source>
        <translation>Esta NF-e se emitió en el entorno de pruebas de la SEFAZ (homologación, tpAmb=2): no tiene valor legal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file has no SEFAZ authorization protocol (protNFe), so it does not prove that the NF-e was authorized. Prefer the authorized XML (nfeProc).</source>
        <translation>Este archivo no tiene el protocolo de autorización de la SEFAZ (protNFe), así que no prueba que la NF-e fue autorizada. Prefiera el XML autorizado (nfeProc).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SEFAZ status of this NF-e is {status} ({reason}), not 100 (authorized): it must not be used as the invoice of an order.</source>
        <translation>El estado SEFAZ de esta NF-e es {status} ({reason}), no 100 (autorizada): no debe usarse como factura de un pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SEFAZ status of this NF-e is {status}, not 100 (authorized): it must not be used as the invoice of an order.</source>
        <translation>El estado SEFAZ de esta NF-e es {status}, no 100 (autorizada): no debe usarse como factura de un pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is an NFC-e (model 65, consumer receipt), not an NF-e (model 55). Check that the marketplace accepts an NFC-e.</source>
        <translation>Esta es una NFC-e (modelo 65, comprobante al consumidor), no una NF-e (modelo 55). Verifique que el marketplace acepte una NFC-e.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model is {model}; an NF-e is model 55 (NFC-e 65).</source>
        <translation>El modelo es {model}; una NF-e es modelo 55 (NFC-e 65).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This NF-e is {what} (finNFe={purpose}), not a normal sale or a return.</source>
        <translation>Esta NF-e es {what} (finNFe={purpose}), no una venta normal ni una devolución.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e total with IBS, CBS and IS (vNFTot) is {reform_total_cents}; the invoice value sent to VTEX stays the NF-e value (vNF), {total_cents}.</source>
        <translation>El total de la NF-e con IBS, CBS e IS (vNFTot) es {reform_total_cents}; el valor de la factura enviado a VTEX sigue siendo el valor de la NF-e (vNF), {total_cents}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The issue time in the XML has no time zone; Brasília time (-03:00) was assumed.</source>
        <translation>La hora de emisión en el XML no tiene zona horaria; se asumió la hora de Brasilia (-03:00).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e only has an issue date (old layout); midnight Brasília time was used.</source>
        <translation>La NF-e solo tiene fecha de emisión (formato antiguo); se usó la medianoche, hora de Brasilia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access key: {problem}</source>
        <translation>Clave de acceso: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NF-e total ({total_cents}) is not the {remaining_cents} still to invoice on the order.</source>
        <translation>El total de la NF-e ({total_cents}) no es el {remaining_cents} que falta facturar en el pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e total ({total_cents}) is not the {remaining_cents} that can still be returned on the order.</source>
        <translation>El total de la NF-e ({total_cents}) no es el {remaining_cents} que aún se puede devolver en el pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The NF-e recipient is {nfe_document}, but the order&apos;s client is {order_document}: is this the NF-e of this order?</source>
        <translation>El destinatario de la NF-e es {nfe_document}, pero el cliente del pedido es {order_document}: ¿es esta la NF-e de este pedido?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The NF-e names no recipient document, but the order&apos;s client is {order_document}.</source>
        <translation>La NF-e no indica el documento del destinatario, pero el cliente del pedido es {order_document}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} NF-e line(s) match no item of the order by EAN, refId or SKU: {lines}. Choose the order item for each, or leave it off the invoice.</source>
        <translation>{count} línea(s) de la NF-e no coinciden con ningún ítem del pedido por EAN, refId o SKU: {lines}. Elija el ítem del pedido de cada una, o déjela fuera de la factura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{lines} and {count} more</source>
        <translation>{lines} y {count} más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NF-e line {line} fits several SKUs of the order ({skus}); choose the right one.</source>
        <translation>La línea {line} de la NF-e coincide con varios SKU del pedido ({skus}); elija el correcto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NF-e line {line} has quantity {quantity} {unit}, which is not a whole number: enter the quantity of SKU {sku} in the order&apos;s units.</source>
        <translation>La línea {line} de la NF-e tiene cantidad {quantity} {unit}, que no es un número entero: ingrese la cantidad del SKU {sku} en las unidades del pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NF-e lines {lines} are the same SKU {sku}: they make one invoice line (VTEX wants one line per SKU).</source>
        <translation>Las líneas {lines} de la NF-e son del mismo SKU {sku}: forman una sola línea de la factura (VTEX pide una línea por SKU).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The NF-e invoices {quantity} of SKU {sku} ({name}), but only {remaining} remain on the order.</source>
        <translation>La NF-e factura {quantity} del SKU {sku} ({name}), pero solo quedan {remaining} en el pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e invoices {quantity} of SKU {sku} ({name}), but only {remaining} can still be returned on the order.</source>
        <translation>La NF-e factura {quantity} del SKU {sku} ({name}), pero solo {remaining} aún se pueden devolver en el pedido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a complementary NF-e</source>
        <extracomment>The NF-e purposes (``finNFe``) named inside ``nfe_finding.special_purpose``.</extracomment>
        <translation>una NF-e complementaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an adjustment NF-e</source>
        <translation>una NF-e de ajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a credit note</source>
        <translation>una nota de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a debit note</source>
        <translation>una nota de débito</translation>
    </message>
</context>
<context>
    <name>DanfeDialog</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/danfe/dialog.py" line="+74"/>
        <source>DANFE of {name}</source>
        <extracomment>Page images are drawn at this many pixels per PDF point (72 per inch): ~97 dpi, an A4 page 800 pixels wide, which fits the dialog.</extracomment>
        <translation>DANFE de {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;DANFE (A4)</source>
        <translation>&amp;DANFE (A4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label (55 mm thermal)</source>
        <translation>&amp;Etiqueta (térmica 55 mm)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page preview</source>
        <translation>Vista previa de las páginas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Drawing…</source>
        <translation>Dibujando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} page(s).</source>
        <translation>{count} página(s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No page preview on this system; Save… writes the PDF to open it.</source>
        <translation>No hay vista previa en este sistema; Guardar… escribe el PDF para abrirlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The DANFE could not be drawn ({error}).</source>
        <translation>No se pudo dibujar el DANFE ({error}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Page {page}</source>
        <translation>Página {page}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save {path}: {reason}</source>
        <translation>No se pudo guardar {path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {path}.</source>
        <translation>{path} guardado.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent {count} page(s) to the printer.</source>
        <translation>{count} página(s) enviada(s) a la impresora.</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/runtime/drafts.py" line="+71"/>
        <source>Discard draft</source>
        <extracomment>Milliseconds after the last edit before the draft is written. The key under which the keeper stores when a draft was saved (the tab ignores it).</extracomment>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the restored draft</source>
        <translation>Descartar el borrador restaurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget what was typed and start again from the order</source>
        <translation>Olvidar lo escrito y empezar de nuevo desde el pedido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Draft from {when} restored: this is what you were typing for this order.</source>
        <translation>Borrador del {when} restaurado: es lo que estaba escribiendo para este pedido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft restored: this is what you were typing for this order.</source>
        <translation>Borrador restaurado: es lo que estaba escribiendo para este pedido.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../vtex_invoice_gui/wording/errors.py" line="+19"/>
        <source>VTEX may still have applied it. Reload the order before sending again, and send again only if it is not there.</source>
        <translation>Puede que VTEX lo haya aplicado igual. Vuelva a cargar el pedido antes de enviar de nuevo, y envíe de nuevo solo si no está allí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VTEX&apos;s receipt is for another order ({received}), not {expected}: the send is not confirmed.</source>
        <translation>El comprobante de VTEX es de otro pedido ({received}), no del {expected}: el envío no está confirmado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was sent, but no answer came back: VTEX may or may not have applied it.</source>
        <translation>La solicitud se envió, pero no llegó respuesta: puede que VTEX la haya aplicado o no.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VTEX&apos;s answer came so slowly that the desk stopped waiting for it.</source>
        <translation>La respuesta de VTEX llegó tan lentamente que el programa dejó de esperarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again in a moment; nothing was lost. status.vtex.com shows whether VTEX has an incident.</source>
        <translation>Intente de nuevo en un momento; no se perdió nada. status.vtex.com muestra si VTEX tiene un incidente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer from VTEX: the connection failed.</source>
        <translation>Sin respuesta de VTEX: la conexión falló.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the internet connection and try again; nothing was lost.</source>
        <translation>Revise la conexión a internet e intente de nuevo; no se perdió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VTEX did not accept the app key and token.</source>
        <translation>VTEX no aceptó la clave de API y el token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the app key and app token in Accounts (copy them again from the VTEX Admin, Account settings &gt; Apps/API keys) and that the account name is right.</source>
        <translation>Revise la clave de API y el token de API en Cuentas (cópielos de nuevo del Admin VTEX, Configuración de la cuenta &gt; Claves de API) y que el nombre de la cuenta sea correcto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app key is valid, but its role may not do this.</source>
        <translation>La clave de API es válida, pero su rol no puede hacer esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the VTEX Admin (Account settings &gt; Roles), give the key&apos;s role the &apos;{resource}&apos; resource, for example with the predefined role &apos;OMS - Full access&apos;.</source>
        <translation>En el Admin VTEX (Configuración de la cuenta &gt; Roles), dé al rol de la clave el recurso &apos;{resource}&apos;, por ejemplo con el rol predefinido &apos;OMS - Full access&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VTEX did not find that order or invoice.</source>
        <translation>VTEX no encontró ese pedido o factura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the order id (for example 1234567890123-01, or seq followed by the sequence number) and that it belongs to this store.</source>
        <translation>Revise el número de pedido (por ejemplo 1234567890123-01, o seq seguido del número de secuencia) y que pertenezca a esta tienda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order&apos;s status does not allow this action now.</source>
        <translation>El estado del pedido no permite esta acción ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the order to see its current status, then do what that status allows.</source>
        <translation>Vuelva a cargar el pedido para ver su estado actual y haga lo que ese estado permita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VTEX rejected what was sent.</source>
        <translation>VTEX rechazó lo que se envió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct what VTEX&apos;s message below names and send again; the form is kept.</source>
        <translation>Corrija lo que indica el mensaje de VTEX abajo y envíe de nuevo; el formulario se conserva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait {seconds} seconds and send again; nothing was lost.</source>
        <translation>Espere {seconds} segundos y envíe de nuevo; no se perdió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute and send again; nothing was lost.</source>
        <translation>Espere un minuto y envíe de nuevo; no se perdió nada.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>an HTML page instead of data</source>
        <translation>una página HTML en lugar de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected JSON data, got &apos;{content_type}&apos;</source>
        <translation>se esperaban datos JSON, llegó &apos;{content_type}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected JSON data, got no content type</source>
        <translation>se esperaban datos JSON, llegó una respuesta sin tipo de contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broken JSON data</source>
        <translation>datos JSON dañados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected data ({where}: {problem})</source>
        <translation>datos inesperados ({where}: {problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redirected to {location}</source>
        <translation>redirigido a {location}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redirected to another page</source>
        <translation>redirigido a otra página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is larger than {limit_mb} MB; stopped reading it</source>
        <translation>la respuesta supera los {limit_mb} MB; se dejó de leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer took more than {seconds} s in all; stopped waiting for it</source>
        <translation>la respuesta tardó más de {seconds} s en total; se dejó de esperar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receipt for order &apos;{received}&apos;, not &apos;{expected}&apos;</source>
        <translation>comprobante del pedido &apos;{received}&apos;, no del &apos;{expected}&apos;</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>VTEX is limiting requests from this store right now.</source>
        <translation>VTEX está limitando las solicitudes de esta tienda en este momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait a moment and try again. status.vtex.com shows whether VTEX has an incident.</source>
        <translation>Espere un momento e intente de nuevo. status.vtex.com muestra si VTEX tiene un incidente.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>VTEX had a problem answering (a server error on their side).</source>
        <translation>VTEX tuvo un problema al responder (un error de servidor de su lado).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VTEX&apos;s answer was far larger than any order, so the desk stopped reading it.</source>
        <translation>La respuesta de VTEX era mucho más grande que cualquier pedido, así que el programa dejó de leerla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again later. If it keeps happening, copy the details for support.</source>
        <translation>Intente de nuevo más tarde. Si sigue ocurriendo, copie los detalles para soporte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VTEX answered the send with something that is not data (a web page or broken data): it may or may not have applied it.</source>
        <translation>VTEX respondió al envío con algo que no son datos (una página web o datos dañados): puede que lo haya aplicado o no.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VTEX answered with something that is not the data the API returns.</source>
        <translation>VTEX respondió con algo que no son los datos que devuelve la API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the account name and environment. A web page instead of data usually means the address is not a VTEX store or VTEX is having trouble.</source>
        <translation>Revise el nombre de la cuenta y el entorno. Una página web en lugar de datos suele significar que la dirección no es una tienda VTEX o que VTEX tiene problemas.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>VTEX could not complete the request.</source>
        <translation>VTEX no pudo completar la solicitud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again. If it keeps happening, copy the details for support.</source>
        <translation>Intente de nuevo. Si sigue pasando, copie los detalles para soporte.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No store is set up yet.</source>
        <translation>Todavía no hay ninguna tienda configurada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Accounts (toolbar) and add the store&apos;s account name, app key and app token.</source>
        <translation>Abra Cuentas (barra superior) y agregue el nombre de la cuenta de la tienda, la clave de API y el token de API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This store has no app key and token on this computer.</source>
        <translation>Esta tienda no tiene clave de API ni token en esta computadora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Accounts (toolbar), choose the store and enter its app key and app token.</source>
        <translation>Abra Cuentas (barra superior), elija la tienda e ingrese su clave de API y su token de API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not answer within {seconds} s.</source>
        <translation>El llavero del sistema no respondió en {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock or restart it (GNOME Keyring or KWallet) and try again, or keep the key for this session only in Accounts. Nothing you typed was lost.</source>
        <translation>Desbloquéelo o reinícielo (GNOME Keyring o KWallet) e intente de nuevo, o guarde la clave solo para esta sesión en Cuentas. No se perdió nada de lo que escribió.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is locked.</source>
        <translation>El llavero del sistema está bloqueado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock it (for example by logging in again), or keep the key for this session only in Accounts.</source>
        <translation>Desbloquéelo (por ejemplo, iniciando sesión de nuevo) o guarde la clave solo en esta sesión, en Cuentas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keyring is available to keep the app key and token.</source>
        <translation>No hay un llavero del sistema disponible para guardar la clave de API y el token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install and unlock a keyring (GNOME Keyring or KWallet on Linux), or keep the key for this session only in Accounts.</source>
        <translation>Instale y desbloquee un llavero (GNOME Keyring o KWallet en Linux) o guarde la clave solo en esta sesión, en Cuentas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This invoice was already sent to this order; it was not sent again.</source>
        <translation>Esta factura ya se envió a este pedido; no se envió de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk could not write its journal, so nothing was sent.</source>
        <translation>La aplicación no pudo escribir su registro de envíos, así que no se envió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That was not accepted.</source>
        <translation>Eso no se aceptó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong.</source>
        <translation>Algo inesperado salió mal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was lost: the form is kept. Copy the details and send them to support.</source>
        <translation>No se perdió nada: el formulario se conserva. Copie los detalles y envíelos a soporte.</translation>
    </message>
</context>
<context>
    <name>ErrorView</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/widgets/error_view.py" line="+37"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload order</source>
        <translation>Recargar pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>HTTP status {status}</source>
        <translation>Estado HTTP {status}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/events/tab.py" line="+69"/>
        <source>&amp;Invoice:</source>
        <translation>Fact&amp;ura:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This invoice has no tracking number yet. VTEX only takes tracking events for invoices with a tracking number: add it in the Tracking number tab first.</source>
        <translation>Esta factura todavía no tiene número de seguimiento. VTEX solo acepta eventos de seguimiento en facturas con número de seguimiento: agréguelo antes en la pestaña Número de seguimiento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to Tracking number</source>
        <translation>Ir a Número de seguimiento</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. Objeto em trânsito</source>
        <translation>p. ej.: Objeto en tránsito</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event city</source>
        <translation>Ciudad del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event state</source>
        <translation>Estado del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event description</source>
        <translation>Descripción del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event date</source>
        <translation>Fecha del evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to list</source>
        <translation>Ag&amp;regar a la lista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events to send</source>
        <translation>Eventos por enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delivered on</source>
        <translation>E&amp;ntregado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark delivered</source>
        <translation>Marcar como entregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered date and time</source>
        <translation>Fecha y hora de entrega</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send events</source>
        <translation>Enviar eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send tracking events</source>
        <translation>Enviar eventos de seguimiento</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;City:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tate:</source>
        <translation>Estad&amp;o:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;te:</source>
        <translation>Fech&amp;a:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To send</source>
        <translation>Por enviar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Load an order first.</source>
        <translation>Primero cargue un pedido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This order has no invoice yet: send the invoice first (Invoice tab).</source>
        <translation>Este pedido todavía no tiene factura: envíe la factura primero (pestaña Factura).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a tracking number to this invoice first (Tracking number tab).</source>
        <translation>Primero agregue un número de seguimiento a esta factura (pestaña Número de seguimiento).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add events to the list, or mark the parcel delivered.</source>
        <translation>Agregue eventos a la lista o marque el paquete como entregado.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sending tracking events for invoice {invoice}…</source>
        <translation>Enviando eventos de seguimiento de la factura {invoice}…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The tracking events of invoice {invoice}</source>
        <translation>los eventos de seguimiento de la factura {invoice}</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+88"/>
        <source>Tracking events of invoice {invoice} received by VTEX</source>
        <translation>Eventos de seguimiento de la factura {invoice} recibidos por VTEX</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VTEX does not show the new events yet; reload the order in a minute.</source>
        <translation>VTEX todavía no muestra los nuevos eventos; vuelva a cargar el pedido en un minuto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timeline is up to date.</source>
        <translation>La cronología está actualizada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-reading order {order} after sending</source>
        <translation>Releyendo el pedido {order} después del envío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending tracking events of invoice {invoice} (order {order})</source>
        <translation>Enviando eventos de seguimiento de la factura {invoice} (pedido {order})</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/history/model.py" line="+113"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt or error</source>
        <translation>Recibo o error</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Return invoice</source>
        <translation>Factura de devolución</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/history/tab.py" line="+93"/>
        <source>Order, invoice number, receipt or error text…</source>
        <translation>Pedido, número de factura, recibo o texto del error…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any order</source>
        <translation>Cualquier pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order id filter</source>
        <translation>Filtro por número de pedido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store filter</source>
        <translation>Filtro por tienda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operation filter</source>
        <translation>Filtro por operación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All operations</source>
        <translation>Todas las operaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State filter</source>
        <translation>Filtro por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not settled (no answer yet)</source>
        <translation>Pendiente (aún sin respuesta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>H&amp;asta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Journal of sends</source>
        <translation>Registro de envíos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Details of the selected send</source>
        <translation>Detalles del envío seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a row to see its receipt or error.</source>
        <translation>Seleccione una fila para ver su recibo o error.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open order</source>
        <translation>A&amp;brir pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the selected row&apos;s order (or double-click the row)</source>
        <translation>Cargar el pedido de la fila seleccionada (o haga doble clic en la fila)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows shown by the filters as a CSV file (for the accountant)</source>
        <translation>Guardar las filas que muestran los filtros en un archivo CSV (para el contador)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rder:</source>
        <translation>Pedid&amp;o:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sto&amp;re:</source>
        <translation>T&amp;ienda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;peration:</source>
        <translation>Ope&amp;ración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;ate:</source>
        <translation>Est&amp;ado:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All stores</source>
        <translation>Todas las tiendas</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading the journal…</source>
        <translation>Leyendo el registro…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sends match.</source>
        <translation>Ningún envío coincide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total} sends loaded (newest first)</source>
        <translation>{shown} de {total} envíos cargados (los más recientes primero)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the journal: {reason}</source>
        <translation>No se pudo leer el registro: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Store: {store}</source>
        <translation>Tienda: {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal #{entry}, {time}, state: {state}</source>
        <translation>Registro n.º {entry}, {time}, estado: {state}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt date: {date}</source>
        <translation>Fecha del recibo: {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attempt {attempt}</source>
        <translation>Intento {attempt}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends again journal #{entry}</source>
        <translation>Reenvío del registro n.º {entry}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export the history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported {rows} rows to {path}</source>
        <translation>Se exportaron {rows} filas a {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export: {reason}</source>
        <translation>No se pudo exportar: {reason}</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Copy selected</source>
        <translation>Copiar selección</translation>
    </message>
</context>
<context>
    <name>ImportLauncher</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/tracking_import/__init__.py" line="+40"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;tracking…</source>
        <translation>Importar &amp;seguimientos…</translation>
    </message>
</context>
<context>
    <name>InvoiceCombo</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/widgets/invoice_combo.py" line="+19"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tracking {number}</source>
        <translation>seguimiento {number}</translation>
    </message>
</context>
<context>
    <name>InvoiceConfirmBar</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/invoice/review.py" line="+34"/>
        <source>Confirm and send</source>
        <translation>Confirmar y enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm and send the invoice</source>
        <translation>Confirmar y enviar la factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the form</source>
        <translation>Volver al formulario</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a sale (Output)</source>
        <translation>venta (Output)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a return (Input)</source>
        <translation>devolución (Input)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send {kind} invoice &lt;b&gt;{number}&lt;/b&gt; of &lt;b&gt;{value}&lt;/b&gt; with {lines} item line(s) to order &lt;b&gt;{order}&lt;/b&gt;?</source>
        <translation>¿Enviar la factura de {kind} &lt;b&gt;{number}&lt;/b&gt; por &lt;b&gt;{value}&lt;/b&gt;, con {lines} línea(s) de ítem, al pedido &lt;b&gt;{order}&lt;/b&gt;?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This is a partial invoice: {value} of the {remaining} still to invoice.</source>
        <translation>Esta es una factura parcial: {value} de los {remaining} que faltan facturar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The value is more than the {remaining} still to invoice; VTEX will likely refuse it.</source>
        <translation>El valor es mayor que los {remaining} que faltan facturar; es probable que VTEX lo rechace.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A return invoice makes VTEX refund the customer.</source>
        <translation>Una factura de devolución hace que VTEX reembolse al cliente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value is more than the {returnable} that can still be returned.</source>
        <translation>El valor es mayor que los {returnable} que aún se pueden devolver.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The items add up to {items} but the invoice value is {value} (shipping, {shipping} on this order, is normally part of the value).</source>
        <translation>Los ítems suman {items}, pero el valor de la factura es {value} (el envío, {shipping} en este pedido, normalmente forma parte del valor).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Access key: {problem}</source>
        <translation>Clave de acceso: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No access key: marketplaces usually need the NF-e key.</source>
        <translation>Sin clave de acceso: los marketplaces suelen exigir la clave de la NF-e.</translation>
    </message>
</context>
<context>
    <name>InvoiceForm</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/invoice/form.py" line="+55"/>
        <source>Sale (Output)</source>
        <translation>Venta (Output)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return (Input)</source>
        <translation>Devolución (Input)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 000123456</source>
        <translation>p. ej.: 000123456</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use remaining</source>
        <translation>Usar el saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuance date and time</source>
        <translation>Fecha y hora de emisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>44-digit NF-e access key</source>
        <translation>Clave de acceso de la NF-e (44 dígitos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open NF-e XML…</source>
        <extracomment>The XML sent as ``embeddedInvoice``, kept as text and shown as a summary (a 500-item NF-e in a text editor froze the window for ~60 ms); object name ``embeddedInvoiceEdit``.</extracomment>
        <translation>Abrir XML de la NF-e…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the invoice from the NF-e XML file (you can also drop the file)</source>
        <translation>Completar la factura desde el archivo XML de la NF-e (también puede soltar el archivo)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reset items</source>
        <extracomment>Set by the Invoice tab: a chosen XML file fills the whole invoice (``ui/nfe_import.py``).</extracomment>
        <translation>Restablecer ítems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking (optional)</source>
        <translation>Seguimiento (opcional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dispatch date</source>
        <translation>Fecha de despacho</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Type:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issued:</source>
        <translation>E&amp;misión:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access &amp;key:</source>
        <translation>Clave de &amp;acceso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice &amp;URL:</source>
        <translation>&amp;URL de la factura:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NF-e &amp;XML:</source>
        <translation>&amp;XML de la NF-e:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items</source>
        <translation>Ítems</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Carrier:</source>
        <translation>T&amp;ransportista:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking n&amp;umber:</source>
        <translation>Número de se&amp;guimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking U&amp;RL:</source>
        <translation>URL &amp;de seguimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dispatched:</source>
        <translation>Despachad&amp;o:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invoice type</source>
        <translation>Tipo de factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice value</source>
        <translation>Valor de la factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key</source>
        <translation>Clave de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice URL</source>
        <translation>URL de la factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NF-e XML</source>
        <translation>XML de la NF-e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice items</source>
        <translation>Ítems de la factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking URL</source>
        <translation>URL de seguimiento</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Items total: {total}</source>
        <translation>Total de ítems: {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returnable: {amount}</source>
        <translation>Máximo a devolver: {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remaining: {amount}</source>
        <translation>Saldo por facturar: {amount}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Keep at least one item with a quantity above zero.</source>
        <translation>Deje al menos un ítem con cantidad mayor que cero.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item line {line}: {message}</source>
        <translation>Línea de ítem {line}: {message}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the NF-e XML</source>
        <translation>Elija el XML de la NF-e</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML files (*.xml)</source>
        <translation>Archivos XML (*.xml)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file is too large for an NF-e XML.</source>
        <translation>El archivo es demasiado grande para un XML de NF-e.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not UTF-8 text; is it really an XML file?</source>
        <translation>El archivo no es texto UTF-8; ¿es realmente un archivo XML?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read {file}: {message}</source>
        <translation>No se pudo leer {file}: {message}</translation>
    </message>
</context>
<context>
    <name>InvoiceItemsModel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/invoice/items_model.py" line="+42"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Precio unit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line total</source>
        <translation>Total de línea</translation>
    </message>
</context>
<context>
    <name>InvoiceTab</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/invoice/tab.py" line="+60"/>
        <source>Review and send…</source>
        <translation>Revisar y enviar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send invoice</source>
        <translation>Enviar factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the form, then confirm (Ctrl+Return)</source>
        <translation>Revise el formulario y luego confirme (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Invoice {invoice}</source>
        <translation>la factura {invoice}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Invoice {invoice} is on the order: the send did reach VTEX. Nothing more to do.</source>
        <translation>La factura {invoice} está en el pedido: el envío llegó a VTEX. No hay nada más que hacer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {invoice} is not on the order. VTEX can take a moment to show a new invoice: if you sent it just now, reload again in a minute; send it again only if it is still missing.</source>
        <translation>La factura {invoice} no está en el pedido. VTEX puede tardar un momento en mostrar una factura nueva: si la acaba de enviar, vuelva a cargar en un minuto; envíela de nuevo solo si sigue faltando.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Load an order first.</source>
        <translation>Primero cargue un pedido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was invoiced on this order: there is nothing to return.</source>
        <translation>No se facturó nada en este pedido: no hay nada que devolver.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another return is being sent. Returns go one at a time: wait for it to finish.</source>
        <translation>Se está enviando otra devolución. Las devoluciones van de a una: espere a que termine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This order cannot take a sale invoice now (status {status}).</source>
        <translation>Este pedido no puede recibir una factura de venta ahora (estado {status}).</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Invoice {invoice} of order {order}</source>
        <translation>Factura {invoice} del pedido {order}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Sending invoice {invoice}…</source>
        <translation>Enviando la factura {invoice}…</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>Invoice {invoice} received by VTEX</source>
        <extracomment>The clerk typed the invoice number while no order was shown or one was loading: the order&apos;s prefill and its saved draft must not wipe it.</extracomment>
        <translation>Factura {invoice} recibida por VTEX</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invoice {invoice} sent; waiting for VTEX to show it on the order…</source>
        <translation>Factura {invoice} enviada; esperando que VTEX la muestre en el pedido…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for VTEX to show the invoice on the order…</source>
        <translation>Esperando que VTEX muestre la factura en el pedido…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VTEX shows invoice {invoice} on the order.</source>
        <translation>VTEX muestra la factura {invoice} en el pedido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice {invoice} is on the order.</source>
        <translation>La factura {invoice} está en el pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VTEX accepted the invoice but does not show it on the order yet. Reload the order in a minute; do not send it again.</source>
        <translation>VTEX aceptó la factura, pero todavía no la muestra en el pedido. Vuelva a cargar el pedido en un minuto; no la envíe de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not re-read the order; reload it to see the new invoice.</source>
        <translation>No se pudo releer el pedido; vuelva a cargarlo para ver la factura nueva.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Re-reading order {order} after sending</source>
        <translation>Releyendo el pedido {order} después del envío</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sending invoice {invoice} to order {order}</source>
        <translation>Enviando la factura {invoice} al pedido {order}</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/history/model.py" line="-82"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start handling</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent yet</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown: check the order</source>
        <translation>Incierto: revise el pedido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start handling of order {order}</source>
        <translation>Inicio de preparación del pedido {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice {invoice} of order {order}</source>
        <translation>Factura {invoice} del pedido {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number of invoice {invoice}, order {order}</source>
        <translation>Número de seguimiento de la factura {invoice}, pedido {order}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracking events of invoice {invoice}, order {order}</source>
        <translation>Eventos de seguimiento de la factura {invoice}, pedido {order}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt {receipt}</source>
        <translation>Recibo {receipt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by re-reading the order</source>
        <translation>Confirmado al releer el pedido</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/keyboard.py" line="+28"/>
        <source>Go to the order field</source>
        <extracomment>What the Help list shows, in order: keys (Qt&apos;s portable text) and what they do.</extracomment>
        <translation>Ir al campo del pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the order field: load the order. In a form: go to the next field</source>
        <translation>En el campo del pedido: cargar el pedido. En un formulario: ir al campo siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the order (in the queue: read the queue again)</source>
        <translation>Recargar el pedido (en la cola: leer la cola de nuevo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the day&apos;s queue and go to it (Ctrl+1 too); F6 in the queue hides it; Enter opens the order</source>
        <translation>Mostrar la cola del día e ir a ella (también Ctrl+1); F6 en la cola la oculta; Enter abre el pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an NF-e XML file (Invoice tab)</source>
        <translation>Abrir un archivo XML de NF-e (pestaña Factura)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import tracking numbers from a spreadsheet (Tools menu)</source>
        <translation>Importar números de seguimiento de una planilla (menú Herramientas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send on the current tab (review, then confirm)</source>
        <translation>Enviar en la pestaña actual (revisar y luego confirmar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next field or button (tables are passed through)</source>
        <translation>Campo o botón siguiente (las tablas se atraviesan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous field or button</source>
        <translation>Campo o botón anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next tab (Ctrl+Shift+Tab: previous tab)</source>
        <translation>Pestaña siguiente (Ctrl+Shift+Tab: pestaña anterior)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a tab or field by its underlined letter (Alt+letter)</source>
        <translation>Ir a una pestaña o campo por su letra subrayada (Alt+letra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a table: edit the current cell (arrows move between cells)</source>
        <translation>En una tabla: editar la celda actual (las flechas pasan de una celda a otra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list of keyboard shortcuts</source>
        <translation>Esta lista de atajos de teclado</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Add NF-e files to the batch (Batch tab: check, then send many)</source>
        <translation>Añadir archivos de NF-e al lote (pestaña Lote: verificar y luego enviar varias)</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/widgets/language_picker.py" line="+27"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the desk; it changes at once</source>
        <translation>El idioma de la aplicación; cambia al instante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/main_window.py" line="+68"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Invoice</source>
        <translation>&amp;Factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking &amp;number</source>
        <translation>Número de &amp;seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking &amp;events</source>
        <translation>&amp;Eventos de seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+5"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Store: </source>
        <translation>&amp;Tienda: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts…</source>
        <translation>Cuentas…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>%n solicitud en curso</numerusform>
            <numerusform>%n solicitudes en curso</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idle</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/ui/widgets/desk_status.py" line="+47"/>
        <source>VTEX is limiting requests, retrying in {seconds} s</source>
        <translation>VTEX está limitando las solicitudes; nuevo intento en {seconds} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VTEX did not answer properly; retrying in {seconds} s (attempt {attempt})</source>
        <translation>VTEX no respondió bien; nuevo intento en {seconds} s (intento {attempt})</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/ui/main_window.py" line="+17"/>
        <source>Starting the demo store…</source>
        <translation>Iniciando la tienda de demostración…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No store: open Accounts to add one</source>
        <translation>Ninguna tienda: abra Cuentas para agregar una</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store: {store}</source>
        <translation>Tienda: {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment: {environment}</source>
        <translation>Entorno: {environment}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo store could not start: {error}</source>
        <translation>La tienda de demostración no pudo iniciarse: {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save the settings: {reason}</source>
        <translation>No se pudo guardar la configuración: {reason}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Store {store} is not set up on this computer.</source>
        <translation>La tienda {store} no está configurada en esta computadora.</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>&amp;Batch</source>
        <translation>&amp;Lote</translation>
    </message>
</context>
<context>
    <name>MappingForm</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/tracking_import/mapping.py" line="+20"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace order</source>
        <translation>Pedido del marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking URL</source>
        <translation>URL de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatch date</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event date</source>
        <translation>Fecha del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event city</source>
        <translation>Ciudad del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event state</source>
        <translation>Estado del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event description</source>
        <translation>Descripción del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+25"/>
        <source>(no column)</source>
        <translation>(ninguna columna)</translation>
    </message>
</context>
<context>
    <name>NfeDataPanel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/order/nfe_data_panel.py" line="+32"/>
        <source>NF-e data (payment and marketplace)</source>
        <translation>Datos de la NF-e (pago y marketplace)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Payment method</source>
        <translation>Medio de pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card brand</source>
        <translation>Marca de la tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization code (authId)</source>
        <translation>Código de autorización (authId)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquirer CNPJ</source>
        <translation>CNPJ del adquirente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediary (marketplace)</source>
        <translation>Intermediario (marketplace)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy {field}</source>
        <translation>Copiar {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to the clipboard, to paste into the NF-e emitter</source>
        <translation>Copiar al portapapeles, para pegar en el emisor de la NF-e</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit card</source>
        <translation>Tarjeta de débito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boleto</source>
        <translation>Boleto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pix</source>
        <translation>Pix</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{intermediary}, marketplace order {order}</source>
        <translation>{intermediary}, pedido en el marketplace {order}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none (sold by the store itself)</source>
        <translation>ninguno (venta de la propia tienda)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From the payment&apos;s connector response (paymentData).</source>
        <translation>De la respuesta del conector del pago (paymentData).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the order&apos;s custom data (customApps, the older place).</source>
        <translation>De los datos personalizados del pedido (customApps, el lugar antiguo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order carries no card data from a marketplace.</source>
        <translation>El pedido no trae datos de tarjeta de un marketplace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked against NF-e {number}.</source>
        <translation>Comparado con la NF-e {number}.</translation>
    </message>
</context>
<context>
    <name>NfeImport</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/invoice/nfe_import.py" line="+176"/>
        <source>Drop one NF-e XML file at a time ({count} files were dropped).</source>
        <translation>Suelte un archivo XML de NF-e a la vez (se soltaron {count} archivos).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load the order first, then open or drop its NF-e XML.</source>
        <translation>Primero cargue el pedido; luego abra o suelte el XML de su NF-e.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An invoice is being sent; open the NF-e XML when it is done.</source>
        <translation>Se está enviando una factura; abra el XML de la NF-e cuando termine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The order changed while {file} was read; open the file again.</source>
        <translation>El pedido cambió mientras se leía {file}; abra el archivo de nuevo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing on the form was changed.</source>
        <translation>No se cambió nada en el formulario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} cannot be used as the NF-e of this invoice.</source>
        <translation>{file} no se puede usar como la NF-e de esta factura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not open {file}.</source>
        <translation>No se pudo abrir {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be read.</source>
        <translation>No se pudo leer {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the NF-e {file}</source>
        <translation>Leyendo la NF-e {file}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Filled from NF-e {number} (series {series}), {total}: check the warnings, then review and send.</source>
        <translation>Completado desde la NF-e {number} (serie {series}), {total}: revise las advertencias y luego revise y envíe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled from NF-e {number} (series {series}), {total}: review and send.</source>
        <translation>Completado desde la NF-e {number} (serie {series}), {total}: revise y envíe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{matched} of {total} NF-e line(s) matched the order&apos;s items.</source>
        <translation>{matched} de {total} línea(s) de la NF-e coinciden con los ítems del pedido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File: {file}</source>
        <translation>Archivo: {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The invoice number you had typed ({number}) was replaced; Undo XML fill puts it back.</source>
        <translation>El número de factura que había escrito ({number}) se reemplazó; Deshacer relleno del XML lo restaura.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoice filled from NF-e {number}.</source>
        <translation>Factura completada desde la NF-e {number}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The form is back as it was before the XML fill.</source>
        <translation>El formulario volvió a como estaba antes del relleno del XML.</translation>
    </message>
</context>
<context>
    <name>NfeMappingRows</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/invoice/nfe_panel.py" line="+114"/>
        <source>Which order item is each of these NF-e lines?</source>
        <extracomment>Unmatched NF-e lines offered for manual mapping; past this, the NF-e is likely another order&apos;s. Rows made per turn of the event loop (each a label and a combo of the order&apos;s items, ~1-4 ms): twenty at once kept the window from painting for 20 ms. Warnings listed in the panel; the rest are counted.</extracomment>
        <translation>¿Qué ítem del pedido es cada una de estas líneas de la NF-e?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} more NF-e lines match nothing on this order: is this the NF-e of this order?</source>
        <translation>Otras {count} líneas de la NF-e no coinciden con nada en este pedido: ¿es esta la NF-e de este pedido?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line {line}: {code} {description} ({quantity})</source>
        <translation>Línea {line}: {code} {description} ({quantity})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order item for NF-e line {line}</source>
        <translation>Ítem del pedido para la línea {line} de la NF-e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— leave it off the invoice —</source>
        <translation>— dejar fuera de la factura —</translation>
    </message>
</context>
<context>
    <name>NfePanel</name>
    <message>
        <location line="+24"/>
        <source>NF-e import</source>
        <translation>Importación de la NF-e</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Undo XML fill</source>
        <translation>Deshacer relleno del XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the form back as it was before the XML filled it</source>
        <translation>Devolver el formulario a como estaba antes de que el XML lo completara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DANFE…</source>
        <translation>DANFE…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview, print or save the DANFE or the label of this NF-e</source>
        <translation>Ver, imprimir o guardar el DANFE o la etiqueta de esta NF-e</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
</context>
<context>
    <name>OrderItemsModel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/order/models.py" line="+19"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To invoice</source>
        <translation>Por facturar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Precio unit.</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/order/panel.py" line="+42"/>
        <source>1234567890123-01 or seq12345</source>
        <translation>1234567890123-01 o seq12345</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order id</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Order:</source>
        <translation>&amp;Pedido:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+148"/>
        <source>&amp;Load</source>
        <translation>&amp;Cargar</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Load order</source>
        <translation>Cargar pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order status</source>
        <translation>Estado del pedido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can it be invoiced</source>
        <translation>¿Se puede facturar?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Start handling</source>
        <translation>Iniciar preparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>Move the order from &apos;Ready for handling&apos; to &apos;Handling&apos;</source>
        <translation>Pasar el pedido de &apos;Listo para preparación&apos; a &apos;Preparando entrega&apos;</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Order total</source>
        <translation>Total del pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoiced so far</source>
        <translation>Facturado hasta ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining to invoice</source>
        <translation>Falta facturar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Por facturar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invoicing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice to:</source>
        <translation>Facturar a:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order items</source>
        <translation>Ítems del pedido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoices on the order</source>
        <translation>Facturas del pedido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items</source>
        <translation>Ítems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DANFE…</source>
        <translation>DANFE…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Type an order id (or seq followed by the sequence number), then Load.</source>
        <translation>Escriba el número de pedido (o seq seguido del número de secuencia) y luego Cargar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;{order}&lt;/b&gt; · status {status} — still shown: {typed} could not be loaded</source>
        <translation>&lt;b&gt;{order}&lt;/b&gt; · estado {status} — aún se muestra: no se pudo cargar {typed}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>VTEX returned no NF-e XML (embeddedInvoice) for this invoice.</source>
        <translation>VTEX no devolvió el XML de la NF-e (embeddedInvoice) de esta factura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview, print or save the DANFE of the selected invoice</source>
        <translation>Ver, imprimir o guardar el DANFE de la factura seleccionada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No order loaded.</source>
        <translation>Ningún pedido cargado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an order id above and press Enter (Ctrl+L jumps there).</source>
        <translation>Escriba un número de pedido arriba y presione Intro (Ctrl+L lleva allí).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;{order}&lt;/b&gt; · status {status}</source>
        <translation>&lt;b&gt;{order}&lt;/b&gt; · estado {status}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No address on the order.</source>
        <translation>El pedido no tiene dirección.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Can be invoiced now.</source>
        <translation>Se puede facturar ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be invoiced; usually you start handling first.</source>
        <translation>Se puede facturar; normalmente primero se inicia la preparación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly invoiced: the rest can be invoiced now.</source>
        <translation>Facturado en parte: el resto se puede facturar ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be invoiced: the payment is still pending.</source>
        <translation>No se puede facturar: el pago todavía está pendiente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be invoiced yet: VTEX is still processing the order ({status}).</source>
        <translation>Todavía no se puede facturar: VTEX todavía está procesando el pedido ({status}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VTEX is verifying the invoice; reload the order in a moment.</source>
        <translation>VTEX está verificando la factura; vuelva a cargar el pedido en un momento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fully invoiced: only tracking and return (Input) invoices now.</source>
        <translation>Totalmente facturado: ahora solo seguimiento y facturas de devolución (Input).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled or being canceled: it cannot be invoiced.</source>
        <translation>Cancelado o en cancelación: no se puede facturar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order is incomplete; it cannot be invoiced.</source>
        <translation>El pedido está incompleto; no se puede facturar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown status {status}: check the order in the VTEX Admin before invoicing.</source>
        <translation>Estado desconocido {status}: revise el pedido en el Admin VTEX antes de facturar.</translation>
    </message>
</context>
<context>
    <name>OrderSession</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/order/session.py" line="+129"/>
        <source>Loading order {order}…</source>
        <extracomment>How long an order replaced on screen is kept before it is freed: past the new one&apos;s paint.</extracomment>
        <translation>Cargando el pedido {order}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order field is empty but the form is for order {shown}: type {shown} back before sending.</source>
        <translation>El campo del pedido está vacío, pero el formulario es del pedido {shown}: vuelva a escribir {shown} antes de enviar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order field shows {typed} but the form is for order {shown}: load {typed}, or type {shown} back, before sending.</source>
        <translation>El campo del pedido muestra {typed}, pero el formulario es del pedido {shown}: cargue {typed} o vuelva a escribir {shown} antes de enviar.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Loading order {order}</source>
        <translation>Cargando el pedido {order}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starting handling of order {order}</source>
        <translation>Iniciando la preparación del pedido {order}</translation>
    </message>
</context>
<context>
    <name>PackagesModel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/order/models.py" line="+46"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PermissionDoctor</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/accounts/permission_text.py" line="+14"/>
        <source>✓ List orders: yes, the queues can be read.</source>
        <translation>✓ Listar pedidos (List orders): sí, las colas se pueden leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ List orders: no (VTEX answered 403), so the queues stay empty. In the VTEX Admin, Account settings &gt; Roles, add &apos;List orders&apos; to the key&apos;s role.</source>
        <translation>✗ Listar pedidos (List orders): no (VTEX respondió 403), así que las colas quedan vacías. En el Admin de VTEX, Configuración de la cuenta &gt; Roles, agregue &apos;List orders&apos; al rol de la clave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>? List orders: could not be checked.</source>
        <translation>? Listar pedidos (List orders): no se pudo verificar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ View order: yes, orders can be loaded.</source>
        <translation>✓ Ver pedido (View order): sí, los pedidos se pueden cargar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ View order: no (VTEX answered 403), so no order can be loaded. Add &apos;View order&apos; to the key&apos;s role.</source>
        <translation>✗ Ver pedido (View order): no (VTEX respondió 403), así que no se puede cargar ningún pedido. Agregue &apos;View order&apos; al rol de la clave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>? View order: could not be checked.</source>
        <translation>? Ver pedido (View order): no se pudo verificar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Notify invoice: yes, invoices and tracking can be sent.</source>
        <translation>✓ Notificar factura (Notify invoice): sí, se pueden enviar facturas y seguimiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Notify invoice: no (VTEX answered 403), so invoices and tracking cannot be sent. Add &apos;Notify invoice&apos; to the key&apos;s role.</source>
        <translation>✗ Notificar factura (Notify invoice): no (VTEX respondió 403), así que no se pueden enviar facturas ni seguimiento. Agregue &apos;Notify invoice&apos; al rol de la clave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>? Notify invoice: could not be checked.</source>
        <translation>? Notificar factura (Notify invoice): no se pudo verificar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Notify refund: yes, returns can be sent.</source>
        <translation>✓ Notificar reembolso (Notify refund): sí, se pueden enviar devoluciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Notify refund: no (VTEX answered 403), so returns cannot be sent. If this store takes returns, add &apos;Notify refund&apos; to the key&apos;s role.</source>
        <translation>✗ Notificar reembolso (Notify refund): no (VTEX respondió 403), así que no se pueden enviar devoluciones. Si esta tienda recibe devoluciones, agregue &apos;Notify refund&apos; al rol de la clave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>? Notify refund: could not be checked.</source>
        <translation>? Notificar reembolso (Notify refund): no se pudo verificar.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/widgets/receipt_view.py" line="+28"/>
        <location line="+98"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>VTEX receipt</source>
        <translation>Recibo de VTEX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VTEX&apos;s receipt appears here after sending.</source>
        <translation>El recibo de VTEX aparece aquí después del envío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Receipt: {receipt}</source>
        <translation>Recibo: {receipt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Order: {order}</source>
        <translation>Pedido: {order}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Confirmed by re-reading the order (VTEX&apos;s answer to the send was lost).</source>
        <translation>Confirmado al releer el pedido (se perdió la respuesta de VTEX al envío).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent {when} (journal #{entry})</source>
        <translation>Enviado el {when} (registro n.º {entry})</translation>
    </message>
</context>
<context>
    <name>ReconcilePanel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/sending/reconcile_panel.py" line="+73"/>
        <source>Sends checked at start-up</source>
        <translation>Envíos verificados al iniciar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the sends left unfinished last time ({count})…</source>
        <translation>Verificando los envíos que quedaron pendientes la última vez ({count})…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sends left unfinished last time were checked against the orders: {landed} landed, {missing} did not.</source>
        <translation>Los envíos pendientes de la última vez se verificaron en los pedidos: {landed} llegaron, {missing} no.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} not shown by VTEX yet: the desk keeps checking.</source>
        <translation>{count} todavía sin mostrar en VTEX: el programa sigue verificando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} could not be checked.</source>
        <translation>No se pudieron verificar: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send again what did not land, or open the order to look first.</source>
        <translation>Envíe de nuevo lo que no llegó, o abra el pedido para revisar primero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not check the sends left unfinished last time: {reason}</source>
        <translation>No se pudieron verificar los envíos pendientes de la última vez: {reason}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{send}: it is on the order (confirmed, nothing sent again).</source>
        <translation>{send}: está en el pedido (confirmado, no se reenvió nada).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{send}: not on the order; VTEX did not apply it.</source>
        <translation>{send}: no está en el pedido; VTEX no aplicó el envío.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{send}: sent again; VTEX&apos;s receipt {receipt}.</source>
        <translation>{send}: reenviado; recibo de VTEX {receipt}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{send}: sent again.</source>
        <translation>{send}: reenviado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{send}: could not be checked ({reason}).</source>
        <translation>{send}: no se pudo verificar ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>store {store} is not set up on this computer</source>
        <translation>la tienda {store} no está configurada en esta computadora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this store has no app key and token on this computer</source>
        <translation>esta tienda no tiene clave de API ni token en esta computadora</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{send}: checking the order once more, then sending again…</source>
        <translation>{send}: revisando el pedido una vez más y reenviando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{send}: checking the order…</source>
        <translation>{send}: revisando el pedido…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{send}: {headline} {advice}</source>
        <translation>{send}: {headline} {advice}</translation>
    </message>
</context>
<context>
    <name>ResendConfirm</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/sending/resend_confirm.py" line="+23"/>
        <source>Send it again?</source>
        <translation>¿Enviar de nuevo?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{send} did not show up on the order, and VTEX has had the whole waiting time to apply it. Send it again only if you are sure VTEX did not get it: if VTEX did get it, posting it twice loses information at VTEX. The desk re-reads the order once more before sending.</source>
        <translation>{send} no apareció en el pedido, y VTEX tuvo todo el tiempo de espera para aplicarla. Envíela de nuevo solo si está seguro de que VTEX no la recibió: si VTEX la recibió, enviarla dos veces hace perder información en VTEX. El programa vuelve a leer el pedido una vez más antes de enviar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send</source>
        <translation>No enviar</translation>
    </message>
</context>
<context>
    <name>ReturnItemsModel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/returns/model.py" line="+27"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returnable</source>
        <translation>Se puede devolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return now</source>
        <translation>Devolver ahora</translation>
    </message>
</context>
<context>
    <name>ReturnNfe</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/returns/nfe.py" line="+74"/>
        <source>Edited after the fill: the value is the picked units.</source>
        <translation>Editado después del llenado: el valor es el de las unidades elegidas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open NF-e of return</source>
        <translation>Abrir NF-e de devolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NF-e XML (*.xml);;All files (*)</source>
        <translation>XML de la NF-e (*.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the return from its order first.</source>
        <translation>Primero abra la devolución desde su pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file} is not an NF-e of return (finNFe 4): nothing was changed.</source>
        <translation>{file} no es una NF-e de devolución (finNFe 4): no se cambió nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filled from NF-e of return {number}, {total}: check the items, then send.</source>
        <translation>Completado con la NF-e de devolución {number}, {total}: revise los artículos y envíe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} cannot be used: {reason}</source>
        <translation>{file} no se puede usar: {reason}</translation>
    </message>
</context>
<context>
    <name>ReturnRules</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/returns/rules.py" line="+23"/>
        <source>This order is not fully invoiced. VTEX accepts the return but refunds nothing: it refunds only orders that were fully invoiced first.</source>
        <translation>Este pedido no está facturado por completo. VTEX acepta la devolución pero no reembolsa nada: solo reembolsa pedidos que se facturaron por completo antes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid by boleto: VTEX does not refund it automatically. Refund the customer yourself, by voucher or bank transfer.</source>
        <translation>Pagado con boleto: VTEX no lo reembolsa automáticamente. Reembolse usted al cliente, con un vale o una transferencia bancaria.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The app key needs the Notify refund resource (in a role such as OMS - Full access).</source>
        <translation>La clave de API necesita el recurso Notify refund (en un rol como OMS - Full access).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns are sent one at a time: VTEX can lose refunds sent together.</source>
        <translation>Las devoluciones se envían de a una: VTEX puede perder reembolsos enviados juntos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return takes no tracking: VTEX would show the customer a delivery that is not happening.</source>
        <translation>Una devolución no lleva seguimiento: VTEX le mostraría al cliente una entrega que no está ocurriendo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Requested {requested}; the order does not show a refund yet.</source>
        <translation>Solicitado: {requested}; el pedido todavía no muestra un reembolso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested {requested}; refunded {refunded}.</source>
        <translation>Solicitado: {requested}; reembolsado: {refunded}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested {requested}; refunded only {refunded}. Refund the difference to the customer yourself (voucher or bank transfer), or check the payment in the VTEX Admin.</source>
        <translation>Solicitado: {requested}; reembolsado solo {refunded}. Reembolse usted la diferencia al cliente (vale o transferencia bancaria) o revise el pago en el Admin de VTEX.</translation>
    </message>
</context>
<context>
    <name>ReturnWizard</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/returns/wizard.py" line="+69"/>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Items to return</source>
        <translation>Artículos a devolver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return everything</source>
        <translation>Devolver todo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping refund</source>
        <translation>Reembolso del envío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 000123456</source>
        <translation>p. ej. 000123456</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return invoice number</source>
        <translation>Número de la factura de devolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuance date and time</source>
        <translation>Fecha y hora de emisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>44-digit NF-e access key</source>
        <translation>Clave de acceso de la NF-e (44 dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key</source>
        <translation>Clave de acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open NF-e of return…</source>
        <translation>Abrir NF-e de devolución…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the return from its NF-e XML (finNFe 4); you can also drop the file</source>
        <translation>Completar la devolución con el XML de la NF-e (finNFe 4); también puede soltar el archivo aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send it anyway: I understand VTEX will refund nothing</source>
        <translation>Enviar de todos modos: entiendo que VTEX no reembolsará nada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send return</source>
        <translation>Enviar devolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Shipping refund:</source>
        <translation>Reembolso del &amp;envío:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice &amp;number:</source>
        <translation>&amp;Número de factura:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issued:</source>
        <translation>E&amp;mitida el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;key:</source>
        <translation>C&amp;lave de acceso:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Return for order {order} ({client})</source>
        <translation>Devolución del pedido {order} ({client})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at most {cap}</source>
        <translation>como máximo {cap}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Everything invoiced on this order was returned already: nothing is left.</source>
        <translation>Todo lo facturado en este pedido ya se devolvió: no queda nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick at least one unit to return.</source>
        <translation>Elija al menos una unidad para devolver.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More units than are left to return.</source>
        <translation>Más unidades de las que quedan por devolver.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than the {cap} left to refund (invoiced minus returned).</source>
        <translation>Más que los {cap} que quedan por reembolsar (facturado menos devuelto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most {cap} of shipping.</source>
        <translation>Como máximo {cap} de envío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number of the return invoice.</source>
        <translation>Escriba el número de la factura de devolución.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invoice of this order has that number: a return needs a new one.</source>
        <translation>Una factura de este pedido ya tiene ese número: la devolución necesita uno nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order on screen changed: open the return again from its order.</source>
        <translation>El pedido en pantalla cambió: abra la devolución otra vez desde su pedido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another return is being sent. Returns go one at a time: wait for it to finish.</source>
        <translation>Se está enviando otra devolución. Las devoluciones van de a una: espere a que termine.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{value} (at most {cap})</source>
        <translation>{value} (como máximo {cap})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This return refunds nothing: tick &quot;Send it anyway&quot; to send it all the same.</source>
        <translation>Esta devolución no reembolsa nada: marque &quot;Enviar de todos modos&quot; para enviarla igual.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sending return {invoice}…</source>
        <translation>Enviando la devolución {invoice}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return {invoice} received by VTEX</source>
        <translation>Devolución {invoice} recibida por VTEX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending return {invoice} to order {order}</source>
        <translation>Enviando la devolución {invoice} al pedido {order}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return {invoice}</source>
        <translation>Devolución {invoice}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-reading order {order} after sending</source>
        <translation>Releyendo el pedido {order} después del envío</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return {invoice} of order {order}</source>
        <translation>Devolución {invoice} del pedido {order}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for VTEX to show the return and its refund on the order…</source>
        <translation>Esperando que VTEX muestre la devolución y su reembolso en el pedido…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VTEX shows return {invoice} on the order.</source>
        <translation>VTEX muestra la devolución {invoice} en el pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VTEX accepted the return but does not show it yet. Reload the order in a minute; do not send it again.</source>
        <translation>VTEX aceptó la devolución pero todavía no la muestra. Vuelva a cargar el pedido en un minuto; no la envíe otra vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not re-read the order; reload it to see the refund.</source>
        <translation>No se pudo releer el pedido; vuelva a cargarlo para ver el reembolso.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Return {invoice} is on the order: nothing more to do.</source>
        <translation>La devolución {invoice} está en el pedido: no hay nada más que hacer.</translation>
    </message>
</context>
<context>
    <name>ReturnsBar</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/returns/bar.py" line="+25"/>
        <source>Return…</source>
        <translation>Devolución…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a return (Input) invoice: pick the items, see the refund rules</source>
        <translation>Enviar una factura de devolución (Input): elija los artículos y vea las reglas de reembolso</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Mark for return</source>
        <translation>Marcar para devolución</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Keep this order in the Returns queue until its return is sent</source>
        <translation>Mantener este pedido en la cola Devoluciones hasta que se envíe su devolución</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unmark for return</source>
        <translation>Desmarcar devolución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked for return: it stays in the Returns queue until its return is sent.</source>
        <translation>Marcado para devolución: queda en la cola Devoluciones hasta que se envíe su devolución.</translation>
    </message>
</context>
<context>
    <name>ReturnsDesk</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/returns/launcher.py" line="+94"/>
        <source>Load an order first.</source>
        <translation>Primero cargue un pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was invoiced on this order: there is nothing to return.</source>
        <translation>No se facturó nada en este pedido: no hay nada que devolver.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A return is being sent. Returns go one at a time (VTEX can lose refunds sent together): wait for it to finish.</source>
        <translation>Se está enviando una devolución. Las devoluciones van de a una (VTEX puede perder reembolsos enviados juntos): espere a que termine.</translation>
    </message>
</context>
<context>
    <name>RowEditForm</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/tracking_import/edit_form.py" line="+27"/>
        <source>Edit row {line}</source>
        <translation>Editar fila {line}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The spreadsheet is not changed: the corrected row is checked again and sent from this window.</source>
        <translation>La hoja de cálculo no se modifica: la fila corregida se verifica de nuevo y se envía desde esta ventana.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Order:</source>
        <translation>&amp;Pedido:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Invoice number:</source>
        <translation>Número de &amp;factura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tracking number:</source>
        <translation>Número de &amp;seguimiento:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Carrier:</source>
        <translation>&amp;Transportista:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dispatch date:</source>
        <translation>Fecha de &amp;envío:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(the order&apos;s one sale invoice)</source>
        <translation>(la única factura de venta del pedido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>dd/mm/aaaa hh:mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save and chec&amp;k</source>
        <translation>Guardar y &amp;verificar</translation>
    </message>
</context>
<context>
    <name>RowEditing</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/tracking_import/editing.py" line="+64"/>
        <source>&amp;Edit row…</source>
        <translation>Editar fi&amp;la…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct a flagged or failed row, check it again, then send it</source>
        <translation>Corregir una fila marcada o que falló, verificarla de nuevo y luego enviarla</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Checking the edited row…</source>
        <translation>Verificando la fila editada…</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/sending/controller.py" line="+108"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last send may have reached VTEX. Reload the order before sending again.</source>
        <translation>Puede que el último envío haya llegado a VTEX. Vuelva a cargar el pedido antes de enviar de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking whether the last send reached VTEX…</source>
        <translation>Verificando si el último envío llegó a VTEX…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not check whether the last send reached VTEX. Reload the order to check again.</source>
        <translation>No se pudo verificar si el último envío llegó a VTEX. Vuelva a cargar el pedido para verificar de nuevo.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Invoice {invoice} is already on this order. Use a new number; to add tracking to it, use the Tracking number tab.</source>
        <translation>La factura {invoice} ya está en este pedido. Use un número nuevo; para agregarle seguimiento, use la pestaña Número de seguimiento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invoice {invoice} was sent to this order a moment ago (receipt {receipt}); VTEX may still be applying it. Reload the order instead of sending it again.</source>
        <translation>La factura {invoice} se envió a este pedido hace un momento (recibo {receipt}); puede que VTEX todavía la esté aplicando. Vuelva a cargar el pedido en lugar de enviarla de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {invoice} is being sent right now.</source>
        <translation>La factura {invoice} se está enviando en este momento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {invoice} was already sent to this order on {when} and VTEX confirmed it (journal #{entry}), so it is not sent twice. VTEX may still be showing it: reload the order. To replace an invoice, send a return (Input) and a new invoice with another number.</source>
        <translation>La factura {invoice} ya se envió a este pedido el {when} y VTEX la confirmó (registro n.º {entry}), así que no se envía dos veces. Puede que VTEX todavía no la muestre: vuelva a cargar el pedido. Para reemplazar una factura, envíe una devolución (Input) y una factura nueva con otro número.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invoice {invoice} was sent to this order on {when} (journal #{entry}), but VTEX&apos;s answer never arrived. The desk is re-reading the order to see whether it landed; if it did not, you can send it again.</source>
        <translation>La factura {invoice} se envió a este pedido el {when} (registro n.º {entry}), pero la respuesta de VTEX nunca llegó. La aplicación está releyendo el pedido para ver si llegó; si no llegó, puede enviarla de nuevo.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{send} is on the order: the send did reach VTEX. Nothing more to do.</source>
        <translation>El pedido ya muestra {send}: el envío llegó a VTEX. No hay nada más que hacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{send} is not on the order: VTEX did not apply it. You can send it again.</source>
        <translation>El pedido no muestra {send}: VTEX no aplicó el envío. Puede enviarlo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check whether {send} reached VTEX ({reason}). Reload the order to check again.</source>
        <translation>No se pudo verificar si el pedido muestra {send} ({reason}). Vuelva a cargar el pedido para verificar de nuevo.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Checking the last send</source>
        <translation>Verificando el último envío</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/keyboard.py" line="+67"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>StartupNotice</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/widgets/startup_notice.py" line="+26"/>
        <source>Start-up problems</source>
        <translation>Problemas al iniciar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/widgets/timeline.py" line="+50"/>
        <source>Dispatched, tracking {number}</source>
        <translation>Despachado: {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({courier})</source>
        <translation> ({courier})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location line="+74"/>
        <source>Tracking timeline</source>
        <translation>Cronología del seguimiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tracking events yet.</source>
        <translation>Todavía no hay eventos de seguimiento.</translation>
    </message>
</context>
<context>
    <name>TrackingImportModel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/tracking_import/model.py" line="+27"/>
        <source>Sent</source>
        <extracomment>The status in the clerk&apos;s language (the report keeps the English words).</extracomment>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on the order</source>
        <translation>Ya está en el pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send</source>
        <translation>Listo para enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>TrackingImportWindow</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/tracking_import/view.py" line="+55"/>
        <source>Import tracking</source>
        <extracomment>From the send queue&apos;s threads: (row index, SendResult); delivered in the GUI thread. From the dry run&apos;s worker: (rows checked, rows).</extracomment>
        <translation>Importar seguimientos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Spreadsheet</source>
        <translation>Planilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV or Excel (.xlsx) file of tracking numbers</source>
        <translation>Un archivo CSV o Excel (.xlsx) con números de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>Ele&amp;gir archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;arriers…</source>
        <translation>&amp;Transportistas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chec&amp;k (dry run)</source>
        <translation>&amp;Verificar (simulación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+262"/>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;report…</source>
        <translation>Guardar &amp;informe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the tracking spreadsheet</source>
        <translation>Elija la planilla de seguimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Planillas (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>VTEX Admin order export, {rows} rows under the header on line {line}: {headers}</source>
        <translation>Exportación de pedidos del Admin de VTEX, {rows} filas bajo el encabezado en la línea {line}: {headers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rows} rows under the header on line {line}: {headers}</source>
        <translation>{rows} filas bajo el encabezado en la línea {line}: {headers}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Checking {rows} rows against the store&apos;s orders…</source>
        <translation>Verificando {rows} filas con los pedidos de la tienda…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Send tracking numbers</source>
        <translation>Enviar números de seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the tracking of {count} rows to store {store}? The other rows are not sent.</source>
        <translation>¿Enviar el seguimiento de {count} filas a la tienda {store}? Las demás filas no se envían.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send {count}</source>
        <translation>Enviar {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send</source>
        <translation>No enviar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending {count} rows…</source>
        <translation>Enviando {count} filas…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopping after the rows being sent…</source>
        <translation>Deteniendo después de las filas que se están enviando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report could not be written to {path}: {reason}</source>
        <translation>No se pudo escribir el informe en {path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved to {path}</source>
        <translation>Informe guardado en {path}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{rows} rows: {counts}</source>
        <translation>{rows} filas: {counts}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Send {count}…</source>
        <translation>&amp;Enviar {count}…</translation>
    </message>
</context>
<context>
    <name>TrackingTab</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/tracking/tab.py" line="+50"/>
        <source>Dispatch date</source>
        <translation>Fecha de despacho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking URL</source>
        <translation>URL de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Invoice:</source>
        <translation>Fact&amp;ura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking &amp;number:</source>
        <translation>Número de se&amp;guimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking &amp;URL:</source>
        <translation>URL &amp;de seguimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Carrier:</source>
        <translation>T&amp;ransportista:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dispatched:</source>
        <translation>Despachad&amp;o:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Send tracking number</source>
        <translation>Enviar número de seguimiento</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Load an order first.</source>
        <translation>Primero cargue un pedido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This order has no invoice yet: send the invoice first (Invoice tab).</source>
        <translation>Este pedido todavía no tiene factura: envíe la factura primero (pestaña Factura).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sending tracking number for invoice {invoice}…</source>
        <translation>Enviando el número de seguimiento de la factura {invoice}…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The tracking number of invoice {invoice}</source>
        <translation>el número de seguimiento de la factura {invoice}</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+67"/>
        <source>Tracking number of invoice {invoice} received by VTEX</source>
        <translation>Número de seguimiento de la factura {invoice} recibido por VTEX</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tracking number is on the order.</source>
        <translation>El número de seguimiento está en el pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VTEX does not show the new tracking number yet; reload the order in a minute.</source>
        <translation>VTEX todavía no muestra el nuevo número de seguimiento; vuelva a cargar el pedido en un minuto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-reading order {order} after sending</source>
        <translation>Releyendo el pedido {order} después del envío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the tracking number of invoice {invoice} (order {order})</source>
        <translation>Enviando el número de seguimiento de la factura {invoice} (pedido {order})</translation>
    </message>
</context>
<context>
    <name>VtexStatus</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/text/status_names.py" line="+16"/>
        <source>Order created</source>
        <translation>Pedido creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order accepted</source>
        <translation>Pedido aceptado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment pending</source>
        <translation>Pago pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment approved</source>
        <translation>Pago aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Waiting for seller confirmation</source>
        <translation>Esperando confirmación del seller</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Waiting for fulfillment authorization</source>
        <translation>Esperando autorización para despachar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for marketplace authorization</source>
        <translation>Esperando autorización del marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation window</source>
        <translation>Ventana de cancelación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for handling</source>
        <translation>Listo para preparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting handling</source>
        <translation>Iniciando preparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling shipping</source>
        <translation>Preparando entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for invoicing</source>
        <translation>Listo para facturación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying invoice</source>
        <translation>Verificando factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancellation requested</source>
        <translation>Cancelación solicitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceling</source>
        <translation>Cancelando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>VtexWords</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/text/vtex_words.py" line="+37"/>
        <source>The network says: {message}</source>
        <translation>La red dice: {message}</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+4"/>
        <source>The desk found: {message}</source>
        <translation>El escritorio encontró: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VTEX says: {message}</source>
        <translation>VTEX dice: {message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invoice value ({value}) is higher than the amount still to be invoiced ({remaining}).</source>
        <translation>El valor de la factura ({value}) es mayor que el monto aún por facturar ({remaining}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A return cannot refund more than {amount}.</source>
        <translation>Una devolución no puede reembolsar más de {amount}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item {sku} cannot be invoiced: {sent} units sent, {left} left to invoice.</source>
        <translation>El ítem {sku} no se puede facturar: {sent} unidades enviadas, quedan {left} por facturar.</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/worklist/model.py" line="+21"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest of the invoice</source>
        <translation>Resto de la factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to review</source>
        <translation>Devolución por revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to send</source>
        <translation>Devolución por enviar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marketplace order</source>
        <translation>Pedido en el marketplace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remaining</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
</context>
<context>
    <name>WorklistDock</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/worklist/dock.py" line="+17"/>
        <source>Worklist</source>
        <translation>Lista de trabajo</translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/worklist/panel.py" line="+101"/>
        <source>Queue</source>
        <extracomment>The columns on the left, in this order: which order, whose, how much, what it lacks. The others (marketplace order, date, remaining, status) follow; the table scrolls sideways to them when the dock is narrow (at 1366 px the queue is ~330 px wide and showed the order and marketplace ids). The client column&apos;s least width: names are elided, the value beside it stays in view.</extracomment>
        <translation>Cola</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days back</source>
        <translation>Días hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the queue again (F5)</source>
        <translation>Leer la cola de nuevo (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search: order, marketplace order, client or document</source>
        <translation>Buscar: pedido, pedido en el marketplace, cliente o documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the queue</source>
        <translation>Buscar en la cola</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste a VTEX Admin orders address for a custom queue</source>
        <translation>Pegue una dirección de pedidos del Admin de VTEX para una cola propia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VTEX Admin orders address</source>
        <translation>Dirección de pedidos del Admin de VTEX</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return…</source>
        <translation>Devolución…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the return wizard for the selected order</source>
        <translation>Abrir el asistente de devolución del pedido seleccionado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orders in the queue</source>
        <translation>Pedidos en la cola</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>To invoice</source>
        <translation>Por facturar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting tracking</source>
        <translation>Esperando seguimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the VTEX Admin</source>
        <translation>Del Admin de VTEX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No store: open Accounts to add one</source>
        <translation>Sin tienda: abra Cuentas para agregar una</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the queue from VTEX…</source>
        <translation>Leyendo la cola en VTEX…</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Reading the queue from VTEX… %n order(s) so far</source>
        <translation>
            <numerusform>Leyendo la cola en VTEX… %n pedido hasta ahora</numerusform>
            <numerusform>Leyendo la cola en VTEX… %n pedidos hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n order(s) in this queue</source>
        <translation>
            <numerusform>%n pedido en la cola</numerusform>
            <numerusform>%n pedidos en la cola</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The queue could not be read.</source>
        <translation>No se pudo leer la cola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the queue</source>
        <translation>Leyendo la cola</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pick an order in the queue first.</source>
        <translation>Primero elija un pedido de la cola.</translation>
    </message>
</context>
<context>
    <name>XmlDialog</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/widgets/xml_field.py" line="+55"/>
        <source>NF-e XML</source>
        <extracomment>SEFAZ status codes meaning the NF-e may be used (authorized; authorized late).</extracomment>
        <translation>XML de la NF-e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NF-e XML text</source>
        <translation>Texto del XML de la NF-e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the NF-e XML here.</source>
        <translation>Pegue aquí el XML de la NF-e.</translation>
    </message>
</context>
<context>
    <name>XmlField</name>
    <message>
        <location line="+32"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the invoice without the NF-e XML</source>
        <translation>Enviar la factura sin el XML de la NF-e</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No XML yet: open or drop the NF-e file, or paste it.</source>
        <translation>Todavía sin XML: abra o suelte el archivo de la NF-e, o pegue el XML.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML · {size} KiB (no NF-e number found)</source>
        <translation>XML · {size} KiB (no se encontró el número de la NF-e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NF-e {number} · {size} KiB</source>
        <translation>NF-e {number} · {size} KiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authorized</source>
        <translation>autorizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEFAZ status {status}</source>
        <translation>estado SEFAZ {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no authorization protocol</source>
        <translation>sin protocolo de autorización</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>View XML…</source>
        <translation>Ver XML…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste XML…</source>
        <translation>Pegar XML…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See or correct the whole XML</source>
        <translation>Ver o corregir el XML completo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste an NF-e XML by hand</source>
        <translation>Pegar un XML de NF-e a mano</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/sending/reconcile_panel.py" line="-212"/>
        <source>Send again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send it again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again</source>
        <translation>Verificar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open order</source>
        <translation>Abrir pedido</translation>
    </message>
</context>
</TS>
