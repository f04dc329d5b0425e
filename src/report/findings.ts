import { LineIndex, type XmlElement } from '../xml/scan.js';
import { elementPath } from '../xml/path.js';
import { ownMessage, type Params } from './messages.js';
import type { Issue, Lang, Level, Location, Severity } from './types.js';

export interface FindingOptions {
  readonly severity?: Severity;
  readonly retourcode?: string;
  /** All elements concerned, when more than the one reported on. */
  readonly related?: readonly XmlElement[];
  /** A ready message; otherwise the code's text from the message table. */
  readonly message?: string;
  /** Offset to report instead of the element's own start tag. */
  readonly offset?: number;
  /** Tells apart two findings with the same code and locations that stem from separate checks. */
  readonly distinct?: string;
}

/** Collects issues for one message, resolving paths and line/column lazily from the source. */
export class Findings {
  readonly issues: Issue[] = [];
  private readonly lines: LineIndex;
  private readonly seen = new Set<string>();

  constructor(
    readonly lang: Lang,
    /** The message the offsets refer to: its UTF-8 bytes (or its text). */
    source: Uint8Array | string,
  ) {
    this.lines = new LineIndex(source);
  }

  location(el: XmlElement | null, offset?: number): Location {
    const { line, column } = this.lines.position(offset ?? el?.offset ?? 0);
    return { path: el ? elementPath(el) : '/', line, column };
  }

  add(code: string, level: Level, el: XmlElement | null, params: Params = {}, options: FindingOptions = {}): void {
    const first = this.location(el, options.offset);
    const locations = options.related && options.related.length > 1 ? options.related.map((r) => this.location(r)) : undefined;
    // The same finding (code, locations, check) is reported once.
    const where = (locations ?? [first]).map((l) => `${l.path}@${l.line}:${l.column}`).join('|');
    const key = `${code}\u0000${where}\u0000${options.distinct ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.issues.push({
      code,
      level,
      severity: options.severity ?? 'error',
      ...(options.retourcode ? { retourcode: options.retourcode } : {}),
      path: first.path,
      line: first.line,
      column: first.column,
      ...(locations ? { locations } : {}),
      message: options.message ?? ownMessage(code, params, this.lang),
    });
  }

  /** A copy that goes on from here without changing this one (to judge a level again from the same point). */
  fork(): Findings {
    const copy = Object.create(Findings.prototype) as Findings;
    Object.assign(copy, { lang: this.lang, lines: this.lines, issues: [...this.issues], seen: new Set(this.seen) });
    return copy;
  }

  get hasErrors(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }
}
