/**
 * A progress line on stderr for long work: it appears only when stderr is a
 * terminal and the work has taken more than a second, and it is erased when
 * the work ends. Silent in pipes and CI logs.
 *
 * @module
 */
import type { CliStream } from './io.js';
import { terminalText } from './output.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** Shows what the CLI is doing when that takes a while. */
export interface Progress {
  /** Names the current step (e.g. `parsing acme.okr.yaml`). */
  step(label: string): void;
  /** Erases the line and stops the timer. */
  done(): void;
}

/**
 * A progress indicator writing to `stream`. Disabled unless the stream is a
 * TTY (or `force`); shown only after `delayMs` of work.
 */
export function createProgress(
  stream: CliStream,
  options: { enabled?: boolean; delayMs?: number; now?: () => number } = {},
): Progress {
  const enabled = options.enabled ?? stream.isTTY === true;
  if (!enabled) return { step() {}, done() {} };
  const now = options.now ?? Date.now;
  const delayMs = options.delayMs ?? 1000;
  const started = now();
  let label = '';
  let frame = 0;
  let visible = false;
  const render = () => {
    if (now() - started < delayMs) return;
    visible = true;
    frame = (frame + 1) % FRAMES.length;
    stream.write(`\r\x1b[2K${FRAMES[frame]} sokr: ${label}…`);
  };
  const timer = setInterval(render, 100);
  timer.unref();
  return {
    step(next) {
      label = terminalText(next);
      render();
    },
    done() {
      clearInterval(timer);
      if (visible) stream.write('\r\x1b[2K');
      visible = false;
    },
  };
}

/** Lets timers run between synchronous steps so the indicator can move. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
