import { LineIndex, type XmlElement } from '../xml/scan.js';
import { elementPath } from '../xml/path.js';
import { ownMessage, type Params } from './messages.js';
import type { Issue, Lang, Level, Location, Severity } from './types.js';

/** How many issues one message reports at most (then one `report.truncated` says how many more there were). */
export const DEFAULT_MAX_ISSUES = 1000;

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

/**
 * The locations (element, offset reported) of one code and check. Findings mostly come in document
 * order: those are appended to two parallel lists, ascending, and looked up by binary search; the
 * few that come out of order go to a map.
 */
class Seen {
  private readonly elements: number[] = [];
  private readonly offsets: number[] = [];
  private others: Map<number, Set<number>> | null = null;

  copy(): Seen {
    const c = new Seen();
    c.elements.push(...this.elements);
    c.offsets.push(...this.offsets);
    if (this.others) c.others = new Map([...this.others].map(([k, v]) => [k, new Set(v)]));
    return c;
  }

  /** Adds the location; false when it was there already. */
  add(element: number, at: number): boolean {
    const els = this.elements;
    const ats = this.offsets;
    const n = els.length;
    if (n === 0 || element > els[n - 1]! || (element === els[n - 1]! && at > ats[n - 1]!)) {
      els.push(element);
      ats.push(at);
      return true;
    }
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = els[mid]!;
      const a = ats[mid]!;
      if (e === element && a === at) return false;
      if (e < element || (e === element && a < at)) lo = mid + 1;
      else hi = mid - 1;
    }
    const others = (this.others ??= new Map());
    let set = others.get(element);
    if (set === undefined) others.set(element, (set = new Set()));
    if (set.has(at)) return false;
    set.add(at);
    return true;
  }
}

/**
 * Collects issues for one message, resolving paths and line/column lazily from the source.
 *
 * At most `maxIssues` issues are kept, on every level alike. A finding beyond that is only counted
 * (no path, no line and column, no text): the report then ends with one `report.truncated` issue
 * that says how many more there were, an error when any of them was one (so a report whose errors
 * were left out is never valid). `internal.*` is always kept: it says the verdict is unsound.
 */
export class Findings {
  private readonly kept: Issue[] = [];
  private readonly lines: LineIndex;
  /**
   * The findings so far, kept and left out (a finding is counted once, as it is reported once): per
   * code (and check), the element and offset of each; findings on several elements by key.
   */
  private readonly seen = new Map<string, Seen>();
  private readonly seenRelated = new Set<string>();
  private errors = 0;
  private dropped = 0;
  private droppedErrors = 0;
  /** The first finding left out (where the closing issue points) and the level of the first error left out. */
  private firstDropped: { level: Level; el: XmlElement | null; offset: number | undefined } | null = null;
  private droppedLevel: Level | null = null;
  private closing: { dropped: number; issues: Issue[] } | null = null;

  constructor(
    readonly lang: Lang,
    /** The message the offsets refer to: its UTF-8 bytes (or its text). */
    source: Uint8Array | string,
    /** Issues reported at most (default 1000; Infinity for all); further ones are counted in one closing issue. */
    maxIssues: number = DEFAULT_MAX_ISSUES,
  ) {
    this.lines = new LineIndex(source);
    this.maxIssues = maxIssues >= 0 ? Math.floor(maxIssues) : DEFAULT_MAX_ISSUES;
  }

  readonly maxIssues: number;

  location(el: XmlElement | null, offset?: number): Location {
    const { line, column } = this.lines.position(offset ?? el?.offset ?? 0);
    return { path: el ? elementPath(el) : '/', line, column };
  }

  /** True once `maxIssues` issues are kept: further findings are only counted (their texts need not be made). */
  get full(): boolean {
    return this.kept.length >= this.maxIssues;
  }

  /**
   * True the first time a finding (code, locations, check) comes, false when it is the same as an
   * earlier one. A location is its element (known by the offset of its start tag) and the offset
   * reported, so no path, line or column is needed to tell: those are worked out for kept issues only.
   * The locations are numbers under the code, so that a million findings cost little memory.
   */
  private firstTime(code: string, el: XmlElement | null, options: FindingOptions, related: readonly XmlElement[] | undefined): boolean {
    const check = options.distinct === undefined ? code : `${code}\u0000${options.distinct}`;
    if (related) {
      const key = `${check}\u0000${related.map((r) => r.offset).join(',')}`;
      if (this.seenRelated.has(key)) return false;
      this.seenRelated.add(key);
      return true;
    }
    let seen = this.seen.get(check);
    if (seen === undefined) this.seen.set(check, (seen = new Seen()));
    return seen.add(el ? el.offset : -1, options.offset ?? el?.offset ?? 0);
  }

  add(code: string, level: Level, el: XmlElement | null, params: Params = {}, options: FindingOptions = {}): void {
    // The same finding (code, locations, check) is reported once.
    const related = options.related && options.related.length > 1 ? options.related : undefined;
    if (!this.firstTime(code, el, options, related)) return;
    const severity = options.severity ?? 'error';
    if (this.kept.length >= this.maxIssues && !code.startsWith('internal.')) {
      this.dropped++;
      if (this.firstDropped === null) this.firstDropped = { level, el, offset: options.offset };
      if (severity === 'error') {
        this.droppedErrors++;
        this.droppedLevel ??= level;
      }
      return;
    }
    if (severity === 'error') this.errors++;
    const first = this.location(el, options.offset);
    const locations = related ? related.map((r) => this.location(r)) : undefined;
    this.kept.push({
      code,
      level,
      severity,
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
    Object.assign(copy, this, {
      kept: [...this.kept],
      seen: new Map([...this.seen].map(([k, v]) => [k, v.copy()])),
      seenRelated: new Set(this.seenRelated),
      closing: null,
    });
    return copy;
  }

  /** The issues reported: at most `maxIssues` (and `internal.error`), then the closing issue when some were left out. */
  get issues(): Issue[] {
    if (this.dropped === 0) return this.kept;
    if (this.closing?.dropped !== this.dropped || this.closing.issues.length !== this.kept.length + 1) {
      const first = this.firstDropped!;
      const at = this.location(first.el, first.offset);
      const closing: Issue = {
        code: 'report.truncated',
        level: this.droppedLevel ?? first.level,
        severity: this.droppedErrors > 0 ? 'error' : 'warning',
        path: at.path,
        line: at.line,
        column: at.column,
        message: ownMessage('report.truncated', { count: this.dropped, errors: this.droppedErrors, limit: this.maxIssues }, this.lang),
      };
      this.closing = { dropped: this.dropped, issues: [...this.kept, closing] };
    }
    return this.closing.issues;
  }

  /** True when an error was found, reported or left out. */
  get hasErrors(): boolean {
    return this.errors + this.droppedErrors > 0;
  }
}
