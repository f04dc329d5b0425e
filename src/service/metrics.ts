/**
 * Prometheus metrics, written by hand (text exposition format 0.0.4): requests by route and status,
 * a latency histogram by route, messages by bericht and verdict, and failures of the history. The
 * label values come from a closed set (route patterns, status codes, bericht codes, recordings),
 * never from a request's own text, so the number of series stays bounded.
 */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

type Labels = Record<string, string>;
const key = (l: Labels): string =>
  Object.keys(l)
    .sort()
    .map((k) => `${k}="${l[k]!.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`)
    .join(',');

class Counter {
  private readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels, by = 1): void {
    const k = key(labels);
    this.values.set(k, (this.values.get(k) ?? 0) + by);
  }
  get(labels: Labels): number {
    return this.values.get(key(labels)) ?? 0;
  }
  text(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const [k, v] of this.values) lines.push(`${this.name}${k ? `{${k}}` : ''} ${v}`);
    return lines.join('\n');
  }
}

class Histogram {
  private readonly series = new Map<string, { buckets: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  observe(labels: Labels, seconds: number): void {
    const k = key(labels);
    let s = this.series.get(k);
    if (!s) this.series.set(k, (s = { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 }));
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) s.buckets[i]!++;
    });
    s.sum += seconds;
    s.count++;
  }
  text(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const [k, s] of this.series) {
      const sep = k ? ',' : '';
      BUCKETS.forEach((b, i) => lines.push(`${this.name}_bucket{${k}${sep}le="${b}"} ${s.buckets[i]}`));
      lines.push(`${this.name}_bucket{${k}${sep}le="+Inf"} ${s.count}`);
      lines.push(`${this.name}_sum${k ? `{${k}}` : ''} ${s.sum}`);
      lines.push(`${this.name}_count${k ? `{${k}}` : ''} ${s.count}`);
    }
    return lines.join('\n');
  }
}

export class Metrics {
  readonly requests = new Counter('iwmo_http_requests_total', 'HTTP requests by route and status.');
  readonly latency = new Histogram('iwmo_http_request_duration_seconds', 'Time from request to response, by route.');
  readonly messages = new Counter('iwmo_messages_total', 'Messages judged, by bericht (unknown when not a message of the standard), verdict and what became of them in the history.');
  readonly historyErrors = new Counter('iwmo_history_errors_total', 'Failures of the history (store), by operation.');
  readonly rejected = new Counter('iwmo_busy_rejections_total', 'Requests turned away with 503 because the messages in flight were at their limit.');
  private readonly gauges: Array<{ name: string; help: string; value: () => number }> = [];

  gauge(name: string, help: string, value: () => number): void {
    this.gauges.push({ name, help, value });
  }

  text(): string {
    const parts = [this.requests.text(), this.latency.text(), this.messages.text(), this.historyErrors.text(), this.rejected.text()];
    for (const g of this.gauges) parts.push(`# HELP ${g.name} ${g.help}\n# TYPE ${g.name} gauge\n${g.name} ${g.value()}`);
    return parts.join('\n') + '\n';
  }
}
