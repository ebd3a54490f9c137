"""The words of the NF-e reader: files refused, access-key problems, key-vs-XML checks, and the NF-e words put inside them.

Merged into :data:`vtex_invoice_gui.wording.TEMPLATES`; translated in the ``CoreText`` context.
"""

from __future__ import annotations

from .mark import QT_TRANSLATE_NOOP

NFE_TEMPLATES: dict[str, str] = {
    "nfe.not_bytes": QT_TRANSLATE_NOOP("CoreText", "The NF-e must be given as the raw bytes of the file (got {kind})."),
    "nfe.empty": QT_TRANSLATE_NOOP("CoreText", "The file is empty; it is not an NF-e XML."),
    "nfe.too_large": QT_TRANSLATE_NOOP(
        "CoreText", "The file is {size_mb} MB; an NF-e XML is at most {limit_mb} MB, so this is probably not "
        "an NF-e. It was not read."
    ),
    "nfe.too_many_elements": QT_TRANSLATE_NOOP(
        "CoreText", "The file holds {count} XML elements, but an NF-e has at most {limit}: this is not an "
        "NF-e, and it was not read. Choose the NF-e XML file of the order."
    ),
    "nfe.too_many_attributes": QT_TRANSLATE_NOOP(
        "CoreText", "The file holds {count} XML attributes, but an NF-e has at most {limit}: this is not an "
        "NF-e, and it was not read. Choose the NF-e XML file of the order."
    ),
    "nfe.too_many_namespaces": QT_TRANSLATE_NOOP(
        "CoreText", "The file declares {count} XML namespaces, but an NF-e declares at most {limit}: this is "
        "not an NF-e, and it was not read. Choose the NF-e XML file of the order."
    ),
    "nfe.not_a_file": QT_TRANSLATE_NOOP(
        "CoreText", "This is not a regular file (it is a folder, a device or a pipe); choose the NF-e XML file "
        "itself."
    ),
    "nfe.pdf": QT_TRANSLATE_NOOP(
        "CoreText", "This file is a PDF (probably the DANFE printout), not the NF-e XML. Ask for the XML "
        "file of the NF-e."
    ),
    "nfe.zip": QT_TRANSLATE_NOOP("CoreText", "This file is a ZIP archive. Extract the NF-e XML from it first."),
    "nfe.dtd": QT_TRANSLATE_NOOP(
        "CoreText", "The file contains a DTD/entity declaration, which is not allowed in an NF-e; it was not "
        "read."
    ),
    "nfe.malformed": QT_TRANSLATE_NOOP(
        "CoreText", "The file is truncated or not well-formed XML (line {line}, column {column}): {reason}."
    ),
    "nfe.unknown_encoding": QT_TRANSLATE_NOOP(
        "CoreText", "The file declares the text encoding '{encoding}', which is unknown; it was not read."
    ),
    "nfe.bad_encoding": QT_TRANSLATE_NOOP(
        "CoreText", "The file says its text encoding is {encoding}, but its bytes are not {encoding}."
    ),
    "nfe.not_nfe_root": QT_TRANSLATE_NOOP(
        "CoreText", "This file is not an NF-e XML: its main element is <{root}>, expected <nfeProc> or <NFe>."
    ),
    "nfe.not_nfe_namespace": QT_TRANSLATE_NOOP(
        "CoreText", "This file is not an NF-e XML: it uses the XML namespace '{namespace}' instead of the "
        "NF-e namespace."
    ),
    "nfe.event": QT_TRANSLATE_NOOP(
        "CoreText", "This file is an NF-e event (for example a cancellation or a correction letter), not the "
        "NF-e itself. Ask for the XML of the NF-e."
    ),
    "nfe.other_document": QT_TRANSLATE_NOOP("CoreText", "This file is not an NF-e XML: it is {what}."),
    "nfe.missing": QT_TRANSLATE_NOOP("CoreText", "The NF-e is incomplete: {what} ({path}) is missing."),
    "nfe.missing_field": QT_TRANSLATE_NOOP("CoreText", "The NF-e is incomplete: the {field} ({path}) is missing."),
    "nfe.invalid": QT_TRANSLATE_NOOP("CoreText", "The NF-e has an invalid {what} ({path}): '{value}'."),
    "nfe.item_missing": QT_TRANSLATE_NOOP("CoreText", "The NF-e is incomplete: item {item} has no {what} ({path})."),
    "nfe.item_invalid": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e has an invalid {what} in item {item} ({path}): '{value}'."
    ),
    "nfe.item_no_product": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e is incomplete: the product of item {item} (det/prod) is missing."
    ),
    "nfe.no_key": QT_TRANSLATE_NOOP(
        "CoreText", "The NF-e has no access key: neither infNFe/@Id nor protNFe/infProt/chNFe is present."
    ),
    "nfe.protocol_key_mismatch": QT_TRANSLATE_NOOP(
        "CoreText", "The authorization protocol in this file is for access key {protocol_key}, but the NF-e "
        "in it has access key {document_key}. The file was put together wrongly; ask for the "
        "authorized XML (nfeProc) of this NF-e again."
    ),
    "nfe.internal": QT_TRANSLATE_NOOP(
        "CoreText", "The file could not be read as an NF-e because of an unexpected problem ({kind})."
    ),
    "nfe_key.empty": QT_TRANSLATE_NOOP("CoreText", "The access key is empty."),
    "nfe_key.length": QT_TRANSLATE_NOOP("CoreText", "The access key has {length} characters but must have exactly 44."),
    "nfe_key.length_hint": QT_TRANSLATE_NOOP(
        "CoreText", "The access key has {length} characters but must have exactly 44. Remove the spaces, "
        "dots or the 'NFe' prefix around it."
    ),
    "nfe_key.character_digit": QT_TRANSLATE_NOOP(
        "CoreText", "Position {position} ({part}) holds '{char}', but only digits are allowed there."
    ),
    "nfe_key.character_cnpj": QT_TRANSLATE_NOOP(
        "CoreText", "Position {position} ({part}) holds '{char}', but only digits and capital letters are "
        "allowed there."
    ),
    "nfe_key.more_characters": QT_TRANSLATE_NOOP("CoreText", "{count} more characters are not allowed where they are."),
    "nfe_key.state": QT_TRANSLATE_NOOP(
        "CoreText", "The state code (cUF, positions 1-2) is {value}, which is not a Brazilian state code (SP "
        "is 35, RJ 33, MG 31)."
    ),
    "nfe_key.month": QT_TRANSLATE_NOOP(
        "CoreText", "The month in the key (positions 5-6) is {value}; it must be 01 to 12."
    ),
    "nfe_key.cnpj": QT_TRANSLATE_NOOP(
        "CoreText", "The emitter CNPJ in the key (positions 7-20) is {value}, which is not a valid CNPJ or "
        "CPF: its check digits are wrong."
    ),
    "nfe_key.model": QT_TRANSLATE_NOOP(
        "CoreText", "The model in the key (positions 21-22) is {value}; an NF-e is model 55 and an NFC-e "
        "model 65."
    ),
    "nfe_key.number_zero": QT_TRANSLATE_NOOP(
        "CoreText", "The invoice number in the key (positions 26-34) is 000000000; NF-e numbers start at 1."
    ),
    "nfe_key.emission_type": QT_TRANSLATE_NOOP(
        "CoreText", "The emission type in the key (position 35) is 0; it must be 1 to 9."
    ),
    "nfe_key.check_digit": QT_TRANSLATE_NOOP(
        "CoreText", "The check digit is {given} but should be {expected}: the key was probably mistyped."
    ),
    "nfe_cross.number": QT_TRANSLATE_NOOP(
        "CoreText", "The key says invoice number {key} but the XML says {xml} (ide/nNF)."
    ),
    "nfe_cross.series": QT_TRANSLATE_NOOP("CoreText", "The key says series {key} but the XML says {xml} (ide/serie)."),
    "nfe_cross.model": QT_TRANSLATE_NOOP("CoreText", "The key says model {key} but the XML says {xml} (ide/mod)."),
    "nfe_cross.state": QT_TRANSLATE_NOOP("CoreText", "The key says state code {key} but the XML says {xml} (ide/cUF)."),
    "nfe_cross.emitter": QT_TRANSLATE_NOOP(
        "CoreText", "The key holds emitter {key} but the XML emitter is {xml} ({where})."
    ),
    "nfe_cross.year_month": QT_TRANSLATE_NOOP(
        "CoreText", "The key says the NF-e was issued in {key_month}/20{key_year} but the XML issue date is "
        "{xml_date}."
    ),
    "nfe_cross.emission_type": QT_TRANSLATE_NOOP(
        "CoreText", "The key says emission type {key} but the XML says {xml} (ide/tpEmis)."
    ),
}

NFE_PHRASES: dict[str, str] = {
    "product code": QT_TRANSLATE_NOOP("CoreText", "product code"),
    "description": QT_TRANSLATE_NOOP("CoreText", "description"),
    "quantity": QT_TRANSLATE_NOOP("CoreText", "quantity"),
    "unit price": QT_TRANSLATE_NOOP("CoreText", "unit price"),
    "item total": QT_TRANSLATE_NOOP("CoreText", "item total"),
    "discount": QT_TRANSLATE_NOOP("CoreText", "discount"),
    "issue date-time": QT_TRANSLATE_NOOP("CoreText", "issue date-time"),
    "issue date": QT_TRANSLATE_NOOP("CoreText", "issue date"),
    "operation type": QT_TRANSLATE_NOOP("CoreText", "operation type"),
    "purpose": QT_TRANSLATE_NOOP("CoreText", "purpose"),
    "environment": QT_TRANSLATE_NOOP("CoreText", "environment"),
    "SEFAZ status": QT_TRANSLATE_NOOP("CoreText", "SEFAZ status"),
    "authorization time": QT_TRANSLATE_NOOP("CoreText", "authorization time"),
    "invoice number": QT_TRANSLATE_NOOP("CoreText", "invoice number"),
    "series": QT_TRANSLATE_NOOP("CoreText", "series"),
    "model": QT_TRANSLATE_NOOP("CoreText", "model"),
    "total": QT_TRANSLATE_NOOP("CoreText", "total"),
    "state code": QT_TRANSLATE_NOOP("CoreText", "state code"),
    "emission type": QT_TRANSLATE_NOOP("CoreText", "emission type"),
    "the NF-e itself": QT_TRANSLATE_NOOP("CoreText", "the NF-e itself"),
    "the NF-e data": QT_TRANSLATE_NOOP("CoreText", "the NF-e data"),
    "the identification block": QT_TRANSLATE_NOOP("CoreText", "the identification block"),
    "the issue date": QT_TRANSLATE_NOOP("CoreText", "the issue date"),
    "the emitter CNPJ or CPF": QT_TRANSLATE_NOOP("CoreText", "the emitter CNPJ or CPF"),
    "state code (cUF)": QT_TRANSLATE_NOOP("CoreText", "state code (cUF)"),
    "year and month (AAMM)": QT_TRANSLATE_NOOP("CoreText", "year and month (AAMM)"),
    "emitter CNPJ": QT_TRANSLATE_NOOP("CoreText", "emitter CNPJ"),
    "emission type (tpEmis)": QT_TRANSLATE_NOOP("CoreText", "emission type (tpEmis)"),
    "random code (cNF)": QT_TRANSLATE_NOOP("CoreText", "random code (cNF)"),
    "check digit": QT_TRANSLATE_NOOP("CoreText", "check digit"),
    "a CT-e (transport document)": QT_TRANSLATE_NOOP("CoreText", "a CT-e (transport document)"),
    "a CT-e OS (transport document)": QT_TRANSLATE_NOOP("CoreText", "a CT-e OS (transport document)"),
    "an MDF-e (cargo manifest)": QT_TRANSLATE_NOOP("CoreText", "an MDF-e (cargo manifest)"),
    "a CF-e SAT receipt": QT_TRANSLATE_NOOP("CoreText", "a CF-e SAT receipt"),
    "an NFS-e (service invoice)": QT_TRANSLATE_NOOP("CoreText", "an NFS-e (service invoice)"),
}
