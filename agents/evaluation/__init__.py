"""Prompt evaluation: freeze logged generations into a replay set, run candidates, score, report.

`scoring/` is pure (outputs in, numbers out); `log_fold`, `selection`, `stats`, `gates` and
`report_data` are pure too. The I/O lives in `log_reader` (Kafka), `replay_set` (files),
`model_proxy` and `runner` (model calls), `publish` (the evaluations topic) and the report
writers.
"""
