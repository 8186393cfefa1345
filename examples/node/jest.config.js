// ESM test files: run with `node --experimental-vm-modules` (npm run test:jest does).
export default {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.js'],
  transform: {},
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/**/*.js'],
  coverageReporters: ['cobertura', 'lcovonly', 'text-summary'],
};
