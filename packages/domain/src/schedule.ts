/**
 * Month schedules of work steps (Rencana Kerja: a Jan–Des grid marked √),
 * their realization progress, and the comparison with an approved baseline.
 * Months are integers 1–12; quarters (triwulan) 1–4.
 */
import { roundNumber } from './decimal.ts';
import type { LocalizedText } from './indicator-value.ts';

export const MONTHS_ID = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Ags', 'Sep', 'Okt', 'Nov', 'Des'] as const;
export const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export type RealizationStatus = 'DONE' | 'PARTIAL' | 'NOT_DONE';

export function isMonth(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 12;
}

function assertMonth(value: number, what = 'month'): void {
  if (!isMonth(value)) throw new RangeError(`Invalid ${what}: ${value} (expected an integer 1–12)`);
}

/** Sorted, without duplicates; throws RangeError for anything but integers 1–12. */
export function normalizeMonths(months: readonly number[]): number[] {
  for (const m of months) assertMonth(m);
  return [...new Set(months)].sort((a, b) => a - b);
}

/** Adds the month if absent, removes it if present; returns a normalized copy. */
export function toggleMonth(months: readonly number[], month: number): number[] {
  assertMonth(month);
  const current = normalizeMonths(months);
  return current.includes(month) ? current.filter((m) => m !== month) : normalizeMonths([...current, month]);
}

const MARKED = new Set(['√', '✓', '✔', 'v', 'x', '1']);
const UNMARKED = new Set(['', '-', '–', '—', '0']);

/**
 * Reads a month cell of an imported schedule: true for a mark ("√", "✓",
 * "✔", "V", "v", "X", "x", "1"), false for an empty cell ("", "-", "0"),
 * null for anything else so an importer can flag it instead of guessing.
 */
export function parseMonthMark(cell: string): boolean | null {
  const text = cell.trim().toLowerCase();
  if (MARKED.has(text)) return true;
  if (UNMARKED.has(text)) return false;
  return null;
}

/** Quarter (triwulan, 1–4) of a month. */
export function quarterOfMonth(month: number): number {
  assertMonth(month);
  return Math.ceil(month / 3);
}

/** The quarters that hold at least one of the months, ascending. */
export function monthsToQuarters(months: readonly number[]): number[] {
  return [...new Set(normalizeMonths(months).map(quarterOfMonth))];
}

/** Months in the current schedule but not the baseline (added), and the reverse. */
export function baselineDiff(baselineMonths: readonly number[], currentMonths: readonly number[]): { added: number[]; removed: number[] } {
  const baseline = normalizeMonths(baselineMonths);
  const current = normalizeMonths(currentMonths);
  return {
    added: current.filter((m) => !baseline.includes(m)),
    removed: baseline.filter((m) => !current.includes(m)),
  };
}

export interface StepSchedule {
  months: readonly number[];
  realizations: readonly { month: number; status: RealizationStatus }[];
}

export interface ScheduleProgress {
  /** Scheduled step-months up to and including the reporting month. */
  planned: number;
  /** Of those, realized DONE. */
  done: number;
  /** Of those, realized PARTIAL. */
  partial: number;
  /** done + 0.5 × partial. */
  realized: number;
  /** Scheduled step-months before the reporting month without a realization or NOT_DONE. */
  overdue: number;
  /** realized / planned × 100, 2 decimals; null when nothing is planned yet. */
  progressPct: number | null;
}

export const PROGRESS_RULE: Readonly<LocalizedText> = Object.freeze({
  id:
    'Progres dihitung per bulan terjadwal dari setiap tahapan, sampai dengan bulan pelaporan. ' +
    'Bulan yang terealisasi "Selesai" dihitung 1, "Sebagian" dihitung ½, "Belum" atau belum diisi dihitung 0. ' +
    'Progres = (selesai + ½ × sebagian) ÷ jumlah bulan terjadwal × 100%. ' +
    'Bulan terjadwal sebelum bulan pelaporan yang belum diisi atau "Belum" dihitung terlambat. ' +
    'Realisasi pada bulan yang tidak dijadwalkan atau setelah bulan pelaporan tidak dihitung.',
  en:
    'Progress counts each scheduled month of each step, up to and including the reporting month. ' +
    'A month realized "Done" counts 1, "Partial" counts ½, "Not done" or not filled in counts 0. ' +
    'Progress = (done + ½ × partial) ÷ scheduled months × 100%. ' +
    'Scheduled months before the reporting month that are not filled in or "Not done" are overdue. ' +
    'Realizations in unscheduled months or after the reporting month are not counted.',
});

/**
 * Progress of steps at a reporting month (1–12); see PROGRESS_RULE. When a
 * month has several realizations the last one counts.
 */
export function scheduleProgress(steps: readonly StepSchedule[], reportingMonth: number): ScheduleProgress {
  assertMonth(reportingMonth, 'reporting month');
  let planned = 0;
  let done = 0;
  let partial = 0;
  let overdue = 0;
  for (const step of steps) {
    const byMonth = new Map<number, RealizationStatus>();
    for (const r of step.realizations) byMonth.set(r.month, r.status);
    for (const month of normalizeMonths(step.months)) {
      if (month > reportingMonth) break;
      planned++;
      const status = byMonth.get(month);
      if (status === 'DONE') done++;
      else if (status === 'PARTIAL') partial++;
      else if (month < reportingMonth) overdue++;
    }
  }
  const realized = done + partial / 2;
  return {
    planned,
    done,
    partial,
    realized,
    overdue,
    progressPct: planned === 0 ? null : roundNumber((realized / planned) * 100, 2),
  };
}

/** Where a step stands at a reporting month (see PROGRESS_RULE for "overdue"). */
export type StepStatus = 'unscheduled' | 'notStarted' | 'overdue' | 'onTrack' | 'done';

export const STEP_STATUSES: readonly StepStatus[] = ['overdue', 'onTrack', 'notStarted', 'done', 'unscheduled'];

function lastStatusByMonth(step: StepSchedule) {
  const byMonth = new Map<number, RealizationStatus>();
  for (const r of step.realizations) byMonth.set(r.month, r.status);
  return byMonth;
}

/** Scheduled months before the reporting month that are not realized DONE or PARTIAL. */
export function overdueMonths(step: StepSchedule, reportingMonth: number): number[] {
  assertMonth(reportingMonth, 'reporting month');
  const byMonth = lastStatusByMonth(step);
  return normalizeMonths(step.months).filter((m) => {
    if (m >= reportingMonth) return false;
    const status = byMonth.get(m);
    return status !== 'DONE' && status !== 'PARTIAL';
  });
}

/**
 * unscheduled: no month; done: every scheduled month realized DONE;
 * overdue: a scheduled month before the reporting month not realized;
 * notStarted: its first month is after the reporting month; else onTrack.
 */
export function stepStatus(step: StepSchedule, reportingMonth: number): StepStatus {
  const months = normalizeMonths(step.months);
  if (months.length === 0) return 'unscheduled';
  const byMonth = lastStatusByMonth(step);
  if (months.every((m) => byMonth.get(m) === 'DONE')) return 'done';
  if (overdueMonths(step, reportingMonth).length > 0) return 'overdue';
  if ((months[0] as number) > reportingMonth) return 'notStarted';
  return 'onTrack';
}

/** The reporting month for a plan year on a date: the current month in the plan's year, 12 for a past year, 1 for a future one. */
export function defaultReportingMonth(planYear: number, today: Date): number {
  const year = today.getFullYear();
  if (planYear < year) return 12;
  if (planYear > year) return 1;
  return today.getMonth() + 1;
}
