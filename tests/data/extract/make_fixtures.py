"""Regenerate the encoded fixture pages and the seed article pages in this folder.

Run from the repository root: `python tests/data/extract/make_fixtures.py`.
The seed texts come from shared/seeds beside the repository (copied here as .txt).
"""

from __future__ import annotations

import html
from itertools import combinations
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[3] / "shared" / "seeds"

VI = (
    "Hà Nội, ngày 25 tháng 10: Công ước của Liên Hợp Quốc về chống tội phạm mạng đã được "
    "mở ký tại Hà Nội. Đại diện của hơn sáu mươi quốc gia đã tham dự lễ mở ký công ước."
)
RU = (
    "В Ханое открыта для подписания Конвенция Организации Объединённых Наций против "
    "киберпреступности. Представители более шестидесяти государств подписали документ."
)
ZH = (
    "联合国打击网络犯罪公约在河内开放签署。来自六十多个国家的代表出席了签署仪式，"
    "多国代表表示，网络犯罪是一个迅速发展的领域，任何国家都无法单独应对这一威胁。"
)
AR = (
    "فتحت اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية للتوقيع في هانوي. "
    "وحضر ممثلو أكثر من ستين دولة حفل التوقيع على الاتفاقية الجديدة."
)


def page(text: str, head: str = "", lang: str = "") -> str:
    """A small article page around one paragraph, repeated to look like an article."""
    paragraphs = "\n".join(f"<p>{html.escape(text)}</p>" for _ in range(3))
    lang_attr = f' lang="{lang}"' if lang else ""
    return (
        f"<!DOCTYPE html>\n<html{lang_attr}><head>{head}<title>News</title></head>\n"
        f"<body><nav><a href='/'>Home</a></nav><article>{paragraphs}</article></body></html>\n"
    )


def encode_1258(text: str) -> bytes:
    """Windows-1258 bytes: a precomposed letter where the code page has one, plus tone marks."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        out += _encode_1258_char(char)
    return bytes(out)


def _encode_1258_char(char: str) -> bytes:
    """One character in windows-1258, composing as many of its marks as the code page allows."""
    base, *marks = unicodedata.normalize("NFD", char)
    for size in range(len(marks), -1, -1):
        for combo in combinations(marks, size):
            head = unicodedata.normalize("NFC", base + "".join(combo))
            rest = "".join(m for m in marks if m not in combo)
            try:
                return (head + rest).encode("cp1258") if len(head) == 1 else b""
            except UnicodeEncodeError:
                continue
    raise UnicodeEncodeError("cp1258", char, 0, 1, "not encodable")


def write_encoded() -> None:
    """Pages in legacy encodings, declared in different ways or not at all."""
    (HERE / "utf8-nometa-vi.html").write_bytes(page(VI).encode("utf-8"))
    meta_1251 = '<meta charset="windows-1251">'
    (HERE / "cp1251-ru.html").write_bytes(page(RU, meta_1251).encode("cp1251"))
    http_equiv = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    (HERE / "gb2312-zh.html").write_bytes(page(ZH, http_equiv).encode("gb2312"))
    (HERE / "gbk-nometa-zh.html").write_bytes(page(ZH * 3).encode("gbk"))
    meta_1256 = '<meta charset="windows-1256">'
    (HERE / "cp1256-ar.html").write_bytes(page(AR, meta_1256).encode("cp1256"))
    meta_1258 = '<meta charset="windows-1258">'
    (HERE / "cp1258-vi.html").write_bytes(encode_1258(page(VI, meta_1258)))
    # Served with "charset=windows-1251" in HTTP while the page wrongly claims Latin-1.
    wrong = '<meta charset="iso-8859-1">'
    (HERE / "cp1251-http-ru.html").write_bytes(page(RU, wrong).encode("cp1251"))


NEWS_PAGE = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>{title} | Kurier Wiadomości</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Kurier Wiadomości">
<meta property="article:published_time" content="{published}">
<link rel="canonical" href="/swiat/{slug}.html">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Kurier Wiadomości</a>
  <nav class="main-menu"><ul>
    <li><a href="/kraj">Kraj</a></li><li><a href="/swiat">Świat</a></li>
    <li><a href="/gospodarka">Gospodarka</a></li><li><a href="/sport">Sport</a></li>
  </ul></nav>
</header>
<div class="page-wrapper has-sidebar">
 <main>
  <article class="article">
   <h1>{title}</h1>
   <div class="byline">Autor: Redakcja, {date_text}</div>
   <div class="share-bar"><a href="#">Udostępnij na Facebooku</a> <a href="#">Wyślij e-mailem</a></div>
   <figure><img src="/img/hanoi.jpg" alt=""><figcaption>Ceremonia w Hanoi. Fot. archiwum redakcji</figcaption></figure>
   <div class="article-body">
{paragraphs}
   </div>
   <div class="tags">Tagi: <a href="/tag/onz">ONZ</a> <a href="/tag/cyber">cyberbezpieczeństwo</a></div>
  </article>
  <section class="related-articles">
   <h2>Zobacz także</h2>
   <ul>
    <li><a href="/a1">Rząd przyjął plan cyfryzacji urzędów na najbliższe trzy lata i zapowiada zmiany</a></li>
    <li><a href="/a2">Eksperci ostrzegają przed nową falą oszustw internetowych przed świętami</a></li>
    <li><a href="/a3">Sejm zajmie się nowelizacją ustawy o krajowym systemie cyberbezpieczeństwa</a></li>
   </ul>
  </section>
  <section id="comments" class="comments">
   <h2>Komentarze (2)</h2>
   <div class="comment"><p>Jan: Bardzo dobrze, że w końcu udało się porozumieć w tej sprawie, czekamy na ratyfikację.</p></div>
   <div class="comment"><p>Anna: Ciekawe, kiedy Polska podpisze tę konwencję i co to zmieni dla zwykłych ludzi.</p></div>
  </section>
 </main>
 <aside class="sidebar">
  <h3>Najczęściej czytane</h3>
  <ol><li><a href="/p1">Pogoda na weekend: synoptycy zapowiadają przymrozki w całym kraju</a></li>
  <li><a href="/p2">Ceny paliw znów w górę, kierowcy muszą się liczyć z wyższymi kosztami</a></li></ol>
  <div class="newsletter">Zapisz się do newslettera i otrzymuj najważniejsze wiadomości każdego ranka.</div>
 </aside>
</div>
<footer class="site-footer">
 <p>© 2025 Kurier Wiadomości. Wszelkie prawa zastrzeżone. Regulamin serwisu i polityka prywatności.</p>
 <div class="cookie-consent">Ta strona używa plików cookie, aby zapewnić najlepszą jakość korzystania z serwisu.</div>
</footer>
</body>
</html>
"""


def write_seed_pages() -> None:
    """Each seed article wrapped in a news page with menus, related links and comments."""
    seeds = sorted(SEEDS.glob("*.txt"))
    titles = [
        ("Konwencja ONZ przeciwko cyberprzestępczości przyjęta", "2024-12-24T09:30:00+07:00",
         "24 grudnia 2024"),
        ("Drugi dzień ceremonii podpisania Konwencji z Hanoi", "2025-10-26T16:05:00+07:00",
         "26 października 2025"),
    ]
    for number, (seed, (title, published, date_text)) in enumerate(zip(seeds, titles)):
        text = seed.read_text(encoding="utf-8").strip()
        (HERE / f"seed-{number}.txt").write_text(text + "\n", encoding="utf-8")
        paragraphs = "\n".join(
            f"    <p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip()
        )
        (HERE / f"seed-{number}.html").write_text(
            NEWS_PAGE.format(
                title=html.escape(title), published=published, date_text=date_text,
                slug=f"konwencja-{number}", paragraphs=paragraphs,
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    write_encoded()
    write_seed_pages()
