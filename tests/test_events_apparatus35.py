"""A date in the page's apparatus, not its prose, anchors no row (events/apparatus.py; round thirty-five, room spu35,
issue 13 precision on unseen pages).

Counted on the dev sources before the gate: fresh pages dev 2 spurious rows (an embedded post's signature dated the
fire it reposted; a photo caption signed "- NAME (AFP/Archives)" dated the spokesman's picture of a week before),
written batch b dev 1 (a header line of fields "Interview | Science desk | <date>"). Kept: the same dates in prose,
an agency sign-off after a sentence, a photographer named without an agency, a field line whose date is not its last
field. Every sentence here was written for these tests; the reference date is Thursday 14 March 2024.
"""

from __future__ import annotations

import pytest

from tests.events_support import thursday_rows

rows = thursday_rows

APPARATUS = [
    # an embedded post's signature: a dash, the account, its handle, the date closing the line
    ("en", "Crews were called to the ring road in Ashby.\n\nUPDATE Ashby: Explosion at a chemical plant near the ring "
           "road. pic.twitter.com/Qw7rT2 — Ashby Fire Watch (@AshbyFire) March 10, 2024\n\nNobody was hurt.",
     "2024-03-10"),
    ("en", "Protest outside the town hall. — Jane Holt (@JaneHolt) March 10, 2024", "2024-03-10"),
    ("fr", "Les pompiers sont intervenus près de la rocade.\n\nEN DIRECT Vernay : Explosion dans une usine chimique "
           "près de la rocade. pic.twitter.com/Lm4Kp9 — Pompiers de Vernay (@PompiersVernay) 10 mars 2024\n\n"
           "Personne n'a été blessé.", "2024-03-10"),
    ("fr", "Manifestation devant la mairie de Vernay. pic.twitter.com/Lm4Kp9 — Léa Morin (@LeaMorin) 10 mars 2024",
     "2024-03-10"),
    # a caption signed by its photographer and agency, a note or a name after the slash
    ("fr", "Le conseil municipal se réunira jeudi.\nLe maire Paul Rivet lors d'une manifestation le 5 mars 2024 à "
           "Lyon - JEAN DURAND (AFP/Archives)\nLe budget sera voté.", "2024-03-05"),
    ("en", "The council will meet on Friday.\nMayor Ellen Voss at a rally in Derby on 5 March 2024 - TOM HALE "
           "(AFP/File)\nThe budget will be voted.", "2024-03-05"),
    # a wire's caption: the agency in capitals, a slash, the photographer
    ("en", "The council will meet on Friday.\nMayor Ellen Voss at a rally in Derby on Tuesday. REUTERS/Anna Pryce\n"
           "The budget will be voted.", "2024-03-12"),
    ("fr", "Le conseil se réunira vendredi.\nLa maire Anne Roux lors d'un rassemblement à Nantes mardi. "
           "AFP/Luc Marin\nLe budget sera voté.", "2024-03-12"),
    # a header line of short fields, the date the last of them
    ("en", "Interview | Science desk | 10 March 2024\nThe probe landed on the moon on Tuesday, its makers said.",
     "2024-03-10"),
    ("fr", "Entretien | Rubrique sciences | 10 mars 2024\nLa sonde s'est posée sur la Lune mardi, selon ses "
           "concepteurs.", "2024-03-10"),
]

KEPT = [
    # prose: the same dates told by a sentence
    ("en", "Protesters marched through Derby on Tuesday, police said (AFP).", "2024-03-12"),
    ("fr", "Les manifestants ont défilé mardi à Nantes, selon la police (AFP).", "2024-03-12"),
    # a photographer named without an agency in brackets
    ("fr", "Les manifestants ont défilé mardi à Nantes - JEAN DURAND.", "2024-03-12"),
    # a handle inside a sentence, the date not closing a signature
    ("en", "The council (@DerbyCouncil) approved the budget on Tuesday after a long debate.", "2024-03-12"),
    # a field line whose last field is no date; the happening is dated in prose
    ("en", "Politics | Local | Derby\nThe council approved the budget on Tuesday.", "2024-03-12"),
    ("fr", "Politique | Local | Nantes\nLe conseil a voté le budget mardi.", "2024-03-12"),
]


@pytest.mark.parametrize("lang,text,day", APPARATUS)
def test_a_date_in_the_page_apparatus_makes_no_row(lang: str, text: str, day: str) -> None:
    assert not {d for d, _ in rows(lang, text)} & {day}, rows(lang, text)


@pytest.mark.parametrize("lang,text,day", KEPT)
def test_a_date_in_prose_keeps_its_row(lang: str, text: str, day: str) -> None:
    assert day in {d for d, _ in rows(lang, text)}, rows(lang, text)
