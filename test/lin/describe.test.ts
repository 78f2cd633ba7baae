// Report rendering: what a person sees when a history is rejected.

import { formatHistory, showValue } from './index';
import { append, cas, del, failed, read, write } from './testkit/build';

describe('formatHistory', () => {
  test('prints the operations of one key in call order, labelled by history index', () => {
    const h = [
      read(2, [20, 30], 'a'),
      write(1, [0, 10], 'a'),
      write(9, [5, 6], 'zzz', 'other-key'),
      cas(3, [12], 'a', 'b', true),
      append(1, [40, 41], 'x', 'ax'),
      del(2, [50, 51], true),
      failed(write(4, [1, 2], 'q')),
    ];
    expect(formatHistory(h, 'x').split('\n')).toEqual([
      "w1     c1 [0..10]             write 'a'",
      "w6     c4 [1..?]              write 'q' (failed, never happened)",
      "c3     c3 [12..?]             cas 'a'→'b' → ? (unknown outcome)",
      "r0     c2 [20..30]            read → 'a'",
      "a4     c1 [40..41]            append 'x' → 'ax'",
      'd5     c2 [50..51]            delete → existed=true',
    ]);
  });

  test('long values are shortened in the middle', () => {
    const v = '[1]'.repeat(40);
    expect(showValue(v)).toBe("'[1][1][1][1][1][1…1][1][1][1][1][1]' (120 chars)");
    expect(showValue(null)).toBe('null');
  });
});
