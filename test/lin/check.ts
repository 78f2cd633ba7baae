// The entry point: split the history per key, search each key within one shared
// time budget, and combine.
//
// Verdicts combine soundly: one illegal key makes the history illegal (that key's
// sub-history alone already has no linearization); otherwise any key that ran out
// of budget or was never reached makes the result 'unknown'. 'ok' only when every
// key was fully searched.

import { explainIllegal } from './explain';
import { partitionByKey } from './prepare';
import { searchPartition } from './search';
import type { CheckOptions, CheckResult, Explanation, History, KeyResult } from './types';

export function checkHistory(history: History, options: CheckOptions = {}): CheckResult {
  const deadline = options.timeoutMs === undefined ? Infinity : performance.now() + options.timeoutMs;
  const perKey: Record<string, KeyResult> = {};
  let explanation: Explanation | undefined;
  let illegal = false;
  let unknown = false;

  for (const [key, ops] of partitionByKey(history)) {
    const outcome = performance.now() >= deadline ? ({ result: 'unknown', steps: 0 } as const) : searchPartition(ops, deadline);
    const base = { ops: ops.length, steps: outcome.steps };
    switch (outcome.result) {
      case 'ok':
        perKey[key] = { ...base, result: 'ok', witness: outcome.order.map((id) => ops[id].index) };
        break;
      case 'unknown':
        perKey[key] = { ...base, result: 'unknown' };
        unknown = true;
        break;
      case 'illegal': {
        const e = explainIllegal(key, ops, outcome.longestPrefix, outcome.impossible);
        perKey[key] = { ...base, result: 'illegal', explanation: e };
        explanation ??= e;
        illegal = true;
        break;
      }
    }
  }

  const result = illegal ? 'illegal' : unknown ? 'unknown' : 'ok';
  return explanation === undefined ? { result, perKey } : { result, perKey, explanation };
}
