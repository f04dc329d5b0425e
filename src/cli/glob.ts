/**
 * Minimal glob expansion for file arguments the shell did not expand (quoted in a CI script, or on a
 * shell without globbing): `*` and `?` within a path segment, `**` for any number of folders.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

export const isGlob = (s: string): boolean => /[*?]/.test(s);

function segmentRegExp(segment: string): RegExp {
  const body = segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** The paths matching a glob, sorted; relative globs are resolved from the current folder. */
export function expandGlob(pattern: string): string[] {
  const parts = pattern.split(/[\\/]+/);
  const absolute = pattern.startsWith('/') || pattern.startsWith(sep);
  const out = new Set<string>();
  const walk = (base: string, i: number): void => {
    if (i === parts.length) {
      out.add(base);
      return;
    }
    const part = parts[i]!;
    const here = base === '' ? '.' : base;
    if (part === '' ) return walk(base, i + 1);
    if (part === '**') {
      walk(base, i + 1);
      for (const name of list(here)) if (isDir(join(here, name))) walk(base === '' ? name : join(base, name), i);
      return;
    }
    if (!isGlob(part)) return walk(base === '' ? part : join(base, part), i + 1);
    const re = segmentRegExp(part);
    for (const name of list(here)) if (re.test(name)) walk(base === '' ? name : join(base, name), i + 1);
  };
  walk(absolute ? '/' : '', absolute ? 1 : 0);
  return [...out].sort();
}
