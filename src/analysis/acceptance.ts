import type { EventName } from '../events/index.js';
import type { GateStatus, Verdict } from '../model/verdict.js';

/**
 * The testing-platform plan's acceptance criteria AC-1 … AC-7 and its Definition of Done, judged
 * from what this run measured: artifacts and their hashes, events seen, figures. Nothing is a
 * checkbox: a criterion this run cannot show is `not measured` and says what would show it.
 *
 * | ID   | Criterion (the plan's words)                                     | Judged from                       |
 * | AC-1 | Baseline metrics produced & hashed; event logged                  | baseline.metrics.json + .hash, ≥ 95 % populated, metrics_capture_complete |
 * | AC-2 | Soft ≥ 40 % & hard ≥ 60 % failure-detection improvement           | failfast.summary.json's benchmark |
 * | AC-3 | Property tests pass 30 consecutive deterministic runs, < 1 s each | the property gate, property.results.json |
 * | AC-4 | Checkpoint emitted after all prior criteria are met               | AC-1 … AC-3, the environment, no rollback trigger |
 * | AC-5 | Environment validator halts on mismatch in < 1 s                  | a validate-env step of this job and its duration |
 * | AC-6 | Coverage ladder baseline & target recorded                        | coverage-ladder.yaml + coverage_ladder_recorded |
 * | AC-7 | Event coverage: 100 % of required events seen                     | the event audit |
 */
export type AcceptanceStatus = 'met' | 'not met' | 'pending' | 'not measured';

export type AcceptanceId = 'AC-1' | 'AC-2' | 'AC-3' | 'AC-4' | 'AC-5' | 'AC-6' | 'AC-7';

export interface AcceptanceEvidence {
  /** An artifact and its SHA-256, an event and whether it was seen, or a figure. */
  readonly kind: 'artifact' | 'event' | 'figure';
  readonly name: string;
  readonly value: string | number | boolean | null;
}

export interface AcceptanceCriterion {
  readonly id: AcceptanceId;
  readonly criterion: string;
  readonly status: AcceptanceStatus;
  readonly evidence: readonly AcceptanceEvidence[];
  /** What keeps it from `met`, in words; empty when met. */
  readonly missing: readonly string[];
}

/** One fail-fast mode's detection time against `off`, as failfast.summary.json states it. */
export interface FailFastModeFigure {
  /** Percent less time to detection than with fail-fast off; null when not measurable. */
  readonly reduction: number | null;
  /** The target in percent (TPR_MAX_… for soft, TPR_HARD_… for hard). */
  readonly target: number;
}

export interface AcceptanceInput {
  /** Every artifact written before the checkpoint, with its SHA-256. */
  readonly artifacts: readonly { readonly name: string; readonly sha256: string }[];
  /** Events seen in this job's log (an earlier validate-env step's included). */
  readonly seen: readonly EventName[];
  /** Required events never emitted (each a logging deficit). */
  readonly missing: readonly EventName[];
  /** Share (0 to 1) of baseline.metrics.json's fields that are populated; null when not written. */
  readonly baselinePopulated: number | null;
  /** The fail-fast benchmark; `reason` says why it could not be measured. */
  readonly failfast:
    { readonly soft: FailFastModeFigure; readonly hard: FailFastModeFigure } | { readonly reason: string };
  /** The property gate's verdict; null when the run has no such gate. */
  readonly property: Verdict | null;
  /** A validate-env step of this job: its outcome and how long the validation took. */
  readonly validation: {
    readonly status: 'ok' | 'fail' | 'skipped';
    readonly durationMs: number | null;
  } | null;
  readonly ladder: { readonly baseline: number | null; readonly target: number | null };
  /** Every gate's verdict: the ladder gate must have been judged for the Definition of Done. */
  readonly gates: readonly Verdict[];
  /** Rollback triggers that fired this run (`risk_trigger`). */
  readonly rollbackFired: readonly string[];
}

export interface DefinitionOfDone {
  readonly met: boolean;
  /** One line: `met`, or what is missing. */
  readonly line: string;
  readonly missing: readonly string[];
}

/** The plan's mandatory artifacts (its artifact table, "Mandatory: yes"), other than the checkpoint itself. */
export const MANDATORY_ARTIFACTS = [
  'coverage.xml',
  'durations.json',
  'flake.report.json',
  'env.signature.json',
  'baseline.metrics.json',
  'property.results.json',
  'coverage-ladder.yaml',
  'markers.usage.json',
] as const;

/** The plan's criterion for a populated baseline. */
export const BASELINE_POPULATED_MIN = 0.95;
/** The plan's ceiling for environment validation. */
export const VALIDATION_MAX_MS = 1000;

export function judgeAcceptance(input: AcceptanceInput): {
  criteria: AcceptanceCriterion[];
  done: DefinitionOfDone;
} {
  const hashOf = new Map(input.artifacts.map((a) => [a.name, a.sha256]));
  const seen = new Set(input.seen);
  const artifact = (name: string): AcceptanceEvidence => ({
    kind: 'artifact',
    name,
    value: hashOf.get(name) ?? null,
  });
  const event = (name: EventName): AcceptanceEvidence => ({ kind: 'event', name, value: seen.has(name) });
  const figure = (name: string, value: AcceptanceEvidence['value']): AcceptanceEvidence => ({
    kind: 'figure',
    name,
    value,
  });
  const absent = (evidence: readonly AcceptanceEvidence[]): string[] =>
    evidence
      .filter((e) => (e.kind === 'artifact' && e.value === null) || (e.kind === 'event' && e.value === false))
      .map((e) => (e.kind === 'artifact' ? `${e.name} was not written` : `no ${e.name} event`));
  const criterion = (
    id: AcceptanceId,
    text: string,
    evidence: AcceptanceEvidence[],
    missing: string[],
    unmeasured = false,
  ): AcceptanceCriterion => ({
    id,
    criterion: text,
    status: missing.length === 0 ? 'met' : unmeasured ? 'not measured' : 'not met',
    evidence,
    missing,
  });

  // AC-1
  const ac1Evidence = [
    artifact('baseline.metrics.json'),
    artifact('baseline.metrics.hash'),
    event('metrics_capture_complete'),
    figure(
      'baseline.populated_percent',
      input.baselinePopulated === null ? null : Math.round(input.baselinePopulated * 1000) / 10,
    ),
  ];
  const ac1Missing = absent(ac1Evidence);
  if (input.baselinePopulated !== null && input.baselinePopulated < BASELINE_POPULATED_MIN)
    ac1Missing.push(
      `baseline.metrics.json is ${(input.baselinePopulated * 100).toFixed(1)} % populated (the plan asks ≥ 95 %)`,
    );
  const ac1 = criterion(
    'AC-1',
    'Baseline metrics produced and hashed; event logged',
    ac1Evidence,
    ac1Missing,
  );

  // AC-2
  const ac2 = failFastCriterion(input, artifact('failfast.summary.json'), event('failfast_mode_applied'));

  // AC-3
  const ac3 = propertyCriterion(input.property, artifact('property.results.json'), [
    event('property_test_start'),
    event('property_test_complete'),
  ]);

  // AC-5 (before AC-4, which depends on the environment)
  const v = input.validation;
  const ac5Evidence = [
    artifact('env.signature.json'),
    event('environment_validation_start'),
    figure('validation.status', v?.status ?? null),
    figure('validation.duration_ms', v?.durationMs ?? null),
  ];
  const ac5 = !v
    ? criterion(
        'AC-5',
        'Environment validator halts on a mismatch in under 1 s',
        ac5Evidence,
        ['no validate-env step (mode: validate-env) ran before the tests in this job'],
        true,
      )
    : criterion('AC-5', 'Environment validator halts on a mismatch in under 1 s', ac5Evidence, [
        ...absent(ac5Evidence),
        ...(v.status === 'skipped'
          ? ['the validation was skipped (validate-env: skip, or TPR_ENV_VALIDATE=skip)']
          : []),
        ...(v.durationMs === null
          ? ['the validation did not record its duration']
          : v.durationMs >= VALIDATION_MAX_MS
            ? [
                `the validation took ${Math.round(v.durationMs)} ms (the plan asks under ${VALIDATION_MAX_MS} ms)`,
              ]
            : []),
      ]);

  // AC-6
  const ac6Evidence = [
    artifact('coverage-ladder.yaml'),
    event('coverage_ladder_recorded'),
    figure('ladder.baseline', input.ladder.baseline),
    figure('ladder.target', input.ladder.target),
  ];
  const ac6 = criterion('AC-6', 'Coverage ladder baseline and target recorded', ac6Evidence, [
    ...absent(ac6Evidence),
    ...(input.ladder.baseline === null ? ['no coverage baseline is set (coverage.baseline)'] : []),
    ...(input.ladder.target === null ? ['no coverage target is set (coverage.target)'] : []),
  ]);

  // AC-7
  const ac7 = criterion(
    'AC-7',
    'Event coverage: every required event seen',
    [figure('events.missing', input.missing.length), figure('events.seen', input.seen.length)],
    input.missing.map((e) => `required event ${e} was never emitted (logging_deficit)`),
  );

  // AC-4: emitted after all prior criteria are met, with the environment validated and no risk open.
  const prior = [ac1, ac2, ac3].filter((c) => c.status !== 'met');
  const ac4 = criterion(
    'AC-4',
    'Foundation checkpoint emitted after all prior criteria are met',
    [
      figure('checkpoint', 'foundation.checkpoint.json and .md, with foundation_checkpoint_emitted'),
      figure('rollback_triggers_fired', input.rollbackFired.length),
    ],
    [
      ...prior.map((c) => `${c.id} is ${c.status}`),
      ...(ac5.status === 'met' ? [] : ['the environment was not validated (AC-5)']),
      ...input.rollbackFired.map((code) => `rollback trigger ${code} fired`),
    ],
  );

  const criteria = [ac1, ac2, ac3, ac4, ac5, ac6, ac7];
  return { criteria, done: definitionOfDone(criteria, input, hashOf) };
}

function failFastCriterion(
  input: AcceptanceInput,
  summary: AcceptanceEvidence,
  applied: AcceptanceEvidence,
): AcceptanceCriterion {
  const text = 'Fail-fast: soft and hard cut the time to detect a failure by their targets';
  const base = { id: 'AC-2' as const, criterion: text };
  if ('reason' in input.failfast)
    return {
      ...base,
      status: 'not measured',
      evidence: [summary, applied],
      missing: [input.failfast.reason],
    };
  const { soft, hard } = input.failfast;
  const evidence: AcceptanceEvidence[] = [
    summary,
    applied,
    { kind: 'figure', name: 'soft.reduction_percent', value: soft.reduction },
    { kind: 'figure', name: 'soft.target_percent', value: soft.target },
    { kind: 'figure', name: 'hard.reduction_percent', value: hard.reduction },
    { kind: 'figure', name: 'hard.target_percent', value: hard.target },
  ];
  const unmeasured: string[] = [];
  const short: string[] = [];
  for (const [mode, f] of [
    ['soft', soft],
    ['hard', hard],
  ] as const) {
    if (f.reduction === null) unmeasured.push(`the ${mode} reduction could not be measured`);
    else if (f.reduction < f.target)
      short.push(`${mode} cuts detection time by ${f.reduction.toFixed(1)} % (target ${f.target} %)`);
  }
  const status: AcceptanceStatus =
    short.length > 0 ? 'not met' : unmeasured.length > 0 ? 'not measured' : 'met';
  const missing = [...short, ...unmeasured];
  return { ...base, status, evidence, missing };
}

const PROPERTY_STATUS: Record<GateStatus, AcceptanceStatus> = {
  pass: 'met',
  warn: 'pending',
  fail: 'not met',
  skipped: 'not measured',
};

function propertyCriterion(
  verdict: Verdict | null,
  results: AcceptanceEvidence,
  events: AcceptanceEvidence[],
): AcceptanceCriterion {
  const evidence = [results, ...events];
  const text = 'Property tests pass 30 consecutive deterministic runs, each under the runtime threshold';
  if (!verdict)
    return {
      id: 'AC-3',
      criterion: text,
      status: 'not measured',
      evidence,
      missing: ['the property gate was not judged'],
    };
  const status = PROPERTY_STATUS[verdict.status];
  return {
    id: 'AC-3',
    criterion: text,
    status,
    evidence: [...evidence, { kind: 'figure', name: 'property.gate', value: verdict.status }],
    missing: status === 'met' ? [] : verdict.reasons.map((r) => `${r.code}: ${r.message}`),
  };
}

function definitionOfDone(
  criteria: readonly AcceptanceCriterion[],
  input: AcceptanceInput,
  hashOf: ReadonlyMap<string, string>,
): DefinitionOfDone {
  const missing: string[] = [];
  const open = criteria.filter((c) => c.status !== 'met');
  if (open.length > 0) missing.push(open.map((c) => `${c.id} ${c.status}`).join(', '));
  const absentArtifacts = MANDATORY_ARTIFACTS.filter((a) => !hashOf.has(a));
  if (absentArtifacts.length > 0)
    missing.push(`mandatory artifacts not written: ${absentArtifacts.join(', ')}`);
  const ladder = input.gates.find((g) => g.gate === 'ladder');
  if (!ladder || ladder.status === 'skipped') missing.push('the ladder gate was not judged');
  if (!input.validation) missing.push('the job does not run the environment validator before the tests');
  if (input.missing.length > 0) missing.push('the event log has deficits');
  return {
    met: missing.length === 0,
    line:
      missing.length === 0
        ? 'Definition of Done: met.'
        : `Definition of Done: not met: ${missing.join('; ')}.`,
    missing,
  };
}
