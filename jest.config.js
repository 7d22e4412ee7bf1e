// Three tiers, one jest run, one summary. `npm test` (scripts/test.mjs) provides the database.
//   unit     pure functions, no I/O               src/**/__tests__/*.unit.spec.ts(x) (beside the code)
//   modules  moduleIntegrationTestRunner          integration-tests/modules
//   http     medusaIntegrationTestRunner          integration-tests/http
//   smoke    the built package in a host app      integration-tests/smoke
//   faults   fuzzer, auth matrix, redelivery, parallel spend (opt-in)  integration-tests/faults
const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const transform = {
  // JSX only in .tsx (the components): in .ts, `<T>(x) => …` must stay a generic.
  "^.+\\.tsx$": [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", tsx: true },
        transform: { react: { runtime: "automatic" } },
        target: "es2021",
      },
    },
  ],
  "^.+\\.[jt]sx?$": [
    "@swc/jest",
    { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } },
  ],
}

const project = (displayName, testMatch, extra = {}) => ({
  displayName,
  testMatch,
  transform,
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["<rootDir>/.medusa/", "<rootDir>/.tmp/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
  ...extra,
})

const tiers = {
  unit: project("unit", ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s?(x)"]),
  modules: project("modules", ["<rootDir>/integration-tests/modules/**/*.spec.[jt]s"]),
  http: project("http", ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"]),
  smoke: project("smoke", ["<rootDir>/integration-tests/smoke/**/*.spec.[jt]s"]),
  // Opt-in (`npm run test:faults`, FAULTS_SCALE=ci|full): never part of the default list below.
  faults: project("faults", ["<rootDir>/integration-tests/faults/**/*.spec.[jt]s"]),
}

const selected = (process.env.TEST_TYPE || "unit,modules,http,smoke").split(",")
for (const name of selected) {
  if (!tiers[name]) throw new Error(`Unknown TEST_TYPE tier "${name}"`)
}

module.exports = {
  projects: selected.map((name) => tiers[name]),
  testTimeout: 120000,
  // A worker that holds this much after a suite (the Medusa apps it booted) is replaced.
  workerIdleMemoryLimit: "2GB",
}
