// The payer plugin test kit: build claims, declare and run scenarios.
export {
  BASELINE_DATE,
  BASELINE_PROVIDER_ID,
  buildClaim,
  defaultToday,
  programDays,
  provider,
  session,
  UNTIMED,
} from './build-claim.ts';
export { defineScenarios, judgeScenario, ruleSource, runScenarios, type ExpectedFinding, type Scenario } from './scenarios.ts';
