// jest's node environment, noting which test failed so that e2e/setup.ts can screenshot the
// browser pages as they were at the failure (e2e/artifacts/failures/).
const { TestEnvironment } = require("jest-environment-node")

class E2EEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name === "test_fn_failure") this.global.__e2eFailed = event.test.name
    if (event.name === "hook_failure") this.global.__e2eFailed = `${event.hook.type} hook`
  }
}

module.exports = E2EEnvironment
