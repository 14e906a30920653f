"""Roles tied to names: which role noun of a document belongs to which name.

"Innenminister Horst Seehofer", "der Minister, Horst Seehofer", "Seehofer, der Minister":
each such tie gives :class:`~quoteattr._speakers.People` a role to resolve a later
"der Minister" by, and the person's gender where the role shows it (Ministerin, die
Abgeordnete). Not a role only coordinated with a name (Bürgermeister Jan Roth und
Planerin Eva Lenz), nor a name in a phrase of its own (der Trainer des SV Lindenau).
"""

from __future__ import annotations

from collections.abc import Collection

from quoteattr._anaphora import article_gender, is_role, role_gender
from quoteattr._parse import Parse, Word

__all__ = ["own_phrase", "role_key", "role_links"]


def role_key(word: Word) -> str:
    """The key a role is matched by: its lemma (its form where it has none), lower-cased."""
    return word.lemma.lower() if word.lemma else word.text.lower()


def role_links(
    parse: Parse, name_of_word: dict[int, int]
) -> list[tuple[int, str, int, str | None]]:
    """(offset, role noun lemma, name index, the role's gender) for each role noun tied to
    a name by apposition or title: "Innenminister Horst Seehofer", "der Minister, Horst
    Seehofer", "Seehofer, der Minister"."""
    links: list[tuple[int, str, int, str | None]] = []
    for w in parse.words:
        if not is_role(w, parse.lang):
            continue
        gender = _link_gender(parse, w)
        # Not a name coordinated with the role (Oberbürgermeister Ralf Diekmann und
        # Stadionplanerin Ines Wegener), nor one in a phrase of its own (des VfL).
        kids = [k for k in parse.kids(w.i) if k.rel != "conj" and not own_phrase(parse, k, ())]
        up = [parse.words[w.head]] if w.head >= 0 and w.rel != "conj" else []
        for other in [*kids, *up]:
            n_idx = name_of_word.get(other.i)
            if n_idx is not None and abs(other.i - w.i) <= 3:
                links.append((w.start, role_key(w), n_idx, gender))
                break
        else:
            nxt = w.i + 1
            if nxt < len(parse.words) and nxt in name_of_word and parse.words[nxt].sent == w.sent:
                links.append((w.start, role_key(w), name_of_word[nxt], gender))
    return links


def own_phrase(parse: Parse, w: Word, name_words: Collection[int]) -> bool:
    """Is ``w`` an nmod with an article or preposition of its own (not one of the name's
    own words, as *van* in *Elke van Dyken*): des BPI, von Tesla, dem Sender Alpenwelle?
    A name so hung on a role noun names something else than the person in the role."""
    return w.rel == "nmod" and any(k.i not in name_words for k in parse.kids(w.i, "case", "det"))


def _link_gender(parse: Parse, role: Word) -> str | None:
    """The gender a role noun tied to a name gives its person: Ministerin "Fem", Minister
    "Masc"; a role formed from an adjective (Abgeordnete, Vorsitzende) only by its
    article (die Abgeordnete Jana Vogt "Fem", der Vorsitzende "Masc"), else None."""
    if role_gender(role, parse.lang) == "Fem":
        return "Fem"
    if not role.text.lower().endswith("e"):
        return "Masc"
    return article_gender(parse, role)
