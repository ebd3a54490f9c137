"""Deterministic seed material: SKUs, shoppers, addresses, valid CPF/CNPJ/NF-e keys."""

from __future__ import annotations

from .model import Address, Company, Customer, PickupPoint, Sku


def _mod11_digit(digits: str, weights: list[int]) -> int:
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=True))
    rest = total % 11
    return 0 if rest < 2 else 11 - rest


def cpf(base9: str) -> str:
    """A valid CPF (11 digits) from its first nine digits."""
    first = _mod11_digit(base9, list(range(10, 1, -1)))
    second = _mod11_digit(base9 + str(first), list(range(11, 1, -1)))
    return f"{base9}{first}{second}"


def cnpj(base12: str) -> str:
    """A valid CNPJ (14 digits) from its first twelve digits."""
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    first = _mod11_digit(base12, w1)
    second = _mod11_digit(base12 + str(first), [6, *w1])
    return f"{base12}{first}{second}"


STORE_CNPJ = cnpj("123456780001")


def nfe_key(number: int, yymm: str = "2611", series: int = 1) -> str:
    """A 44-digit NF-e access key with a correct mod-11 check digit (SP, model 55)."""
    body = f"35{yymm}{STORE_CNPJ}55{series:03d}{number:09d}1{number * 7919 % 10**8:08d}"
    weights = [2, 3, 4, 5, 6, 7, 8, 9]
    total = sum(int(d) * weights[i % 8] for i, d in enumerate(reversed(body)))
    rest = total % 11
    return body + str(0 if rest < 2 else 11 - rest)


def _sku(sku_id: str, name: str, price: int, list_price: int, brand: str, category: str,
         ean: str | None, image: str, weight: int = 500, unit: str = "un") -> Sku:
    return Sku(
        id=sku_id, product_id=str(int(sku_id) // 10 * 10 + 7), ref_id=f"REF-{sku_id}", ean=ean,
        name=name, price=price, list_price=list_price, brand=brand, category=category,
        image=image, weight_g=weight, measurement_unit=unit,
    )


SKUS = {
    s.id: s
    for s in [
        _sku("2001", "Camiseta Algodão Básica Branca M", 7990, 9990, "Malha Brasil", "1/11",
             "7891234500011", "camiseta-branca.jpg", 180),
        _sku("2002", "Camiseta Algodão Básica Preta G", 7990, 9990, "Malha Brasil", "1/11",
             "7891234500028", "camiseta-preta.jpg", 190),
        _sku("2010", "Calça Jeans Slim Azul 42", 18990, 22990, "Denim Co", "1/12",
             "7891234500103", "calca-jeans.jpg", 650),
        _sku("2020", "Tênis de Corrida Leve 40", 34990, 39990, "Passo Firme", "1/13",
             "7891234500202", "tenis-corrida.jpg", 800),
        _sku("3001", "Fone de Ouvido Bluetooth", 19990, 24990, "Som Livre", "2/21",
             "7891234501001", "fone-bluetooth.jpg", 250),
        _sku("3002", "Carregador USB-C 20W", 8990, 8990, "Volt", "2/22", "7891234501018",
             "carregador-usbc.jpg", 120),
        _sku("3003", "Cabo USB-C 1 m", 2990, 2990, "Volt", "2/22", "7891234501025", "cabo-usbc.jpg", 60),
        _sku("3010", 'Notebook 14" 8 GB 256 GB SSD', 389990, 429990, "Teclar", "2/23",
             "7891234501100", "notebook-14.jpg", 1600),
        _sku("3011", "Mouse sem Fio", 6990, 7990, "Teclar", "2/23", "7891234501117", "mouse.jpg", 90),
        _sku("4001", "Cafeteira Elétrica 30 Xícaras", 15990, 17990, "Casa Boa", "3/31",
             "7891234502008", "cafeteira.jpg", 1800),
        _sku("4002", "Jogo de Panelas Antiaderente 5 Peças", 29990, 39990, "Casa Boa", "3/31",
             "7891234502015", "panelas.jpg", 4200),
        _sku("4003", "Garrafa Térmica 1 L", 8990, 8990, "Casa Boa", "3/32", "7891234502022",
             "garrafa-termica.jpg", 700),
        _sku("5001", "Papel A4 75 g 500 Folhas", 2990, 3490, "Escritório Já", "4/41",
             "7891234503005", "papel-a4.jpg", 2300),
        _sku("5002", "Caneta Esferográfica Azul (caixa com 50)", 4590, 4590, "Escritório Já", "4/41",
             "7891234503012", "caneta-azul.jpg", 600),
        _sku("5003", "Grampeador de Mesa", 3490, 3490, "Escritório Já", "4/42", None,
             "grampeador.jpg", 400),
        _sku("6001", "Café Especial Torrado em Grãos 250 g", 3290, 3790, "Serra Alta", "5/51",
             "7891234504002", "cafe-especial.jpg", 260),
        _sku("6002", "Bala de Hortelã", 17, 17, "Doce Vida", "5/52", "7891234504019", "bala.jpg", 5),
        _sku("7001", "Livro: Dom Casmurro", 3990, 4490, "Clássicos BR", "6/61", "9788500000017",
             "dom-casmurro.jpg", 300),
        _sku("7002", "Caderno Universitário 10 Matérias", 2490, 2490, "Escritório Já", "6/62",
             "7891234505009", "caderno.jpg", 450),
    ]
}


def _addr(street: str, number: str, neighborhood: str, city: str, state: str, cep: str,
          lon: float, lat: float, complement: str = "", reference: str | None = None) -> Address:
    return Address(street, number, neighborhood, city, state, cep, lon, lat, complement, reference)


ADDRESSES = [
    _addr("Avenida Paulista", "1578", "Bela Vista", "São Paulo", "SP", "01310-200", -46.6544, -23.5614,
          "Apto 82"),
    _addr("Rua das Laranjeiras", "210", "Laranjeiras", "Rio de Janeiro", "RJ", "22240-003",
          -43.1857, -22.9337, "Bloco 2 apto 301", "Próximo ao mercado"),
    _addr("Avenida Afonso Pena", "1500", "Centro", "Belo Horizonte", "MG", "30130-005", -43.9345, -19.9245),
    _addr("Rua XV de Novembro", "700", "Centro", "Curitiba", "PR", "80020-310", -49.2671, -25.4296, "Sala 12"),
    _addr("Avenida Borges de Medeiros", "2000", "Praia de Belas", "Porto Alegre", "RS", "90110-150",
          -51.2287, -30.0469),
    _addr("Avenida Sete de Setembro", "300", "Centro", "Salvador", "BA", "40060-001", -38.5108, -12.9777),
    _addr("Rua do Bom Jesus", "125", "Recife", "Recife", "PE", "50030-170", -34.8711, -8.0622),
    _addr("Avenida Beira Mar", "3000", "Meireles", "Fortaleza", "CE", "60165-121", -38.4939, -3.7247,
          "Apto 1501"),
    _addr("Rua Felipe Schmidt", "50", "Centro", "Florianópolis", "SC", "88010-000", -48.5505, -27.5969),
    _addr("Avenida Norte-Sul", "1200", "Cambuí", "Campinas", "SP", "13025-000", -47.0530, -22.8939),
]

_PEOPLE = [
    ("Ana", "Souza"), ("Bruno", "Lima"), ("Carla", "Mendes"), ("Diego", "Fernandes"),
    ("Eduarda", "Rocha"), ("Felipe", "Carvalho"), ("Gabriela", "Alves"), ("Henrique", "Costa"),
    ("Isabela", "Martins"), ("João", "Pereira"), ("Larissa", "Oliveira"), ("Marcos", "Ribeiro"),
    ("Natália", "Gomes"), ("Otávio", "Barros"), ("Paula", "Teixeira"), ("Rafael", "Nunes"),
]


def _ascii(text: str) -> str:
    table = str.maketrans("áâãàéêíóôõúçÁÉÍÓÚÇ", "aaaaeeiooouc" + "AEIOUC")
    return text.translate(table).lower()


CUSTOMERS = [
    Customer(
        first_name=first, last_name=last,
        email=f"{_ascii(first)}.{_ascii(last)}@example.com.br",
        cpf=cpf(f"{(n * 73856093 + 123456789) % 10**9:09d}"),
        phone=f"+55119{8000 + n * 37:04d}{1000 + n * 211 % 9000:04d}",
    )
    for n, (first, last) in enumerate(_PEOPLE)
]

B2B_CUSTOMER = Customer(
    first_name="Sérgio", last_name="Almeida", email="compras@papelariacentral.example.com.br",
    cpf=cpf("305812467"), phone="+551132145566",
    company=Company(
        name="Papelaria Central Ltda", trade_name="Papelaria Central", cnpj=cnpj("458123670001"),
        state_inscription="110042490114", phone="+551132145500",
    ),
)

B2B_HEADQUARTERS = _addr("Rua Boa Vista", "254", "Centro", "São Paulo", "SP", "01014-000",
                         -46.6339, -23.5455, "10º andar")
B2B_WAREHOUSE = _addr("Rua Guaicurus", "1100", "Água Branca", "São Paulo", "SP", "05033-002",
                      -46.6910, -23.5270, "Galpão 3", "Recebimento das 8h às 17h")

PICKUP_PAULISTA = PickupPoint(
    id="loja-paulista", name="Loja Paulista",
    address=_addr("Avenida Paulista", "900", "Bela Vista", "São Paulo", "SP", "01310-100",
                  -46.6520, -23.5660, "Loja 3"),
    info="Retirada de segunda a sábado, das 10h às 20h, com documento com foto.",
)
