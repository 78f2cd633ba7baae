import { ConfigError } from './errors';
import { thrownBy } from '../../test/testkit/errors';
import { DEFAULT_PEER_PORT, findMember, formatAddress, parseHostfile } from './hostfile';

const parseError = (text: string): ConfigError => thrownBy(ConfigError, () => parseHostfile(text, 'hostfile.txt'));

describe('parseHostfile', () => {
  test('Docker form: host defaults to the name, port to 7000, order is the index', () => {
    const text = ['container0', 'container1', 'container2', 'container3', 'container4'].join('\n');
    const { members, warnings } = parseHostfile(text);
    expect(members).toEqual([0, 1, 2, 3, 4].map((index) => ({
      index,
      name: `container${index}`,
      host: `container${index}`,
      port: DEFAULT_PEER_PORT,
    })));
    expect(warnings).toEqual([]);
  });

  test('local form with host and port, comments, blank lines, CRLF and tabs', () => {
    const text = [
      '# local cluster',
      '',
      'container0 127.0.0.1:7100   # first',
      '\tcontainer1\t127.0.0.1:7101\r',
      '   ',
      'container2 localhost',
      '#container3 127.0.0.1:7103',
    ].join('\n');
    const { members, warnings } = parseHostfile(text);
    expect(members).toEqual([
      { index: 0, name: 'container0', host: '127.0.0.1', port: 7100 },
      { index: 1, name: 'container1', host: '127.0.0.1', port: 7101 },
      { index: 2, name: 'container2', host: 'localhost', port: 7000 },
    ]);
    expect(warnings).toEqual([]);
  });

  test('IPv6 in brackets, with and without a port', () => {
    const { members } = parseHostfile('a [::1]:7100\nb [::1]\nc [fe80::1]:7102\n');
    expect(members.map((member) => [member.host, member.port])).toEqual([
      ['::1', 7100],
      ['::1', 7000],
      ['fe80::1', 7102],
    ]);
    expect(formatAddress('::1', 7100)).toBe('[::1]:7100');
    expect(formatAddress('10.0.0.1', 7100)).toBe('10.0.0.1:7100');
  });

  test('an even member count is a warning, not an error', () => {
    const { members, warnings } = parseHostfile('a\nb\nc\nd\n', 'hostfile.txt');
    expect(members).toHaveLength(4);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/hostfile\.txt: 4 members is an even count/);
  });

  test.each([
    ['three fields', 'a\nb host:7000 extra\n', 2],
    ['bad name', 'a\n-b\n', 2],
    ['bad host', 'a host!name:7000\n', 1],
    ['empty host', 'a :7000\n', 1],
    ['bare IPv6', 'a ::1\n', 1],
    ['IPv6 with port but no brackets', 'a ::1:7100\n', 1],
    ['bad bracketed address', 'a [not-ipv6]:7000\n', 1],
    ['unclosed bracket', 'a [::1:7000\n', 1],
  ])('malformed line: %s', (_label, text, line) => {
    const error = parseError(text);
    expect(error.code).toBe('HOSTFILE_MALFORMED_LINE');
    expect(error.line).toBe(line);
    expect(error.message).toContain(`hostfile.txt line ${line}:`);
  });

  test('the bare-IPv6 error suggests brackets', () => {
    expect(parseError('a ::1\n').message).toMatch(/in brackets, e\.g\. \[::1\]:7100/);
  });

  test.each([
    ['zero', 'a h:0'],
    ['too large', 'a h:65536'],
    ['not a number', 'a h:http'],
    ['empty', 'a h:'],
    ['negative', 'a h:-1'],
    ['bracketed IPv6 bad port', 'a [::1]:99999'],
    ['bracketed IPv6 empty port', 'a [::1]:'],
  ])('bad port: %s', (_label, line) => {
    const error = parseError(`# header\n${line}\n`);
    expect(error.code).toBe('HOSTFILE_BAD_PORT');
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/hostfile\.txt line 2: bad port .* 1 to 65535/);
  });

  test('ports at the edges are fine', () => {
    expect(parseHostfile('a h:1\nb h:65535\nc h:07000').members.map((member) => member.port)).toEqual([1, 65535, 7000]);
  });

  test('duplicate name names both lines', () => {
    const error = parseError('a 127.0.0.1:1\nb 127.0.0.1:2\na 127.0.0.1:3\n');
    expect(error.code).toBe('HOSTFILE_DUPLICATE_NAME');
    expect(error.line).toBe(3);
    expect(error.message).toBe('hostfile.txt line 3: duplicate member name "a" (first on line 1)');
  });

  test('duplicate host:port, also through defaults and host case', () => {
    const explicit = parseError('a 127.0.0.1:7100\nb 127.0.0.1:7100\n');
    expect(explicit.code).toBe('HOSTFILE_DUPLICATE_ADDRESS');
    expect(explicit.line).toBe(2);
    expect(explicit.message).toContain('127.0.0.1:7100');
    expect(explicit.message).toContain('line 1');

    const viaDefaults = parseError('container0\ncontainer1 container0:7000\n');
    expect(viaDefaults.code).toBe('HOSTFILE_DUPLICATE_ADDRESS');
    expect(parseError('a Host.Example:1\nb host.example:1\n').code).toBe('HOSTFILE_DUPLICATE_ADDRESS');
    expect(parseError('a [::1]:7100\nb [::1]:7100\n').code).toBe('HOSTFILE_DUPLICATE_ADDRESS');
  });

  test('same host on different ports is fine', () => {
    expect(parseHostfile('a 127.0.0.1:7100\nb 127.0.0.1:7101\nc 127.0.0.1:7102').members).toHaveLength(3);
  });

  test.each([
    ['empty text', ''],
    ['only blanks', '\n\n   \n'],
    ['only comments', '# a\n  # b\n'],
  ])('empty file: %s', (_label, text) => {
    const error = parseError(text);
    expect(error.code).toBe('HOSTFILE_EMPTY');
    expect(error.message).toMatch(/hostfile\.txt: no members/);
  });
});

describe('findMember', () => {
  const hostfile = parseHostfile('container0\ncontainer1\ncontainer2\n', 'hostfile.txt');

  test('finds the member by name', () => {
    expect(findMember(hostfile, 'container1').index).toBe(1);
  });

  test('an unknown name lists the known ones', () => {
    expect(() => findMember(hostfile, 'container9', 'hostfile.txt')).toThrow(
      'node name "container9" is not in hostfile.txt; known names: container0, container1, container2',
    );
    try {
      findMember(hostfile, 'container9');
    } catch (error) {
      expect((error as ConfigError).code).toBe('UNKNOWN_NAME');
    }
  });
});
