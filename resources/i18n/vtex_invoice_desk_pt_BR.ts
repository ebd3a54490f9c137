<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/accounts/dialog.py" line="+68"/>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stores</source>
        <translation>Lojas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New store</source>
        <translation>&amp;Nova loja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mystore</source>
        <translation>minhaloja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stable (vtexcommercestable)</source>
        <translation>Estável (vtexcommercestable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta (vtexcommercebeta)</source>
        <translation>Beta (vtexcommercebeta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the key for this session only (not in the keyring)</source>
        <translation>Guardar a chave só nesta sessão (fora do chaveiro)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep for this session only</source>
        <translation>Guardar só nesta sessão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account name</source>
        <translation>Nome da conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Account name:</source>
        <translation>Nome da &amp;conta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Ambiente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App &amp;key:</source>
        <translation>C&amp;have de API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App t&amp;oken:</source>
        <translation>T&amp;oken de API:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Key and token kept in: {place}</source>
        <translation>Chave e token guardados em: {place}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Leave key and token empty to keep the saved ones.</source>
        <translation>Deixe a chave e o token em branco para manter os já salvos.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key and token go to the system keyring; the settings file keeps only the store name.</source>
        <translation>A chave e o token vão para o chaveiro do sistema; o arquivo de configurações guarda só o nome da loja.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter the app key and the app token.</source>
        <translation>Informe a chave de API e o token de API.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the key and token in the system keyring…</source>
        <translation>Guardando a chave e o token no chaveiro do sistema…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not write the settings file: {reason}</source>
        <translation>Não foi possível gravar o arquivo de configurações: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Saved. The key and token are in {place}.</source>
        <translation>Salvo. A chave e o token estão em {place}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved for this session only: the key is forgotten when the app closes.</source>
        <translation>Salvo só para esta sessão: a chave será esquecida quando o aplicativo fechar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removed {account}; deleting its key from the keyring…</source>
        <translation>Loja {account} removida; apagando a chave do chaveiro…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The store was removed, but its key could not be deleted from the keyring: {reason}</source>
        <translation>A loja foi removida, mas a chave dela não pôde ser apagada do chaveiro: {reason}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Removed {account} and its key.</source>
        <translation>Loja {account} removida, junto com a chave.</translation>
    </message>
</context>
<context>
    <name>BatchFixes</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/batch/fixes.py" line="+39"/>
        <source>Set &amp;order…</source>
        <translation>Definir pe&amp;dido…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected file its VTEX order (before the send)</source>
        <translation>Dar ao arquivo selecionado o seu pedido VTEX (antes do envio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send failed a&amp;gain…</source>
        <translation>Reenv&amp;iar as falhas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the files again, then send the rows that failed or are pending: nothing is sent twice</source>
        <translation>Verificar os arquivos de novo e enviar as linhas que falharam ou estão pendentes: nada é enviado duas vezes</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Set the order</source>
        <translation>Definir o pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VTEX order id for {file} (such as 1234567890123-01):</source>
        <translation>Id do pedido VTEX para {file} (como 1234567890123-01):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the order</source>
        <translation>Ler o pedido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading order {order}…</source>
        <translation>Lendo o pedido {order}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The preview changed while the order was read: the row was not changed.</source>
        <translation>A prévia mudou enquanto o pedido era lido: a linha não foi alterada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} now goes to order {order}: its checks were run again.</source>
        <translation>{file} agora vai para o pedido {order}: as verificações foram refeitas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store has no order {order}: the row was not changed.</source>
        <translation>A loja não tem o pedido {order}: a linha não foi alterada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {order} could not be read: the row was not changed.</source>
        <translation>Não foi possível ler o pedido {order}: a linha não foi alterada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the order</source>
        <translation>Lendo o pedido</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checked again: no row is left to send. Look at the messages of the rows.</source>
        <translation>Verificado de novo: nenhuma linha ficou para enviar. Veja as mensagens das linhas.</translation>
    </message>
</context>
<context>
    <name>BatchMapping</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/batch/mapping.py" line="+35"/>
        <source>&amp;Map items…</source>
        <translation>&amp;Mapear itens…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which order item each unmatched NF-e line of the selected file is</source>
        <translation>Dizer qual item do pedido é cada linha sem correspondência da NF-e do arquivo selecionado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Map the items of {file}</source>
        <translation>Mapear os itens de {file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{file}: its items were mapped by hand and its checks were run again.</source>
        <translation>{file}: os itens foram mapeados à mão e as verificações foram refeitas.</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/batch/model.py" line="+39"/>
        <source>would send</source>
        <translation>seria enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already on the order</source>
        <translation>já está no pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no order found</source>
        <translation>pedido não encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>ignorada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order id in xPed</source>
        <translation>nº do pedido em xPed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order id in an item&apos;s xPed</source>
        <translation>nº do pedido no xPed de um item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order id in infCpl</source>
        <translation>nº do pedido em infCpl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order id in infAdFisco</source>
        <translation>nº do pedido em infAdFisco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketplace id in xPed</source>
        <translation>nº do marketplace em xPed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketplace id in an item&apos;s xPed</source>
        <translation>nº do marketplace no xPed de um item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketplace id in infCpl</source>
        <translation>nº do marketplace em infCpl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketplace id in infAdFisco</source>
        <translation>nº do marketplace em infAdFisco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent before (journal)</source>
        <translation>enviada antes (diário)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipient and total</source>
        <translation>destinatário e total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picked by hand</source>
        <translation>escolhido à mão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sale</source>
        <translation>venda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>return</source>
        <translation>devolução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Nota</translation>
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
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>excluded</source>
        <translation>excluída</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>included</source>
        <translation>incluída</translation>
    </message>
</context>
<context>
    <name>BatchOutputs</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/batch/outputs.py" line="+32"/>
        <source>Save &amp;report…</source>
        <translation>&amp;Salvar relatório…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DANFEs and &amp;labels…</source>
        <translation>DANFEs e eti&amp;quetas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview, print or save the DANFEs (or 55 mm labels) of the invoices on their orders</source>
        <translation>Visualizar, imprimir ou salvar os DANFEs (ou as etiquetas de 55 mm) das notas que estão nos pedidos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>batch of {count} invoices</source>
        <translation>lote de {count} notas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the batch report</source>
        <translation>Salvar o relatório do lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report saved to {path}</source>
        <translation>Relatório salvo em {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report could not be saved: {reason}</source>
        <translation>Não foi possível salvar o relatório: {reason}</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/batch/summary.py" line="+24"/>
        <source>{files} files: {would} to send ({sales} in sales, {returns} in returns), {already} already on their orders, {failed} failed, {unmatched} without an order, {skipped} skipped</source>
        <translation>{files} arquivos: {would} a enviar ({sales} em vendas, {returns} em devoluções), {already} já nos pedidos, {failed} com falha, {unmatched} sem pedido, {skipped} ignorados</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{files} files: {sent} sent, {already} already on their orders, {pending} pending, {failed} failed, {other} not sent</source>
        <translation>{files} arquivos: {sent} enviados, {already} já nos pedidos, {pending} pendentes, {failed} com falha, {other} não enviados</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send the batch</source>
        <translation>Enviar o lote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send 1 invoice to {store}, {total}?</source>
        <translation>Enviar 1 nota fiscal para {store}, {total}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send {count} invoices to {store}, {total} in all?</source>
        <translation>Enviar {count} notas fiscais para {store}, {total} no total?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales: {sales}. Returns: {returns}. Only the rows marked &quot;would send&quot; go; each is written to the journal before it leaves, and nothing already on its order is sent again.</source>
        <translation>Vendas: {sales}. Devoluções: {returns}. Só vão as linhas marcadas &quot;seria enviada&quot;; cada uma é gravada no diário antes de sair, e nada que já está no pedido é enviado de novo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send</source>
        <translation>Não enviar</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/batch/view.py" line="+82"/>
        <source>Add &amp;files…</source>
        <extracomment>Rows the column widths are measured on when a check ends.</extracomment>
        <translation>Adicionar &amp;arquivos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add folder…</source>
        <translation>Adicionar pas&amp;ta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files of the batch</source>
        <translation>Arquivos do lote</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Batch progress</source>
        <translation>Andamento do lote</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+255"/>
        <source>&amp;Check (dry run)</source>
        <translation>&amp;Verificar (simulação)</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Read every file and check it against the store&apos;s orders: nothing is sent</source>
        <translation>Lê cada arquivo e o confere com os pedidos da loja: nada é enviado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the invoices already on their way</source>
        <translation>Parar depois das notas que já estão a caminho</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add NF-e files</source>
        <translation>Adicionar arquivos de NF-e</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NF-e XML or ZIP files (*.xml *.zip);;All files (*)</source>
        <translation>Arquivos XML ou ZIP de NF-e (*.xml *.zip);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a folder of NF-e files</source>
        <translation>Adicionar uma pasta de NF-e</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Press Check to see what would be sent.</source>
        <translation>Clique em Verificar para ver o que seria enviado.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No store: open Accounts to add one</source>
        <translation>Nenhuma loja: abra Contas para adicionar uma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the files and the store&apos;s orders…</source>
        <translation>Lendo os arquivos e os pedidos da loja…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>{done} of {total} files</source>
        <translation>{done} de {total} arquivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked: nothing was sent. Look at the rows, exclude what should not go, then send.</source>
        <translation>Verificado: nada foi enviado. Confira as linhas, exclua o que não deve ir e então envie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The batch could not be checked: the store could not be read.</source>
        <translation>Não foi possível verificar o lote: a loja não pôde ser lida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the batch</source>
        <translation>Verificando o lote</translation>
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
        <translation>Cancelando: as notas já a caminho terminam, nenhuma outra é enviada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{done} of {total} invoices</source>
        <translation>{done} de {total} notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {total} invoices, about {seconds} s left</source>
        <translation>{done} de {total} notas, faltam cerca de {seconds} s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VTEX asked to wait: every send pauses for {seconds} s.</source>
        <translation>A VTEX pediu para esperar: todos os envios param por {seconds} s.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled. Check again and send to go on with the rest: nothing is sent twice.</source>
        <translation>Cancelado. Verifique de novo e envie para continuar com o resto: nada é enviado duas vezes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent, but some rows are pending or failed: see their messages. Fix what they name, then Send failed again… (later, for pending rows).</source>
        <translation>Enviado, mas algumas linhas estão pendentes ou falharam: veja as mensagens. Corrija o que elas apontam e use Reenviar as falhas… (mais tarde, para as pendentes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch was sent.</source>
        <translation>O lote foi enviado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The batch stopped. Check again: what was sent is in the journal and is never sent twice.</source>
        <translation>O lote parou. Verifique de novo: o que foi enviado está no diário e nunca é enviado duas vezes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending the batch</source>
        <translation>Enviando o lote</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Check again</source>
        <translation>&amp;Verificar de novo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sen&amp;d 1 invoice…</source>
        <translation>E&amp;nviar 1 nota…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sen&amp;d {count} invoices…</source>
        <translation>E&amp;nviar {count} notas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sen&amp;d…</source>
        <translation>E&amp;nviar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add or drop the day&apos;s NF-e: XML files, folders or ZIP files.</source>
        <translation>Adicione ou solte as NF-e do dia: arquivos XML, pastas ou arquivos ZIP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the batch: {names}</source>
        <translation>No lote: {names}</translation>
    </message>
</context>
<context>
    <name>CarrierEditor</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/tracking_import/carrier_editor.py" line="+32"/>
        <location line="+7"/>
        <source>Carriers</source>
        <translation>Transportadoras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Link checked (I opened one and it works)</source>
        <translation>&amp;Link conferido (abri um e funciona)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test link</source>
        <translation>&amp;Testar link</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name (as VTEX knows it):</source>
        <translation>&amp;Nome (como a VTEX conhece):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking &amp;URL template:</source>
        <translation>&amp;Modelo de URL de rastreio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code &amp;pattern (regular expression):</source>
        <translation>&amp;Padrão do código (expressão regular):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample &amp;code:</source>
        <translation>Código de e&amp;xemplo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Check this link: public templates for this carrier disagree. Test it with a real code before trusting it.</source>
        <translation>Confira este link: os modelos públicos desta transportadora não batem. Teste-o com um código real antes de confiar nele.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This carrier cannot be kept as it is: check its fields.</source>
        <translation>Esta transportadora não pode ficar assim: confira os campos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A carrier needs a name.</source>
        <translation>Uma transportadora precisa de um nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tracking URL template is a web address (https://…) with {placeholder} where the code goes.</source>
        <translation>O modelo de URL de rastreio é um endereço web (https://…) com {placeholder} onde vai o código.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code pattern is not a valid regular expression.</source>
        <translation>O padrão do código não é uma expressão regular válida.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a sample code and a URL template with {placeholder} first.</source>
        <translation>Digite antes um código de exemplo e um modelo de URL com {placeholder}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New carrier {number}</source>
        <translation>Nova transportadora {number}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The carriers could not be saved: {reason}</source>
        <translation>Não foi possível salvar as transportadoras: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/accounts/connection_test.py" line="+39"/>
        <source>Enter the app key and the app token to test them.</source>
        <translation>Informe a chave de API e o token de API para testá-los.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Testing the connection to {account}…</source>
        <translation>Testando a conexão com {account}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected. VTEX accepted the key, and its role may send invoices.</source>
        <translation>Conectado. A VTEX aceitou a chave, e o perfil de acesso dela pode enviar notas fiscais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected, but the key&apos;s role lacks the &apos;Notify invoice&apos; resource (VTEX answered 403): it can read orders but not send invoices or tracking. In the VTEX Admin, Account settings &gt; Roles, add &apos;Notify invoice&apos; to the key&apos;s role (or use &apos;OMS - Full access&apos;).</source>
        <translation>Conectado, mas o perfil de acesso da chave não tem o recurso &apos;Notify invoice&apos; (a VTEX respondeu 403): ela pode ler pedidos, mas não enviar notas fiscais nem rastreio. No Admin VTEX, em Configurações da conta &gt; Perfis de acesso, adicione &apos;Notify invoice&apos; ao perfil da chave (ou use &apos;OMS - Full access&apos;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected. VTEX accepted the key, and its role may send invoices (returns: see below).</source>
        <translation>Conectado. A VTEX aceitou a chave, e o perfil dela pode enviar notas fiscais (devoluções: veja abaixo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected: VTEX accepted the key and token (whether the role may send invoices could not be checked).</source>
        <translation>Conectado: a VTEX aceitou a chave e o token (não foi possível verificar se o perfil de acesso pode enviar notas fiscais).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrong key or token (VTEX answered 401): check both, and that the account name is &apos;{account}&apos;.</source>
        <translation>Chave ou token incorretos (a VTEX respondeu 401): confira os dois e se o nome da conta é &apos;{account}&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key is valid, but its role may not read orders (VTEX answered 403). Give the role the &apos;List Orders&apos;, &apos;View order&apos; and &apos;Notify invoice&apos; resources.</source>
        <translation>A chave é válida, mas o perfil de acesso dela não pode ler pedidos (a VTEX respondeu 403). Dê ao perfil os recursos &apos;List Orders&apos;, &apos;View order&apos; e &apos;Notify invoice&apos;.</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <location filename="../../vtex_invoice_gui/wording/forms.py" line="+11"/>
        <source>Must be a whole number of cents</source>
        <translation>Deve ser um número inteiro de centavos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be a whole number of cents (e.g. 2499 for 24.99), without a decimal separator</source>
        <translation>Deve ser um número inteiro de centavos (por exemplo 2499 para 24,99), sem separador decimal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The issuance date needs a time of day as well as the date.</source>
        <translation>A data de emissão precisa do horário, além do dia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the invoice number.</source>
        <translation>Informe o número da nota.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invoice number is longer than {max} characters.</source>
        <translation>O número da nota tem mais de {max} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The invoice number may only contain letters, digits and &apos;-&apos; (found {found}). VTEX accepts other characters but then fails on tracking updates.</source>
        <translation>O número da nota só pode ter letras, dígitos e &apos;-&apos; (encontrado: {found}). A VTEX aceita outros caracteres, mas depois falha ao atualizar o rastreio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every item needs its SKU id.</source>
        <translation>Todo item precisa do ID do SKU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be a web address starting with http:// or https://</source>
        <translation>Deve ser um endereço web que comece com http:// ou https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU {sku} appears on more than one line; VTEX needs one line per SKU with the total quantity.</source>
        <translation>O SKU {sku} aparece em mais de uma linha; a VTEX precisa de uma linha por SKU com a quantidade total.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dispatch date is before the issuance date.</source>
        <translation>A data de despacho é anterior à data de emissão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the tracking number.</source>
        <translation>Informe o código de rastreio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A delivered parcel needs the delivered date and time.</source>
        <translation>Um pacote entregue precisa da data e hora da entrega.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A delivered date is only sent when the parcel is marked delivered.</source>
        <translation>A data de entrega só é enviada quando o pacote está marcado como entregue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one tracking event, or mark the parcel delivered.</source>
        <translation>Adicione pelo menos um evento de rastreio ou marque o pacote como entregue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The delivered date is before the dispatch date.</source>
        <translation>A data de entrega é anterior à data de despacho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The delivered date is before the last tracking event.</source>
        <translation>A data de entrega é anterior ao último evento de rastreio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This field is required.</source>
        <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter at least {min_length} characters.</source>
        <translation>Informe pelo menos {min_length} caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter at most {max_length} characters.</source>
        <translation>Informe no máximo {max_length} caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least {min_length} lines.</source>
        <translation>Adicione pelo menos {min_length} linhas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one line.</source>
        <translation>Adicione pelo menos uma linha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep at most {max_length} lines.</source>
        <translation>Mantenha no máximo {max_length} linhas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be greater than {gt}.</source>
        <translation>Deve ser maior que {gt}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be {ge} or more.</source>
        <translation>Deve ser {ge} ou mais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be less than {lt}.</source>
        <translation>Deve ser menor que {lt}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must be {le} or less.</source>
        <translation>Deve ser {le} ou menos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be a whole number.</source>
        <translation>Deve ser um número inteiro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must be a number.</source>
        <translation>Deve ser um número.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must be text.</source>
        <translation>Deve ser um texto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be yes or no.</source>
        <translation>Deve ser sim ou não.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a valid date and time.</source>
        <translation>Não é uma data e hora válida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a valid date.</source>
        <translation>Não é uma data válida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must be {expected}.</source>
        <translation>Deve ser {expected}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount.</source>
        <translation>Informe um valor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; has more than one decimal separator &apos;{decimal_sep}&apos;.</source>
        <translation>&apos;{text}&apos; tem mais de um separador decimal &apos;{decimal_sep}&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the cents after &apos;{decimal_sep}&apos; or remove it.</source>
        <translation>Acrescente os centavos depois de &apos;{decimal_sep}&apos; ou remova-o.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount has at most two decimal places (cents).</source>
        <translation>Um valor tem no máximo duas casas decimais (centavos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos;: thousands separators (&apos;{group}&apos;) go every three digits, and the decimal separator is &apos;{decimal_sep}&apos;.</source>
        <translation>&apos;{text}&apos;: os separadores de milhar (&apos;{group}&apos;) vão a cada três dígitos, e o separador decimal é &apos;{decimal_sep}&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{text}&apos; does not fit this language&apos;s number format: the decimal separator is &apos;{decimal_sep}&apos; and thousands are grouped with {groups} (for example {example}).</source>
        <translation>&apos;{text}&apos; não segue o formato de números deste idioma: o separador decimal é &apos;{decimal_sep}&apos; e os milhares são separados com {groups} (por exemplo {example}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{text}&apos; is not an amount; type digits, for example 1234{decimal_sep}56.</source>
        <translation>&apos;{text}&apos; não é um valor; digite números, por exemplo 1234{decimal_sep}56.</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/nfe.py" line="+11"/>
        <source>The NF-e must be given as the raw bytes of the file (got {kind}).</source>
        <translation>A NF-e deve ser lida como os bytes do arquivo (recebido: {kind}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty; it is not an NF-e XML.</source>
        <translation>O arquivo está vazio; não é um XML de NF-e.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is {size_mb} MB; an NF-e XML is at most {limit_mb} MB, so this is probably not an NF-e. It was not read.</source>
        <translation>O arquivo tem {size_mb} MB; um XML de NF-e tem no máximo {limit_mb} MB, então provavelmente não é uma NF-e. Ele não foi lido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds {count} XML elements, but an NF-e has at most {limit}: this is not an NF-e, and it was not read. Choose the NF-e XML file of the order.</source>
        <translation>O arquivo tem {count} elementos XML, mas uma NF-e tem no máximo {limit}: não é uma NF-e, e ele não foi lido. Escolha o arquivo XML da NF-e do pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds {count} XML attributes, but an NF-e has at most {limit}: this is not an NF-e, and it was not read. Choose the NF-e XML file of the order.</source>
        <translation>O arquivo tem {count} atributos XML, mas uma NF-e tem no máximo {limit}: não é uma NF-e, e ele não foi lido. Escolha o arquivo XML da NF-e do pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file declares {count} XML namespaces, but an NF-e declares at most {limit}: this is not an NF-e, and it was not read. Choose the NF-e XML file of the order.</source>
        <translation>O arquivo declara {count} namespaces XML, mas uma NF-e declara no máximo {limit}: não é uma NF-e, e ele não foi lido. Escolha o arquivo XML da NF-e do pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a regular file (it is a folder, a device or a pipe); choose the NF-e XML file itself.</source>
        <translation>Isto não é um arquivo comum (é uma pasta, um dispositivo ou um pipe); escolha o próprio arquivo XML da NF-e.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is a PDF (probably the DANFE printout), not the NF-e XML. Ask for the XML file of the NF-e.</source>
        <translation>Este arquivo é um PDF (provavelmente a DANFE impressa), não o XML da NF-e. Peça o arquivo XML da NF-e.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is a ZIP archive. Extract the NF-e XML from it first.</source>
        <translation>Este arquivo é um ZIP. Extraia dele o XML da NF-e primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file contains a DTD/entity declaration, which is not allowed in an NF-e; it was not read.</source>
        <translation>O arquivo contém uma declaração de DTD/entidade, que não é permitida em uma NF-e; ele não foi lido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is truncated or not well-formed XML (line {line}, column {column}): {reason}.</source>
        <translation>O arquivo está cortado ou não é um XML bem formado (linha {line}, coluna {column}): {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file declares the text encoding &apos;{encoding}&apos;, which is unknown; it was not read.</source>
        <translation>O arquivo declara a codificação de texto &apos;{encoding}&apos;, que é desconhecida; ele não foi lido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file says its text encoding is {encoding}, but its bytes are not {encoding}.</source>
        <translation>O arquivo diz que sua codificação de texto é {encoding}, mas seus bytes não são {encoding}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not an NF-e XML: its main element is &lt;{root}&gt;, expected &lt;nfeProc&gt; or &lt;NFe&gt;.</source>
        <translation>Este arquivo não é um XML de NF-e: seu elemento principal é &lt;{root}&gt;; o esperado é &lt;nfeProc&gt; ou &lt;NFe&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not an NF-e XML: it uses the XML namespace &apos;{namespace}&apos; instead of the NF-e namespace.</source>
        <translation>Este arquivo não é um XML de NF-e: ele usa o namespace XML &apos;{namespace}&apos; em vez do namespace da NF-e.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is an NF-e event (for example a cancellation or a correction letter), not the NF-e itself. Ask for the XML of the NF-e.</source>
        <translation>Este arquivo é um evento da NF-e (por exemplo um cancelamento ou uma carta de correção), não a própria NF-e. Peça o XML da NF-e.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not an NF-e XML: it is {what}.</source>
        <translation>Este arquivo não é um XML de NF-e: é {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NF-e is incomplete: {what} ({path}) is missing.</source>
        <translation>A NF-e está incompleta: falta {what} ({path}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NF-e is incomplete: the {field} ({path}) is missing.</source>
        <translation>A NF-e está incompleta: falta o campo {field} ({path}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NF-e has an invalid {what} ({path}): &apos;{value}&apos;.</source>
        <translation>A NF-e tem um valor inválido no campo {what} ({path}): &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NF-e is incomplete: item {item} has no {what} ({path}).</source>
        <translation>A NF-e está incompleta: o item {item} não tem o campo {what} ({path}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NF-e has an invalid {what} in item {item} ({path}): &apos;{value}&apos;.</source>
        <translation>A NF-e tem um valor inválido no campo {what} do item {item} ({path}): &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e is incomplete: the product of item {item} (det/prod) is missing.</source>
        <translation>A NF-e está incompleta: falta o produto do item {item} (det/prod).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e has no access key: neither infNFe/@Id nor protNFe/infProt/chNFe is present.</source>
        <translation>A NF-e não tem chave de acesso: não há infNFe/@Id nem protNFe/infProt/chNFe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The authorization protocol in this file is for access key {protocol_key}, but the NF-e in it has access key {document_key}. The file was put together wrongly; ask for the authorized XML (nfeProc) of this NF-e again.</source>
        <translation>O protocolo de autorização deste arquivo é da chave de acesso {protocol_key}, mas a NF-e nele tem a chave de acesso {document_key}. O arquivo foi montado errado; peça de novo o XML autorizado (nfeProc) desta NF-e.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file could not be read as an NF-e because of an unexpected problem ({kind}).</source>
        <translation>O arquivo não pôde ser lido como NF-e por causa de um problema inesperado ({kind}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access key is empty.</source>
        <translation>A chave de acesso está vazia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access key has {length} characters but must have exactly 44.</source>
        <translation>A chave de acesso tem {length} caracteres, mas deve ter exatamente 44.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access key has {length} characters but must have exactly 44. Remove the spaces, dots or the &apos;NFe&apos; prefix around it.</source>
        <translation>A chave de acesso tem {length} caracteres, mas deve ter exatamente 44. Remova os espaços, pontos ou o prefixo &apos;NFe&apos; em volta dela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position {position} ({part}) holds &apos;{char}&apos;, but only digits are allowed there.</source>
        <translation>A posição {position} ({part}) tem &apos;{char}&apos;, mas ali só são permitidos dígitos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position {position} ({part}) holds &apos;{char}&apos;, but only digits and capital letters are allowed there.</source>
        <translation>A posição {position} ({part}) tem &apos;{char}&apos;, mas ali só são permitidos dígitos e letras maiúsculas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} more characters are not allowed where they are.</source>
        <translation>Mais {count} caracteres não são permitidos onde estão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The state code (cUF, positions 1-2) is {value}, which is not a Brazilian state code (SP is 35, RJ 33, MG 31).</source>
        <translation>O código da UF (cUF, posições 1-2) é {value}, que não é o código de um estado brasileiro (SP é 35, RJ 33, MG 31).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The month in the key (positions 5-6) is {value}; it must be 01 to 12.</source>
        <translation>O mês na chave (posições 5-6) é {value}; deve ser de 01 a 12.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The emitter CNPJ in the key (positions 7-20) is {value}, which is not a valid CNPJ or CPF: its check digits are wrong.</source>
        <translation>O CNPJ do emitente na chave (posições 7-20) é {value}, que não é um CNPJ ou CPF válido: os dígitos verificadores estão errados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model in the key (positions 21-22) is {value}; an NF-e is model 55 and an NFC-e model 65.</source>
        <translation>O modelo na chave (posições 21-22) é {value}; uma NF-e é modelo 55 e uma NFC-e, modelo 65.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The invoice number in the key (positions 26-34) is 000000000; NF-e numbers start at 1.</source>
        <translation>O número da nota na chave (posições 26-34) é 000000000; a numeração da NF-e começa em 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The emission type in the key (position 35) is 0; it must be 1 to 9.</source>
        <translation>O tipo de emissão na chave (posição 35) é 0; deve ser de 1 a 9.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check digit is {given} but should be {expected}: the key was probably mistyped.</source>
        <translation>O dígito verificador é {given}, mas deveria ser {expected}: a chave provavelmente foi digitada errado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key says invoice number {key} but the XML says {xml} (ide/nNF).</source>
        <translation>A chave indica o número da nota {key}, mas o XML diz {xml} (ide/nNF).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key says series {key} but the XML says {xml} (ide/serie).</source>
        <translation>A chave indica a série {key}, mas o XML diz {xml} (ide/serie).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key says model {key} but the XML says {xml} (ide/mod).</source>
        <translation>A chave indica o modelo {key}, mas o XML diz {xml} (ide/mod).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key says state code {key} but the XML says {xml} (ide/cUF).</source>
        <translation>A chave indica o código da UF {key}, mas o XML diz {xml} (ide/cUF).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key holds emitter {key} but the XML emitter is {xml} ({where}).</source>
        <translation>A chave tem o emitente {key}, mas o emitente no XML é {xml} ({where}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key says the NF-e was issued in {key_month}/20{key_year} but the XML issue date is {xml_date}.</source>
        <translation>A chave indica que a NF-e foi emitida em {key_month}/20{key_year}, mas a data de emissão no XML é {xml_date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key says emission type {key} but the XML says {xml} (ide/tpEmis).</source>
        <translation>A chave indica o tipo de emissão {key}, mas o XML diz {xml} (ide/tpEmis).</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/accounts.py" line="+11"/>
        <source>Enter the store&apos;s VTEX account name (for example: mystore).</source>
        <translation>Informe o nome da conta VTEX da loja (por exemplo: minhaloja).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{name}&apos; is not a VTEX account name: use only lowercase letters a-z, digits and inner hyphens, as in https://ACCOUNT.vtexcommercestable.com.br.</source>
        <translation>&apos;{name}&apos; não é um nome de conta VTEX: use só letras minúsculas de a a z, dígitos e hífens no meio, como em https://CONTA.vtexcommercestable.com.br.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{url}&apos; is not a valid address: {reason}.</source>
        <translation>&apos;{url}&apos; não é um endereço válido: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A base URL must start with http:// or https://.</source>
        <translation>Uma URL base deve começar com http:// ou https://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A base URL must not contain a user name or password.</source>
        <translation>Uma URL base não pode conter nome de usuário nem senha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A custom base URL is only allowed for the local sandbox (127.0.0.1, localhost or ::1). For a real store, enter its account name instead.</source>
        <translation>Uma URL base própria só é permitida para o sandbox local (127.0.0.1, localhost ou ::1). Para uma loja real, informe o nome da conta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A base URL must be only scheme, host and port (no path or query).</source>
        <translation>Uma URL base deve ter só esquema, host e porta (sem caminho nem parâmetros).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown environment &apos;{environment}&apos;; use one of {allowed}.</source>
        <translation>Ambiente desconhecido &apos;{environment}&apos;; use um destes: {allowed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a VTEX store address. Enter just the account name, the part before .vtexcommercestable.com.br.</source>
        <translation>&apos;{text}&apos; não é o endereço de uma loja VTEX. Informe só o nome da conta, a parte antes de .vtexcommercestable.com.br.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both the app key and the app token are needed.</source>
        <translation>São necessários a chave de API e o token de API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keyring is locked. Unlock it (for example by logging in again or opening your keyring manager) and try again, or keep the key for this session only.</source>
        <translation>O chaveiro do sistema está bloqueado. Desbloqueie-o (por exemplo entrando de novo no sistema ou abrindo o gerenciador de chaveiros) e tente de novo, ou guarde a chave só nesta sessão.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keyring is available to keep the app key and token safely ({reason}). On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet); on Windows and macOS the system keychain is used. You can keep the key for this session only instead.</source>
        <translation>Não há chaveiro do sistema disponível para guardar com segurança a chave de API e o token ({reason}). No Linux, instale e desbloqueie um chaveiro Secret Service (GNOME Keyring ou KWallet); no Windows e no macOS é usado o chaveiro do sistema. Você pode guardar a chave só nesta sessão.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system keyring did not answer within {seconds} s. Unlock or restart it (GNOME Keyring or KWallet) and try again, or keep the key for this session only.</source>
        <translation>O chaveiro do sistema não respondeu em {seconds} s. Desbloqueie-o ou reinicie-o (GNOME Keyring ou KWallet) e tente de novo, ou guarde a chave só nesta sessão.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no keyring available</source>
        <translation>nenhum chaveiro disponível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system keyring, which is not answering</source>
        <translation>o chaveiro do sistema, que não está respondendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system keyring ({name})</source>
        <translation>o chaveiro do sistema ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this session only (forgotten when the app closes)</source>
        <translation>só esta sessão (esquecida ao fechar o aplicativo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app key contains a character VTEX app keys never have (a line break, tab, space, or an invisible or accented character), usually picked up while copying it. Copy the app key again from the VTEX Admin (Account settings &gt; Apps/API keys) and enter it again in Accounts.</source>
        <translation>A chave de API contém um caractere que as chaves de API da VTEX nunca têm (uma quebra de linha, tabulação, espaço, ou um caractere invisível ou acentuado), geralmente pego ao copiá-la. Copie a chave de API novamente no Admin VTEX (Configurações da conta &gt; Chaves de API) e digite-a de novo em Contas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app token contains a character VTEX app tokens never have (a line break, tab, space, or an invisible or accented character), usually picked up while copying it. Copy the app token again from the VTEX Admin (Account settings &gt; Apps/API keys) and enter it again in Accounts.</source>
        <translation>O token de API contém um caractere que os tokens de API da VTEX nunca têm (uma quebra de linha, tabulação, espaço, ou um caractere invisível ou acentuado), geralmente pego ao copiá-lo. Copie o token de API novamente no Admin VTEX (Configurações da conta &gt; Chaves de API) e digite-o de novo em Contas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{problem} They came from the environment variables {key} and {token}: set them again, without spaces or line breaks inside.</source>
        <translation>{problem} Eles vieram das variáveis de ambiente {key} e {token}: defina-as novamente, sem espaços nem quebras de linha no meio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file {path} could not be read ({reason}).</source>
        <translation>Não foi possível ler o arquivo de configurações {path} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file was damaged and has been set aside as {backup}; starting with empty settings ({count} problem(s)).</source>
        <translation>O arquivo de configurações estava danificado e foi guardado à parte como {backup}; começando com configurações vazias ({count} problema(s)).</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/startup.py" line="+11"/>
        <source>The settings file {path} is not readable text (damaged, or not written by the desk) and has been set aside as {backup}. The desk starts with empty settings: add your stores again under Accounts.</source>
        <translation>O arquivo de configurações {path} não é um texto legível (está danificado ou não foi gravado pelo aplicativo) e foi guardado à parte como {backup}. O aplicativo começa com configurações vazias: cadastre suas lojas de novo em Contas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The desk cannot write its log files in {folder} ({reason}), so it runs without them. Make that folder writable so that problems can be traced.</source>
        <translation>O aplicativo não consegue gravar seus arquivos de log em {folder} ({reason}) e funciona sem eles. Permita a gravação nessa pasta para que os problemas possam ser rastreados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No graphical display was found, so VTEX Invoice Desk cannot open its window: start it from a desktop session, or for a headless try run: xvfb-run -a vtex-invoice-gui --demo</source>
        <translation>Nenhuma tela gráfica foi encontrada, então o VTEX Invoice Desk não pode abrir sua janela: inicie-o em uma sessão de área de trabalho ou, para um teste sem tela, execute: xvfb-run -a vtex-invoice-gui --demo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal file {path} is damaged ({reason}).</source>
        <translation>O arquivo do registro de envios {path} está danificado ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal file was damaged and has been set aside as {backup}; a new, empty journal was started. Sends made before are not in the History: before sending an invoice again, load the order and check its invoices. Keep the set-aside file for support.</source>
        <translation>O arquivo do registro de envios estava danificado e foi guardado à parte como {backup}; um registro novo e vazio foi iniciado. Os envios feitos antes não aparecem no Histórico: antes de enviar uma nota fiscal de novo, carregue o pedido e confira as notas dele. Guarde o arquivo separado para o suporte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending is blocked: {problem} You can still load and read orders, but nothing can be sent without the journal (and drafts last only until the desk closes). Make the folder {folder} writable (and check for free disk space), then start the desk again.</source>
        <translation>O envio está bloqueado: {problem} Você ainda pode carregar e consultar pedidos, mas nada pode ser enviado sem o registro de envios (e os rascunhos duram só até o aplicativo ser fechado). Permita a gravação na pasta {folder} (e verifique se há espaço livre em disco) e abra o aplicativo de novo.</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/journal.py" line="+11"/>
        <source>Invoice {invoice} of order {order} was already sent on {when} UTC (journal #{id}): VTEX confirmed it. It is already on the order; nothing to do. To change an invoice, send a return (Input) and a new invoice with a different number.</source>
        <translation>A nota fiscal {invoice} do pedido {order} já foi enviada em {when} UTC (registro nº {id}): a VTEX a confirmou. Ela já está no pedido; não há nada a fazer. Para mudar uma nota, envie uma devolução (Entrada) e uma nova nota com outro número.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {invoice} of order {order} was already sent on {when} UTC (journal #{id}): that send has not finished (or the app stopped while it was going out). Reconcile it first (re-read the order); send again only if it is not there.</source>
        <translation>A nota fiscal {invoice} do pedido {order} já foi enviada em {when} UTC (registro nº {id}): esse envio não terminou (ou o aplicativo parou enquanto ele saía). Verifique primeiro (relendo o pedido); só envie de novo se ela não estiver lá.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {invoice} of order {order} was already sent on {when} UTC (journal #{id}): VTEX&apos;s answer never arrived, so it may or may not have been applied. Reconcile it first (re-read the order); send again only if it is not there.</source>
        <translation>A nota fiscal {invoice} do pedido {order} já foi enviada em {when} UTC (registro nº {id}): a resposta da VTEX não chegou, então ela pode ou não ter sido aplicada. Verifique primeiro (relendo o pedido); só envie de novo se ela não estiver lá.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal is busy or cannot be written: {reason}.</source>
        <translation>O registro de envios está ocupado ou não pode ser gravado: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal could not be written: {reason}.</source>
        <translation>Não foi possível gravar o registro de envios: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no journal row #{id}.</source>
        <translation>Não existe o registro nº {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the journal at {path}: {reason}. Check that the folder is writable.</source>
        <translation>Não foi possível abrir o registro de envios em {path}: {reason}. Verifique se a pasta permite gravação.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal at {path} cannot use write-ahead logging (mode {mode}).</source>
        <translation>O registro de envios em {path} não pode usar write-ahead logging (modo {mode}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal was written by a newer version of VTEX Invoice Desk (schema {found}, this version knows {known}). Update the app.</source>
        <translation>O registro de envios foi gravado por uma versão mais nova do VTEX Invoice Desk (esquema {found}; esta versão conhece o {known}). Atualize o aplicativo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot update the journal&apos;s format: {reason}.</source>
        <translation>Não foi possível atualizar o formato do registro de envios: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal row #{id} is {state}; only an unsettled send can be sent again.</source>
        <translation>O registro nº {id} está {state}; só um envio não resolvido pode ser enviado de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal row #{id} is {state} and still in flight; only an unsettled send can be sent again.</source>
        <translation>O registro nº {id} está {state} e ainda em andamento; só um envio não resolvido pode ser enviado de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal row #{id} is {state}; it cannot become {target}.</source>
        <translation>O registro nº {id} está {state}; ele não pode passar a {target}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal row #{id} is {state}; only an unsettled send is sent again.</source>
        <translation>O registro nº {id} está {state}; só um envio não resolvido é enviado de novo.</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/forms.py" line="-90"/>
        <source>Enter an order id.</source>
        <translation>Informe o número do pedido.</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/journal.py" line="+3"/>
        <source>Another VTEX Invoice Desk is already using this data folder ({folder}): process {pid} on {host}, started {started} UTC. Switch to that window, or close it and start again; two desks on one folder could send the same invoice twice.</source>
        <translation>Outro VTEX Invoice Desk já está usando esta pasta de dados ({folder}): processo {pid} em {host}, iniciado em {started} UTC. Vá para aquela janela, ou feche-a e abra de novo; dois programas na mesma pasta poderiam enviar a mesma nota fiscal duas vezes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>confirmed by re-reading the order</source>
        <translation>confirmado relendo o pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on the order when re-read at {time} UTC; may be sent again</source>
        <translation>não estava no pedido ao relê-lo em {time} UTC; pode ser enviado de novo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not applied; sent again as #{id}</source>
        <translation>não aplicado; enviado de novo como nº {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent: the journal could not record the send</source>
        <translation>não enviado: o registro de envios não conseguiu anotar o envio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice {invoice} of order {order} (#{id})</source>
        <translation>a nota fiscal {invoice} do pedido {order} (nº {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tracking number of invoice {invoice}, order {order} (#{id})</source>
        <translation>o código de rastreio da nota {invoice}, pedido {order} (nº {id})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the tracking events of invoice {invoice}, order {order} (#{id})</source>
        <translation>os eventos de rastreio da nota {invoice}, pedido {order} (nº {id})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start handling of order {order} (#{id})</source>
        <translation>o início do manuseio do pedido {order} (nº {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#{id} is already {state}.</source>
        <translation>O nº {id} já está {state}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#{id} is still being sent.</source>
        <translation>O nº {id} ainda está sendo enviado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{What} is being settled by another program using this data folder (process {pid} on {host}); it is left to it.</source>
        <translation>{What} está sendo verificado por outro programa que usa esta pasta de dados (processo {pid} em {host}); fica a cargo dele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VTEX has not shown {what} yet; checking again in {seconds} s.</source>
        <translation>A VTEX ainda não mostra {what}; nova verificação em {seconds} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check {what}: VTEX does not find order {order}.</source>
        <translation>Não foi possível verificar {what}: a VTEX não encontra o pedido {order}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check {what}: {error} {advice}</source>
        <translation>Não foi possível verificar {what}: {error} {advice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{What} is on the order: confirmed.</source>
        <translation>{What} está no pedido: confirmado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#{id} was settled meanwhile ({state}).</source>
        <translation>O nº {id} foi resolvido nesse meio-tempo ({state}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{What} is not on the order: VTEX did not apply it. It can be sent again.</source>
        <translation>{What} não está no pedido: a VTEX não aplicou o envio. Ele pode ser enviado de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot check {what}: store &apos;{store}&apos; is not set up.</source>
        <translation>Não é possível verificar {what}: a loja &apos;{store}&apos; não está configurada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot check {what}: store &apos;{store}&apos; is not set up ({reason}).</source>
        <translation>Não é possível verificar {what}: a loja &apos;{store}&apos; não está configurada ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check {what}: {error}</source>
        <translation>Não foi possível verificar {what}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{What} was sent again as #{id}.</source>
        <translation>{What} foi enviado de novo como nº {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{What} was sent again as a new row.</source>
        <translation>{What} foi enviado de novo como um novo registro.</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/nfe.py" line="+6"/>
        <source>product code</source>
        <translation>código do produto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../vtex_invoice_gui/wording/tracking.py" line="+152"/>
        <source>description</source>
        <translation>descrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity</source>
        <translation>quantidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit price</source>
        <translation>valor unitário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item total</source>
        <translation>valor total do item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount</source>
        <translation>desconto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issue date-time</source>
        <translation>data e hora de emissão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issue date</source>
        <translation>data de emissão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operation type</source>
        <translation>tipo de operação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purpose</source>
        <translation>finalidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environment</source>
        <translation>ambiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEFAZ status</source>
        <translation>situação na SEFAZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>authorization time</source>
        <translation>hora da autorização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice number</source>
        <translation>número da nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>series</source>
        <translation>série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total</source>
        <translation>valor total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state code</source>
        <translation>código da UF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emission type</source>
        <translation>tipo de emissão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the NF-e itself</source>
        <translation>a própria NF-e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the NF-e data</source>
        <translation>os dados da NF-e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the identification block</source>
        <translation>o bloco de identificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the issue date</source>
        <translation>a data de emissão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the emitter CNPJ or CPF</source>
        <translation>o CNPJ ou CPF do emitente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state code (cUF)</source>
        <translation>código da UF (cUF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year and month (AAMM)</source>
        <translation>ano e mês (AAMM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emitter CNPJ</source>
        <translation>CNPJ do emitente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emission type (tpEmis)</source>
        <translation>tipo de emissão (tpEmis)</translation>
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
        <translation>um CT-e (conhecimento de transporte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CT-e OS (transport document)</source>
        <translation>um CT-e OS (conhecimento de transporte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an MDF-e (cargo manifest)</source>
        <translation>um MDF-e (manifesto de carga)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CF-e SAT receipt</source>
        <translation>um cupom fiscal CF-e SAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an NFS-e (service invoice)</source>
        <translation>uma NFS-e (nota fiscal de serviço)</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/journal.py" line="+5"/>
        <source>pending</source>
        <extracomment>The journal states put inside sentences (``{state}``, ``{target}``).</extracomment>
        <translation>não enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>em envio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>incerto</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/forms.py" line="+97"/>
        <source>space</source>
        <extracomment>Words put inside the money and payload sentences (a separator that is a space, &quot;or&quot;).</extracomment>
        <translation>espaço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a space</source>
        <translation>um espaço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/danfe.py" line="+8"/>
        <source>Give at least one NF-e XML to draw.</source>
        <translation>Informe pelo menos um XML de NF-e para desenhar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DANFE of NF-e {number} could not be drawn ({kind}). Print it from the system that issued the NF-e.</source>
        <translation>Não foi possível desenhar o DANFE da NF-e {number} ({kind}). Imprima-o pelo sistema que emitiu a NF-e.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This marketplace order carries no payment data for the NF-e (card brand, authorization code, acquirer CNPJ). Some marketplaces do not send it yet; without it the NF-e may be rejected.</source>
        <translation>Este pedido de marketplace não traz dados de pagamento para a NF-e (bandeira, código de autorização, CNPJ da credenciadora). Alguns marketplaces ainda não enviam esses dados; sem eles a NF-e pode ser rejeitada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order was paid by card ({brand}, authorization {authorization}), but the NF-e has no card group (pag/detPag/card): the marketplace may reject it.</source>
        <translation>O pedido foi pago com cartão ({brand}, autorização {authorization}), mas a NF-e não tem o grupo de cartão (pag/detPag/card): o marketplace pode rejeitá-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The NF-e says the payment was {nfe} (tPag {code}), the order says {order}.</source>
        <translation>A NF-e diz que o pagamento foi {nfe} (tPag {code}); o pedido diz {order}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e&apos;s card brand is {nfe} (tBand {code}), the order&apos;s is {order}.</source>
        <translation>A bandeira do cartão na NF-e é {nfe} (tBand {code}); a do pedido é {order}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e&apos;s authorization code (cAut) is {nfe}, the order&apos;s (authId) is {order}.</source>
        <translation>O código de autorização da NF-e (cAut) é {nfe}; o do pedido (authId) é {order}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e&apos;s acquirer CNPJ (card/CNPJ) is {nfe}, the order&apos;s is {order}.</source>
        <translation>O CNPJ da credenciadora na NF-e (card/CNPJ) é {nfe}; o do pedido é {order}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a marketplace order ({intermediary}), but the NF-e names no intermediary (infIntermed, indIntermed=1).</source>
        <translation>Este é um pedido de marketplace ({intermediary}), mas a NF-e não informa o intermediador (infIntermed, indIntermed=1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>total with IBS, CBS and IS</source>
        <translation>total com IBS, CBS e IS</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/batch.py" line="+11"/>
        <source>Not an XML or ZIP file; skipped.</source>
        <translation>Não é um arquivo XML nem ZIP; ignorado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ZIP member name is not a plain relative path (absolute, &apos;..&apos; or a drive); it was not read.</source>
        <translation>O nome do arquivo dentro do ZIP não é um caminho relativo simples (absoluto, &apos;..&apos; ou uma unidade); ele não foi lido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ZIP holds {count} members, more than the {limit} a batch reads; split it into smaller ZIPs.</source>
        <translation>O ZIP contém {count} arquivos, mais que os {limit} que um lote lê; divida-o em ZIPs menores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ZIP&apos;s members add up to {size_mb} MB uncompressed, more than the {limit_mb} MB a batch reads; split it into smaller ZIPs.</source>
        <translation>Os arquivos do ZIP somam {size_mb} MB descompactados, mais que os {limit_mb} MB que um lote lê; divida-o em ZIPs menores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is {size_mb} MB; an NF-e XML is at most {limit_mb} MB. It was not read.</source>
        <translation>O arquivo tem {size_mb} MB; um XML de NF-e tem no máximo {limit_mb} MB. Ele não foi lido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ZIP member is compressed {ratio} times, far more than any XML: it looks like a zip bomb and was not read.</source>
        <translation>O arquivo dentro do ZIP está comprimido {ratio} vezes, muito mais que qualquer XML: parece uma bomba ZIP e não foi lido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ZIP member holds more data than its header declares: the ZIP is damaged or crafted; it was not read.</source>
        <translation>O arquivo dentro do ZIP contém mais dados do que seu cabeçalho declara: o ZIP está danificado ou foi forjado; ele não foi lido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ZIP file cannot be opened ({reason}).</source>
        <translation>O arquivo ZIP não pode ser aberto ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ZIP member is password-protected; it was not read.</source>
        <translation>O arquivo dentro do ZIP é protegido por senha; ele não foi lido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A ZIP inside a ZIP inside a ZIP is not followed; unpack it and add the inner files.</source>
        <translation>Um ZIP dentro de um ZIP dentro de um ZIP não é aberto; descompacte-o e adicione os arquivos internos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read ({reason}).</source>
        <translation>O arquivo não pode ser lido ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a regular file (a device, a pipe or a link); it was not read.</source>
        <translation>Este não é um arquivo comum (é um dispositivo, um pipe ou um link); ele não foi lido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No order found for this NF-e (no order id in xPed, infCpl or infAdFisco, and no single to-invoice order with its recipient and total); pick the order.</source>
        <translation>Nenhum pedido encontrado para esta NF-e (nenhum número de pedido em xPed, infCpl ou infAdFisco, e nenhum pedido único a faturar com o destinatário e o total dela); escolha o pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice {number} is already on order {order}; it is not sent again.</source>
        <translation>A nota {number} já está no pedido {order}; ela não é enviada de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An invoice with this access key ({number}) is already on order {order}; it is not sent again.</source>
        <translation>Uma nota com esta chave de acesso ({number}) já está no pedido {order}; ela não é enviada de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same NF-e (access key) as {other}; only that file is used.</source>
        <translation>A mesma NF-e (chave de acesso) que {other}; só aquele arquivo é usado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice number {number} for order {order} is also in {other}; only that file is used. Check which is right.</source>
        <translation>O número de nota {number} do pedido {order} também está em {other}; só aquele arquivo é usado. Verifique qual está certo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order {order} cannot take a sale invoice now (status {status}).</source>
        <translation>O pedido {order} não pode receber uma nota de venda agora (status {status}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A return (Input) invoice needs a fully invoiced order; order {order} is {status}.</source>
        <translation>Uma nota de devolução (entrada) precisa de um pedido totalmente faturado; o pedido {order} está {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e total is more than what is left to invoice on order {order}: it cannot be its invoice as it stands.</source>
        <translation>O total da NF-e é maior do que falta faturar no pedido {order}: assim ela não pode ser a nota dele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The invoice cannot be sent as it stands: {problem}</source>
        <translation>A nota não pode ser enviada como está: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excluded by the clerk.</source>
        <translation>Excluída pelo atendente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Together with the earlier files of this batch for order {order} ({others}), this NF-e is more than the order has left to invoice (or to return); check which files belong to it.</source>
        <translation>Somada aos arquivos anteriores deste lote para o pedido {order} ({others}), esta NF-e passa do que falta faturar (ou devolver) no pedido; verifique quais arquivos são dele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VTEX accepted it but does not show it on the order yet; run again later to check (nothing is sent twice).</source>
        <translation>A VTEX aceitou, mas ainda não mostra no pedido; rode de novo mais tarde para conferir (nada é enviado duas vezes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer from VTEX ({problem}): it may or may not have applied it. Run again: the desk re-reads the order and sends only what is not there.</source>
        <translation>Sem resposta da VTEX ({problem}): ela pode ou não ter aplicado. Rode de novo: o aplicativo relê o pedido e só envia o que não estiver lá.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: cancelled before this row.</source>
        <translation>Não enviada: cancelado antes desta linha.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An earlier send of it (journal #{id}) is not settled yet; it was not sent again. Run again later.</source>
        <translation>Um envio anterior (registro nº {id}) ainda não foi resolvido; não foi enviado de novo. Rode de novo mais tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{summary} VTEX says: {said}</source>
        <translation>{summary} A VTEX diz: {said}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Already sent by an earlier run (journal #{id}), and it is on the order; not sent again.</source>
        <translation>Já enviada numa execução anterior (registro nº {id}) e já está no pedido; não foi enviada de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An earlier run sent it and VTEX confirmed it (journal #{id}), but the order does not show it yet; not sent again. Check the order later.</source>
        <translation>Uma execução anterior a enviou e a VTEX confirmou (registro nº {id}), mas o pedido ainda não a mostra; não foi enviada de novo. Confira o pedido mais tarde.</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/tracking.py" line="-144"/>
        <source>Invoice {invoice} already has the tracking number {code}.</source>
        <translation>A nota {invoice} já tem o código de rastreio {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} {value} is not a date: write it as dd/mm/yyyy, dd/mm/yyyy hh:mm or yyyy-mm-dd.</source>
        <translation>{value} não é uma data válida para {field}: escreva dd/mm/aaaa, dd/mm/aaaa hh:mm ou aaaa-mm-dd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The delivered column says {value}: write yes or no (sim/não), or the delivery date.</source>
        <translation>A coluna de entrega diz {value}: escreva sim ou não, ou a data da entrega.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} could not be read as an Excel workbook ({reason}). Open it in Excel and save it again as .xlsx or CSV.</source>
        <translation>O arquivo {name} não pôde ser lido como pasta de trabalho do Excel ({reason}). Abra-o no Excel e salve de novo como .xlsx ou CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tracking link comes from the {carrier} template, which nobody has checked yet: open one to see that it works.</source>
        <translation>O link de rastreio vem do modelo da {carrier}, que ninguém conferiu ainda: abra um para ver se funciona.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The delivery date {delivered} is before the dispatch date {dispatched}: marketplaces reject it.</source>
        <translation>A data de entrega {delivered} é anterior à data de envio {dispatched}: os marketplaces recusam isso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row says delivered but gives no delivery date: add the event date or write the date in the delivered column.</source>
        <translation>A linha diz entregue mas não traz a data da entrega: preencha a data do evento ou escreva a data na coluna de entrega.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {line} already gives invoice {invoice} of order {order} the tracking number {code}.</source>
        <translation>A linha {line} já dá à nota {invoice} do pedido {order} o código de rastreio {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} has no rows.</source>
        <translation>O arquivo {name} não tem linhas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tracking event lacks its {missing}: an event needs a date, a city, a state and a description.</source>
        <translation>Falta ao evento de rastreio: {missing}. Um evento precisa de data, cidade, estado e descrição.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {what} {when} is in the future.</source>
        <translation>{what} {when} está no futuro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order {order} has no invoice {invoice}.</source>
        <translation>O pedido {order} não tem a nota {invoice}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} orders have the marketplace order id {order}: use the VTEX order id.</source>
        <translation>{count} pedidos têm o número de pedido do marketplace {order}: use o número do pedido VTEX.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No order has the marketplace order id {order}.</source>
        <translation>Nenhum pedido tem o número de pedido do marketplace {order}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice {invoice} has no tracking number yet and the row gives none: events need one.</source>
        <translation>A nota {invoice} ainda não tem código de rastreio e a linha não traz nenhum: os eventos precisam de um.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No header row was found in the first {rows} rows of {name}: a row naming the order and the tracking number columns (for example Pedido and Rastreio). Add such a row, or name the columns with --map.</source>
        <translation>Nenhuma linha de cabeçalho foi encontrada nas primeiras {rows} linhas de {name}: uma linha que nomeie as colunas do pedido e do código de rastreio (por exemplo Pedido e Rastreio). Acrescente essa linha ou nomeie as colunas com --map.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row names no order.</source>
        <translation>A linha não indica nenhum pedido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No column holds the order (order_id or marketplace_order_id). Name it with --map HEADER=order_id.</source>
        <translation>Nenhuma coluna traz o pedido (order_id ou marketplace_order_id). Indique-a com --map CABEÇALHO=order_id.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order {order} has no sale invoice yet: invoice it first.</source>
        <translation>O pedido {order} ainda não tem nota de venda: fature-o primeiro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row has no tracking number and no event: nothing to send.</source>
        <translation>A linha não tem código de rastreio nem evento: nada a enviar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column holds the tracking number. Name it with --map HEADER=tracking_number.</source>
        <translation>Nenhuma coluna traz o código de rastreio. Indique-a com --map CABEÇALHO=tracking_number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} is neither a CSV text file nor an Excel workbook (.xlsx). Save it from Excel as CSV or .xlsx and import that.</source>
        <translation>O arquivo {name} não é um texto CSV nem uma pasta de trabalho do Excel (.xlsx). Salve-o no Excel como CSV ou .xlsx e importe esse arquivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row cannot be sent as it is: {problem}</source>
        <translation>A linha não pode ser enviada como está: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} is an old Excel workbook (.xls). Open it in Excel and save it as .xlsx or CSV.</source>
        <translation>O arquivo {name} é uma pasta de trabalho antiga do Excel (.xls). Abra-o no Excel e salve como .xlsx ou CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VTEX has no order {order}.</source>
        <translation>A VTEX não tem o pedido {order}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tracking number {code} does not look like a {carrier} code: check it.</source>
        <translation>O código de rastreio {code} não parece um código da {carrier}: confira.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order {order} could not be read: {reason}</source>
        <translation>O pedido {order} não pôde ser lido: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It replaces the tracking number {old} on the invoice.</source>
        <translation>Ele substitui o código de rastreio {old} da nota.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice {invoice} is a return (Input) invoice: returns take no tracking (the shopper would see the return as a delivery).</source>
        <translation>A nota {invoice} é de devolução (entrada): devoluções não levam rastreio (o cliente veria a devolução como uma entrega).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Correios code {code} ends in check digit {found}, but its eight digits give {expected}: check the code (perhaps {suggestion}).</source>
        <translation>O código dos Correios {code} termina no dígito verificador {found}, mas seus oito dígitos dão {expected}: confira o código (talvez {suggestion}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel turned the tracking number into a number ({value}): format the column as text in Excel and export the file again.</source>
        <translation>O Excel transformou o código de rastreio em número ({value}): formate a coluna como texto no Excel e exporte o arquivo de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent {events} event(s) and the delivery to invoice {invoice}.</source>
        <translation>Enviado(s) {events} evento(s) e a entrega para a nota {invoice}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent the tracking number {code} to invoice {invoice}.</source>
        <translation>Enviado o código de rastreio {code} para a nota {invoice}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent {events} event(s) to invoice {invoice}.</source>
        <translation>Enviado(s) {events} evento(s) para a nota {invoice}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order {order} is {status}: it takes no tracking.</source>
        <translation>O pedido {order} está em {status}: não aceita rastreio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} is {size_mb} MB; the import reads spreadsheets up to {max_mb} MB. Split it into smaller files.</source>
        <translation>O arquivo {name} tem {size_mb} MB; a importação lê planilhas de até {max_mb} MB. Divida-o em arquivos menores.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {name} has more than {max} columns: it is not a tracking spreadsheet. Choose the carrier&apos;s or hub&apos;s CSV or XLSX file.</source>
        <translation>O arquivo {name} tem mais de {max} colunas: não é uma planilha de rastreio. Escolha o arquivo CSV ou XLSX da transportadora ou do hub.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {name} has more than {max} rows; the import reads at most {max} at a time. Split it into smaller files.</source>
        <translation>O arquivo {name} tem mais de {max} linhas; a importação lê no máximo {max} de cada vez. Divida-o em arquivos menores.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>O arquivo {name} não pode ser lido ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order {order} has {count} sale invoices ({invoices}): the row needs the invoice number.</source>
        <translation>O pedido {order} tem {count} notas de venda ({invoices}): a linha precisa do número da nota.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>city</source>
        <translation>cidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery date</source>
        <translation>data de entrega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dispatch date</source>
        <translation>data de envio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event date</source>
        <translation>data do evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would send {events} event(s) and the delivery to invoice {invoice}.</source>
        <translation>Enviaria {events} evento(s) e a entrega para a nota {invoice}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Would send the tracking number {code} to invoice {invoice}.</source>
        <translation>Enviaria o código de rastreio {code} para a nota {invoice}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Would send {events} event(s) to invoice {invoice}.</source>
        <translation>Enviaria {events} evento(s) para a nota {invoice}.</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/worklist.py" line="+8"/>
        <source>That is not a VTEX Admin orders address. Open All orders in the VTEX Admin, set the filters, copy the address from the browser and paste it here.</source>
        <translation>Este não é um endereço de pedidos do Admin VTEX. Abra Todos os pedidos no Admin VTEX, aplique os filtros, copie o endereço do navegador e cole aqui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That address has no order filters. Set at least one filter in the VTEX Admin&apos;s All orders page and copy the address again.</source>
        <translation>Esse endereço não tem filtros de pedidos. Aplique pelo menos um filtro na página Todos os pedidos do Admin VTEX e copie o endereço de novo.</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/wording/findings.py" line="+17"/>
        <source>This NF-e was issued in the SEFAZ test environment (homologation, tpAmb=2): it has no legal value.</source>
        <translation>Esta NF-e foi emitida no ambiente de testes da SEFAZ (homologação, tpAmb=2): não tem valor fiscal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file has no SEFAZ authorization protocol (protNFe), so it does not prove that the NF-e was authorized. Prefer the authorized XML (nfeProc).</source>
        <translation>Este arquivo não tem o protocolo de autorização da SEFAZ (protNFe), então não comprova que a NF-e foi autorizada. Prefira o XML autorizado (nfeProc).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SEFAZ status of this NF-e is {status} ({reason}), not 100 (authorized): it must not be used as the invoice of an order.</source>
        <translation>O status SEFAZ desta NF-e é {status} ({reason}), não 100 (autorizada): ela não pode ser usada como nota fiscal de um pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SEFAZ status of this NF-e is {status}, not 100 (authorized): it must not be used as the invoice of an order.</source>
        <translation>O status SEFAZ desta NF-e é {status}, não 100 (autorizada): ela não pode ser usada como nota fiscal de um pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is an NFC-e (model 65, consumer receipt), not an NF-e (model 55). Check that the marketplace accepts an NFC-e.</source>
        <translation>Esta é uma NFC-e (modelo 65, nota ao consumidor), não uma NF-e (modelo 55). Confirme se o marketplace aceita NFC-e.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model is {model}; an NF-e is model 55 (NFC-e 65).</source>
        <translation>O modelo é {model}; uma NF-e é modelo 55 (NFC-e 65).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This NF-e is {what} (finNFe={purpose}), not a normal sale or a return.</source>
        <translation>Esta NF-e é {what} (finNFe={purpose}), não uma venda normal nem uma devolução.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e total with IBS, CBS and IS (vNFTot) is {reform_total_cents}; the invoice value sent to VTEX stays the NF-e value (vNF), {total_cents}.</source>
        <translation>O total da NF-e com IBS, CBS e IS (vNFTot) é {reform_total_cents}; o valor da nota enviado à VTEX continua sendo o valor da NF-e (vNF), {total_cents}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The issue time in the XML has no time zone; Brasília time (-03:00) was assumed.</source>
        <translation>O horário de emissão no XML não tem fuso horário; foi considerado o horário de Brasília (-03:00).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e only has an issue date (old layout); midnight Brasília time was used.</source>
        <translation>A NF-e só tem a data de emissão (leiaute antigo); foi usada meia-noite no horário de Brasília.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access key: {problem}</source>
        <translation>Chave de acesso: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The NF-e total ({total_cents}) is not the {remaining_cents} still to invoice on the order.</source>
        <translation>O total da NF-e ({total_cents}) não é o valor de {remaining_cents} que falta faturar no pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e total ({total_cents}) is not the {remaining_cents} that can still be returned on the order.</source>
        <translation>O total da NF-e ({total_cents}) não é o valor de {remaining_cents} que ainda pode ser devolvido no pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The NF-e recipient is {nfe_document}, but the order&apos;s client is {order_document}: is this the NF-e of this order?</source>
        <translation>O destinatário da NF-e é {nfe_document}, mas o cliente do pedido é {order_document}: esta é a NF-e deste pedido?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The NF-e names no recipient document, but the order&apos;s client is {order_document}.</source>
        <translation>A NF-e não informa o documento do destinatário, mas o cliente do pedido é {order_document}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} NF-e line(s) match no item of the order by EAN, refId or SKU: {lines}. Choose the order item for each, or leave it off the invoice.</source>
        <translation>{count} linha(s) da NF-e não correspondem a nenhum item do pedido por EAN, refId ou SKU: {lines}. Escolha o item do pedido de cada uma, ou deixe-a fora da nota.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{lines} and {count} more</source>
        <translation>{lines} e mais {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NF-e line {line} fits several SKUs of the order ({skus}); choose the right one.</source>
        <translation>A linha {line} da NF-e serve para vários SKUs do pedido ({skus}); escolha o certo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NF-e line {line} has quantity {quantity} {unit}, which is not a whole number: enter the quantity of SKU {sku} in the order&apos;s units.</source>
        <translation>A linha {line} da NF-e tem quantidade {quantity} {unit}, que não é um número inteiro: informe a quantidade do SKU {sku} nas unidades do pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NF-e lines {lines} are the same SKU {sku}: they make one invoice line (VTEX wants one line per SKU).</source>
        <translation>As linhas {lines} da NF-e são do mesmo SKU {sku}: elas formam uma só linha da nota (a VTEX quer uma linha por SKU).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The NF-e invoices {quantity} of SKU {sku} ({name}), but only {remaining} remain on the order.</source>
        <translation>A NF-e fatura {quantity} do SKU {sku} ({name}), mas só restam {remaining} no pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NF-e invoices {quantity} of SKU {sku} ({name}), but only {remaining} can still be returned on the order.</source>
        <translation>A NF-e fatura {quantity} do SKU {sku} ({name}), mas só {remaining} ainda podem ser devolvidos no pedido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a complementary NF-e</source>
        <extracomment>The NF-e purposes (``finNFe``) named inside ``nfe_finding.special_purpose``.</extracomment>
        <translation>uma NF-e complementar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an adjustment NF-e</source>
        <translation>uma NF-e de ajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a credit note</source>
        <translation>uma nota de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a debit note</source>
        <translation>uma nota de débito</translation>
    </message>
</context>
<context>
    <name>DanfeDialog</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/danfe/dialog.py" line="+74"/>
        <source>DANFE of {name}</source>
        <extracomment>Page images are drawn at this many pixels per PDF point (72 per inch): ~97 dpi, an A4 page 800 pixels wide, which fits the dialog.</extracomment>
        <translation>DANFE da {name}</translation>
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
        <translation>Pré-visualização das páginas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save…</source>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Drawing…</source>
        <translation>Desenhando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} page(s).</source>
        <translation>{count} página(s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No page preview on this system; Save… writes the PDF to open it.</source>
        <translation>Sem pré-visualização neste sistema; Salvar… grava o PDF para você abri-lo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The DANFE could not be drawn ({error}).</source>
        <translation>Não foi possível desenhar o DANFE ({error}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Page {page}</source>
        <translation>Página {page}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the PDF</source>
        <translation>Salvar o PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save {path}: {reason}</source>
        <translation>Não foi possível salvar {path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {path}.</source>
        <translation>{path} salvo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The printer could not be started.</source>
        <translation>Não foi possível iniciar a impressora.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent {count} page(s) to the printer.</source>
        <translation>{count} página(s) enviada(s) para a impressora.</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/runtime/drafts.py" line="+71"/>
        <source>Discard draft</source>
        <extracomment>Milliseconds after the last edit before the draft is written. The key under which the keeper stores when a draft was saved (the tab ignores it).</extracomment>
        <translation>Descartar rascunho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the restored draft</source>
        <translation>Descartar o rascunho restaurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget what was typed and start again from the order</source>
        <translation>Esquecer o que foi digitado e recomeçar a partir do pedido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Draft from {when} restored: this is what you were typing for this order.</source>
        <translation>Rascunho de {when} restaurado: é o que você estava digitando para este pedido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft restored: this is what you were typing for this order.</source>
        <translation>Rascunho restaurado: é o que você estava digitando para este pedido.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../vtex_invoice_gui/wording/errors.py" line="+19"/>
        <source>VTEX may still have applied it. Reload the order before sending again, and send again only if it is not there.</source>
        <translation>A VTEX pode ter aplicado mesmo assim. Recarregue o pedido antes de enviar de novo, e só envie de novo se não estiver lá.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VTEX&apos;s receipt is for another order ({received}), not {expected}: the send is not confirmed.</source>
        <translation>O protocolo da VTEX é de outro pedido ({received}), não do {expected}: o envio não está confirmado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request was sent, but no answer came back: VTEX may or may not have applied it.</source>
        <translation>A solicitação foi enviada, mas não veio resposta: a VTEX pode ou não ter aplicado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VTEX&apos;s answer came so slowly that the desk stopped waiting for it.</source>
        <translation>A resposta da VTEX chegou tão devagar que o programa parou de esperá-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again in a moment; nothing was lost. status.vtex.com shows whether VTEX has an incident.</source>
        <translation>Tente novamente em instantes; nada foi perdido. status.vtex.com mostra se a VTEX está com algum incidente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer from VTEX: the connection failed.</source>
        <translation>Sem resposta da VTEX: a conexão falhou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the internet connection and try again; nothing was lost.</source>
        <translation>Verifique a conexão com a internet e tente de novo; nada foi perdido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VTEX did not accept the app key and token.</source>
        <translation>A VTEX não aceitou a chave de API e o token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the app key and app token in Accounts (copy them again from the VTEX Admin, Account settings &gt; Apps/API keys) and that the account name is right.</source>
        <translation>Confira a chave de API e o token de API em Contas (copie de novo do Admin VTEX, Configurações da conta &gt; Chaves de API) e se o nome da conta está certo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app key is valid, but its role may not do this.</source>
        <translation>A chave de API é válida, mas o perfil de acesso dela não pode fazer isso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the VTEX Admin (Account settings &gt; Roles), give the key&apos;s role the &apos;{resource}&apos; resource, for example with the predefined role &apos;OMS - Full access&apos;.</source>
        <translation>No Admin VTEX (Configurações da conta &gt; Perfis de acesso), dê ao perfil da chave o recurso &apos;{resource}&apos;, por exemplo com o perfil predefinido &apos;OMS - Full access&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VTEX did not find that order or invoice.</source>
        <translation>A VTEX não encontrou esse pedido ou nota fiscal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the order id (for example 1234567890123-01, or seq followed by the sequence number) and that it belongs to this store.</source>
        <translation>Confira o número do pedido (por exemplo 1234567890123-01, ou seq seguido do número de sequência) e se ele é desta loja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order&apos;s status does not allow this action now.</source>
        <translation>O status do pedido não permite esta ação agora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the order to see its current status, then do what that status allows.</source>
        <translation>Recarregue o pedido para ver o status atual e faça o que esse status permite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VTEX rejected what was sent.</source>
        <translation>A VTEX recusou o que foi enviado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct what VTEX&apos;s message below names and send again; the form is kept.</source>
        <translation>Corrija o que a mensagem da VTEX abaixo aponta e envie de novo; o formulário foi mantido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait {seconds} seconds and send again; nothing was lost.</source>
        <translation>Aguarde {seconds} segundos e envie de novo; nada foi perdido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute and send again; nothing was lost.</source>
        <translation>Aguarde um minuto e envie de novo; nada foi perdido.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>an HTML page instead of data</source>
        <translation>uma página HTML em vez de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected JSON data, got &apos;{content_type}&apos;</source>
        <translation>esperava dados JSON, recebeu &apos;{content_type}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected JSON data, got no content type</source>
        <translation>esperava dados JSON, recebeu uma resposta sem tipo de conteúdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broken JSON data</source>
        <translation>dados JSON corrompidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected data ({where}: {problem})</source>
        <translation>dados inesperados ({where}: {problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redirected to {location}</source>
        <translation>redirecionado para {location}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redirected to another page</source>
        <translation>redirecionado para outra página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer is larger than {limit_mb} MB; stopped reading it</source>
        <translation>a resposta tem mais de {limit_mb} MB; a leitura foi interrompida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer took more than {seconds} s in all; stopped waiting for it</source>
        <translation>a resposta levou mais de {seconds} s no total; a espera foi interrompida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receipt for order &apos;{received}&apos;, not &apos;{expected}&apos;</source>
        <translation>protocolo do pedido &apos;{received}&apos;, não do &apos;{expected}&apos;</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>VTEX is limiting requests from this store right now.</source>
        <translation>A VTEX está limitando as solicitações desta loja neste momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait a moment and try again. status.vtex.com shows whether VTEX has an incident.</source>
        <translation>Aguarde um pouco e tente de novo. O status.vtex.com mostra se a VTEX está com algum incidente.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>VTEX had a problem answering (a server error on their side).</source>
        <translation>A VTEX teve um problema para responder (um erro de servidor do lado dela).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VTEX&apos;s answer was far larger than any order, so the desk stopped reading it.</source>
        <translation>A resposta da VTEX era muito maior que qualquer pedido, então o programa parou de lê-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again later. If it keeps happening, copy the details for support.</source>
        <translation>Tente novamente mais tarde. Se continuar acontecendo, copie os detalhes para o suporte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VTEX answered the send with something that is not data (a web page or broken data): it may or may not have applied it.</source>
        <translation>A VTEX respondeu ao envio com algo que não são dados (uma página web ou dados corrompidos): ela pode ou não ter aplicado o envio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VTEX answered with something that is not the data the API returns.</source>
        <translation>A VTEX respondeu com algo que não são os dados que a API devolve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the account name and environment. A web page instead of data usually means the address is not a VTEX store or VTEX is having trouble.</source>
        <translation>Confira o nome da conta e o ambiente. Uma página web no lugar dos dados costuma indicar que o endereço não é de uma loja VTEX ou que a VTEX está com problemas.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>VTEX could not complete the request.</source>
        <translation>A VTEX não conseguiu concluir a solicitação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again. If it keeps happening, copy the details for support.</source>
        <translation>Tente de novo. Se continuar acontecendo, copie os detalhes para o suporte.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No store is set up yet.</source>
        <translation>Nenhuma loja configurada ainda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Accounts (toolbar) and add the store&apos;s account name, app key and app token.</source>
        <translation>Abra Contas (barra superior) e adicione o nome da conta da loja, a chave de API e o token de API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This store has no app key and token on this computer.</source>
        <translation>Esta loja não tem chave de API e token neste computador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Accounts (toolbar), choose the store and enter its app key and app token.</source>
        <translation>Abra Contas (barra superior), escolha a loja e informe a chave de API e o token de API dela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not answer within {seconds} s.</source>
        <translation>O chaveiro do sistema não respondeu em {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock or restart it (GNOME Keyring or KWallet) and try again, or keep the key for this session only in Accounts. Nothing you typed was lost.</source>
        <translation>Desbloqueie-o ou reinicie-o (GNOME Keyring ou KWallet) e tente de novo, ou guarde a chave só nesta sessão em Contas. Nada do que você digitou foi perdido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is locked.</source>
        <translation>O chaveiro do sistema está bloqueado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock it (for example by logging in again), or keep the key for this session only in Accounts.</source>
        <translation>Desbloqueie o chaveiro (por exemplo, entrando de novo no sistema) ou guarde a chave só nesta sessão, em Contas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keyring is available to keep the app key and token.</source>
        <translation>Não há chaveiro do sistema disponível para guardar a chave de API e o token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install and unlock a keyring (GNOME Keyring or KWallet on Linux), or keep the key for this session only in Accounts.</source>
        <translation>Instale e desbloqueie um chaveiro (GNOME Keyring ou KWallet no Linux) ou guarde a chave só nesta sessão, em Contas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This invoice was already sent to this order; it was not sent again.</source>
        <translation>Esta nota fiscal já foi enviada para este pedido; ela não foi enviada de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk could not write its journal, so nothing was sent.</source>
        <translation>O aplicativo não conseguiu gravar o registro de envios, então nada foi enviado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That was not accepted.</source>
        <translation>Isso não foi aceito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong.</source>
        <translation>Algo inesperado deu errado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was lost: the form is kept. Copy the details and send them to support.</source>
        <translation>Nada foi perdido: o formulário foi mantido. Copie os detalhes e envie para o suporte.</translation>
    </message>
</context>
<context>
    <name>ErrorView</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/widgets/error_view.py" line="+37"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Error details</source>
        <translation>Detalhes do erro</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>Show details</source>
        <translation>Mostrar detalhes</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload order</source>
        <translation>Recarregar pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>HTTP status {status}</source>
        <translation>Status HTTP {status}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hide details</source>
        <translation>Ocultar detalhes</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/events/tab.py" line="+69"/>
        <source>&amp;Invoice:</source>
        <translation>&amp;Nota fiscal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This invoice has no tracking number yet. VTEX only takes tracking events for invoices with a tracking number: add it in the Tracking number tab first.</source>
        <translation>Esta nota fiscal ainda não tem código de rastreio. A VTEX só aceita eventos de rastreio em notas com código de rastreio: adicione-o antes na aba Código de rastreio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to Tracking number</source>
        <translation>Ir para Código de rastreio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. Objeto em trânsito</source>
        <translation>ex.: Objeto em trânsito</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event city</source>
        <translation>Cidade do evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event state</source>
        <translation>Estado do evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event description</source>
        <translation>Descrição do evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event date</source>
        <translation>Data do evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to list</source>
        <translation>Adicionar à li&amp;sta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events to send</source>
        <translation>Eventos a enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delivered on</source>
        <translation>Entre&amp;gue em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark delivered</source>
        <translation>Marcar como entregue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered date and time</source>
        <translation>Data e hora da entrega</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send events</source>
        <translation>Enviar eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send tracking events</source>
        <translation>Enviar eventos de rastreio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New event</source>
        <translation>Novo evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;City:</source>
        <translation>C&amp;idade:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tate:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;te:</source>
        <translation>D&amp;ata:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To send</source>
        <translation>A enviar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Load an order first.</source>
        <translation>Carregue um pedido primeiro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This order has no invoice yet: send the invoice first (Invoice tab).</source>
        <translation>Este pedido ainda não tem nota fiscal: envie a nota primeiro (aba Nota fiscal).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a tracking number to this invoice first (Tracking number tab).</source>
        <translation>Adicione primeiro um código de rastreio a esta nota (aba Código de rastreio).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add events to the list, or mark the parcel delivered.</source>
        <translation>Adicione eventos à lista ou marque o pacote como entregue.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sending tracking events for invoice {invoice}…</source>
        <translation>Enviando eventos de rastreio da nota {invoice}…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The tracking events of invoice {invoice}</source>
        <translation>os eventos de rastreio da nota {invoice}</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+88"/>
        <source>Tracking events of invoice {invoice} received by VTEX</source>
        <translation>Eventos de rastreio da nota {invoice} recebidos pela VTEX</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VTEX does not show the new events yet; reload the order in a minute.</source>
        <translation>A VTEX ainda não mostra os novos eventos; recarregue o pedido em um minuto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timeline is up to date.</source>
        <translation>A linha do tempo está atualizada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-reading order {order} after sending</source>
        <translation>Relendo o pedido {order} depois do envio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending tracking events of invoice {invoice} (order {order})</source>
        <translation>Enviando eventos de rastreio da nota {invoice} (pedido {order})</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/history/model.py" line="+113"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt or error</source>
        <translation>Recibo ou erro</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Return invoice</source>
        <translation>Nota de devolução</translation>
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
        <translation>Pedido, número da nota, recibo ou texto do erro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search history</source>
        <translation>Buscar no histórico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any order</source>
        <translation>Qualquer pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order id filter</source>
        <translation>Filtro por número do pedido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store filter</source>
        <translation>Filtro por loja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operation filter</source>
        <translation>Filtro por operação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All operations</source>
        <translation>Todas as operações</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State filter</source>
        <translation>Filtro por situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any state</source>
        <translation>Qualquer situação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not settled (no answer yet)</source>
        <translation>Pendente (ainda sem resposta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>A&amp;té</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Journal of sends</source>
        <translation>Registro de envios</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Details of the selected send</source>
        <translation>Detalhes do envio selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a row to see its receipt or error.</source>
        <translation>Selecione uma linha para ver o recibo ou o erro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open order</source>
        <translation>A&amp;brir pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the selected row&apos;s order (or double-click the row)</source>
        <translation>Carregar o pedido da linha selecionada (ou clique duas vezes na linha)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows shown by the filters as a CSV file (for the accountant)</source>
        <translation>Salvar as linhas mostradas pelos filtros em um arquivo CSV (para a contabilidade)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rder:</source>
        <translation>Ped&amp;ido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sto&amp;re:</source>
        <translation>L&amp;oja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;peration:</source>
        <translation>Oper&amp;ação:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;ate:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All stores</source>
        <translation>Todas as lojas</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading the journal…</source>
        <translation>Lendo o registro…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sends match.</source>
        <translation>Nenhum envio encontrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total} sends loaded (newest first)</source>
        <translation>{shown} de {total} envios carregados (mais recentes primeiro)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read the journal: {reason}</source>
        <translation>Não foi possível ler o registro: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Store: {store}</source>
        <translation>Loja: {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal #{entry}, {time}, state: {state}</source>
        <translation>Registro nº {entry}, {time}, situação: {state}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt date: {date}</source>
        <translation>Data do recibo: {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error: {error}</source>
        <translation>Erro: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attempt {attempt}</source>
        <translation>Tentativa {attempt}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends again journal #{entry}</source>
        <translation>Reenvio do registro nº {entry}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export the history as CSV</source>
        <translation>Exportar o histórico em CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported {rows} rows to {path}</source>
        <translation>{rows} linhas exportadas para {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export: {reason}</source>
        <translation>Não foi possível exportar: {reason}</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Copy selected</source>
        <translation>Copiar seleção</translation>
    </message>
</context>
<context>
    <name>ImportLauncher</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/tracking_import/__init__.py" line="+40"/>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;tracking…</source>
        <translation>Importar &amp;rastreios…</translation>
    </message>
</context>
<context>
    <name>InvoiceCombo</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/widgets/invoice_combo.py" line="+19"/>
        <source>Invoice</source>
        <translation>Nota fiscal</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tracking {number}</source>
        <translation>rastreio {number}</translation>
    </message>
</context>
<context>
    <name>InvoiceConfirmBar</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/invoice/review.py" line="+34"/>
        <source>Confirm and send</source>
        <translation>Confirmar e enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm and send the invoice</source>
        <translation>Confirmar e enviar a nota fiscal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the form</source>
        <translation>Voltar ao formulário</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a sale (Output)</source>
        <translation>venda (Output)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a return (Input)</source>
        <translation>devolução (Input)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send {kind} invoice &lt;b&gt;{number}&lt;/b&gt; of &lt;b&gt;{value}&lt;/b&gt; with {lines} item line(s) to order &lt;b&gt;{order}&lt;/b&gt;?</source>
        <translation>Enviar a nota fiscal de {kind} &lt;b&gt;{number}&lt;/b&gt; de &lt;b&gt;{value}&lt;/b&gt;, com {lines} linha(s) de item, para o pedido &lt;b&gt;{order}&lt;/b&gt;?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This is a partial invoice: {value} of the {remaining} still to invoice.</source>
        <translation>Esta é uma fatura parcial: {value} dos {remaining} que faltam faturar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The value is more than the {remaining} still to invoice; VTEX will likely refuse it.</source>
        <translation>O valor é maior que os {remaining} que faltam faturar; a VTEX provavelmente vai recusar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A return invoice makes VTEX refund the customer.</source>
        <translation>Uma nota de devolução faz a VTEX reembolsar o cliente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value is more than the {returnable} that can still be returned.</source>
        <translation>O valor é maior que os {returnable} que ainda podem ser devolvidos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The items add up to {items} but the invoice value is {value} (shipping, {shipping} on this order, is normally part of the value).</source>
        <translation>Os itens somam {items}, mas o valor da nota é {value} (o frete, {shipping} neste pedido, normalmente faz parte do valor).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Access key: {problem}</source>
        <translation>Chave de acesso: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No access key: marketplaces usually need the NF-e key.</source>
        <translation>Sem chave de acesso: os marketplaces costumam exigir a chave da NF-e.</translation>
    </message>
</context>
<context>
    <name>InvoiceForm</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/invoice/form.py" line="+55"/>
        <source>Sale (Output)</source>
        <translation>Venda (Output)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return (Input)</source>
        <translation>Devolução (Input)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 000123456</source>
        <translation>ex.: 000123456</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use remaining</source>
        <translation>Usar o restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuance date and time</source>
        <translation>Data e hora de emissão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>44-digit NF-e access key</source>
        <translation>Chave de acesso da NF-e (44 dígitos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open NF-e XML…</source>
        <extracomment>The XML sent as ``embeddedInvoice``, kept as text and shown as a summary (a 500-item NF-e in a text editor froze the window for ~60 ms); object name ``embeddedInvoiceEdit``.</extracomment>
        <translation>Abrir XML da NF-e…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the invoice from the NF-e XML file (you can also drop the file)</source>
        <translation>Preencher a nota a partir do arquivo XML da NF-e (você também pode soltar o arquivo)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reset items</source>
        <extracomment>Set by the Invoice tab: a chosen XML file fills the whole invoice (``ui/nfe_import.py``).</extracomment>
        <translation>Restaurar itens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking (optional)</source>
        <translation>Rastreio (opcional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dispatch date</source>
        <translation>Data de despacho</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
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
        <translation>Em&amp;issão:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access &amp;key:</source>
        <translation>Chave de &amp;acesso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice &amp;URL:</source>
        <translation>&amp;URL da nota:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NF-e &amp;XML:</source>
        <translation>&amp;XML da NF-e:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Carrier:</source>
        <translation>Tran&amp;sportadora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking n&amp;umber:</source>
        <translation>Códi&amp;go de rastreio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking U&amp;RL:</source>
        <translation>URL &amp;de rastreio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dispatched:</source>
        <translation>Despachado e&amp;m:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invoice type</source>
        <translation>Tipo de nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Número da nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice value</source>
        <translation>Valor da nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key</source>
        <translation>Chave de acesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice URL</source>
        <translation>URL da nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NF-e XML</source>
        <translation>XML da NF-e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice items</source>
        <translation>Itens da nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Código de rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking URL</source>
        <translation>URL de rastreio</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Items total: {total}</source>
        <translation>Total dos itens: {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returnable: {amount}</source>
        <translation>Máximo a devolver: {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remaining: {amount}</source>
        <translation>Falta faturar: {amount}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Keep at least one item with a quantity above zero.</source>
        <translation>Mantenha pelo menos um item com quantidade maior que zero.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item line {line}: {message}</source>
        <translation>Linha de item {line}: {message}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the NF-e XML</source>
        <translation>Escolha o XML da NF-e</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML files (*.xml)</source>
        <translation>Arquivos XML (*.xml)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file is too large for an NF-e XML.</source>
        <translation>O arquivo é grande demais para um XML de NF-e.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not UTF-8 text; is it really an XML file?</source>
        <translation>O arquivo não é texto UTF-8; é mesmo um arquivo XML?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read {file}: {message}</source>
        <translation>Não foi possível ler {file}: {message}</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Preço unit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line total</source>
        <translation>Total da linha</translation>
    </message>
</context>
<context>
    <name>InvoiceTab</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/invoice/tab.py" line="+60"/>
        <source>Review and send…</source>
        <translation>Revisar e enviar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send invoice</source>
        <translation>Enviar nota fiscal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the form, then confirm (Ctrl+Return)</source>
        <translation>Confira o formulário e depois confirme (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Invoice {invoice}</source>
        <translation>a nota fiscal {invoice}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Invoice {invoice} is on the order: the send did reach VTEX. Nothing more to do.</source>
        <translation>A nota fiscal {invoice} está no pedido: o envio chegou à VTEX. Nada mais a fazer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {invoice} is not on the order. VTEX can take a moment to show a new invoice: if you sent it just now, reload again in a minute; send it again only if it is still missing.</source>
        <translation>A nota fiscal {invoice} não está no pedido. A VTEX pode demorar um pouco para mostrar uma nota nova: se você acabou de enviar, recarregue de novo em um minuto; só envie de novo se ela continuar faltando.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Load an order first.</source>
        <translation>Carregue um pedido primeiro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was invoiced on this order: there is nothing to return.</source>
        <translation>Nada foi faturado neste pedido: não há o que devolver.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another return is being sent. Returns go one at a time: wait for it to finish.</source>
        <translation>Outra devolução está sendo enviada. As devoluções vão uma de cada vez: espere ela terminar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This order cannot take a sale invoice now (status {status}).</source>
        <translation>Este pedido não pode receber uma nota de venda agora (status {status}).</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Invoice {invoice} of order {order}</source>
        <translation>Nota fiscal {invoice} do pedido {order}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Sending invoice {invoice}…</source>
        <translation>Enviando a nota fiscal {invoice}…</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>Invoice {invoice} received by VTEX</source>
        <extracomment>The clerk typed the invoice number while no order was shown or one was loading: the order&apos;s prefill and its saved draft must not wipe it.</extracomment>
        <translation>Nota fiscal {invoice} recebida pela VTEX</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invoice {invoice} sent; waiting for VTEX to show it on the order…</source>
        <translation>Nota fiscal {invoice} enviada; aguardando a VTEX mostrá-la no pedido…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for VTEX to show the invoice on the order…</source>
        <translation>Aguardando a VTEX mostrar a nota no pedido…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VTEX shows invoice {invoice} on the order.</source>
        <translation>A VTEX mostra a nota fiscal {invoice} no pedido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice {invoice} is on the order.</source>
        <translation>A nota fiscal {invoice} está no pedido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VTEX accepted the invoice but does not show it on the order yet. Reload the order in a minute; do not send it again.</source>
        <translation>A VTEX aceitou a nota, mas ainda não a mostra no pedido. Recarregue o pedido em um minuto; não envie de novo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not re-read the order; reload it to see the new invoice.</source>
        <translation>Não foi possível reler o pedido; recarregue-o para ver a nota nova.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Re-reading order {order} after sending</source>
        <translation>Relendo o pedido {order} depois do envio</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sending invoice {invoice} to order {order}</source>
        <translation>Enviando a nota fiscal {invoice} ao pedido {order}</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/history/model.py" line="-82"/>
        <source>Invoice</source>
        <translation>Nota fiscal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start handling</source>
        <translation>Manuseio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent yet</source>
        <translation>Não enviado</translation>
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
        <translation>Falhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown: check the order</source>
        <translation>Incerto: confira o pedido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start handling of order {order}</source>
        <translation>Início do manuseio do pedido {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice {invoice} of order {order}</source>
        <translation>Nota fiscal {invoice} do pedido {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number of invoice {invoice}, order {order}</source>
        <translation>Código de rastreio da nota {invoice}, pedido {order}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracking events of invoice {invoice}, order {order}</source>
        <translation>Eventos de rastreio da nota {invoice}, pedido {order}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt {receipt}</source>
        <translation>Recibo {receipt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by re-reading the order</source>
        <translation>Confirmado relendo o pedido</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/keyboard.py" line="+28"/>
        <source>Go to the order field</source>
        <extracomment>What the Help list shows, in order: keys (Qt&apos;s portable text) and what they do.</extracomment>
        <translation>Ir para o campo do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the order field: load the order. In a form: go to the next field</source>
        <translation>No campo do pedido: carregar o pedido. Num formulário: ir para o próximo campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the order (in the queue: read the queue again)</source>
        <translation>Recarregar o pedido (na fila: ler a fila de novo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the day&apos;s queue and go to it (Ctrl+1 too); F6 in the queue hides it; Enter opens the order</source>
        <translation>Mostrar a fila do dia e ir para ela (também Ctrl+1); F6 na fila a esconde; Enter abre o pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an NF-e XML file (Invoice tab)</source>
        <translation>Abrir um arquivo XML de NF-e (aba Nota fiscal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import tracking numbers from a spreadsheet (Tools menu)</source>
        <translation>Importar códigos de rastreio de uma planilha (menu Ferramentas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send on the current tab (review, then confirm)</source>
        <translation>Enviar na aba atual (revisar, depois confirmar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next field or button (tables are passed through)</source>
        <translation>Próximo campo ou botão (as tabelas são atravessadas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous field or button</source>
        <translation>Campo ou botão anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next tab (Ctrl+Shift+Tab: previous tab)</source>
        <translation>Próxima aba (Ctrl+Shift+Tab: aba anterior)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a tab or field by its underlined letter (Alt+letter)</source>
        <translation>Ir a uma aba ou campo pela letra sublinhada (Alt+letra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a table: edit the current cell (arrows move between cells)</source>
        <translation>Numa tabela: editar a célula atual (as setas passam de uma célula a outra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list of keyboard shortcuts</source>
        <translation>Esta lista de atalhos de teclado</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Add NF-e files to the batch (Batch tab: check, then send many)</source>
        <translation>Adicionar arquivos de NF-e ao lote (aba Lote: verificar e depois enviar várias)</translation>
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
        <translation>O idioma do aplicativo; muda na hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/main_window.py" line="+68"/>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Invoice</source>
        <translation>Nota &amp;fiscal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking &amp;number</source>
        <translation>Código de &amp;rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking &amp;events</source>
        <translation>&amp;Eventos de rastreio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+5"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Store: </source>
        <translation>&amp;Loja: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts…</source>
        <translation>Contas…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atalhos de teclado…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>%n solicitação em andamento</numerusform>
            <numerusform>%n solicitações em andamento</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idle</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/ui/widgets/desk_status.py" line="+47"/>
        <source>VTEX is limiting requests, retrying in {seconds} s</source>
        <translation>A VTEX está limitando as solicitações; nova tentativa em {seconds} s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VTEX did not answer properly; retrying in {seconds} s (attempt {attempt})</source>
        <translation>A VTEX não respondeu direito; nova tentativa em {seconds} s (tentativa {attempt})</translation>
    </message>
    <message>
        <location filename="../../vtex_invoice_gui/ui/main_window.py" line="+17"/>
        <source>Starting the demo store…</source>
        <translation>Iniciando a loja de demonstração…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No store: open Accounts to add one</source>
        <translation>Nenhuma loja: abra Contas para adicionar uma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store: {store}</source>
        <translation>Loja: {store}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment: {environment}</source>
        <translation>Ambiente: {environment}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo store could not start: {error}</source>
        <translation>A loja de demonstração não pôde iniciar: {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save the settings: {reason}</source>
        <translation>Não foi possível salvar as configurações: {reason}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Store {store} is not set up on this computer.</source>
        <translation>A loja {store} não está configurada neste computador.</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>&amp;Batch</source>
        <translation>L&amp;ote</translation>
    </message>
</context>
<context>
    <name>MappingForm</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/tracking_import/mapping.py" line="+20"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketplace order</source>
        <translation>Pedido do marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Número da nota fiscal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Código de rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking URL</source>
        <translation>URL de rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatch date</source>
        <translation>Data de envio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event date</source>
        <translation>Data do evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event city</source>
        <translation>Cidade do evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event state</source>
        <translation>UF do evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event description</source>
        <translation>Descrição do evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+25"/>
        <source>(no column)</source>
        <translation>(nenhuma coluna)</translation>
    </message>
</context>
<context>
    <name>NfeDataPanel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/order/nfe_data_panel.py" line="+32"/>
        <source>NF-e data (payment and marketplace)</source>
        <translation>Dados da NF-e (pagamento e marketplace)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Payment method</source>
        <translation>Forma de pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card brand</source>
        <translation>Bandeira do cartão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization code (authId)</source>
        <translation>Código de autorização (authId)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquirer CNPJ</source>
        <translation>CNPJ da credenciadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediary (marketplace)</source>
        <translation>Intermediador (marketplace)</translation>
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
        <translation>Copiar para a área de transferência, para colar no emissor da NF-e</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Credit card</source>
        <translation>Cartão de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit card</source>
        <translation>Cartão de débito</translation>
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
        <translation>{intermediary}, pedido no marketplace {order}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none (sold by the store itself)</source>
        <translation>nenhum (venda da própria loja)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From the payment&apos;s connector response (paymentData).</source>
        <translation>Da resposta do conector do pagamento (paymentData).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the order&apos;s custom data (customApps, the older place).</source>
        <translation>Dos dados personalizados do pedido (customApps, o local antigo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order carries no card data from a marketplace.</source>
        <translation>O pedido não traz dados de cartão de um marketplace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked against NF-e {number}.</source>
        <translation>Conferido com a NF-e {number}.</translation>
    </message>
</context>
<context>
    <name>NfeImport</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/invoice/nfe_import.py" line="+176"/>
        <source>Drop one NF-e XML file at a time ({count} files were dropped).</source>
        <translation>Solte um arquivo XML de NF-e por vez (foram soltos {count} arquivos).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load the order first, then open or drop its NF-e XML.</source>
        <translation>Carregue o pedido primeiro; depois abra ou solte o XML da NF-e dele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An invoice is being sent; open the NF-e XML when it is done.</source>
        <translation>Uma nota fiscal está sendo enviada; abra o XML da NF-e quando terminar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading {file}…</source>
        <translation>Lendo {file}…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The order changed while {file} was read; open the file again.</source>
        <translation>O pedido mudou enquanto {file} era lido; abra o arquivo de novo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing on the form was changed.</source>
        <translation>Nada no formulário foi alterado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} cannot be used as the NF-e of this invoice.</source>
        <translation>{file} não pode ser usado como a NF-e desta nota.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not open {file}.</source>
        <translation>Não foi possível abrir {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be read.</source>
        <translation>Não foi possível ler {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the NF-e {file}</source>
        <translation>Lendo a NF-e {file}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Filled from NF-e {number} (series {series}), {total}: check the warnings, then review and send.</source>
        <translation>Preenchido pela NF-e {number} (série {series}), {total}: confira os avisos, depois revise e envie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled from NF-e {number} (series {series}), {total}: review and send.</source>
        <translation>Preenchido pela NF-e {number} (série {series}), {total}: revise e envie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{matched} of {total} NF-e line(s) matched the order&apos;s items.</source>
        <translation>{matched} de {total} linha(s) da NF-e correspondem aos itens do pedido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File: {file}</source>
        <translation>Arquivo: {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The invoice number you had typed ({number}) was replaced; Undo XML fill puts it back.</source>
        <translation>O número da nota que você tinha digitado ({number}) foi substituído; Desfazer preenchimento pelo XML o traz de volta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoice filled from NF-e {number}.</source>
        <translation>Nota preenchida pela NF-e {number}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The form is back as it was before the XML fill.</source>
        <translation>O formulário voltou a ser como era antes do preenchimento pelo XML.</translation>
    </message>
</context>
<context>
    <name>NfeMappingRows</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/invoice/nfe_panel.py" line="+114"/>
        <source>Which order item is each of these NF-e lines?</source>
        <extracomment>Unmatched NF-e lines offered for manual mapping; past this, the NF-e is likely another order&apos;s. Rows made per turn of the event loop (each a label and a combo of the order&apos;s items, ~1-4 ms): twenty at once kept the window from painting for 20 ms. Warnings listed in the panel; the rest are counted.</extracomment>
        <translation>Qual item do pedido é cada uma destas linhas da NF-e?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} more NF-e lines match nothing on this order: is this the NF-e of this order?</source>
        <translation>Mais {count} linhas da NF-e não correspondem a nada neste pedido: esta é a NF-e deste pedido?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line {line}: {code} {description} ({quantity})</source>
        <translation>Linha {line}: {code} {description} ({quantity})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order item for NF-e line {line}</source>
        <translation>Item do pedido para a linha {line} da NF-e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— leave it off the invoice —</source>
        <translation>— deixar fora da nota —</translation>
    </message>
</context>
<context>
    <name>NfePanel</name>
    <message>
        <location line="+24"/>
        <source>NF-e import</source>
        <translation>Importação da NF-e</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Undo XML fill</source>
        <translation>Desfazer preenchimento pelo XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the form back as it was before the XML filled it</source>
        <translation>Voltar o formulário ao que era antes de o XML preenchê-lo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DANFE…</source>
        <translation>DANFE…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview, print or save the DANFE or the label of this NF-e</source>
        <translation>Visualizar, imprimir ou salvar o DANFE ou a etiqueta desta NF-e</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>… and {count} more</source>
        <translation>… e mais {count}</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To invoice</source>
        <translation>A faturar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Preço unit.</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/order/panel.py" line="+42"/>
        <source>1234567890123-01 or seq12345</source>
        <translation>1234567890123-01 ou seq12345</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order id</source>
        <translation>Número do pedido</translation>
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
        <translation>&amp;Carregar</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Load order</source>
        <translation>Carregar pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order status</source>
        <translation>Status do pedido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can it be invoiced</source>
        <translation>Pode ser faturado?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Start handling</source>
        <translation>Iniciar manuseio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+146"/>
        <source>Move the order from &apos;Ready for handling&apos; to &apos;Handling&apos;</source>
        <translation>Passar o pedido de &apos;Pronto para o manuseio&apos; para &apos;Preparando entrega&apos;</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Order total</source>
        <translation>Total do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoiced so far</source>
        <translation>Faturado até agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining to invoice</source>
        <translation>Falta faturar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Returned</source>
        <translation>Devolvido</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoiced</source>
        <translation>Faturado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Falta faturar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invoicing address</source>
        <translation>Endereço de faturamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice to:</source>
        <translation>Faturar para:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order items</source>
        <translation>Itens do pedido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoices on the order</source>
        <translation>Notas do pedido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices</source>
        <translation>Notas fiscais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DANFE…</source>
        <translation>DANFE…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Type an order id (or seq followed by the sequence number), then Load.</source>
        <translation>Digite o número do pedido (ou seq seguido do número de sequência) e clique em Carregar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;{order}&lt;/b&gt; · status {status} — still shown: {typed} could not be loaded</source>
        <translation>&lt;b&gt;{order}&lt;/b&gt; · status {status} — ainda exibido: não foi possível carregar {typed}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>VTEX returned no NF-e XML (embeddedInvoice) for this invoice.</source>
        <translation>A VTEX não devolveu o XML da NF-e (embeddedInvoice) desta nota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview, print or save the DANFE of the selected invoice</source>
        <translation>Visualizar, imprimir ou salvar o DANFE da nota selecionada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No order loaded.</source>
        <translation>Nenhum pedido carregado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an order id above and press Enter (Ctrl+L jumps there).</source>
        <translation>Digite o número do pedido acima e pressione Enter (Ctrl+L vai até lá).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;{order}&lt;/b&gt; · status {status}</source>
        <translation>&lt;b&gt;{order}&lt;/b&gt; · status {status}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No address on the order.</source>
        <translation>O pedido não tem endereço.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Can be invoiced now.</source>
        <translation>Pode ser faturado agora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be invoiced; usually you start handling first.</source>
        <translation>Pode ser faturado; normalmente você inicia o manuseio antes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly invoiced: the rest can be invoiced now.</source>
        <translation>Faturado em parte: o restante pode ser faturado agora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be invoiced: the payment is still pending.</source>
        <translation>Não pode ser faturado: o pagamento ainda está pendente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be invoiced yet: VTEX is still processing the order ({status}).</source>
        <translation>Ainda não pode ser faturado: a VTEX ainda está processando o pedido ({status}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VTEX is verifying the invoice; reload the order in a moment.</source>
        <translation>A VTEX está verificando a nota fiscal; recarregue o pedido daqui a pouco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fully invoiced: only tracking and return (Input) invoices now.</source>
        <translation>Totalmente faturado: agora só rastreio e notas de devolução (Input).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled or being canceled: it cannot be invoiced.</source>
        <translation>Cancelado ou em cancelamento: não pode ser faturado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order is incomplete; it cannot be invoiced.</source>
        <translation>O pedido está incompleto; não pode ser faturado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown status {status}: check the order in the VTEX Admin before invoicing.</source>
        <translation>Status desconhecido {status}: confira o pedido no Admin VTEX antes de faturar.</translation>
    </message>
</context>
<context>
    <name>OrderSession</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/order/session.py" line="+129"/>
        <source>Loading order {order}…</source>
        <extracomment>How long an order replaced on screen is kept before it is freed: past the new one&apos;s paint.</extracomment>
        <translation>Carregando o pedido {order}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order field is empty but the form is for order {shown}: type {shown} back before sending.</source>
        <translation>O campo do pedido está vazio, mas o formulário é do pedido {shown}: digite {shown} de novo antes de enviar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order field shows {typed} but the form is for order {shown}: load {typed}, or type {shown} back, before sending.</source>
        <translation>O campo do pedido mostra {typed}, mas o formulário é do pedido {shown}: carregue {typed} ou digite {shown} de novo antes de enviar.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Loading order {order}</source>
        <translation>Carregando o pedido {order}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starting handling of order {order}</source>
        <translation>Iniciando o manuseio do pedido {order}</translation>
    </message>
</context>
<context>
    <name>PackagesModel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/order/models.py" line="+46"/>
        <source>Invoice</source>
        <translation>Nota</translation>
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
        <translation>Emissão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return</source>
        <translation>Devolução</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivered</source>
        <translation>Entregue</translation>
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
        <translation>✓ Listar pedidos (List orders): sim, as filas podem ser lidas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ List orders: no (VTEX answered 403), so the queues stay empty. In the VTEX Admin, Account settings &gt; Roles, add &apos;List orders&apos; to the key&apos;s role.</source>
        <translation>✗ Listar pedidos (List orders): não (a VTEX respondeu 403), então as filas ficam vazias. No Admin VTEX, em Configurações da conta &gt; Perfis de acesso, adicione &apos;List orders&apos; ao perfil da chave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>? List orders: could not be checked.</source>
        <translation>? Listar pedidos (List orders): não foi possível verificar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ View order: yes, orders can be loaded.</source>
        <translation>✓ Ver pedido (View order): sim, os pedidos podem ser carregados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ View order: no (VTEX answered 403), so no order can be loaded. Add &apos;View order&apos; to the key&apos;s role.</source>
        <translation>✗ Ver pedido (View order): não (a VTEX respondeu 403), então nenhum pedido pode ser carregado. Adicione &apos;View order&apos; ao perfil da chave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>? View order: could not be checked.</source>
        <translation>? Ver pedido (View order): não foi possível verificar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Notify invoice: yes, invoices and tracking can be sent.</source>
        <translation>✓ Notificar nota (Notify invoice): sim, notas fiscais e rastreio podem ser enviados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Notify invoice: no (VTEX answered 403), so invoices and tracking cannot be sent. Add &apos;Notify invoice&apos; to the key&apos;s role.</source>
        <translation>✗ Notificar nota (Notify invoice): não (a VTEX respondeu 403), então notas fiscais e rastreio não podem ser enviados. Adicione &apos;Notify invoice&apos; ao perfil da chave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>? Notify invoice: could not be checked.</source>
        <translation>? Notificar nota (Notify invoice): não foi possível verificar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Notify refund: yes, returns can be sent.</source>
        <translation>✓ Notificar reembolso (Notify refund): sim, devoluções podem ser enviadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Notify refund: no (VTEX answered 403), so returns cannot be sent. If this store takes returns, add &apos;Notify refund&apos; to the key&apos;s role.</source>
        <translation>✗ Notificar reembolso (Notify refund): não (a VTEX respondeu 403), então devoluções não podem ser enviadas. Se esta loja recebe devoluções, adicione &apos;Notify refund&apos; ao perfil da chave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>? Notify refund: could not be checked.</source>
        <translation>? Notificar reembolso (Notify refund): não foi possível verificar.</translation>
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
        <translation>Recibo da VTEX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VTEX&apos;s receipt appears here after sending.</source>
        <translation>O recibo da VTEX aparece aqui depois do envio.</translation>
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
        <translation>Data: {date}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Confirmed by re-reading the order (VTEX&apos;s answer to the send was lost).</source>
        <translation>Confirmado relendo o pedido (a resposta da VTEX ao envio se perdeu).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent {when} (journal #{entry})</source>
        <translation>Enviado em {when} (registro nº {entry})</translation>
    </message>
</context>
<context>
    <name>ReconcilePanel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/sending/reconcile_panel.py" line="+73"/>
        <source>Sends checked at start-up</source>
        <translation>Envios verificados na abertura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the sends left unfinished last time ({count})…</source>
        <translation>Verificando os envios que ficaram pendentes da última vez ({count})…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sends left unfinished last time were checked against the orders: {landed} landed, {missing} did not.</source>
        <translation>Os envios pendentes da última vez foram conferidos nos pedidos: {landed} chegaram, {missing} não.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} not shown by VTEX yet: the desk keeps checking.</source>
        <translation>{count} ainda não aparece(m) na VTEX: o programa continua verificando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} could not be checked.</source>
        <translation>Não foi possível verificar: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send again what did not land, or open the order to look first.</source>
        <translation>Envie de novo o que não chegou, ou abra o pedido para conferir antes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not check the sends left unfinished last time: {reason}</source>
        <translation>Não foi possível verificar os envios pendentes da última vez: {reason}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{send}: it is on the order (confirmed, nothing sent again).</source>
        <translation>{send}: está no pedido (confirmado, nada foi reenviado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{send}: not on the order; VTEX did not apply it.</source>
        <translation>{send}: não está no pedido; a VTEX não aplicou o envio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{send}: sent again; VTEX&apos;s receipt {receipt}.</source>
        <translation>{send}: reenviado; recibo da VTEX {receipt}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{send}: sent again.</source>
        <translation>{send}: reenviado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{send}: could not be checked ({reason}).</source>
        <translation>{send}: não foi possível verificar ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>store {store} is not set up on this computer</source>
        <translation>a loja {store} não está configurada neste computador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this store has no app key and token on this computer</source>
        <translation>esta loja não tem chave de API e token neste computador</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{send}: checking the order once more, then sending again…</source>
        <translation>{send}: conferindo o pedido mais uma vez e reenviando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{send}: checking the order…</source>
        <translation>{send}: conferindo o pedido…</translation>
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
        <translation>Enviar de novo?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{send} did not show up on the order, and VTEX has had the whole waiting time to apply it. Send it again only if you are sure VTEX did not get it: if VTEX did get it, posting it twice loses information at VTEX. The desk re-reads the order once more before sending.</source>
        <translation>{send} não apareceu no pedido, e a VTEX teve todo o tempo de espera para aplicá-la. Envie de novo só se tiver certeza de que a VTEX não a recebeu: se a VTEX a recebeu, enviar duas vezes faz perder informação na VTEX. O programa relê o pedido mais uma vez antes de enviar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send again</source>
        <translation>Enviar de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send</source>
        <translation>Não enviar</translation>
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
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoiced</source>
        <translation>Faturado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Devolvido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returnable</source>
        <translation>Pode devolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return now</source>
        <translation>Devolver agora</translation>
    </message>
</context>
<context>
    <name>ReturnNfe</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/returns/nfe.py" line="+74"/>
        <source>Edited after the fill: the value is the picked units.</source>
        <translation>Editado depois do preenchimento: o valor é o das unidades escolhidas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open NF-e of return</source>
        <translation>Abrir NF-e de devolução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NF-e XML (*.xml);;All files (*)</source>
        <translation>XML da NF-e (*.xml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the return from its order first.</source>
        <translation>Abra a devolução a partir do pedido primeiro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading {file}…</source>
        <translation>Lendo {file}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file} is not an NF-e of return (finNFe 4): nothing was changed.</source>
        <translation>{file} não é uma NF-e de devolução (finNFe 4): nada foi alterado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filled from NF-e of return {number}, {total}: check the items, then send.</source>
        <translation>Preenchido com a NF-e de devolução {number}, {total}: confira os itens e envie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} cannot be used: {reason}</source>
        <translation>{file} não pode ser usado: {reason}</translation>
    </message>
</context>
<context>
    <name>ReturnRules</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/returns/rules.py" line="+23"/>
        <source>This order is not fully invoiced. VTEX accepts the return but refunds nothing: it refunds only orders that were fully invoiced first.</source>
        <translation>Este pedido não está totalmente faturado. A VTEX aceita a devolução, mas não reembolsa nada: ela só reembolsa pedidos que foram totalmente faturados antes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid by boleto: VTEX does not refund it automatically. Refund the customer yourself, by voucher or bank transfer.</source>
        <translation>Pago com boleto: a VTEX não reembolsa automaticamente. Reembolse o cliente você mesmo, com vale-compra ou transferência bancária.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The app key needs the Notify refund resource (in a role such as OMS - Full access).</source>
        <translation>A chave de API precisa do recurso Notify refund (em um perfil como OMS - Full access).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns are sent one at a time: VTEX can lose refunds sent together.</source>
        <translation>As devoluções são enviadas uma de cada vez: a VTEX pode perder reembolsos enviados juntos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return takes no tracking: VTEX would show the customer a delivery that is not happening.</source>
        <translation>Uma devolução não recebe rastreio: a VTEX mostraria ao cliente uma entrega que não está acontecendo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Requested {requested}; the order does not show a refund yet.</source>
        <translation>Solicitado: {requested}; o pedido ainda não mostra reembolso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested {requested}; refunded {refunded}.</source>
        <translation>Solicitado: {requested}; reembolsado: {refunded}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested {requested}; refunded only {refunded}. Refund the difference to the customer yourself (voucher or bank transfer), or check the payment in the VTEX Admin.</source>
        <translation>Solicitado: {requested}; reembolsado só {refunded}. Reembolse a diferença ao cliente você mesmo (vale-compra ou transferência bancária) ou confira o pagamento no Admin VTEX.</translation>
    </message>
</context>
<context>
    <name>ReturnWizard</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/returns/wizard.py" line="+69"/>
        <source>Return</source>
        <translation>Devolução</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Items to return</source>
        <translation>Itens a devolver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return everything</source>
        <translation>Devolver tudo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping refund</source>
        <translation>Reembolso do frete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 000123456</source>
        <translation>ex.: 000123456</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return invoice number</source>
        <translation>Número da nota de devolução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuance date and time</source>
        <translation>Data e hora de emissão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>44-digit NF-e access key</source>
        <translation>Chave de acesso da NF-e (44 dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key</source>
        <translation>Chave de acesso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open NF-e of return…</source>
        <translation>Abrir NF-e de devolução…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the return from its NF-e XML (finNFe 4); you can also drop the file</source>
        <translation>Preencher a devolução com o XML da NF-e (finNFe 4); você também pode soltar o arquivo aqui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send it anyway: I understand VTEX will refund nothing</source>
        <translation>Enviar mesmo assim: entendo que a VTEX não vai reembolsar nada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send return</source>
        <translation>Enviar devolução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Shipping refund:</source>
        <translation>Reembolso do &amp;frete:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice &amp;number:</source>
        <translation>&amp;Número da nota:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issued:</source>
        <translation>E&amp;mitida em:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;key:</source>
        <translation>C&amp;have de acesso:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Return for order {order} ({client})</source>
        <translation>Devolução do pedido {order} ({client})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at most {cap}</source>
        <translation>no máximo {cap}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Everything invoiced on this order was returned already: nothing is left.</source>
        <translation>Tudo o que foi faturado neste pedido já foi devolvido: não sobrou nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick at least one unit to return.</source>
        <translation>Escolha ao menos uma unidade para devolver.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More units than are left to return.</source>
        <translation>Mais unidades do que as que ainda podem ser devolvidas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than the {cap} left to refund (invoiced minus returned).</source>
        <translation>Mais que os {cap} que restam para reembolsar (faturado menos devolvido).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most {cap} of shipping.</source>
        <translation>No máximo {cap} de frete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number of the return invoice.</source>
        <translation>Digite o número da nota de devolução.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invoice of this order has that number: a return needs a new one.</source>
        <translation>Uma nota deste pedido já tem esse número: a devolução precisa de um número novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order on screen changed: open the return again from its order.</source>
        <translation>O pedido na tela mudou: abra a devolução de novo a partir do pedido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another return is being sent. Returns go one at a time: wait for it to finish.</source>
        <translation>Outra devolução está sendo enviada. As devoluções vão uma de cada vez: espere ela terminar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{value} (at most {cap})</source>
        <translation>{value} (no máximo {cap})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This return refunds nothing: tick &quot;Send it anyway&quot; to send it all the same.</source>
        <translation>Esta devolução não reembolsa nada: marque &quot;Enviar mesmo assim&quot; para enviá-la assim mesmo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sending return {invoice}…</source>
        <translation>Enviando a devolução {invoice}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return {invoice} received by VTEX</source>
        <translation>Devolução {invoice} recebida pela VTEX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending return {invoice} to order {order}</source>
        <translation>Enviando a devolução {invoice} ao pedido {order}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return {invoice}</source>
        <translation>Devolução {invoice}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-reading order {order} after sending</source>
        <translation>Relendo o pedido {order} depois do envio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return {invoice} of order {order}</source>
        <translation>Devolução {invoice} do pedido {order}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for VTEX to show the return and its refund on the order…</source>
        <translation>Esperando a VTEX mostrar a devolução e o reembolso no pedido…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VTEX shows return {invoice} on the order.</source>
        <translation>A VTEX mostra a devolução {invoice} no pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VTEX accepted the return but does not show it yet. Reload the order in a minute; do not send it again.</source>
        <translation>A VTEX aceitou a devolução, mas ainda não a mostra. Recarregue o pedido em um minuto; não envie de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not re-read the order; reload it to see the refund.</source>
        <translation>Não foi possível reler o pedido; recarregue-o para ver o reembolso.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Return {invoice} is on the order: nothing more to do.</source>
        <translation>A devolução {invoice} está no pedido: nada mais a fazer.</translation>
    </message>
</context>
<context>
    <name>ReturnsBar</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/returns/bar.py" line="+25"/>
        <source>Return…</source>
        <translation>Devolução…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a return (Input) invoice: pick the items, see the refund rules</source>
        <translation>Enviar uma nota de devolução (Input): escolha os itens e veja as regras de reembolso</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Mark for return</source>
        <translation>Marcar para devolução</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Keep this order in the Returns queue until its return is sent</source>
        <translation>Manter este pedido na fila Devoluções até a devolução ser enviada</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unmark for return</source>
        <translation>Desmarcar devolução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked for return: it stays in the Returns queue until its return is sent.</source>
        <translation>Marcado para devolução: fica na fila Devoluções até a devolução ser enviada.</translation>
    </message>
</context>
<context>
    <name>ReturnsDesk</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/returns/launcher.py" line="+94"/>
        <source>Load an order first.</source>
        <translation>Carregue um pedido primeiro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was invoiced on this order: there is nothing to return.</source>
        <translation>Nada foi faturado neste pedido: não há o que devolver.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A return is being sent. Returns go one at a time (VTEX can lose refunds sent together): wait for it to finish.</source>
        <translation>Uma devolução está sendo enviada. As devoluções vão uma de cada vez (a VTEX pode perder reembolsos enviados juntos): espere ela terminar.</translation>
    </message>
</context>
<context>
    <name>RowEditForm</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/tracking_import/edit_form.py" line="+27"/>
        <source>Edit row {line}</source>
        <translation>Editar linha {line}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The spreadsheet is not changed: the corrected row is checked again and sent from this window.</source>
        <translation>A planilha não é alterada: a linha corrigida é verificada de novo e enviada desta janela.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Order:</source>
        <translation>&amp;Pedido:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Invoice number:</source>
        <translation>Número da &amp;nota fiscal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tracking number:</source>
        <translation>Código de &amp;rastreio:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Carrier:</source>
        <translation>&amp;Transportadora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dispatch date:</source>
        <translation>Data de &amp;envio:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(the order&apos;s one sale invoice)</source>
        <translation>(a única nota fiscal de venda do pedido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>dd/mm/aaaa hh:mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save and chec&amp;k</source>
        <translation>Salvar e &amp;verificar</translation>
    </message>
</context>
<context>
    <name>RowEditing</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/tracking_import/editing.py" line="+64"/>
        <source>&amp;Edit row…</source>
        <translation>E&amp;ditar linha…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct a flagged or failed row, check it again, then send it</source>
        <translation>Corrigir uma linha apontada ou que falhou, verificá-la de novo e depois enviá-la</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Checking the edited row…</source>
        <translation>Verificando a linha editada…</translation>
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
        <translation>O último envio pode ter chegado à VTEX. Recarregue o pedido antes de enviar de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking whether the last send reached VTEX…</source>
        <translation>Verificando se o último envio chegou à VTEX…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not check whether the last send reached VTEX. Reload the order to check again.</source>
        <translation>Não foi possível verificar se o último envio chegou à VTEX. Recarregue o pedido para verificar de novo.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Invoice {invoice} is already on this order. Use a new number; to add tracking to it, use the Tracking number tab.</source>
        <translation>A nota fiscal {invoice} já está neste pedido. Use um número novo; para adicionar rastreio a ela, use a aba Código de rastreio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invoice {invoice} was sent to this order a moment ago (receipt {receipt}); VTEX may still be applying it. Reload the order instead of sending it again.</source>
        <translation>A nota fiscal {invoice} foi enviada a este pedido agora há pouco (recibo {receipt}); a VTEX pode ainda estar aplicando. Recarregue o pedido em vez de enviar de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {invoice} is being sent right now.</source>
        <translation>A nota fiscal {invoice} está sendo enviada agora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice {invoice} was already sent to this order on {when} and VTEX confirmed it (journal #{entry}), so it is not sent twice. VTEX may still be showing it: reload the order. To replace an invoice, send a return (Input) and a new invoice with another number.</source>
        <translation>A nota fiscal {invoice} já foi enviada a este pedido em {when} e a VTEX confirmou (registro nº {entry}), então ela não é enviada duas vezes. A VTEX pode ainda não estar mostrando: recarregue o pedido. Para substituir uma nota, envie uma devolução (Input) e uma nota nova com outro número.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invoice {invoice} was sent to this order on {when} (journal #{entry}), but VTEX&apos;s answer never arrived. The desk is re-reading the order to see whether it landed; if it did not, you can send it again.</source>
        <translation>A nota fiscal {invoice} foi enviada a este pedido em {when} (registro nº {entry}), mas a resposta da VTEX não chegou. O aplicativo está relendo o pedido para ver se ela chegou; se não tiver chegado, você pode enviar de novo.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{send} is on the order: the send did reach VTEX. Nothing more to do.</source>
        <translation>O pedido já mostra {send}: o envio chegou à VTEX. Nada mais a fazer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{send} is not on the order: VTEX did not apply it. You can send it again.</source>
        <translation>O pedido não mostra {send}: a VTEX não aplicou o envio. Você pode enviar de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not check whether {send} reached VTEX ({reason}). Reload the order to check again.</source>
        <translation>Não foi possível verificar se o pedido mostra {send} ({reason}). Recarregue o pedido para verificar de novo.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Checking the last send</source>
        <translation>Verificando o último envio</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/keyboard.py" line="+67"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>O que fazem</translation>
    </message>
</context>
<context>
    <name>StartupNotice</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/widgets/startup_notice.py" line="+26"/>
        <source>Start-up problems</source>
        <translation>Problemas ao iniciar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/widgets/timeline.py" line="+50"/>
        <source>Dispatched, tracking {number}</source>
        <translation>Despachado, rastreio {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({courier})</source>
        <translation> ({courier})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no description)</source>
        <translation>(sem descrição)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location line="+74"/>
        <source>Tracking timeline</source>
        <translation>Linha do tempo do rastreio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tracking events yet.</source>
        <translation>Ainda não há eventos de rastreio.</translation>
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
        <translation>Já está no pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send</source>
        <translation>Pronto para enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Nota fiscal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Código de rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>TrackingImportWindow</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/tracking_import/view.py" line="+55"/>
        <source>Import tracking</source>
        <extracomment>From the send queue&apos;s threads: (row index, SendResult); delivered in the GUI thread. From the dry run&apos;s worker: (rows checked, rows).</extracomment>
        <translation>Importar rastreios</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Spreadsheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV or Excel (.xlsx) file of tracking numbers</source>
        <translation>Um arquivo CSV ou Excel (.xlsx) com códigos de rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>Escol&amp;her arquivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;arriers…</source>
        <translation>&amp;Transportadoras…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chec&amp;k (dry run)</source>
        <translation>&amp;Verificar (simulação)</translation>
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
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;report…</source>
        <translation>Salvar &amp;relatório…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the tracking spreadsheet</source>
        <translation>Escolha a planilha de rastreios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Planilhas (*.csv *.xlsx *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the file…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>VTEX Admin order export, {rows} rows under the header on line {line}: {headers}</source>
        <translation>Exportação de pedidos do Admin VTEX, {rows} linhas abaixo do cabeçalho na linha {line}: {headers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rows} rows under the header on line {line}: {headers}</source>
        <translation>{rows} linhas abaixo do cabeçalho na linha {line}: {headers}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Checking {rows} rows against the store&apos;s orders…</source>
        <translation>Verificando {rows} linhas com os pedidos da loja…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Send tracking numbers</source>
        <translation>Enviar códigos de rastreio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the tracking of {count} rows to store {store}? The other rows are not sent.</source>
        <translation>Enviar o rastreio de {count} linhas para a loja {store}? As outras linhas não são enviadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send {count}</source>
        <translation>Enviar {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not send</source>
        <translation>Não enviar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>import</source>
        <translation>importação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending {count} rows…</source>
        <translation>Enviando {count} linhas…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopping after the rows being sent…</source>
        <translation>Parando depois das linhas que estão sendo enviadas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report could not be written to {path}: {reason}</source>
        <translation>Não foi possível gravar o relatório em {path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved to {path}</source>
        <translation>Relatório salvo em {path}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{rows} rows: {counts}</source>
        <translation>{rows} linhas: {counts}</translation>
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
        <translation>Data de despacho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking number</source>
        <translation>Código de rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking URL</source>
        <translation>URL de rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Invoice:</source>
        <translation>&amp;Nota fiscal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking &amp;number:</source>
        <translation>Códi&amp;go de rastreio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking &amp;URL:</source>
        <translation>URL &amp;de rastreio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Carrier:</source>
        <translation>Tran&amp;sportadora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dispatched:</source>
        <translation>Despachado e&amp;m:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Send tracking number</source>
        <translation>Enviar código de rastreio</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Load an order first.</source>
        <translation>Carregue um pedido primeiro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This order has no invoice yet: send the invoice first (Invoice tab).</source>
        <translation>Este pedido ainda não tem nota fiscal: envie a nota primeiro (aba Nota fiscal).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sending tracking number for invoice {invoice}…</source>
        <translation>Enviando o código de rastreio da nota {invoice}…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The tracking number of invoice {invoice}</source>
        <translation>o código de rastreio da nota {invoice}</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+67"/>
        <source>Tracking number of invoice {invoice} received by VTEX</source>
        <translation>Código de rastreio da nota {invoice} recebido pela VTEX</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tracking number is on the order.</source>
        <translation>O código de rastreio está no pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VTEX does not show the new tracking number yet; reload the order in a minute.</source>
        <translation>A VTEX ainda não mostra o novo código de rastreio; recarregue o pedido em um minuto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-reading order {order} after sending</source>
        <translation>Relendo o pedido {order} depois do envio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the tracking number of invoice {invoice} (order {order})</source>
        <translation>Enviando o código de rastreio da nota {invoice} (pedido {order})</translation>
    </message>
</context>
<context>
    <name>VtexStatus</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/text/status_names.py" line="+16"/>
        <source>Order created</source>
        <translation>Pedido criado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order accepted</source>
        <translation>Pedido aceito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment pending</source>
        <translation>Pagamento pendente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment approved</source>
        <translation>Pagamento aprovado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Waiting for seller confirmation</source>
        <translation>Aguardando confirmação do seller</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Waiting for fulfillment authorization</source>
        <translation>Aguardando autorização para despachar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for marketplace authorization</source>
        <translation>Aguardando autorização do marketplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation window</source>
        <translation>Carência para cancelamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for handling</source>
        <translation>Pronto para o manuseio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting handling</source>
        <translation>Iniciando manuseio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling shipping</source>
        <translation>Preparando entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for invoicing</source>
        <translation>Pronto para faturamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying invoice</source>
        <translation>Verificando fatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoiced</source>
        <translation>Faturado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancellation requested</source>
        <translation>Cancelamento solicitado</translation>
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
        <translation>A rede diz: {message}</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+4"/>
        <source>The desk found: {message}</source>
        <translation>O desk encontrou: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VTEX says: {message}</source>
        <translation>A VTEX diz: {message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invoice value ({value}) is higher than the amount still to be invoiced ({remaining}).</source>
        <translation>O valor da nota ({value}) é maior que o valor ainda a faturar ({remaining}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A return cannot refund more than {amount}.</source>
        <translation>Uma devolução não pode reembolsar mais de {amount}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item {sku} cannot be invoiced: {sent} units sent, {left} left to invoice.</source>
        <translation>O item {sku} não pode ser faturado: {sent} unidades enviadas, {left} restantes a faturar.</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/worklist/model.py" line="+21"/>
        <source>Invoice</source>
        <translation>Nota fiscal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest of the invoice</source>
        <translation>Restante da nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Código de rastreio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to review</source>
        <translation>Devolução a conferir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to send</source>
        <translation>Devolução a enviar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marketplace order</source>
        <translation>Pedido no marketplace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Falta faturar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Fila de trabalho</translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/worklist/panel.py" line="+101"/>
        <source>Queue</source>
        <extracomment>The columns on the left, in this order: which order, whose, how much, what it lacks. The others (marketplace order, date, remaining, status) follow; the table scrolls sideways to them when the dock is narrow (at 1366 px the queue is ~330 px wide and showed the order and marketplace ids). The client column&apos;s least width: names are elided, the value beside it stays in view.</extracomment>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days back</source>
        <translation>Dias para trás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the queue again (F5)</source>
        <translation>Ler a fila de novo (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search: order, marketplace order, client or document</source>
        <translation>Buscar: pedido, pedido no marketplace, cliente ou documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the queue</source>
        <translation>Buscar na fila</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste a VTEX Admin orders address for a custom queue</source>
        <translation>Cole um endereço de pedidos do Admin VTEX para uma fila própria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VTEX Admin orders address</source>
        <translation>Endereço de pedidos do Admin VTEX</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return…</source>
        <translation>Devolução…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the return wizard for the selected order</source>
        <translation>Abrir o assistente de devolução do pedido selecionado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orders in the queue</source>
        <translation>Pedidos na fila</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>To invoice</source>
        <translation>A faturar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting tracking</source>
        <translation>Aguardando rastreio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In transit</source>
        <translation>Em trânsito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Devoluções</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the VTEX Admin</source>
        <translation>Do Admin VTEX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No store: open Accounts to add one</source>
        <translation>Sem loja: abra Contas para adicionar uma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the queue from VTEX…</source>
        <translation>Lendo a fila na VTEX…</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Reading the queue from VTEX… %n order(s) so far</source>
        <translation>
            <numerusform>Lendo a fila na VTEX… %n pedido até agora</numerusform>
            <numerusform>Lendo a fila na VTEX… %n pedidos até agora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n order(s) in this queue</source>
        <translation>
            <numerusform>%n pedido na fila</numerusform>
            <numerusform>%n pedidos na fila</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The queue could not be read.</source>
        <translation>Não foi possível ler a fila.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the queue</source>
        <translation>Lendo a fila</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pick an order in the queue first.</source>
        <translation>Escolha um pedido na fila primeiro.</translation>
    </message>
</context>
<context>
    <name>XmlDialog</name>
    <message>
        <location filename="../../vtex_invoice_gui/ui/widgets/xml_field.py" line="+55"/>
        <source>NF-e XML</source>
        <extracomment>SEFAZ status codes meaning the NF-e may be used (authorized; authorized late).</extracomment>
        <translation>XML da NF-e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NF-e XML text</source>
        <translation>Texto do XML da NF-e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the NF-e XML here.</source>
        <translation>Cole o XML da NF-e aqui.</translation>
    </message>
</context>
<context>
    <name>XmlField</name>
    <message>
        <location line="+32"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the invoice without the NF-e XML</source>
        <translation>Enviar a nota fiscal sem o XML da NF-e</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No XML yet: open or drop the NF-e file, or paste it.</source>
        <translation>Ainda sem XML: abra ou solte o arquivo da NF-e, ou cole o XML.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XML · {size} KiB (no NF-e number found)</source>
        <translation>XML · {size} KiB (número da NF-e não encontrado)</translation>
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
        <translation>status SEFAZ {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no authorization protocol</source>
        <translation>sem protocolo de autorização</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>View XML…</source>
        <translation>Ver XML…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste XML…</source>
        <translation>Colar XML…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See or correct the whole XML</source>
        <translation>Ver ou corrigir o XML completo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste an NF-e XML by hand</source>
        <translation>Colar um XML de NF-e manualmente</translation>
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
        <translation>Enviar de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open order</source>
        <translation>Abrir pedido</translation>
    </message>
</context>
</TS>
