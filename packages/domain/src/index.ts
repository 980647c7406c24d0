/**
 * @rb/domain: pure domain logic of RB Workbench (no I/O, no database, no DOM).
 * Number formats, safe CSV cells, indicator values, achievement and status, month
 * schedules, the PMPRB score engine, and the Zod schemas shared by the API
 * and the web.
 */
export * from './achievement.ts';
export * from './checks.ts';
export * from './csv.ts';
export * from './decimal.ts';
export * from './indicator-period.ts';
export * from './indicator-value.ts';
export * from './messages/index.ts';
export * from './number-format.ts';
export * from './plan-setup.ts';
export * from './organization.ts';
export * from './schedule.ts';
export * from './scoring.ts';
export * from './tree.ts';
export * from './validation.ts';
export * from './work-plan.ts';
