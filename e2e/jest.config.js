// The browser tests (`npm run test:e2e`, scripts/test-e2e.mjs, which starts the store they need).
// One file at a time (one server, two cores); generous timeouts for a dev server that builds the
// admin on demand.
const transform = {
  "^.+\\.[jt]sx?$": [
    "@swc/jest",
    { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } },
  ],
}

module.exports = {
  rootDir: "..",
  displayName: "e2e",
  testMatch: ["<rootDir>/e2e/specs/**/*.spec.ts"],
  transform,
  testEnvironment: "<rootDir>/e2e/environment.js",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["<rootDir>/.medusa/", "<rootDir>/.tmp/"],
  setupFilesAfterEnv: ["<rootDir>/e2e/setup.ts"],
  testTimeout: 180000,
  maxWorkers: 1,
}
