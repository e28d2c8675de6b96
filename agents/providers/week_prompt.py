"""The request a model gets for one week: the plan's context, the week as written, the lines
already read (kept as read), and the lines to read, each with the tolerant reading as a hint."""

import datetime as dt

from agents.planning import WEEKDAY_NAMES, LineRead, paces_line, plan_monday, render_day
from agents.providers.prompt_files import render
from agents.providers.readings import described
from agents.providers.week_check import PlanFrame
from agents.providers.week_lines import AskedLine, WeekLines, day_names


def week_request(lines: WeekLines, frame: PlanFrame, folder: str | None) -> str:
    params = frame.params
    reading = lines.reading
    week = reading.week
    text = "\n".join(f"{line}: {content}" for line, content in reading.lines)
    return render(
        "structure_week",
        folder,
        weeks=params.weeks,
        level=params.level,
        week=reading.number,
        phase=week.phase,
        cutback=", a lighter cutback week" if week.cutback else "",
        vdot=f"{frame.paces.vdot:.1f}",
        paces=paces_line(frame.paces),
        principle=params.training_principle or "none given",
        guidance=params.additional_prompt or "none",
        dates=dates_text(frame, reading.number),
        week_text=f"{reading.line}: {reading.header}\n{text}",
        sure="\n".join(_sure(read, frame) for read in lines.sure if read.line != reading.line)
        or "none",
        unsure="\n".join(_asked(line, lines, frame) for line in lines.asked) or "none",
    )


def _sure(read: LineRead, frame: PlanFrame) -> str:
    if read.days:
        return "\n".join(
            f"line {read.line} ({WEEKDAY_NAMES[day.weekday - 1]}): "
            f"{render_day(day, frame.paces, frame.plan.race)}"
            for day in read.days
        )
    return f"line {read.line}: {'rest' if read.rest else 'no session'}"


def _asked(line: AskedLine, lines: WeekLines, frame: PlanFrame) -> str:
    where = " (the week's title)" if line.header else ""
    on = f" [on {day_names(line.weekdays)}]" if line.weekdays else " [names no day]"
    hint = _hint(line, lines, frame)
    return f"line {line.number}{where}{on}: {line.read.text}\n  our reader's hint: {hint}"


def _hint(line: AskedLine, lines: WeekLines, frame: PlanFrame) -> str:
    if line.read.read_as:
        return line.read.read_as
    if line.read.days:
        return described(frame.reader_workouts(lines.tolerant_week(line)))
    return "rest" if line.read.rest else "nothing it could read"


def dates_text(frame: PlanFrame, number: int) -> str:
    start = frame.params.start_date
    if start is None:
        return "No calendar dates: the plan has no start date."
    monday = plan_monday(start, number)
    sunday = monday + dt.timedelta(days=6)
    before = f" The plan starts on {start}: no workout before it." if start > monday else ""
    return f"This week runs from Monday {monday} to Sunday {sunday}.{before}"
