// A reporter that prints the slowest test files after a run, so that a file that grows slow is
// seen the day it does (README, "Tests"). Its time is the file's own: collecting it (imports and
// suite callbacks) and its tests and hooks.
import type { Reporter, TestModule } from 'vitest/node';

/** How many files the list names. */
const shown = 8;

export default class SlowestFiles implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const timed = testModules
      .map((module) => {
        const diagnostic = module.diagnostic();
        return { name: `${module.project.name.padEnd(8)} ${module.relativeModuleId}`, ms: diagnostic.collectDuration + diagnostic.duration };
      })
      .sort((a, b) => b.ms - a.ms);
    if (timed.length === 0) {
      return;
    }
    const total = timed.reduce((sum, t) => sum + t.ms, 0);
    const lines = timed.slice(0, shown).map((t) => `  ${(t.ms / 1000).toFixed(1).padStart(7)} s  ${t.name}`);
    console.log(`\nSlowest test files (of ${timed.length}; ${(total / 1000).toFixed(0)} s in all, files run side by side):\n${lines.join('\n')}\n`);
  }
}
