// `npm run test:docker`: the end-to-end test of the Docker image and compose file.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = { ...base, roots: ['<rootDir>/test/docker'], testMatch: ['**/*.e2e.ts'], testTimeout: 900000, forceExit: true };
