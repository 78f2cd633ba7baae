// Linearizability checker for paxoskv client histories (Wing–Gong search with
// Lowe's memoisation and per-key P-compositionality, after Porcupine).

export { checkHistory, checkHistory as check } from './check';
export { describeOp, formatExplanation, formatHistory, opLabel, showValue } from './describe';
export { INITIAL_VALUE, apply, step } from './model';
export type { Applied, Invocation, Outputs } from './model';
export type * from './types';
