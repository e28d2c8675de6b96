"""Day lines written in another language than the reader's English shorthand (and the German
part words it knows, EL/AL/DL/GA/TDL): shown back, not read.

A Spanish, French, Italian, Portuguese, Dutch or Swedish line keeps its numbers and often a
word the reader knows ('10 km a ritmo de maratón' has a size; 'cambios de ritmo 10 x 1 min'
has repetitions), so it was read into an easy run or I-pace intervals with the words that
said how to run them dropped. A line holding one of these training words is shown back
whole, with the word; a reading would be a guess. Words that only name repetitions already
written as 'N x size' ('fractionné 6 x 1000', 'ripetute 5 x 1000 m') or an easy jog
('footing') are left to the reading: it is right.
"""

from __future__ import annotations

import re

# Training words of other languages that are no English shorthand (nor a typo of one).
FOREIGN = (
    # Spanish
    "rodaje|suave|tirada|larga|ritmo|marat[oó]n|cambios|umbral|rectas|calentamiento|vuelta"
    "|calma|descanso|minutos|horas|trote|cuestas|progresivo|recuperaci[oó]n"
    # French
    "|sortie|longue|fondamentale|r[ée]cup|[ée]chauffement|allure|seuil|c[ôo]tes"
    "|r[ée]cup[ée]ration"
    # Italian, Portuguese
    "|corsa|lenta|lento|minuti|recupero|riscaldamento|defaticamento|rodagem|corrida"
    "|leve|tiros|treino"
    # Dutch, Swedish, German words outside the parts the reader knows
    "|duurloop|rustig|lugn|jogg|distans|locker|intervalle|tempol[äa]ufe?"
)
FOREIGN_WORD = re.compile(r"(?<![\w-])(?:" + FOREIGN + r")(?![\w-])")


def foreign_word(text: str) -> str | None:
    """The first training word of another language in a normalised session text, if any."""
    found = FOREIGN_WORD.search(text)
    return found.group(0) if found else None
