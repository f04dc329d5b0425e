/**
 * The files of a conformance suite, as the runner sees them: paths relative to the suite's folder,
 * `/`-separated ('' is the suite folder itself). The runner reads nothing else, so a suite can come
 * from a disk (src/adapters/suite-files.ts), a folder picked in a browser or a zip, held in memory.
 */
export interface SuiteFiles {
  /** The suite as a person would name it (the folder as given); shown in reports. */
  readonly name: string;
  /** The name of the suite's folder itself (the id of a scenario at the suite's root); default: the last segment of `name`. */
  readonly folderName?: string;
  /** What is at `path`: a file, a folder, or nothing (null). Never throws. */
  kind(path: string): 'file' | 'folder' | null;
  /** The names of the entries directly in `folder`. May throw when the folder cannot be read. */
  list(folder: string): string[];
  /** The bytes of the file at `path`. May throw when it cannot be read. */
  read(path: string): Uint8Array;
}

/** `a/b` from a folder and a name ('' is the suite folder). */
export function joinPath(folder: string, name: string): string {
  return folder === '' ? name : name === '' ? folder : `${folder}/${name}`;
}

/** The last segment of a path. */
export function lastSegment(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
  return parts[parts.length - 1] ?? path;
}

const encoder = new TextEncoder();

/**
 * A suite held in memory: a map from relative path (`scenario/01.xml`, `/`-separated) to the file's
 * bytes or text. Folders are implied by the paths. A common leading folder (a zip of `suite/…`, or a
 * folder picked in a browser, whose paths start with its name) is the caller's to strip or keep:
 * the runner treats a folder without scenario.json as a suite of its subfolders either way.
 */
export class MemorySuiteFiles implements SuiteFiles {
  private readonly files = new Map<string, Uint8Array>();
  private readonly folders = new Map<string, Set<string>>([['', new Set()]]);

  constructor(
    files: Iterable<readonly [string, Uint8Array | string]>,
    readonly name = 'suite',
  ) {
    for (const [raw, content] of files) {
      const path = raw.split(/[\\/]/).filter((p) => p !== '' && p !== '.').join('/');
      if (path === '') continue;
      this.files.set(path, typeof content === 'string' ? encoder.encode(content) : content);
      const parts = path.split('/');
      for (let i = 0; i < parts.length; i++) {
        const folder = parts.slice(0, i).join('/');
        let entries = this.folders.get(folder);
        if (!entries) this.folders.set(folder, (entries = new Set()));
        entries.add(parts[i]!);
      }
    }
  }

  kind(path: string): 'file' | 'folder' | null {
    return this.files.has(path) ? 'file' : this.folders.has(path) ? 'folder' : null;
  }

  list(folder: string): string[] {
    const entries = this.folders.get(folder);
    if (!entries) throw new Error(`no folder '${folder}'`);
    return [...entries];
  }

  read(path: string): Uint8Array {
    const bytes = this.files.get(path);
    if (!bytes) throw new Error(`no file '${path}'`);
    return bytes;
  }
}
