// The conformance kit: every plugin under payers/ (the template included) passes it, found by
// listing the folder, so adding a payer adds its checks with nothing to register.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '../src/policy/dates.ts';
import { validatePolicy } from '../src/policy/define-payer-policy.ts';
import { evaluateClaim } from '../src/policy/engine.ts';
import type { PayerPolicy } from '../src/policy/types.ts';
import { buildClaim, defaultToday, judgeScenario, ruleSource, type Scenario } from '../test/kit/index.ts';
import { loadPayerPolicies, loadPlugin, PAYERS_DIR, pluginFolders } from './index.ts';

const REQUIRED_FILES = ['index.ts', 'scenarios.ts', 'policy.test.ts', 'README.md'];
const README_HEADINGS = ['## Rules', '## When this policy does not apply', '## Sources', '## Changelog'];
const MIN_SCENARIOS = 15;

const folders = readdirSync(PAYERS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
  .map((entry) => entry.name)
  .sort();

describe('the registry', () => {
  it('holds one policy per plugin folder, keyed by its id, at least five', async () => {
    const registry = await loadPayerPolicies();
    const plugins = await pluginFolders();
    expect(Object.keys(registry).sort()).toEqual(plugins);
    expect(plugins).not.toContain('_template');
    expect(plugins.length).toBeGreaterThanOrEqual(5);
    for (const [id, policy] of Object.entries(registry)) {
      expect(policy.id).toBe(id);
    }
  });
});

describe.each(folders)('payers/%s', (folder) => {
  const dir = path.join(PAYERS_DIR, folder);
  let policy: PayerPolicy;
  let scenarios: readonly Scenario[];

  it('has an index, scenarios, a test that runs them with the kit, and a README with the required sections', async () => {
    for (const file of REQUIRED_FILES) {
      expect(existsSync(path.join(dir, file)), `${folder}/${file}`).toBe(true);
    }
    const test = readFileSync(path.join(dir, 'policy.test.ts'), 'utf8');
    expect(test).toContain("from '../../test/kit/index.ts'");
    expect(test).toContain('runScenarios(');
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    for (const heading of README_HEADINGS) {
      expect(readme, `${folder}/README.md ${heading}`).toContain(`\n${heading}\n`);
    }
    policy = await loadPlugin(folder);
    scenarios = ((await import(`./${folder}/scenarios.ts`)) as { default: readonly Scenario[] }).default;
  });

  it('is pure: no database, network, file system or clock', () => {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      expect(source, `${folder}/${file}`).not.toMatch(/from '(node:|@prisma|dataloader|graphql|pg'|.*src\/db)/);
      expect(source, `${folder}/${file}`).not.toMatch(/Date\.now|new Date\(|fetch\(|process\.env/);
    }
  });

  it('is a sound policy: versions in date order, every rule cited, overrides naming real rules', () => {
    expect(validatePolicy(policy)).toEqual([]);
    expect(policy.input.fictional).toBe(policy.name.includes('(fictional'));
  });

  it('pays its clean claim without a finding on the first and last day of every version', () => {
    policy.versions.forEach((version) => {
      const days = [version.effectiveFrom, ...(version.effectiveTo === null ? [] : [version.effectiveTo])];
      for (const date of days) {
        const snapshot = buildClaim({ ...version.cleanClaim, date }, policy.id);
        const result = evaluateClaim(policy, snapshot, { today: defaultToday(snapshot) });
        expect(result.policyVersion, `${version.version} on ${date}`).toBe(version.version);
        expect(result.findings, `${version.version} on ${date}`).toEqual([]);
      }
    });
    const first = policy.versions[0];
    if (first !== undefined) {
      const before = buildClaim({ ...first.cleanClaim, date: addDays(first.effectiveFrom, -1) }, policy.id);
      expect(evaluateClaim(policy, before, { today: defaultToday(before) }).policyVersion).toBeNull();
    }
  });

  it('has enough scenarios, each naming a rule the policy applies on its date', () => {
    if (!folder.startsWith('_')) {
      expect(scenarios.length).toBeGreaterThanOrEqual(MIN_SCENARIOS);
    }
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
    for (const scenario of scenarios) {
      const date = buildClaim(scenario.claim, policy.id).claim.serviceFrom;
      expect(ruleSource(policy, scenario.rule, date), `${scenario.name}: rule ${scenario.rule}`).toMatch(/^DOMAIN\.md §/);
    }
  });

  it('has a scenario producing every message of its custom rules', () => {
    const produced = new Set(scenarios.flatMap((scenario) => judgeScenario(policy, scenario).findings.map((f) => f.messageId)));
    for (const version of policy.versions) {
      for (const rule of version.customRules) {
        for (const messageId of Object.keys(rule.messages)) {
          expect(produced, `${rule.id}: ${messageId}`).toContain(messageId);
        }
      }
    }
  });
});
