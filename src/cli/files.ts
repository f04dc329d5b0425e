/**
 * The files a command line names: files as given, directories searched recursively for *.xml (in a
 * stable, sorted order, each real folder and file once however many links lead to it — a symlink to
 * a parent neither loops nor repeats), globs the shell left alone expanded here.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expandGlob, isGlob } from './glob.js';

/** An input that could not be used: its name and why (it gets a record of its own). */
export interface Unreadable {
  readonly file: string;
  readonly error: string;
}

export interface Walk {
  readonly files: string[];
  readonly unreadable: Unreadable[];
  /** Globs that matched nothing. */
  readonly unmatched: string[];
}

function errorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return (e as Error).message;
}

/** Expands the inputs (files, directories, globs, `-`) into the files to judge. */
export function expandInputs(inputs: readonly string[]): Walk {
  const walk: Walk = { files: [], unreadable: [], unmatched: [] };
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === '-') walk.files.push('-');
    else expand(input, walk, seen, true);
  }
  return walk;
}

function expand(path: string, walk: Walk, seen: Set<string>, named: boolean): void {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    if (named && isGlob(path)) {
      const matches = expandGlob(path);
      if (!matches.length) walk.unmatched.push(path);
      for (const m of matches) expand(m, walk, seen, false);
      return;
    }
    walk.unreadable.push({ file: path, error: errorText(e) });
    return;
  }
  if (!st.isDirectory()) {
    // A file named on the command line is judged as named; one found in a walk once per real path.
    if (named) walk.files.push(path);
    else if (once(path, seen)) walk.files.push(path);
    return;
  }
  if (!once(path, seen)) return;
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    walk.unreadable.push({ file: path, error: errorText(e) });
    return;
  }
  for (const entry of entries) {
    const child = join(path, entry.name);
    let dir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        dir = statSync(child).isDirectory();
      } catch {
        continue; // a dangling link
      }
    }
    if (dir) expand(child, walk, seen, false);
    else if (/\.xml$/i.test(entry.name)) {
      if (once(child, seen)) walk.files.push(child);
    }
  }
}

/** True the first time a real path is met. */
function once(path: string, seen: Set<string>): boolean {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    real = path;
  }
  if (seen.has(real)) return false;
  seen.add(real);
  return true;
}
