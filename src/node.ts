/**
 * iwmo-ijw/node — everything of the neutral entry (src/index.ts) plus the parts that need Node:
 * conformance suites read from a folder on disk.
 *
 *   import { runSuiteDir, suiteText } from 'iwmo-ijw/node';
 *   console.log(suiteText(runSuiteDir('conformance')));
 */
export * from './index.js';
export { DiskSuiteFiles, runSuiteDir, runScenarioDir } from './adapters/suite-files.js';
