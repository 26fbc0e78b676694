#!/usr/bin/env python3
"""Writes the promtool rule tests in this folder (*.yaml) from a per-minute model of LLM traffic.

The YAML files are what CI runs (`promtool test rules tests/*.yaml`, through PromtoolTest); this
script is how they were made. Change a scenario here, run `python3 tests/generate.py`, and commit
both. Counters become promtool's expanding notation ('a+bxn' is a, a+b, ... a+nb; '_' is no sample).
"""
import os
from fractions import Fraction as F

OUT = os.path.dirname(os.path.abspath(__file__)) + os.sep

def fmt(x):
    x = round(float(x), 4)
    return ('%d' % x) if x == int(x) else ('%.4f' % x).rstrip('0')

def encode(incs, present):
    """incs[t]: increment at minute t; present[t]: whether a sample exists at minute t."""
    v, acc = [], F(0)
    for i, p in zip(incs, present):
        acc += F(i).limit_denominator(100000)
        v.append(acc if p else None)
    out, s, n_all = [], 0, len(v)
    while s < n_all:
        if v[s] is None:
            n = 0
            while s + n < n_all and v[s + n] is None: n += 1
            out.append('_x%d' % n if n > 1 else '_'); s += n; continue
        n = 0
        b = v[s + 1] - v[s] if s + 1 < n_all and v[s + 1] is not None else None
        while b is not None and s + n + 1 < n_all and v[s + n + 1] is not None and v[s + n + 1] - v[s + n] == b: n += 1
        if n >= 2: out.append('%s+%sx%d' % (fmt(v[s]), fmt(b), n))
        else:
            out.append(fmt(v[s])); n = 0
        s += n + 1
    return ' '.join(out)

def part(t): return (t // 360) % 4   # 0 night 00-06, 1 morning, 2 afternoon, 3 evening

DAY = {
 'calls':   [30, 60, 90, 60],
 'refusal': [0.015, 0.02, 0.03, 0.02],
 'e429':    [0.005, 0.005, 0.01, 0.005],
 'e5xx':    [0.002] * 4,
 'retry':   [0.01] * 4,
 'fviol':   [0.03, 0.03, 0.04, 0.03],
 'outlen':  [400, 420, 460, 420],
 'lat':     [(0.5, 0.4, 0.1, 0, 0)] * 2 + [(0.4, 0.4, 0.2, 0, 0), (0.5, 0.4, 0.1, 0, 0)],
 'tokens':  [1000, 1100, 1200, 1100],
 'quality': [0.80, 0.79, 0.77, 0.79],
 'scores':  [2] * 4,
}
LE = ['1', '2', '4', '8', '16', '+Inf']
MID = [0.6, 1.5, 3, 6, 12]

def labels(model, pv):
    l = 'gen_ai_provider_name="openai",gen_ai_request_model="%s"' % model
    return l + ',driftwatch_prompt_version="v7"' if pv else l

def traffic(minutes, model='gpt-4o-mini', tweak=lambda t, d: d, extra=lambda t: {}, present=lambda t: True):
    """tweak(t, levels) returns this minute's levels; extra(t) adds one-off increments by series key."""
    rows = {}
    L, PV = labels(model, False), labels(model, True)
    def add(name, t, x): rows.setdefault(name, [0] * minutes)[t] += x
    for t in range(minutes):
        d = tweak(t, {k: v[part(t)] for k, v in DAY.items()})
        V = d['calls']
        add('driftwatch_llm_calls_total{%s,driftwatch_outcome="success"}' % PV, t, V)
        add('driftwatch_llm_calls_total{%s,driftwatch_outcome="rate_limited"}' % PV, t, V * d['e429'])
        add('driftwatch_llm_calls_total{%s,driftwatch_outcome="server_error"}' % PV, t, V * d['e5xx'])
        add('driftwatch_llm_retries_total{%s,driftwatch_retry_source="sdk_header"}' % L, t, V * d['retry'])
        add('driftwatch_llm_refusals_total{%s,driftwatch_refusal_source="lexicon"}' % PV, t, V * d['refusal'])
        add('driftwatch_llm_format_checks_total{%s,driftwatch_format_compliant="true"}' % PV, t, V / 2 * (1 - d['fviol']))
        add('driftwatch_llm_format_checks_total{%s,driftwatch_format_compliant="false",driftwatch_format_violation="schema_violation"}' % PV, t, V / 2 * d['fviol'])
        add('driftwatch_llm_output_length_sum{%s}' % PV, t, V * d['outlen'])
        add('driftwatch_llm_output_length_count{%s}' % PV, t, V)
        cum = 0
        for i, le in enumerate(LE):
            if i < 5: cum += d['lat'][i]
            add('gen_ai_client_operation_duration_seconds_bucket{%s,le="%s"}' % (L, le), t, V * (cum if i < 5 else 1))
        add('gen_ai_client_operation_duration_seconds_count{%s}' % L, t, V)
        add('gen_ai_client_operation_duration_seconds_sum{%s}' % L, t, V * sum(a * b for a, b in zip(d['lat'], MID)))
        add('gen_ai_client_token_usage_sum{%s,gen_ai_token_type="input"}' % L, t, V * d['tokens'])
        add('gen_ai_client_token_usage_count{%s,gen_ai_token_type="input"}' % L, t, V)
        add('driftwatch_llm_quality_score_sum{%s,gen_ai_evaluation_name="helpfulness"}' % PV, t, d['scores'] * d['quality'])
        add('driftwatch_llm_quality_score_count{%s,gen_ai_evaluation_name="helpfulness"}' % PV, t, d['scores'])
        for k, x in extra(t).items(): add(k % {'L': L, 'PV': PV}, t, x)
    pres = [present(t) for t in range(minutes)]
    return {k: encode(v, pres) for k, v in rows.items()}

def event(minutes, name, model, at, extra_labels=''):
    """A change counter that appears with value 1 at minute `at`."""
    l = labels(model, False) + extra_labels
    return {'%s{%s}' % (name, l): ('_x%d 1+0x%d' % (at, minutes - at - 1))}

def emit(rows, indent='      '):
    out = []
    for k, vals in rows.items():
        out.append("%s- series: '%s'" % (indent, k))
        out.append("%s  values: '%s'" % (indent, vals))
    return '\n'.join(out)


# ---------------------------------------------------------------- scenarios
M = 'gen_ai_provider_name="openai",gen_ai_request_model="gpt-4o-mini"'

HEADER = """# %s
# Generated by tests/generate.py: change the scenario there and run it again.
#
# Synthetic traffic for openai / gpt-4o-mini, one sample a minute. A normal day has four 6-hour parts
# (night 00-06, morning, afternoon, evening) with these levels:
#   successful calls a minute 30 / 60 / 90 / 60    refusal share  1.5 / 2 / 3 / 2 %%
#   429 share 0.5 / 0.5 / 1 / 0.5 %%, 5xx 0.2 %%     retries 1 %%    format violations 3 / 3 / 4 / 3 %%
#   mean output length 400 / 420 / 460 / 420 chars  mean input tokens 1000 / 1100 / 1200 / 1100
#   latency p95 3 s (3.5 s in the afternoon)        quality score mean 0.80 / 0.79 / 0.77 / 0.79
# The counters below encode exactly that (promtool's expanding notation: 'a+bxn' is a, a+b, ... a+nb).
rule_files:
  - ../rules/*.yaml
evaluation_interval: 1m
group_eval_order:
  [driftwatch-objectives, driftwatch-signals, driftwatch-slo, driftwatch-baselines, driftwatch-deviations,
   driftwatch-triage, driftwatch-alerts]
tests:
"""

def group(name, rows, checks, interval='1m'):
    return f"""  - name: {name}
    interval: {interval}
    input_series:
{emit(rows)}
{checks}
"""

def write(fname, purpose, groups):
    open(OUT + fname, 'w').write(HEADER % purpose + '\n'.join(groups))

H = 60
# ---------------------------------------------------------------- noise
n = 48 * H
write('noise.yaml', 'Normal diurnal noise over two days fires nothing and leaves every signal inside its band.', [
  group('two days of diurnal noise', traffic(n), f"""    promql_expr_test:
      # no alert was ever even pending
      - expr: count_over_time(ALERTS[2d])
        eval_time: 47h59m
        exp_samples: []
      # no signal ever left its band
      - expr: count_over_time(driftwatch:signal_deviating[2d])
        eval_time: 47h59m
        exp_samples: []
      # ... although the signals did move with the time of day: the refusal ratio's own 1-day band
      - expr: driftwatch:refusal_ratio:stddev1d > bool 0.004
        eval_time: 47h59m
        exp_samples:
          - labels: '{{{M}}}'
            value: 1
      - expr: driftwatch:triage
        eval_time: 47h59m
        exp_samples:
          - labels: 'driftwatch:triage{{{M},triage_domain="none"}}'
            value: 1""")])

# ---------------------------------------------------------------- spike
n = 22 * H
S = 20 * H
def spike(t):
    if t != S: return {}
    return {
      'driftwatch_llm_refusals_total{%(PV)s,driftwatch_refusal_source="lexicon"}': 40,
      'driftwatch_llm_calls_total{%(PV)s,driftwatch_outcome="server_error"}': 40,
      'gen_ai_client_operation_duration_seconds_bucket{%(L)s,le="16"}': 60,
      'gen_ai_client_operation_duration_seconds_bucket{%(L)s,le="+Inf"}': 60,
      'gen_ai_client_operation_duration_seconds_count{%(L)s}': 60,
      'gen_ai_client_operation_duration_seconds_sum{%(L)s}': 720,
      'driftwatch_llm_quality_score_count{%(PV)s,gen_ai_evaluation_name="helpfulness"}': 10,
    }
write('spike.yaml', 'One bad minute in every layer at once (refusals, 5xx, slow calls, zero quality scores) fires nothing.', [
  group('one bad minute at 20:00', traffic(n, extra=spike), f"""    promql_expr_test:
      # the bad minute was seen: four layers deviated together for a while ...
      - expr: driftwatch:layers_deviating
        eval_time: 20h03m
        exp_samples:
          - labels: 'driftwatch:layers_deviating{{{M}}}'
            value: 4
      # ... and every alert went pending for exactly as long as its layer's window held the bad
      # minute, shorter than its `for:` (page 20m, api and infrastructure 15m, behavior 30m, quality 1h) ...
      - expr: sum by (alertname) (count_over_time(ALERTS{{alertstate="pending"}}[22h]))
        eval_time: 21h59m
        exp_samples:
          - labels: '{{alertname="LlmLayersDeviatingTogether"}}'
            value: 15
          - labels: '{{alertname="LlmApiDeviation"}}'
            value: 5
          - labels: '{{alertname="LlmInfrastructureDeviation"}}'
            value: 10
          - labels: '{{alertname="LlmBehaviorDrift"}}'
            value: 15
          - labels: '{{alertname="LlmQualityDecline"}}'
            value: 30
      # ... but nothing ever fired
      - expr: count_over_time(ALERTS{{alertstate="firing"}}[22h])
        eval_time: 21h59m
        exp_samples: []""")])

# ---------------------------------------------------------------- weekly
W = 7 * 24 * H
n = W + 12 * H
PEAK = (9 * H + 30, 11 * H + 30)
def weekly_tweak(t, d):
    d = dict(d); d['calls'] = 60
    m = t % (24 * H)
    if PEAK[0] <= m < PEAK[1]: d['refusal'] = 0.09
    else: d['refusal'] = 0.02
    return d
rows = traffic(n, 'gpt-4o-mini', weekly_tweak, present=lambda t: (9 * H <= t < 12 * H) or t >= W)
rows.update(traffic(n, 'gpt-4o', weekly_tweak, present=lambda t: t >= W))
write('weekly.yaml', 'The same hour last week is part of the baseline: a rise that also happened then is not drift.', [
  group('a weekly peak is suppressed where last week had it too', rows, f"""    promql_expr_test:
      # gpt-4o-mini had the same 9% refusal peak at 09:30-11:30 a week ago: no alert.
      # gpt-4o has no data from last week, so only its 1-day baseline counts: ticket.
      - expr: count by (alertname, gen_ai_request_model, signal) (count_over_time(ALERTS{{alertstate="firing"}}[8d]))
        eval_time: 7d11h59m
        exp_samples:
          - labels: '{{alertname="LlmBehaviorDrift",gen_ai_request_model="gpt-4o",signal="refusal_ratio"}}'
            value: 1""")])

# ---------------------------------------------------------------- drift, correlation, triage
n = 12 * H
T0 = 9 * H            # every drift below starts at 09:00 and lasts until the end (11:59)
def after(t0, **levels):
    def tweak(t, d):
        if t < t0: return d
        d = dict(d); d.update(levels); return d
    return tweak
SLOW = (0.1, 0.3, 0.3, 0.3, 0)    # p95 about 7.3 s instead of 3 s

def alerts_at(time, expected):
    lines = [f"""      - expr: ALERTS{{alertstate="firing"}}
        eval_time: {time}"""]
    if not expected:
        return lines[0] + "\n        exp_samples: []"
    lines.append("        exp_samples:")
    for labels in expected:
        lines.append(f"""          - labels: 'ALERTS{{alertstate="firing",{M},{labels}}}'
            value: 1""")
    return '\n'.join(lines)

def pages_over_run(expected_domain, pages=('LlmLayersDeviatingTogether',)):
    body = f"""      - expr: count by (alertname, triage_domain) (count_over_time(ALERTS{{severity="page",alertstate="firing"}}[12h]))
        eval_time: 11h59m"""
    if expected_domain is None:
        return body + "\n        exp_samples: []"
    return body + f"""
        exp_samples:""" + ''.join(f"""
          - labels: '{{alertname="{page}",triage_domain="{expected_domain}"}}'
            value: 1""" for page in pages)

def triage_at(time, domain):
    return f"""      - expr: driftwatch:triage
        eval_time: {time}
        exp_samples:
          - labels: 'driftwatch:triage{{{M},triage_domain="{domain}"}}'
            value: 1"""

ONE_TRIAGE = """      # the decision tree always gives exactly one domain
      - expr: max_over_time(count by (gen_ai_request_model) (driftwatch:triage)[12h:1m])
        eval_time: 11h59m
        exp_samples:
          - labels: '{gen_ai_request_model="gpt-4o-mini"}'
            value: 1"""

BEH = 'alertname="LlmBehaviorDrift",layer="behavioral",severity="ticket",signal="refusal_ratio"'
QUA = 'alertname="LlmQualityDecline",layer="quality",severity="ticket",signal="quality_score_mean"'
LAT = 'alertname="LlmInfrastructureDeviation",layer="infrastructure",severity="ticket",signal="latency_p95_seconds"'
TOK = 'alertname="LlmInfrastructureDeviation",layer="infrastructure",severity="ticket",signal="input_tokens_per_call"'
API = 'alertname="LlmApiDeviation",layer="api",severity="ticket",signal="provider_error_ratio"'
PAGE = 'alertname="LlmLayersDeviatingTogether",severity="page"'
def chg(kind, domain): return f'alertname="LlmPromptOrModelChanged",change="{kind}",severity="notify",triage_domain="{domain}"'

refusal_rows = traffic(n, tweak=after(T0, refusal=0.12))
quality_rows = traffic(n, tweak=after(T0, quality=0.711))
quality_rows.update(event(n, 'driftwatch_model_changes_total', 'gpt-4o-mini', T0 - 30, ',gen_ai_response_model="gpt-4o-mini-2025-10-01"'))
write('drift.yaml', 'A sustained drift in one layer fires that layer\'s ticket once it has lasted its `for:`, and no page.', [
  group('refusals up 10 percentage points (2% to 12% of answers) from 09:00', refusal_rows, f"""    alert_rule_test:
      - eval_time: 10h
        alertname: LlmBehaviorDrift
        exp_alerts:
          - exp_labels:
              severity: ticket
              layer: behavioral
              signal: refusal_ratio
              gen_ai_provider_name: openai
              gen_ai_request_model: gpt-4o-mini
              triage_domain: prompt_model
            exp_annotations:
              summary: 'refusal_ratio of openai gpt-4o-mini is 0.12, outside its normal range (triage: prompt_model)'
              next_step: >-
                Answers changed while the API is healthy: find the prompt version and served model that
                changed, run the evaluation set, roll the prompt back or pin the previous model.
              runbook_url: 'otel-collector/RUNBOOK.md#prompt_model'
    promql_expr_test:
      # 20 minutes in: deviating, but not for 30 minutes yet
{alerts_at('9h20m', [])}
{alerts_at('10h', [BEH + ',triage_domain="prompt_model"'])}
{pages_over_run(None)}"""),
  group('quality score mean down 10% (0.79 to 0.711) from 09:00, after a served-model change at 08:30', quality_rows, f"""    promql_expr_test:
      # the model change alone notifies, with nothing deviating yet
{alerts_at('8h45m', [chg('model', 'none')])}
      # a 10% drop is visible in the 30m mean after ~25 minutes; it must then hold for 1 hour
{alerts_at('10h15m', [chg('model', 'prompt_model')])}
      # the change is older than 2 hours by now, so only the quality ticket is left
{alerts_at('11h', [QUA + ',triage_domain="prompt_model"'])}
{pages_over_run(None)}"""),
])

corr_rows = traffic(n, tweak=after(T0, lat=SLOW, refusal=0.12, quality=0.69))
corr_rows.update(event(n, 'driftwatch_prompt_changes_total', 'gpt-4o-mini', T0 - 5))
prov_rows = traffic(n, tweak=after(T0, e5xx=0.10, lat=(0.2, 0.3, 0.3, 0.2, 0)))
write('correlation.yaml', 'Drift in two or more layers at once pages exactly once, with the triage domain of the decision tree.', [
  group('latency, refusals and quality move together right after a prompt change', corr_rows, f"""    alert_rule_test:
      - eval_time: 10h
        alertname: LlmLayersDeviatingTogether
        exp_alerts:
          - exp_labels:
              severity: page
              gen_ai_provider_name: openai
              gen_ai_request_model: gpt-4o-mini
              triage_domain: prompt_model
            exp_annotations:
              summary: '3 layers of openai gpt-4o-mini deviate together (triage: prompt_model)'
              signals: 'behavioral/refusal_ratio, infrastructure/latency_p95_seconds, quality/quality_score_mean'
              next_step: >-
                Answers changed while the API is healthy: find the prompt version and served model that
                changed, run the evaluation set, roll the prompt back or pin the previous model.
              runbook_url: 'otel-collector/RUNBOOK.md#prompt_model'
    promql_expr_test:
{pages_over_run('prompt_model', ('LlmBehaviorRegression', 'LlmLayersDeviatingTogether'))}
{ONE_TRIAGE}"""),
  group('5xx errors (0.2% to 10%, below the budget-burn page) and latency move together', prov_rows, f"""    promql_expr_test:
{pages_over_run('provider')}
{triage_at('10h', 'provider')}
{alerts_at('10h', [PAGE + ',triage_domain="provider"', API + ',triage_domain="provider"', LAT + ',triage_domain="provider"'])}
{ONE_TRIAGE}"""),
])

infra_rows = traffic(n, tweak=after(T0, tokens=1650, lat=SLOW))
infra_prompt_rows = traffic(n, tweak=after(T0, tokens=1650, lat=SLOW))
infra_prompt_rows.update(event(n, 'driftwatch_prompt_changes_total', 'gpt-4o-mini', T0 - 10))
rl_rows = traffic(n, tweak=after(T0, e429=0.08))
write('triage.yaml', 'Each triage domain is recognised; single-layer deviations are tickets, never pages.', [
  group('input tokens up 50% and latency up, behavior and quality stable', infra_rows, f"""    promql_expr_test:
{triage_at('8h', 'none')}
{triage_at('10h', 'infrastructure_retrieval')}
{alerts_at('10h', [LAT + ',triage_domain="infrastructure_retrieval"', TOK + ',triage_domain="infrastructure_retrieval"'])}
{pages_over_run(None)}"""),
  group('the same rise in tokens and latency right after a prompt change', infra_prompt_rows, f"""    promql_expr_test:
{triage_at('10h', 'prompt_model')}
{alerts_at('10h', [LAT + ',triage_domain="prompt_model"', TOK + ',triage_domain="prompt_model"', chg('prompt', 'prompt_model')])}
{pages_over_run(None)}"""),
  group('429s up (0.5% to 8%), nothing else', rl_rows, f"""    promql_expr_test:
{triage_at('10h', 'provider')}
{alerts_at('10h', [API + ',triage_domain="provider"'])}
{pages_over_run(None)}"""),
])

low_rows = traffic(n, tweak=lambda t, d: dict(d, calls=3, scores=0.5, refusal=(0.33 if t >= T0 else 0.02), quality=(0.3 if t >= T0 else 0.8)))
tiny_rows = traffic(n, tweak=lambda t, d: dict(d, calls=1, scores=0.5, refusal=(0.33 if t >= T0 else 0.02), quality=(0.3 if t >= T0 else 0.8)))
write('volume.yaml', 'Below the minimum sample counts of the short windows the api and behavioral signals use windows four times as long, so a large jump still pages at night; below those too, nothing is recorded and nothing can alert.', [
  group('3 calls a minute; from 09:00 one answer in three is a refusal and quality falls to 0.3', low_rows, f"""    promql_expr_test:
      # 45 successful calls in 15 minutes, under the 100 a behavioral ratio needs: the last hour's 180 count
      - expr: driftwatch:refusal_ratio:15m > bool 0.1
        eval_time: 10h
        exp_samples:
          - labels: '{{{M}}}'
            value: 1
      # 15 scores in 30 minutes, under the 30 a quality mean needs
      - expr: driftwatch:quality_score_mean:30m
        eval_time: 10h
        exp_samples: []
      # the severe refusal share pages within the hour
      - expr: count by (alertname) (count_over_time(ALERTS{{severity="page",alertstate="firing"}}[1h]))
        eval_time: 10h
        exp_samples:
          - labels: '{{alertname="LlmBehaviorRegression"}}'
            value: 1
"""),
  group('1 call a minute (60 answers an hour, under every gate); the same jump records nothing', tiny_rows, f"""    promql_expr_test:
      - expr: driftwatch:refusal_ratio:15m
        eval_time: 10h
        exp_samples: []
      - expr: count_over_time(ALERTS{{alertstate="firing"}}[12h])
        eval_time: 11h59m
        exp_samples: []
{triage_at('10h', 'none')}"""),
])
