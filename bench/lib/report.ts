// Output conventions of the benchmark scripts: figures on stdout, exactly
// `<name> <value> <unit>` per line; everything else (progress, diagnostics) on
// stderr, so `pnpm bench:x > figures.txt` keeps only the figures.
import { cpus, loadavg } from 'node:os';

/** Prints one figure. Values are rounded to at most `digits` decimals. */
export function figure(name: string, value: number, unit: string, digits = 1) {
  if (!Number.isFinite(value)) throw new Error(`figure ${name}: not a finite number (${value})`);
  const factor = 10 ** digits;
  process.stdout.write(`${name} ${Math.round(value * factor) / factor} ${unit}\n`);
}

export function log(...parts: unknown[]) {
  process.stderr.write(`${parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' ')}\n`);
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0–100). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * Problems that make a run fail (a missing UI hook, a target missed is NOT
 * one: targets are reported, not enforced). The script measures everything
 * it can, then exits non-zero listing them.
 */
export class Failures {
  readonly messages: string[] = [];

  add(message: string) {
    this.messages.push(message);
    log(`FAIL: ${message}`);
  }

  /** Runs one measurement; an exception becomes a failure instead of ending the run. */
  async attempt<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await fn();
    } catch (error) {
      this.add(`${what}: ${describeError(error)}`);
      return undefined;
    }
  }

  /** Sets the exit code and prints a summary; call last. */
  finish(script: string) {
    if (this.messages.length === 0) {
      log(`${script}: done`);
      return;
    }
    log(`\n${script} FAILED (${this.messages.length}):`);
    for (const m of this.messages) log(`  - ${m}`);
    process.exitCode = 1;
  }
}

/** Compares a figure with its target on stderr (the figure itself goes to stdout). */
export function checkTarget(name: string, value: number, op: '<=' | '>=', target: number, unit: string) {
  const ok = op === '<=' ? value <= target : value >= target;
  log(`target ${name}: ${Math.round(value * 10) / 10} ${unit} ${op} ${target} ${unit}: ${ok ? 'met' : 'MISSED'}`);
  return ok;
}

/** A deterministic pseudo-random generator (mulberry32), so every run generates the same data. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An error's message with its cause (fetch's "fetch failed" says why only in the cause). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${(error.cause as Error & { code?: string }).code ?? ''} ${error.cause.message})` : '';
  return `${error.message}${cause}`;
}

/**
 * The machine's 1-minute load average (other work on it inflates every
 * figure): logged, and printed as a figure with the given prefix.
 */
export function machineLoad(prefix: string, when: string) {
  const one = loadavg()[0] ?? 0;
  log(`machine: load average ${one.toFixed(2)} (1 min) on ${cpus().length} cores ${when}`);
  figure(`${prefix}.machine_load_1m_${when.replaceAll(' ', '_')}`, one, 'load', 2);
}
