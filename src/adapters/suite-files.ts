/**
 * Node only: a conformance suite read from a folder on disk, for the runner's `SuiteFiles` port.
 *
 *   const result = runSuite(new DiskSuiteFiles('conformance'), { lang: 'en' });
 *   // or, the same: runSuiteDir('conformance', { lang: 'en' })
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { runScenario, runSuite } from '../conformance/run.js';
import type { SuiteFiles } from '../conformance/files.js';
import type { RunSuiteOptions, ScenarioResult, SuiteResult } from '../conformance/types.js';

/** The files under `root` (a folder as given, relative to the working folder or absolute). */
export class DiskSuiteFiles implements SuiteFiles {
  readonly folderName: string;

  constructor(readonly name: string) {
    this.folderName = basename(resolve(name));
  }

  private at(path: string): string {
    return path === '' ? this.name : join(this.name, ...path.split('/'));
  }

  kind(path: string): 'file' | 'folder' | null {
    try {
      return statSync(this.at(path)).isDirectory() ? 'folder' : 'file';
    } catch {
      return null;
    }
  }

  list(folder: string): string[] {
    return readdirSync(this.at(folder));
  }

  read(path: string): Uint8Array {
    return readFileSync(this.at(path));
  }
}

/** Runs the suite in the folder `dir` (see runSuite). Never throws. */
export function runSuiteDir(dir: string, options: RunSuiteOptions = {}): SuiteResult {
  return runSuite(new DiskSuiteFiles(dir), options);
}

/** Runs the one scenario in the folder `dir` (see runScenario). Never throws. */
export function runScenarioDir(dir: string, options: RunSuiteOptions = {}): ScenarioResult {
  return runScenario(new DiskSuiteFiles(dir), '', options);
}
