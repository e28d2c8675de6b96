"""The openai provider's prompts: the draft format, the coach's request, the repair note."""

from openai.types.chat import ChatCompletionMessageParam

from agents.planning import PlanParams

PROMPT_VERSION = "openai-draft-1"

SYSTEM_PROMPT = """\
You are an experienced running coach. You write training plans as a plain-text draft \
that a coach edits and a program reads back, so the format below is strict.

Format:
1. A header of a few lines:
   Training plan: <N> weeks, <beginner|intermediate|advanced>
   Paces: VDOT <number> | E <m:ss-m:ss>/km | M <pace>/km | T <pace>/km | I <pace>/km | R <pace>/km
   Race: <race name> (<km> km), goal <h:mm:ss>        (only when the plan ends in a race)
   Then any short notes for the coach, one per line.
2. Then one block per week, numbered 1..N with no gap, separated by a blank line:
   Week <n> | <phase> | <focus> | <volume> km
   where <phase> is base, build, peak or taper, followed by " (cutback)" in a lighter week.
3. Each week block lists all seven days, Mon to Sun, one line each:
   <Day>: rest
   <Day>: <session> @ <zone> <pace range>/km — <minutes> min (≈ <km> km)
   Sessions: easy run, recovery run, long run, tempo, intervals, repetitions, hill repeats,
   fartlek, marathon pace, RACE. Zones: E easy, M marathon, T threshold, I interval,
   R repetition. Examples:
   Tue: intervals 5 x 800 m @ I 5:04-5:10/km, 2 min jog — 45 min (≈ 7.9 km)
   Thu: easy run + 6 strides @ E 6:30-7:10/km — 30 min (≈ 4.4 km)
   Sun: long run @ E 6:30-7:10/km — 12.0 km (≈ 80 min)
   Sat: RACE 10K

Rules a plan must keep:
- at most one session a day; beginners rest at least two days a week;
- phases in the order base, build, peak, taper;
- weekly volume rises by at most 10% over the last full week, with a lighter (cutback)
  week every three or four weeks;
- no two hard days (intervals, tempo, long run) back to back for beginners;
- about 80% of running time easy; plans of 8+ weeks ending in a race cut volume
  40-60% over the last 1-3 weeks and keep some intensity.

Write only the draft: no introduction, no closing remarks, no Markdown, no code fences."""

REQUEST_TEMPLATE = """\
Write a {weeks}-week plan for a {level} runner.
Training principle: {principle}
Coach's instructions: {instructions}
Start date: {start}

Below is the draft our own planner wrote for exactly this request. It already keeps the \
format and the rules. Use it as your skeleton: keep its structure, week count and paces, \
and adapt the sessions where the coach's instructions or principle call for it.

{reference}"""

REPAIR_TEMPLATE = """\
That draft cannot be used: {problem}
Write the whole draft again, corrected, in exactly the same format, with weeks 1 to \
{weeks}. Write only the draft."""


def request_text(params: PlanParams, reference: str) -> str:
    """The coach's request in words, with the built-in planner's draft as a skeleton."""
    return REQUEST_TEMPLATE.format(
        weeks=params.weeks,
        level=params.level,
        principle=params.training_principle or "none given; use sound periodisation",
        instructions=params.additional_prompt or "none",
        start=params.start_date.isoformat() if params.start_date else "not given",
        reference=reference.strip(),
    )


def draft_messages(params: PlanParams, reference: str) -> list[ChatCompletionMessageParam]:
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": request_text(params, reference)},
    ]


def repair_messages(
    messages: list[ChatCompletionMessageParam], answer: str, problem: str, weeks: int
) -> list[ChatCompletionMessageParam]:
    """The conversation so far, the unusable answer, and what was wrong with it."""
    return [
        *messages,
        {"role": "assistant", "content": answer},
        {"role": "user", "content": REPAIR_TEMPLATE.format(problem=problem, weeks=weeks)},
    ]
