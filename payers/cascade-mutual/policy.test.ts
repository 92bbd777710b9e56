import { runScenarios } from '../../test/kit/index.ts';
import policy from './index.ts';
import scenarios from './scenarios.ts';

runScenarios(policy, scenarios);
