import { describe, expect, it } from 'vitest';
import { extendHistory, HISTORY_SCHEMA, parseHistory, type ThisRun } from '../../src/analysis/history.js';
import { sealJson } from '../../src/artifacts/index.js';
import type { FailFastMode } from '../../src/analysis/failfast.js';

const run = (n: number, failfast?: FailFastMode): ThisRun => ({
  runId: `r${n}`,
  attempt: 1,
  commit: `c${n}`,
  date: `2026-03-0${n}`,
  cases: [{ id: 't', name: 't', classname: 'K', outcome: 'passed', duration: 0.01 }],
  flakyIds: [],
  ...(failfast !== undefined ? { failfast } : {}),
});
const seal = (obj: unknown) => sealJson(obj as Record<string, unknown>).text;

describe('history@2: the fail-fast mode per run', () => {
  it('is recorded when given and left out when not, in the same schema', () => {
    let h = extendHistory(null, run(1));
    h = extendHistory(h, run(2, 'soft'));
    h = extendHistory(h, run(3, 'off'));
    expect(h.schema).toBe(HISTORY_SCHEMA);
    expect(h.runs.map((r) => ('failfast' in r ? r.failfast : 'absent'))).toEqual(['absent', 'soft', 'off']);
    expect(parseHistory(seal(h))).toEqual({ history: h });
  });

  it('a file written before runs carried it reads, and continues, without inventing one', () => {
    const old = extendHistory(extendHistory(null, run(1)), run(2));
    const text = seal(old);
    expect(text).not.toContain('failfast');
    const parsed = parseHistory(text);
    if (!('history' in parsed)) throw new Error(parsed.problem);
    const next = extendHistory(parsed.history, run(3, 'hard'));
    expect(next.runs.map((r) => r.failfast)).toEqual([undefined, undefined, 'hard']);
    expect(Object.keys(next.runs[0]!)).not.toContain('failfast');
  });

  it('a file with the field keeps every other field of a run as older readers expect it', () => {
    const h = extendHistory(null, run(1, 'soft'));
    expect(Object.keys(h.runs[0]!).sort()).toEqual(
      ['attempt', 'commit', 'coverage', 'date', 'failed', 'failfast', 'run_id', 'tests'].sort(),
    );
  });

  it('hostile: a mode that is not one refuses the file', () => {
    const h = extendHistory(null, run(1, 'soft'));
    for (const bad of ['fast', 1, null, ['soft']]) {
      const forged = { ...h, runs: [{ ...h.runs[0]!, failfast: bad }] };
      expect(parseHistory(seal(forged)), JSON.stringify(bad)).toEqual({ problem: 'runs are malformed' });
    }
  });
});
