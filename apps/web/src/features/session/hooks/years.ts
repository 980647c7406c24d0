/**
 * The year the app opens on: this year if it has a plan, else the latest
 * plan year; without plans, the same with the years of other yearly content
 * (trees, assessments); else this year.
 */
export function defaultYear(
  planYears: readonly number[],
  currentYear = new Date().getFullYear(),
  otherYears: readonly number[] = [],
): number {
  const years = planYears.length > 0 ? planYears : otherYears;
  if (years.length === 0 || years.includes(currentYear)) return currentYear;
  return Math.max(...years);
}

/** The year switcher's choices: plan years, road map years and this year, newest first. */
export function yearChoices(
  contentYears: readonly number[],
  roadmaps: readonly { startYear: number; endYear: number }[],
  currentYear = new Date().getFullYear(),
): number[] {
  const years = new Set<number>([currentYear, ...contentYears]);
  for (const roadmap of roadmaps) {
    for (let year = roadmap.startYear; year <= roadmap.endYear && year - roadmap.startYear < 50; year += 1) years.add(year);
  }
  return [...years].sort((a, b) => b - a);
}

/** A `year` URL parameter as a plausible year, else null. */
export function parseYear(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 1900 && year <= 2200 ? year : null;
}
