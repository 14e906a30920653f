"""Find quotation marks in raw German text and pair them into quotations.

This is plain detection: no parser, no attribution. :func:`find_quotes` reports every
quotation-mark pair (speech, titles, scare quotes alike); deciding which of them are
someone's speech is left to attribution.

The algorithm runs in one pass over the text, in linear time:

1. **Paragraphs.** The text is split at blank lines (a line break, optional
   whitespace, another line break; ``\\r\\n`` counts as a line break). Paragraphs that
   hold only whitespace are skipped and not counted. A quotation never runs past the end
   of its paragraph, which bounds the damage a missing closing mark can do.
2. **Tokenise.** One precompiled regular expression finds the candidate marks, one
   character each: „ “ ” " » « ‚ ‘ ’ ' › ‹.
3. **Classify.** Each mark gets a role from the character before and the character
   after it, each seen as *space* (whitespace, start or end of text; an opening bracket
   or a dash before the mark counts as space too), *punctuation* or *word* (letters,
   combining marks, digits). A mark with space before and a word after opens; a mark
   with a word before and space or punctuation after closes. Roles: open, close,
   close-or-open (close if a matching opener is pending, open otherwise), apostrophe
   and none. So “ closes in „Haus“ and opens in “House”, and ’ in geht’s, Thomas’ or
   Rock ’n’ Roll is an apostrophe. „ between whitespace (a ditto mark in a table) is
   none; ' and ’ before a clitic ('n, 's, 'ne, 'rein, '90) are apostrophes.
4. **Pair.** A stack of pending openers per paragraph. A double closer (“ ” " « »)
   closes the nearest pending double opener it fits (“ ” " fit „ “ ” "; « fits »; » fits
   «); single openers above it are dropped as apostrophes and double openers above it
   end there unclosed. A single closer (‘ ’ ' ‹ ›) closes only the opener on top of the
   stack, if that is a single opener it fits; otherwise it is an apostrophe. Single
   openers that are never closed are dropped (they were apostrophes after all), and a
   single opener directly on top of the same single mark replaces it. The stack holds at
   most ``_MAX_DEPTH`` openers; openers beyond that are ignored. So every mark costs at
   most ``_MAX_DEPTH`` steps, and the result is at most ``_MAX_DEPTH`` times the text.
5. **Finish the paragraph.** Double openers still pending at the end of a paragraph
   become unclosed quotes (``closed=False``, ``close_mark=""``) that end at the end of
   the paragraph, trailing whitespace excluded. One reinterpretation keeps an unclosed
   quote from swallowing the rest of its paragraph: if it contains a quote opened with
   the same mark (German text does not nest „ in „), the unclosed quote ends just before
   that mark and the quotes from there on move out one level.
6. **Link parts.** If a paragraph ends inside an unclosed double quote and the next
   paragraph starts (after optional whitespace) with an opener of the same family
   (German „, English “ ” ", German », Swiss «), the two are parts of one quotation, as
   in German typesetting of quotations that run over several paragraphs. Every part is
   its own :class:`Quote`; all share ``group`` (the content ``start`` of the first
   part), ``part`` counts from 0 and ``n_parts`` is the number of parts. Every part but
   the last is ``closed=False``; the last is closed if it has its closing mark. If the
   next paragraph does not reopen, a tentative opener without a mark stands at its
   start: should a closing mark there close nothing else (the writer went on without
   reopening), the stretch up to it is the last part, with ``open_mark=""``; otherwise
   the tentative opener is dropped.
7. **Build.** Quotes come out in document order by outer start, each inner quote right
   after its parent (a pre-order walk of the nesting tree), with ``depth`` 0 for a
   top-level quote, 1 inside a quote, and so on.
"""

from __future__ import annotations

import enum
import unicodedata
from typing import Final, NamedTuple

import regex

from quoteattr._model import Quote, Span

__all__ = [
    "CLOSING_MARKS",
    "DOUBLE_CLOSERS",
    "DOUBLE_OPENERS",
    "OPENING_MARKS",
    "find_quotes",
    "paragraphs",
]

#: Most openers pending at once: depths 0 to ``_MAX_DEPTH - 1``.
_MAX_DEPTH: Final = 4

_MARK_RE: Final = regex.compile(
    r"""
      „        # U+201E double low-9: German opener; alone between spaces, a ditto mark
    | “        # U+201C: German closer („…“) or English opener (“…”)
    | ”        # U+201D: English closer; also closes „ and " (mismatched pairs)
    | \x22     # ASCII double quote: opener or closer, decided by context
    | »        # U+00BB: German opener (»…«) or Swiss closer («…»)
    | «        # U+00AB: Swiss opener («…») or German closer (»…«)
    | ‚        # U+201A single low-9: German inner opener (‚…‘)
    | ‘        # U+2018: German inner closer or English inner opener
    | ’        # U+2019: English inner closer, or (mostly) an apostrophe
    | \x27     # ASCII apostrophe: mostly an apostrophe, sometimes an inner quote
    | ›        # U+203A: German inner opener (›…‹) or Swiss inner closer (‹…›)
    | ‹        # U+2039: Swiss inner opener or German inner closer
    """,
    regex.VERBOSE,
)

#: The quotation-mark classes, for code that reads marks the tokenizer left as words:
#: double marks that can open („ “ " » «) or close (“ ” " « »), and every mark that can
#: open or close a quotation, inner (single) marks included.
DOUBLE_OPENERS: Final = frozenset('„“"»«')
DOUBLE_CLOSERS: Final = frozenset('“”"«»')
OPENING_MARKS: Final = DOUBLE_OPENERS | frozenset("‚‘'›‹")
CLOSING_MARKS: Final = DOUBLE_CLOSERS | frozenset("‘’'‹›")

_PARAGRAPH_BREAK_RE: Final = regex.compile(
    r"""
    \r?\n              # a line break (\r\n counts as one)
    (?: [^\S\n]* \n )+ # then one or more lines holding only whitespace: a blank line
    """,
    regex.VERBOSE,
)

_CLITIC_RE: Final = regex.compile(
    r"""
      (?: n | ne | nen | nem | ner | s | m | em | r ) (?!\w)   # 'n, 'ne, 's, 'm: Rock 'n' Roll
    | r (?: ein | aus | um | unter | auf | an | über | ab ) (?!\w)  # 'rein, 'raus, 'rum
    | \d\d (?!\d)                                            # '90er, '68
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: Characters before a mark that count as space: the mark may open after them.
_OPENING_PUNCT: Final = frozenset("([{⟨–—")
#: Punctuation after a mark with space before it: a closer after a stray space.
_CLOSING_PUNCT: Final = frozenset(",.;:!?)]}")


class _Ctx(enum.Enum):
    """What stands on one side of a mark."""

    SPACE = "space"  # whitespace, start/end of text (before: also ( [ { and dashes)
    PUNCT = "punct"  # punctuation, symbols, emoji, other marks
    WORD = "word"  # letters, combining marks, digits


class _Role(enum.Enum):
    """What a mark does, judged from its context alone."""

    OPEN = "open"
    CLOSE = "close"  # close if a fitting opener is pending, else nothing
    CLOSE_OR_OPEN = "close-or-open"  # close if a fitting opener is pending, else open
    APOSTROPHE = "apostrophe"
    NONE = "none"  # a ditto mark or a stray mark


class _Kind(enum.Enum):
    """How a mark behaves; decides :func:`_classify`."""

    LOW_DOUBLE = "low-double"  # „
    DOUBLE = "double"  # “ ” "
    GUILLEMET = "guillemet"  # » «
    LOW_SINGLE = "low-single"  # ‚
    SINGLE = "single"  # ‘ '
    RIGHT_SINGLE = "right-single"  # ’
    SINGLE_GUILLEMET = "single-guillemet"  # › ‹


class _MarkInfo(NamedTuple):
    kind: _Kind
    single: bool
    closers: str  # the marks that may close a quote this mark opened
    family: str  # marks of one family may reopen a quotation in the next paragraph


_MARKS: Final[dict[str, _MarkInfo]] = {
    "„": _MarkInfo(_Kind.LOW_DOUBLE, False, '“”"', "german"),
    "“": _MarkInfo(_Kind.DOUBLE, False, '”“"', "english"),
    "”": _MarkInfo(_Kind.DOUBLE, False, '”“"', "english"),
    '"': _MarkInfo(_Kind.DOUBLE, False, '"“”', "english"),
    "»": _MarkInfo(_Kind.GUILLEMET, False, "«", "german-guillemet"),
    "«": _MarkInfo(_Kind.GUILLEMET, False, "»", "swiss-guillemet"),
    "‚": _MarkInfo(_Kind.LOW_SINGLE, True, "‘’'", "german-single"),
    "‘": _MarkInfo(_Kind.SINGLE, True, "’‘'", "english-single"),
    "’": _MarkInfo(_Kind.RIGHT_SINGLE, True, "’‘'", "english-single"),
    "'": _MarkInfo(_Kind.SINGLE, True, "'’‘", "english-single"),
    "›": _MarkInfo(_Kind.SINGLE_GUILLEMET, True, "‹", "german-single-guillemet"),
    "‹": _MarkInfo(_Kind.SINGLE_GUILLEMET, True, "›", "swiss-single-guillemet"),
}


class _Node:
    """A quote while pairing: a node of the nesting tree (the root holds no quote)."""

    __slots__ = (
        "children",
        "close_mark",
        "cut",
        "end",
        "first",
        "info",
        "mark",
        "n_parts",
        "open_pos",
        "paragraph",
        "parent",
        "part",
        "start",
    )

    def __init__(
        self, open_pos: int, mark: str, info: _MarkInfo, paragraph: int, parent: _Node | None
    ) -> None:
        self.open_pos = open_pos
        self.mark = mark
        self.info = info
        self.start = open_pos + len(mark)  # content start
        self.end = self.start  # content end, set when the quote closes or ends
        self.close_mark = ""
        self.paragraph = paragraph
        self.parent: _Node = self if parent is None else parent  # the root is its own parent
        self.children: list[_Node] = []
        self.cut = False  # ended early, before a same-mark quote (step 5)
        self.part = 0
        self.n_parts = 1  # kept on the first part of a multi-paragraph quotation
        self.first: _Node = self  # the first part of its quotation


def _check_str(text: object) -> str:
    if not isinstance(text, str):
        hint = " (decode it first, e.g. data.decode('utf-8'))" if isinstance(text, bytes) else ""
        raise TypeError(f"find_quotes() expects a str, got {type(text).__name__}{hint}")
    bad = _SURROGATE.search(text)
    if bad is not None:
        raise ValueError(
            f"the text holds a lone surrogate (U+{ord(bad.group()):04X}) at offset {bad.start()}, "
            "which no UTF-8 output can hold; decode bytes with errors='replace' (or fix the "
            "text) first"
        )
    return text


_SURROGATE = regex.compile("[\ud800-\udfff]")


def _char_ctx(ch: str) -> _Ctx:
    if ch.isspace():
        return _Ctx.SPACE
    return _Ctx.WORD if unicodedata.category(ch)[0] in "LMN" else _Ctx.PUNCT


def _context(text: str, pos: int) -> tuple[_Ctx, _Ctx]:
    """What stands before and after the one-character mark at ``pos``."""
    opening = pos == 0 or text[pos - 1] in _OPENING_PUNCT
    before = _Ctx.SPACE if opening else _char_ctx(text[pos - 1])
    after = _Ctx.SPACE if pos + 1 >= len(text) else _char_ctx(text[pos + 1])
    return before, after


def _classify(kind: _Kind, before: _Ctx, after: _Ctx, text: str, pos: int) -> _Role:
    """The role of a mark from its context (the pending openers decide the rest)."""
    space, punct, word = _Ctx.SPACE, _Ctx.PUNCT, _Ctx.WORD
    if kind is _Kind.LOW_DOUBLE:
        # „ always opens, unless nothing follows it: „ between spaces is a ditto mark.
        return _Role.NONE if after is space else _Role.OPEN
    closing_punct = after is punct and text[pos + 1] in _CLOSING_PUNCT
    if kind is _Kind.DOUBLE:
        if before is space:
            if after is space:
                return _Role.CLOSE  # „Ja “ sagte er
            return _Role.CLOSE_OR_OPEN if closing_punct else _Role.OPEN  # „Ja “, sagte er
        if before is punct and after is word:  # „Ja.“Dann vs. sagte:“Ja”
            return _Role.CLOSE_OR_OPEN
        return _Role.CLOSE
    if kind is _Kind.GUILLEMET or kind is _Kind.SINGLE_GUILLEMET:
        if before is space:
            if after is space or closing_punct:
                return _Role.CLOSE_OR_OPEN  # « Salut », dit-il
            return _Role.OPEN
        if after is space or before is word:
            return _Role.CLOSE
        return _Role.CLOSE_OR_OPEN
    if kind is _Kind.LOW_SINGLE:
        # ‚ opens before a word; after a word it is a misplaced comma.
        return _Role.OPEN if after is not space and before is not word else _Role.NONE
    # ‘ ' ’: apostrophes unless context says clearly otherwise.
    if before is word and after is word:
        return _Role.APOSTROPHE  # geht’s, Kant’sche, in's, 10'000
    if after is space or (before is not space and after is punct):
        return _Role.CLOSE if before is not space else _Role.NONE  # Thomas’ / ‚Ja‘.
    # Word or punctuation follows, space or punctuation precedes: an opener position.
    if kind is _Kind.RIGHT_SINGLE or _CLITIC_RE.match(text, pos + 1):
        return _Role.APOSTROPHE  # ’n, 'ne, 's, '90; ’ never opens
    return _Role.OPEN


def _rstrip(text: str, lo: int, hi: int) -> tuple[int, int]:
    """``hi`` moved back over whitespace, not below ``lo``; and the steps taken."""
    steps = 0
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
        steps += 1
    return hi, steps


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph that holds more than whitespace, stripped: the
    text split at blank lines. The one definition of a paragraph in quoteattr (quotations
    never cross one; selective parsing sends whole paragraphs to the tokenizer)."""
    spans: list[tuple[int, int]] = []
    lo = 0
    breaks = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK_RE.finditer(text)]
    for hi, next_lo in [*breaks, (len(text), len(text))]:
        start = lo
        while start < hi and text[start].isspace():
            start += 1
        end, _ = _rstrip(text, start, hi)
        if start < end:
            spans.append((start, end))
        lo = next_lo
    return spans


class _Pairer:
    """Pairs classified marks with a stack, paragraph by paragraph (steps 4 to 6).

    ``work`` counts the elementary steps (marks examined, stack entries looked at,
    nodes moved, whitespace skipped): it grows linearly with the text.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.root = _Node(0, "", _MARKS["„"], 0, None)  # holds the top-level quotes
        self.stack: list[_Node] = []
        self.continuation: _Node | None = None  # an unclosed quote that may go on
        self.goes_on: _Node | None = None  # the quote this paragraph may continue
        self.work = 0

    def paragraph(self, index: int, start: int, end: int) -> None:
        """Pair the marks of the paragraph ``text[start:end]``."""
        goes_on = self.goes_on = self.continuation
        self.continuation = None
        if goes_on is not None:
            # The quotation may go on without a reopening mark, up to a closing mark that
            # closes nothing else: a tentative opener with no mark stands for that.
            self._open(start, "", goes_on.info, index)
        for match in _MARK_RE.finditer(self.text, start, end):
            self.work += 1
            pos = match.start()
            mark = match.group()
            info = _MARKS[mark]
            before, after = _context(self.text, pos)
            role = _classify(info.kind, before, after, self.text, pos)
            if (
                goes_on is not None
                and pos == start
                and role is _Role.OPEN
                and info.family == goes_on.info.family
            ):
                # The paragraph reopens the quotation: the real opener replaces the
                # tentative one and becomes the next part.
                self._drop(self.stack.pop())
                node = self._open(pos, mark, info, index)
                if node is not None:
                    self._link(goes_on, node)
            elif role in (_Role.CLOSE, _Role.CLOSE_OR_OPEN) and self._close(pos, mark, info):
                pass
            elif role in (_Role.OPEN, _Role.CLOSE_OR_OPEN):
                self._open(pos, mark, info, index)
        self._end_paragraph(index, end)

    def _open(self, pos: int, mark: str, info: _MarkInfo, paragraph: int) -> _Node | None:
        stack = self.stack
        if info.single and stack and stack[-1].info.single and stack[-1].mark == mark:
            self._drop(stack.pop())  # 'a 'b: the first ' was an apostrophe
        if len(stack) >= _MAX_DEPTH:
            return None
        parent = stack[-1] if stack else self.root
        node = _Node(pos, mark, info, paragraph, parent)
        parent.children.append(node)
        stack.append(node)
        return node

    def _close(self, pos: int, mark: str, info: _MarkInfo) -> bool:
        """Close the pending opener that ``mark`` fits; False if there is none."""
        stack = self.stack
        if info.single:
            # A single closer only closes the opener on top; otherwise an apostrophe.
            if not stack or not stack[-1].info.single or mark not in stack[-1].info.closers:
                return False
            found = len(stack) - 1
        else:
            found = -1
            for i in range(len(stack) - 1, -1, -1):
                self.work += 1
                if not stack[i].info.single and mark in stack[i].info.closers:
                    found = i
                    break
            if found < 0:
                return False
        while len(stack) > found + 1:
            inner = stack.pop()
            if inner.info.single:
                self._drop(inner)
            else:
                self._end_unclosed(inner, pos)
        node = stack.pop()
        node.end = pos
        node.close_mark = mark
        if not node.mark and self.goes_on is not None:
            self._link(self.goes_on, node)  # a tentative opener: the quotation went on
        return True

    def _drop(self, node: _Node) -> None:
        """Forget an opener that was an apostrophe after all; its quotes move up."""
        parent = node.parent
        parent.children.pop()  # an opener still pending is its parent's last child
        for child in node.children:
            child.parent = parent
            self.work += 1
        parent.children.extend(node.children)

    def _end_unclosed(self, node: _Node, pos: int) -> None:
        node.end, steps = _rstrip(self.text, node.start, pos)
        self.work += steps

    def _end_paragraph(self, index: int, end: int) -> None:
        unclosed: list[_Node] = []
        for node in self.stack:  # outermost first
            if node.info.single or not node.mark:  # apostrophes; an unused tentative opener
                self._drop(node)
            else:
                node.end = max(end, node.start)
                unclosed.append(node)
        self.stack.clear()
        for node in unclosed:
            self._cut(node)
        last = self.root.children[-1] if self.root.children else None
        if (
            last is not None
            and last.paragraph == index
            and not last.close_mark
            and not last.cut
            and not last.info.single
        ):
            self.continuation = last

    def _cut(self, node: _Node) -> None:
        """End an unclosed quote before a quote opened with its own mark (step 5)."""
        for i, child in enumerate(node.children):
            self.work += 1
            if child.mark == node.mark:
                tail = node.children[i:]
                del node.children[i:]
                self._end_unclosed(node, child.open_pos)
                node.cut = True
                parent = node.parent  # node is its parent's last child: the tail goes after it
                for moved in tail:
                    moved.parent = parent
                    self.work += 1
                parent.children.extend(tail)
                return

    def _link(self, previous: _Node, node: _Node) -> None:
        """Make ``node`` the next part of the quotation ``previous`` belongs to."""
        if previous.info.family != node.info.family or node.parent is not self.root:
            return
        first = previous.first
        node.first = first
        node.part = previous.part + 1
        first.n_parts = node.part + 1


def _scan(text: str) -> _Pairer:
    """Steps 1 to 6: the nesting tree of ``text``'s quotes, and the work it took."""
    pairer = _Pairer(text)
    for index, (start, end) in enumerate(paragraphs(text)):
        pairer.paragraph(index, start, end)
    return pairer


def _to_quote(text: str, node: _Node, depth: int) -> Quote:
    outer_end = node.end + len(node.close_mark)
    return Quote(
        text=text[node.start : node.end],
        start=node.start,
        end=node.end,
        outer=Span(node.open_pos, outer_end, text[node.open_pos : outer_end]),
        open_mark=node.mark,
        close_mark=node.close_mark,
        closed=bool(node.close_mark),
        depth=depth,
        paragraph=node.paragraph,
        part=node.part,
        n_parts=node.first.n_parts,
        group=node.first.start,
    )


def _build(text: str, root: _Node) -> list[Quote]:
    """Step 7: the quotes in document order, each inner quote right after its parent."""
    quotes: list[Quote] = []
    todo: list[tuple[_Node, int]] = [(child, 0) for child in reversed(root.children)]
    while todo:
        node, depth = todo.pop()
        quotes.append(_to_quote(text, node, depth))
        todo.extend((child, depth + 1) for child in reversed(node.children))
    return quotes


def find_quotes(text: str) -> list[Quote]:
    """Find the quotations in ``text`` by their quotation marks.

    Supports German „…“ and ‚…‘, German »…« and ›…‹, Swiss «…» and ‹…›, English
    “…” and ‘…’, ASCII "…" and '…', and evident mismatched pairs („…", „…”, "…“).
    Apostrophes (geht’s, Thomas’, Rock ’n’ Roll, 10'000) and ditto marks („ between
    spaces) are not quotation marks.

    Returns the quotes in document order, each inner quote right after its parent,
    with ``speaker``, ``cue`` and ``rule`` left ``None``. A quote that is never closed
    ends at the end of its paragraph (``closed=False``, ``close_mark=""``); a quotation
    that runs over several paragraphs comes as linked parts (``group``, ``part``,
    ``n_parts``). Runs in time linear in the length of ``text``.

    Raises:
        TypeError: if ``text`` is not a ``str``.
        ValueError: if ``text`` holds a lone surrogate (``"\\ud800"``, as
            ``errors="surrogateescape"`` decoding leaves), which no UTF-8 output holds.
    """
    text = _check_str(text)
    return _build(text, _scan(text).root)
