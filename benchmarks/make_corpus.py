"""Write N synthetic news articles with known events, for builds at scale.

    python -m benchmarks.make_corpus --n 1000 --out benchmarks/out/corpus1k

French and English (about 60/40), seeded (same --seed, same files), about 700 words each:
a headline, a dateline, a photo caption with its credit, 3 to 5 event sentences (dates with and
without a year, ranges, months; triggers; Vietnamese-style names with titles; organisations;
places), filler paragraphs, and a source line whose URL carries the page date. Some events are
told by several articles (so merging across articles is exercised). One in four articles is a
JSON file with a ``published`` field instead of a text file.

The truth file ``<out>.truth.jsonl`` (next to the folder, so a build of the folder does not read
it) lists the expected events, one per line: file, article_id, date, end_date, precision,
event_type, actors, location, sentence, lang, shared (the id of a story told by several articles).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}
WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Quốc", "Thanh", "Hữu", "Xuân", "Hồng", "Kim"]
GIVEN = ["Chính", "Hùng", "Lâm", "Cường", "Hải", "Dũng", "Tuấn", "Lan", "Hương", "Sơn", "Phúc", "Thắng", "Mai"]
TITLES = {
    "fr": ["le Premier ministre", "le secrétaire général", "le président", "le vice-Premier ministre",
           "la ministre des Affaires étrangères", "le président de l'Assemblée nationale"],
    "en": ["Prime Minister", "General Secretary", "President", "Deputy Prime Minister", "Foreign Minister",
           "National Assembly Chairman"],
}
ORGS = {
    "fr": ["l'Association nationale des données", "l'Assemblée nationale", "le Parti communiste vietnamien",
           "l'Union des femmes du Vietnam", "la Chambre de commerce et d'industrie", "le Comité populaire"],
    "en": ["the National Data Association", "the National Assembly", "the Communist Party of Vietnam",
           "the Vietnam Women's Union", "the Chamber of Commerce and Industry", "the People's Committee"],
}
FOREIGN = ["Emmanuel Macron", "Anwar Ibrahim", "Fumio Kishida", "Prabowo Subianto", "Olaf Scholz"]
PLACES = ["Hanoï", "Hô Chi Minh-Ville", "Đà Nẵng", "Huế", "Hải Phòng", "Cần Thơ", "Paris", "Tokyo", "Jakarta"]

#: event type -> (French template, English template). {when}, {who}, {org}, {where}, {guest}.
EVENTS: dict[str, tuple[str, str]] = {
    "congress": ("Le premier congrès national de {org} s'est tenu {when} à {where}, en présence de {who}.",
                 "The first national congress of {org} was held {when} in {where}, attended by {who}."),
    "conference": ("{who} a présidé {when} à {where} une conférence nationale sur la transformation numérique.",
                   "{who} chaired a national conference on digital transformation in {where} {when}."),
    "consultation": ("{org} a lancé {when} une consultation publique sur le projet de loi, a annoncé {who}.",
                     "{org} launched a public consultation on the draft law {when}, {who} announced."),
    "meeting": ("{who} a rencontré {guest} {when} à {where} pour renforcer la coopération bilatérale.",
                "{who} met {guest} in {where} {when} to strengthen bilateral cooperation."),
    "visit": ("{guest} a effectué {when} une visite officielle à {where}, où il a été reçu par {who}.",
              "{guest} paid an official visit to {where} {when} and was received by {who}."),
    "summit": ("Le sommet de l'ASEAN s'est ouvert {when} à {where} avec la participation de {who}.",
               "The ASEAN summit opened in {where} {when} with the participation of {who}."),
    "decision": ("{who} a signé {when} la décision approuvant le plan directeur de {org}.",
                 "{who} signed {when} the decision approving the master plan of {org}."),
    "election": ("Les élections des députés de {org} auront lieu {when} à {where}, a indiqué {who}.",
                 "Elections for deputies of {org} will take place {when} in {where}, {who} said."),
    "ceremony": ("Une cérémonie de remise de médailles a eu lieu {when} à {where} sous la présidence de {who}.",
                 "A medal ceremony took place in {where} {when}, presided over by {who}."),
    "forum": ("Le forum économique Vietnam-France s'est déroulé {when} à {where}, a rapporté {who}.",
              "The Vietnam-France economic forum took place in {where} {when}, {who} reported."),
}
FILLER = {
    "fr": [
        "Selon les experts, l'économie numérique représente désormais une part croissante du produit intérieur brut.",
        "Les autorités locales ont souligné l'importance de la formation des ressources humaines de haute qualité.",
        "Le secteur privé est appelé à jouer un rôle plus actif dans l'innovation et la recherche appliquée.",
        "Les entreprises nationales doivent améliorer leur compétitivité sur les marchés régionaux et mondiaux.",
        "La coopération internationale reste un levier essentiel pour attirer les investissements étrangers.",
        "Les participants ont partagé de nombreuses expériences pratiques et proposé des solutions concrètes.",
        "Le développement des infrastructures de transport demeure une priorité pour les provinces du Centre.",
        "Les exportations agricoles ont enregistré une hausse notable grâce à la diversification des marchés.",
        "La protection de l'environnement et la transition énergétique figurent parmi les objectifs majeurs.",
        "Les délégués ont insisté sur la nécessité de simplifier les procédures administratives.",
        "Cette orientation s'inscrit dans la stratégie de développement socio-économique à long terme du pays.",
        "Les jeunes entrepreneurs bénéficient de programmes de soutien et d'incubation dans plusieurs villes.",
    ],
    "en": [
        "According to experts, the digital economy now accounts for a growing share of gross domestic product.",
        "Local authorities stressed the importance of training a high-quality workforce.",
        "The private sector is urged to play a more active role in innovation and applied research.",
        "Domestic companies need to improve their competitiveness on regional and global markets.",
        "International cooperation remains an essential lever to attract foreign investment.",
        "Participants shared many practical experiences and proposed concrete solutions.",
        "Developing transport infrastructure remains a priority for the central provinces.",
        "Agricultural exports rose markedly thanks to the diversification of markets.",
        "Environmental protection and the energy transition are among the main objectives.",
        "Delegates insisted on the need to simplify administrative procedures.",
        "This direction is part of the country's long-term socio-economic development strategy.",
        "Young entrepreneurs benefit from support and incubation programmes in several cities.",
    ],
}
HEADLINES = {
    "fr": ["Le Vietnam accélère sa transformation numérique", "Renforcer la coopération régionale",
           "Des engagements forts pour le développement durable", "Une nouvelle étape pour l'économie nationale"],
    "en": ["Vietnam speeds up its digital transformation", "Strengthening regional cooperation",
           "Strong commitments to sustainable development", "A new milestone for the national economy"],
}
CREDITS = ["Photo: VNA", "Photo : NHAT BAC", "Photo: VGP", "Photo : TTXVN"]


@dataclass(frozen=True)
class Planned:
    """One event as the generator wrote it (a line of the truth file)."""

    date: dt.date
    end_date: dt.date | None
    precision: str
    event_type: str
    actors: tuple[str, ...]
    location: str
    shared: str = ""


def person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def when_text(rng: random.Random, lang: str, date: dt.date, published: dt.date,
              end: dt.date | None, precision: str) -> str:
    """The words for a date: with or without its year, a range, or a month."""
    month = MONTHS[lang][date.month - 1]
    if precision == "month":
        return f"en {month} {date.year}" if lang == "fr" else f"in {month} {date.year}"
    if end is not None:
        return (f"du {date.day} au {end.day} {month} {date.year}" if lang == "fr"
                else f"from {month} {date.day} to {end.day}, {date.year}")
    weekday = WEEKDAYS[lang][date.weekday()]
    same_year = date.year == published.year and date <= published
    if same_year and rng.random() < 0.5:  # year-less, resolved against the page date
        return f"ce {weekday} {date.day} {month}" if lang == "fr" else f"on {weekday}, {month} {date.day}"
    return f"le {date.day} {month} {date.year}" if lang == "fr" else f"on {month} {date.day}, {date.year}"


def plan_event(rng: random.Random, published: dt.date, shared: list[Planned]) -> Planned:
    if shared and rng.random() < 0.2:
        return rng.choice(shared)
    event_type = rng.choice(list(EVENTS))
    offset = rng.randrange(-40, 40) if event_type == "election" else rng.randrange(-60, 1)
    date = published + dt.timedelta(days=offset)
    precision, end = "day", None
    roll = rng.random()
    if roll < 0.12:
        precision, date = "month", date.replace(day=1)
    elif roll < 0.27 and date.day <= 24:
        end = date + dt.timedelta(days=rng.randrange(1, 4))
    actors = (person(rng),)
    if event_type in ("meeting", "visit"):
        actors += (rng.choice(FOREIGN),)
    return Planned(date, end, precision, event_type, actors, rng.choice(PLACES))


def sentence(rng: random.Random, lang: str, event: Planned, published: dt.date) -> str:
    template = EVENTS[event.event_type][0 if lang == "fr" else 1]
    title = rng.choice(TITLES[lang])
    who = f"{title} {event.actors[0]}"
    text = template.format(
        when=when_text(rng, lang, event.date, published, event.end_date, event.precision),
        who=who, org=rng.choice(ORGS[lang]), where=event.location,
        guest=event.actors[1] if len(event.actors) > 1 else rng.choice(FOREIGN))
    return text[0].upper() + text[1:]


def article(rng: random.Random, n: int, shared: list[Planned]) -> tuple[str, str, list[tuple[Planned, str]], str]:
    """(file name, file content, [(event, sentence)], lang) for the n-th article."""
    lang = "fr" if rng.random() < 0.6 else "en"
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 900))
    events = [plan_event(rng, published, shared) for _ in range(rng.randrange(3, 6))]
    told = [(e, sentence(rng, lang, e, published)) for e in events]
    month = MONTHS[lang][published.month - 1]
    dateline = (f"Hanoï, {published.day} {month} {published.year} (VNA) - " if lang == "fr"
                else f"Hanoi, {month} {published.day}, {published.year} (VNA) - ")
    paragraphs: list[str] = []
    words = 0
    slots = sorted(rng.sample(range(1, 12), len(told)))
    i = 0
    while words < 650 or i < len(told):
        sentences = [rng.choice(FILLER[lang]) for _ in range(rng.randrange(3, 6))]
        if i < len(told) and len(paragraphs) >= slots[i] - 1:
            sentences.insert(rng.randrange(0, len(sentences)), told[i][1])
            i += 1
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    caption = f"{told[0][0].actors[0]} — {rng.choice(HEADLINES[lang]).lower()}. {rng.choice(CREDITS)}"
    headline = rng.choice(HEADLINES[lang])
    slug = f"article-{n:06d}"
    url = f"https://news.example.vn/{lang}/{published:%Y/%m/%d}/{slug}.html"
    body = "\n\n".join([dateline + paragraphs[0], caption, *paragraphs[1:]])
    if rng.random() < 0.25:
        record = {"title": headline, "text": body, "url": url, "published": published.isoformat(), "lang": lang}
        return f"{slug}.json", json.dumps(record, ensure_ascii=False) + "\n", told, lang
    source = "Source : " if lang == "fr" else "Source: "
    return f"{slug}.txt", f"{headline}\n\n{body}\n\n{source}{url}\n", told, lang


def make_corpus(n: int, out: Path, seed: int = 0) -> Path:
    """Write n articles under ``out`` and the truth file ``out.with_name(out.name + '.truth.jsonl')``."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    truth_path = out.with_name(out.name + ".truth.jsonl")
    shared: list[Planned] = []
    with truth_path.open("w", encoding="utf-8") as truth:
        for i in range(n):
            name, content, told, lang = article(rng, i, shared)
            (out / name).write_text(content, encoding="utf-8")
            article_id = f"{name}#1" if name.endswith(".json") else name
            for event, text in told:
                if not event.shared and rng.random() < 0.3 and len(shared) < 200:
                    event = Planned(**{**event.__dict__, "shared": f"s{len(shared):03d}"})
                    shared.append(event)
                truth.write(json.dumps({
                    "file": name, "article_id": article_id, "date": event.date.isoformat(),
                    "end_date": event.end_date.isoformat() if event.end_date else None,
                    "precision": event.precision, "event_type": event.event_type, "actors": list(event.actors),
                    "location": event.location, "sentence": text, "lang": lang, "shared": event.shared,
                }, ensure_ascii=False) + "\n")
    return truth_path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of articles")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out/corpus1k"), help="folder to write")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    truth = make_corpus(args.n, args.out, args.seed)
    print(f"wrote {args.n} articles to {args.out} and their events to {truth}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
