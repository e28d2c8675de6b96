"""`coach-agent eval run`: a replay set under candidates, scored, reported, gated, logged."""

import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agents.evaluation import report_data
from agents.evaluation.candidates import Candidate, builtin_candidate
from agents.evaluation.cases import BASELINE, Output, ReplayCase
from agents.evaluation.gates import Gate, GateResult, check_gates
from agents.evaluation.publish import EvaluationLog
from agents.evaluation.replay_set import read_set
from agents.evaluation.report_html import render_report
from agents.evaluation.runner import RunOptions, RunOutcome, run_cases
from agents.evaluation.scoring.score import Prices, Scores
from schemas.evaluations import CandidateInfo, CaseScored, EvaluationFinished, EvaluationStarted
from schemas.settings import Settings
from schemas.topics import new_request_id

EXIT_OK, EXIT_REGRESSION, EXIT_INCOMPLETE = 0, 1, 2


@dataclass(frozen=True)
class Evaluation:
    set_folder: Path
    candidates: list[Candidate]
    options: RunOptions
    out_folder: Path | None = None
    gates: list[Gate] = field(default_factory=list)
    gates_file: str | None = None
    log: bool = True


def with_control(candidates: list[Candidate], control: bool) -> list[Candidate]:
    """The named candidates, plus the built-in planner as a control unless one is named."""
    if not control or any(c.provider == "builtin" for c in candidates):
        return candidates
    return [*candidates, builtin_candidate(control=True)]


def prices_of(settings: Settings) -> Prices:
    return {
        model: (price.prompt_per_1k, price.completion_per_1k)
        for model, price in settings.eval_prices_per_1k.items()
    }


async def run_evaluation(evaluation: Evaluation, settings: Settings) -> tuple[int, Path]:
    manifest, cases = read_set(evaluation.set_folder)
    evaluation_id = new_request_id()
    out = evaluation.out_folder or Path("eval-runs") / evaluation_id
    out.mkdir(parents=True, exist_ok=True)
    producers = [_baseline_info(cases), *(c.info() for c in evaluation.candidates)]
    log = EvaluationLog(settings, evaluation_id, evaluation.log)
    await log.start()
    try:
        await log.emit(
            EvaluationStarted,
            set_name=str(evaluation.set_folder),
            set_hash=manifest["hash"],
            cases=len(cases),
            candidates=producers,
            options=_options(evaluation),
        )

        async def scored(case: ReplayCase, output: Output, scores: Scores | None) -> None:
            await log.emit(CaseScored, **_case_event(case, output, scores))

        outcome = await run_cases(
            cases, evaluation.candidates, evaluation.options, settings, prices_of(settings), scored
        )
        report = _report(evaluation, evaluation_id, manifest, cases, producers, outcome)
        _write(out, report, cases, outcome.outputs)
        await log.emit(
            EvaluationFinished,
            status=report["status"],
            reason=report["reason"],
            summary={"summary": report["summary"], "comparisons": report["comparisons"]},
            ranking=report["ranking"],
            gates=report["gates"],
            exit_code=report["exit_code"],
        )
    finally:
        await log.close()
    return int(report["exit_code"]), out


def _report(
    evaluation: Evaluation,
    evaluation_id: str,
    manifest: dict[str, Any],
    cases: list[ReplayCase],
    producers: list[CandidateInfo],
    outcome: RunOutcome,
) -> dict[str, Any]:
    header = {
        "evaluation_id": evaluation_id,
        "finished_at": dt.datetime.now(dt.UTC).isoformat(),
        "set": {"name": str(evaluation.set_folder), "hash": manifest["hash"], "cases": len(cases)},
        "producers": [info.model_dump() for info in producers],
        "options": _options(evaluation),
        "tokens_spent": outcome.tokens_spent,
        "model_calls": outcome.model_calls,
    }
    names = [info.name for info in producers]
    report = report_data.build_report(header, cases, names, outcome.scores)
    gated = [c.name for c in evaluation.candidates if not c.control]
    results = check_gates(
        evaluation.gates,
        gated,
        lambda name, score, stat: report_data.figures(outcome.scores, cases, name, score, stat),
    )
    reason = outcome.reason(evaluation.options.max_tokens)
    unknown = [r.rule for r in results if r.outcome == "unknown"]
    if unknown and reason is None:
        reason = f"gates without data: {', '.join(dict.fromkeys(unknown))}"
    report["status"] = "complete" if outcome.complete else "incomplete"
    report["reason"] = reason
    report["gates"] = [r.as_dict() for r in results]
    report["exit_code"] = exit_code(outcome.complete, results)
    return report


def exit_code(complete: bool, results: list[GateResult]) -> int:
    """2 when the run or a gate's figure is incomplete, 1 when a gate fails, else 0."""
    if not complete or any(r.outcome == "unknown" for r in results):
        return EXIT_INCOMPLETE
    return EXIT_REGRESSION if any(r.outcome == "fails" for r in results) else EXIT_OK


def _baseline_info(cases: list[ReplayCase]) -> CandidateInfo:
    versions = sorted({c.prompt_version for c in cases if c.prompt_version})
    models = sorted({c.model for c in cases if c.model})
    return CandidateInfo(
        name=BASELINE,
        provider="recorded",
        model=", ".join(models) or None,
        prompt_version=", ".join(versions) or None,
    )


def _options(evaluation: Evaluation) -> dict[str, Any]:
    options = evaluation.options
    return {
        "concurrency": options.concurrency,
        "repeat": options.repeat,
        "max_tokens": options.max_tokens,
        "rescore_only": options.rescore_only,
        "cache": str(options.cache_folder) if options.cache_folder else None,
        "gates_file": evaluation.gates_file,
    }


def _case_event(case: ReplayCase, output: Output, scores: Scores | None) -> dict[str, Any]:
    return {
        **case.identity(),
        "candidate": output.candidate,
        "repeat": output.repeat,
        "status": output.status if scores is None or not scores.get("failed") else "failed",
        "error": output.error,
        "provider": output.provider,
        "model": output.model,
        "prompt_version": output.prompt_version,
        "usage": output.usage,
        "scores": scores or {},
    }


def _write(
    out: Path, report: dict[str, Any], cases: list[ReplayCase], outputs: list[Output]
) -> None:
    (out / "report.json").write_text(json.dumps(report, indent=2, sort_keys=False) + "\n")
    lines = [
        o.model_dump_json()
        for o in sorted(outputs, key=lambda o: (o.case_id, o.candidate, o.repeat))
    ]
    (out / "outputs.jsonl").write_text("".join(line + "\n" for line in lines))
    (out / "report.html").write_text(render_report(report, cases, outputs))


def print_summary(report_folder: Path, stream: Any = sys.stdout) -> None:
    report = json.loads((report_folder / "report.json").read_text())
    print(
        f"evaluation {report['evaluation_id']}: {report['status']}"
        + (f" ({report['reason']})" if report["reason"] else ""),
        file=stream,
    )
    for item in report["headline"]:
        figures = [f"baseline {_num(report['summary']['baseline'][item['score']]['mean'])}"]
        for name, compared in report["comparisons"].items():
            diff = compared[item["score"]]["mean"]
            if diff["candidate"] is not None:
                low, high = diff["ci95"]
                interval = f"[{_num(low)}, {_num(high)}]"
                figures.append(
                    f"{name} {_num(diff['candidate'])} (Δ {_num(diff['diff'])} {interval})"
                )
        print(f"  {item['label']}: " + "; ".join(figures), file=stream)
    print(f"  ranking: {', '.join(report['ranking'])}", file=stream)
    for gate in report["gates"]:
        print(f"  gate {gate['candidate']}: {gate['rule']}: {gate['outcome']}", file=stream)
    print(f"report: {report_folder / 'report.html'}", file=stream)


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.4g}"
