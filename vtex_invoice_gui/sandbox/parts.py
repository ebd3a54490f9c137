"""Pieces of a Get Order answer: items, addresses, logistics, client profile."""

from __future__ import annotations

import hashlib
from typing import Any

from .dates import plus, vtex_iso
from .model import Address, Customer, Line, OrderSpec


def hex_id(*parts: object, upper: bool = False) -> str:
    """A deterministic 32-hex id derived from ``parts`` (no randomness in seed data)."""
    digest = hashlib.md5(":".join(map(str, parts)).encode(), usedforsecurity=False).hexdigest()
    return digest.upper() if upper else digest


def line_prices(line: Line) -> dict[str, Any]:
    """Unit and total prices of a line, VTEX style (see module docstring)."""
    price, qty = line.sku.price, line.quantity
    base, extra = divmod(line.discount, qty)
    selling = []
    if extra:
        selling.append({"value": price - base - 1, "quantity": extra})
    if qty - extra:
        selling.append({"value": price - base, "quantity": qty - extra})
    total = price * qty - line.discount
    unit = (2 * total + qty) // (2 * qty)  # half-up; may differ from total / qty
    return {"unit": unit, "total": total, "sellingPrices": selling}


def build_item(order_id: str, index: int, line: Line) -> dict[str, Any]:
    """One ``items[]`` entry."""
    sku, prices = line.sku, line_prices(line)
    tags = []
    if line.discount:
        tags.append(
            {
                "name": line.promo,
                "value": -line.discount,
                "isPercentual": False,
                "identifier": hex_id(order_id, index, "tag"),
                "rawValue": -line.discount / 100,
            }
        )
    return {
        "uniqueId": hex_id(order_id, index, upper=True),
        "id": sku.id,
        "productId": sku.product_id,
        "ean": sku.ean,
        "lockId": f"00-{order_id}",
        "itemAttachment": {"content": {}, "name": None},
        "attachments": [],
        "quantity": line.quantity,
        "seller": "1",
        "name": sku.name,
        "refId": sku.ref_id,
        "price": sku.price,
        "listPrice": sku.list_price,
        "manualPrice": None,
        "priceTags": tags,
        "imageUrl": f"https://sandbox.vteximg.com.br/arquivos/ids/{sku.id}-55-55/{sku.image}",
        "detailUrl": f"/{sku.image.rsplit('.', 1)[0]}/p",
        "components": [],
        "bundleItems": [],
        "params": [],
        "offerings": [],
        "attachmentOfferings": [],
        "sellerSku": sku.id,
        "costPrice": sku.price * 55 // 100,
        "priceValidUntil": None,
        "commission": 0,
        "tax": 0,
        "preSaleDate": None,
        "additionalInfo": {
            "brandName": sku.brand,
            "brandId": hex_id(sku.brand)[:7],
            "categoriesIds": f"/{sku.category}/",
            "categories": [{"id": int(hex_id(sku.category)[:6], 16), "name": sku.category}],
            "productClusterId": "",
            "commercialConditionId": "1",
            "dimension": {"cubicweight": 1.0, "height": 10, "length": 20, "weight": sku.weight_g, "width": 15},
            "offeringInfo": None,
            "offeringType": None,
            "offeringTypeId": None,
        },
        "measurementUnit": sku.measurement_unit,
        "unitMultiplier": 1.0,
        "sellingPrice": prices["unit"],
        "isGift": line.gift,
        "shippingPrice": None,
        "rewardValue": 0,
        "freightCommission": 0,
        "priceDefinition": {
            "sellingPrices": prices["sellingPrices"],
            "calculatedSellingPrice": prices["unit"],
            "total": prices["total"],
            "reason": None,
        },
        "taxCode": None,
        "parentItemIndex": None,
        "parentAssemblyBinding": None,
        "callCenterOperator": None,
        "serialNumbers": None,
        "assemblies": [],
    }


def build_address(address: Address, receiver: str, kind: str, address_id: str) -> dict[str, Any]:
    """A shipping/invoice address block."""
    return {
        "addressType": kind,
        "receiverName": receiver,
        "addressId": address_id,
        "versionId": None,
        "entityId": None,
        "postalCode": address.postal_code,
        "city": address.city,
        "state": address.state,
        "country": "BRA",
        "street": address.street,
        "number": address.number,
        "neighborhood": address.neighborhood,
        "complement": address.complement,
        "reference": address.reference,
        "geoCoordinates": [address.lon, address.lat],
    }


def _split(total: int, parts: int) -> list[int]:
    """Split cents over ``parts`` entries; the first one takes the remainder."""
    each, rest = divmod(total, parts)
    return [each + rest] + [each] * (parts - 1)


def build_logistics(spec: OrderSpec, address_id: str) -> list[dict[str, Any]]:
    """``shippingData.logisticsInfo[]``: one entry per item."""
    n = len(spec.lines)
    prices = _split(spec.freight, n)
    lists = _split(spec.freight if spec.freight_list is None else spec.freight_list, n)
    estimate = vtex_iso(plus(spec.created, days=spec.estimate_days + 1))
    out = []
    for index, line in enumerate(spec.lines):
        pickup = spec.pickup
        channel = "pickup-in-point" if pickup else "delivery"
        store_info: dict[str, Any] = {
            "additionalInfo": None, "address": None, "dockId": None,
            "friendlyName": None, "isPickupStore": False,
        }
        if pickup:
            store_info = {
                "additionalInfo": pickup.info,
                "address": build_address(pickup.address, pickup.name, "pickup", pickup.id),
                "dockId": "1",
                "friendlyName": pickup.name,
                "isPickupStore": True,
            }
        sla = {
            "id": spec.sla, "name": spec.sla, "shippingEstimate": f"{spec.estimate_days}bd",
            "deliveryWindow": None, "price": prices[index], "deliveryChannel": channel,
            "pickupStoreInfo": store_info, "polygonName": None, "lockTTL": "10d",
            "transitTime": f"{spec.estimate_days}bd", "pickupDistance": 0.0,
        }
        if pickup:
            sla["pickupPointId"] = f"1_{pickup.id}"
        out.append(
            {
                "itemIndex": index,
                "selectedSla": spec.sla,
                "lockTTL": "10d",
                "price": prices[index],
                "listPrice": lists[index],
                "sellingPrice": prices[index],
                "deliveryWindow": None,
                "deliveryCompany": spec.carrier,
                "shippingEstimate": f"{spec.estimate_days}bd",
                "shippingEstimateDate": estimate,
                "slas": [sla],
                "shipsTo": ["BRA"],
                "deliveryIds": [
                    {
                        "courierId": hex_id(spec.carrier)[:5],
                        "courierName": spec.carrier,
                        "dockId": "1",
                        "quantity": line.quantity,
                        "warehouseId": "cd-cajamar",
                        "accountCarrierName": "sandbox",
                        "kitItemDetails": [],
                    }
                ],
                "deliveryChannels": [{"id": channel, "stockBalance": 0}],
                "selectedDeliveryChannel": channel,
                "deliveryChannel": channel,
                "pickupStoreInfo": store_info,
                "addressId": address_id,
                "versionId": None,
                "entityId": None,
                "polygonName": None,
                "pickupPointId": f"1_{pickup.id}" if pickup else None,
                "transitTime": f"{spec.estimate_days}bd",
            }
        )
    return out


def build_client(customer: Customer) -> dict[str, Any]:
    """``clientProfileData``; corporate fields are filled for B2B customers."""
    company = customer.company
    return {
        "id": "clientProfileData",
        "email": customer.email,
        "firstName": customer.first_name,
        "lastName": customer.last_name,
        "documentType": "cpf",
        "document": customer.cpf,
        "phone": customer.phone,
        "corporateName": company.name if company else None,
        "tradeName": company.trade_name if company else None,
        "corporateDocument": company.cnpj if company else None,
        "stateInscription": company.state_inscription if company else None,
        "corporatePhone": company.phone if company else None,
        "isCorporate": company is not None,
        "userProfileId": hex_id(customer.email)[:8] + "-" + hex_id(customer.email)[8:12],
        "userProfileVersion": None,
        "customerClass": None,
        "customerCode": None,
    }
