// How client error codes map onto HTTP statuses (documented in server/gateway/README.md).
export function httpStatusOf(code: string): number {
  switch (code) {
    case 'NOT_FOUND': return 404;
    case 'KEY_TOO_LARGE':
    case 'VALUE_TOO_LARGE': return 413;
    case 'METHOD_NOT_ALLOWED': return 405;
    case 'NOT_LEADER':
    case 'NO_QUORUM':
    case 'UNAVAILABLE':
    case 'TIMEOUT':
    case 'OVERLOADED': return 503;
    default: return 400; // BAD_REQUEST, INVALID_KEY, INVALID_COMMAND, INVALID_IMAGE, SESSION_EXPIRED
  }
}
