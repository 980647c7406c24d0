/** The year the app opens on: this year if it has a plan, else the latest plan year, else this year. */
export function defaultYear(planYears: readonly number[], currentYear = new Date().getFullYear()): number {
  if (planYears.includes(currentYear) || planYears.length === 0) return currentYear;
  return Math.max(...planYears);
}

/** The year switcher's choices: plan years, road map years and this year, newest first. */
export function yearChoices(
  planYears: readonly number[],
  roadmaps: readonly { startYear: number; endYear: number }[],
  currentYear = new Date().getFullYear(),
): number[] {
  const years = new Set<number>([currentYear, ...planYears]);
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
