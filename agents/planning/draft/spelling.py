"""Misspelt session words ('tmepo', 'fartelk', 'lnog run', 'strenght') read as the word meant,
with a note saying so: a typo in the one word that names a session must not make it another.

Only a word the reader does not know is corrected, and only to one of the words that name a
session, starting with the same letter: two neighbouring letters swapped ('lnog', 'eays') or a
doubled letter written once ('hils') at any length; from five letters, also one letter
dropped, added or changed ('fartlk', 'strenght' is a swap). A word that merely extends a
known one ('hilly', 'longer', 'recovered') is no typo of it, nor is a real word one edit away
that means something else ('trial' beside 'trail').
"""

from __future__ import annotations

import re

from agents.planning.draft.kind_words import (
    ACTIVITIES,
    CROSS_TRAINING_WORDS,
    KIND_WORDS,
    REST_WORDS,
)

# The words a typo is corrected to: the words that name a session, where a typo changes
# what the day is.
VOCABULARY = frozenset(
    {
        "tempo",
        "easy",
        "recovery",
        "intervals",
        "interval",
        "fartlek",
        "long",
        "hills",
        "hill",
        "repeats",
        "strides",
        "threshold",
        "progression",
        "marathon",
        "steady",
        "shakeout",
        "parkrun",
        "strength",
        "elliptical",
        "pilates",
        "mobility",
        "stretching",
        "swimming",
        "cycling",
        "rest",
        "warmup",
        "cooldown",
        "yoga",
        "swim",
        "bike",
    }
)
# Words of the reader's phrases ('cross train'), and real words one edit from a session word
# that mean something else: never corrected.
_PHRASES = (
    *CROSS_TRAINING_WORDS,
    *REST_WORDS,
    *(word for words in KIND_WORDS.values() for word in words),
    *(word for _, words in ACTIVITIES for word in words),
)
NOT_TYPOS = frozenset(word for phrase in _PHRASES for word in phrase.split()) | frozenset(
    {
        "trial",
        "trials",
        "internal",
        "recovers",
        "hilly",
        "along",
        "spring",
        "reset",
        "tempi",
        "marathons",
    }
)
WORD = re.compile(r"(?<![\w'])[a-z]{4,14}(?![\w'])")


# Coaches' short forms of session words and common slips the edit distance above cannot
# reach (three letters, or two edits): 'Str' strides ('8k E + 6 Str' lost its strides),
# 'R&R' rest ('R&R' was R-pace repetitions), 'temp' tempo, a 'warmdown', a 'w-up'.
SHORT_WORDS = {
    "str": "strides",
    "strs": "strides",
    "r&r": "rest",
    "temp": "tempo",
    "warmdown": "cd",
    "warm-down": "cd",
    "warm down": "cd",
    "w-up": "wu",
    "c-down": "cd",
    "rower": "rowing",
    "erg": "rowing",
    "miels": "miles",
    "mils": "miles",
}
SHORT_WORD = re.compile(r"(?<![\w&-])(?:" + "|".join(map(re.escape, SHORT_WORDS)) + r")(?![\w&-])")


def correct_spelling(text: str) -> tuple[str, list[str]]:
    """The normalised session text with its misspelt session words corrected, and a note for
    each ("'tmepo' read as 'tempo'")."""
    notes: list[str] = []
    for short in SHORT_WORD.finditer(text):
        notes.append(f"'{short.group(0)}' read as '{SHORT_WORDS[short.group(0)]}'")
    text = SHORT_WORD.sub(lambda m: SHORT_WORDS[m.group(0)], text)

    def corrected(match: re.Match[str]) -> str:
        word = match.group(0)
        meant = meant_word(word)
        if meant is None:
            return word
        notes.append(f"'{word}' read as '{meant}'")
        return meant

    return WORD.sub(corrected, text), notes


def meant_word(word: str) -> str | None:
    """The session word a misspelt word stands for, if exactly one fits."""
    if word in VOCABULARY or word in NOT_TYPOS:
        return None
    fits = [
        known
        for known in VOCABULARY
        if known[0] == word[0]
        and not (known.startswith(word) or word.startswith(known))
        and _typo_of(word, known)
    ]
    return fits[0] if len(fits) == 1 else None


def _typo_of(word: str, known: str) -> bool:
    """Whether the word is the known one with two neighbouring letters swapped or a doubled
    letter written once, or (from five letters) one letter dropped, added or changed."""
    if len(word) == len(known):
        differing = [i for i, (a, b) in enumerate(zip(word, known, strict=True)) if a != b]
        swapped = (
            len(differing) == 2
            and differing[1] == differing[0] + 1
            and word[differing[0]] == known[differing[1]]
            and word[differing[1]] == known[differing[0]]
        )
        return swapped or (len(word) >= 5 and len(differing) == 1)
    if any(known.replace(c + c, c, 1) == word for c in set(known)):
        return True
    if len(word) < 5 or abs(len(word) - len(known)) != 1:
        return False
    short, long_ = sorted((word, known), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
