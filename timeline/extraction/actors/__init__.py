"""Actors (people, organisations, countries) and places in the sentences that tell events.

Public functions (the events step calls them on event sentences, not on whole articles)::

    find_entities(text, lang, options, offset)          one text -> Entities(actors, locations)
    find_entities_many(texts, lang, options, offsets)   many texts, one batched model call (nlp.pipe)
    find_acronyms(text, lang)                           {"OIM": "Organisation internationale pour les Migrations"}
    article_names(text, lang)                           full names of a whole article's people (rules only)
    may_name_by_surname(texts, article_text, lang)      a cheap test: may a text name someone by surname only?
    credit_spans(text, lang)                            photo credits and sources ("Photo : Thanh Dat/VNA")
    link_names(names)                                   within ONE article: "Hung" -> "Nguyen Manh Hung"
    canonical_names(names)                              across the corpus: raw name -> display name
    canonical_name(name), place_name(name)              one name's shown spelling from lang/aliases.yaml
    name_identity(name)                                 the key of one actor or place across spellings and languages
    spellings(name)                                     all the spellings lang/aliases.yaml gives one name
    fold_name(name)                                     the matching key ("Tô Lâm" -> "to lam")
    load_model(lang)                                    the cached NER-only spaCy pipeline

How a text is read (the order matters: a span claimed by an earlier step is not re-used)::

    1. credits    "Photo : NHAT BAC", "(VNA)", "– VNA", agency names, all-caps name runs: never actors
    2. persons    Vietnamese names (2-4 Vietnamese syllables starting with a known family name),
                  names after a title ("le ministre des Sciences et des Technologies, Nguyen Manh Hung"),
                  names after a courtesy title ("M. Hung"), and the model's PER spans; with the rule layer
                  only (English, or ``Options.use_ner=False``) also 2-4 capitalised name-like words
    3. roles      each person's title phrase, just before it ("le Premier ministre, X") or just after it
                  ("X, membre du Bureau politique"); the words of a role are not actors themselves
    4. entities   organisations (head-word grammar "Association nationale des données", capitalised phrases
                  holding a head word "World Health Organization", model ORG cut short), acronyms defined
                  in the text ("... Migrations (OIM)": OIM is that organisation, shown by its full name),
                  texts and events ("Pacte mondial ...", "14e Congrès ...": claimed, never actors),
                  countries (after "à/au/en/in" a country is a location), cities and regions, model LOC

In steps 2 and 4 overlapping candidates are settled by priority (rules over model), then length.

The model is asked only about texts the rules cannot fully place: every text is read by the rules first,
and only those with a capitalised word outside every entity, credit, title and sentence-opening word
("Dans", "Selon") go through ``nlp.pipe`` (in one batch) and are read again with the model's spans.

Names across articles: ``canonical_names`` merges spellings that fold to the same key (accents and case
ignored: "Trân Câm Tu" = "Tran Cam Tu") and shows the most complete one (more diacritics first, then
not all-caps, then more words, then more frequent), and maps an acronym to the single expansion whose
initials it matches ("OIM" -> "Organisation internationale pour les Migrations").
A surname-only reference ("Chinh", "M. Hung") is merged into a full name only by ``link_names``, which the
caller runs on ONE article's names: within an article "Hung" is the one "Nguyen Manh Hung" named there;
across a corpus "Hung" is ambiguous, so ``canonical_names`` never merges by containment.

Word lists are data: ``timeline/lang/<lang>/actors.yaml`` (other languages use English's); the keys
``agencies``, ``vietnamese_surnames`` and ``cities`` are shared by every language.

``MODEL_NAMES`` maps a language to a model package; ``MODEL_LABELS`` maps its labels to PER/ORG/LOC/MISC.
English borrows the French model (``BORROWED_MODELS``: its spans are added to the whole English rule layer,
see model.py for the measurement); an English model with a verifiable wheel would plug in the same way.

Modules (this file only re-exports)::

    lexicon.py    fold_name and the folded word lists of one language (``lex``); ``may_open``: the indexed
                  pre-test of the readers' phrase look-ups (bld31, the same answers)
    model.py      MODEL_NAMES, load_model/unload_models, the model's spans (regexcache.py: its regex cache)
    reader.py     tokens, candidates, claims; step 1 (credits)
    persons.py    steps 2 and 3 (persons, roles)
    orgs.py       step 4 (organisations, acronyms, countries, places, the model's spans retyped)
    rules.py      find_entities(_many), find_acronyms, article_names: the steps in order, rules before the model
    names.py      canonical_names, link_names: names across articles and within one
    clubs.py      a town right before a match's score in brackets is also its club ("à Rennes (2-2)")
    country_settings.py  a country named as where something happens is a place ("Burundi : ...", "DURRËS
                  (Albanie)", "Albania quake", "en Libye"), not an actor
    common_words.py  a capitalised common word is no name, by the article's evidence (find_entities_many's
                  ``article``): an opener the article also writes in lower case, a label's rubric
    bare_bodies.py  a public body named by its bare common noun where it acts ("La préfecture annonce", "par le
                  gouvernement"), the one body of its kind its article names further ("préfecture du Doubs")
    counted_names.py  a count of people ("Forty British", "Quarante Britanniques") and a numbered provision's
                  head ("Chapter 11") are no actors
    seat_sources.py  a seat of power that only reports another's act (", a indiqué Matignon", "the Kremlin said
                  <a person> would ...") is no actor
    kind_mentions.py  a story names its body again by the noun of its kind ("the company", "l'entreprise"):
                  counted for the story's main actors (events/story_actors.py, step 9e)
"""

from __future__ import annotations

from timeline.extraction.actors.lexicon import fold_name
from timeline.extraction.actors.model import MODEL_NAMES, load_model, loaded_models, unload_models
from timeline.extraction.actors.names import (
    alias_table,
    canonical_name,
    canonical_names,
    link_names,
    name_identity,
    place_name,
    spellings,
)
from timeline.extraction.actors.rules import (
    Entities,
    article_names,
    credit_spans,
    find_acronyms,
    find_entities,
    find_entities_many,
    may_name_by_surname,
)

__all__ = [
    "MODEL_NAMES",
    "Entities",
    "alias_table",
    "article_names",
    "canonical_name",
    "canonical_names",
    "credit_spans",
    "find_acronyms",
    "find_entities",
    "find_entities_many",
    "fold_name",
    "link_names",
    "load_model",
    "loaded_models",
    "may_name_by_surname",
    "name_identity",
    "place_name",
    "spellings",
    "unload_models",
]
