// Mocha's spec reporter plus one closing line, "unit: N passed, N failed, N skipped", that CI
// tools read to know how many tests ran.
"use strict";
const Mocha = require("mocha");

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const suite = options?.reporterOption?.suite ?? "tests";
    runner.once("end", () => {
      const { passes, failures, pending } = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      process.stdout.write(`${suite}: ${passes} passed, ${failures} failed, ${pending} skipped\n`);
    });
  }
}

module.exports = SummaryReporter;
