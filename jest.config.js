// Tests run TypeScript through swc (fast, no type checking: `npm run lint` type-checks).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/server', '<rootDir>/client', '<rootDir>/test', '<rootDir>/bench'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' }, sourceMaps: 'inline' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // The simulator sweeps and real-process suites are long by nature; each bounds itself.
  testTimeout: 120000,
  // Suites that start real servers close them in afterAll, but a socket in TIME_WAIT or a
  // child's pipe can hold the event loop a little longer: never let CI hang on that.
  forceExit: true,
};
