/**
 * Standard output for pipelines: a reader that goes away (`validate … | head -1`) ends the output
 * quietly — no EPIPE stack trace — and the run still ends with its verdict's exit status.
 */
let closed = false;
let watching = false;

function watch(): void {
  if (watching) return;
  watching = true;
  process.stdout.on('error', () => {
    // EPIPE (the reader closed the pipe) or any later write to the destroyed stream: stop writing.
    closed = true;
  });
}

/** Writes to standard output unless the reader has gone away. */
export function out(text: string): void {
  watch();
  if (closed) return;
  process.stdout.write(text);
}

/** Whether standard output is gone (work that only produces output can be skipped). */
export function stdoutClosed(): boolean {
  return closed;
}
