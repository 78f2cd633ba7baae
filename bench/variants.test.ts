import { parseVariant } from './variants';

describe('parseVariant', () => {
  test('reads a name, then @REF, --node-flags and KEY=VALUE settings in any order', () => {
    expect(parseVariant('  before  @895a2e6 --max-semi-space-size=32 GLIBC_TUNABLES=glibc.malloc.mmap_threshold=4096:glibc.malloc.trim_threshold=0 ')).toEqual({
      name: 'before',
      ref: '895a2e6',
      env: { GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=4096:glibc.malloc.trim_threshold=0' },
      nodeFlags: ['--max-semi-space-size=32'],
    });
  });

  test('a bare name is this checkout as it is; KEY= sets the variable empty', () => {
    expect(parseVariant('plain')).toEqual({ name: 'plain', ref: null, env: {}, nodeFlags: [] });
    expect(parseVariant('default-malloc GLIBC_TUNABLES=').env).toEqual({ GLIBC_TUNABLES: '' });
  });

  test.each([
    ['', /begins with a name/],
    ['@main', /begins with a name/],
    ['two @a @b', /more than one @REF/],
    ['x notasetting', /"notasetting" is none of/],
    ['x 1BAD=value', /"1BAD=value" is none of/],
    ['x --', /"--" is none of/],
    ['x @', /"@" is none of/],
  ])('rejects %j', (spec, message) => {
    expect(() => parseVariant(spec)).toThrow(message);
  });
});
