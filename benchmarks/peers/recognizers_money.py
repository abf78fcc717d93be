"""Peer baseline: Microsoft Recognizers-Text's French currency model.

Speaks the scorer's protocol (shared/corpus/score.py): reads JSON lines
``{"id", "text", "reference_date"}`` on stdin, writes one JSON line
``{"id", "money": [{"text", "amount", "currency"}]}`` per input.

Recognizers-Text pins old dependencies (``emoji<1.0``), so run it from its own
virtual environment, never the project's::

    python3 -m venv /tmp/rt
    /tmp/rt/bin/pip install recognizers-text-suite 'emoji<1.0'
    /tmp/rt/bin/python benchmarks/peers/recognizers_money.py < docs.jsonl

The French model resolves a unit *name* and, for a few currencies only, an
``isoCurrency``; the names are mapped to ISO 4217 below the way a user would,
for the common currencies of press releases.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from recognizers_number_with_unit import NumberWithUnitRecognizer
from recognizers_text import Culture

UNIT_TO_ISO = {
    "Dollar": "USD",
    "Dollar États-Unis": "USD",
    "Dollar Canadien": "CAD",
    "Dollar Australien": "AUD",
    "Dollar néo-zélandais": "NZD",
    "Dollar de Hong Kong": "HKD",
    "Dollar de Singapour": "SGD",
    "Dollar libérien": "LRD",
    "Dollar namibien": "NAD",
    "Dollar jamaïcain": "JMD",
    "Dollar des Caraïbes orientales": "XCD",
    "Nouveau dollar de Taïwan": "TWD",
    "Euro": "EUR",
    "Franc Suisse": "CHF",
    "Franc CFA de l'Afrique de l'Ouest": "XOF",
    "Franc CFA d'Afrique centrale": "XAF",
    "Franc CFP": "XPF",
    "Franc guinéen": "GNF",
    "Franc congolais": "CDF",
    "Franc rwandais": "RWF",
    "Franc burundais": "BIF",
    "Franc comorien": "KMF",
    "Franc djiboutienne": "DJF",
    "Livre britannique": "GBP",
    "Livre égyptienne": "EGP",
    "Livre libanaise": "LBP",
    "Livre soudanaise": "SDG",
    "Livre sud-soudanaise": "SSP",
    "Livre syrienne": "SYP",
    "Livre turque": "TRY",
    "Yen Japonais": "JPY",
    "Yuan Chinois": "CNY",
    "Roupie indienne": "INR",
    "Roupie pakistanaise": "PKR",
    "Roupie népalaise": "NPR",
    "Roupie srilankaise": "LKR",
    "Roupie mauricienne": "MUR",
    "Roupie seychelloise": "SCR",
    "Naira nigérians": "NGN",
    "Rand sud-africain": "ZAR",
    "Dirham marocain": "MAD",
    "Dirham des Émirats arabes unis": "AED",
    "Dinar algérien": "DZD",
    "Dinar tunisien": "TND",
    "Dinar koweïtien": "KWD",
    "Dinar jordanien": "JOD",
    "Dinar libyen": "LYD",
    "Dinar iraquien": "IQD",
    "Dinar serbe": "RSD",
    "Rouble russe": "RUB",
    "Shilling kényan": "KES",
    "Shilling ougandais": "UGX",
    "Shilling tanzanien": "TZS",
    "Cedi": "GHS",
    "Birr éthiopien": "ETB",
    "Złoty polonais": "PLN",
    "Couronne tchèque": "CZK",
    "Forint hongrois": "HUF",
    "Leu roumain": "RON",
    "Réal brésilien": "BRL",
    "Peso argentin": "ARS",
    "Peso chilien": "CLP",
    "Peso colombien": "COP",
    "Peso philippin": "PHP",
}


def convert(result: Any) -> dict[str, Any] | None:
    resolution = result.resolution or {}
    value = resolution.get("value")
    if value is None:  # a currency name without an amount ("en EUR")
        return None
    unit = resolution.get("unit")
    iso = resolution.get("isoCurrency") or UNIT_TO_ISO.get(unit)
    return {"text": result.text, "amount": float(value), "currency": iso}


def main() -> None:
    model = NumberWithUnitRecognizer(Culture.French).get_currency_model()
    for line in sys.stdin:
        if not line.strip():
            continue
        doc = json.loads(line)
        money = [m for m in (convert(r) for r in model.parse(doc["text"])) if m is not None]
        print(json.dumps({"id": doc["id"], "money": money}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
