/** Exact sum of decimal strings ("1018175000.00" + "2500.5" = "1018177500.50"); null when none. */
export function sumDecimals(values: readonly (string | null | undefined)[]): string | null {
  let scale = 0;
  const parsed: { int: bigint; scale: number }[] = [];
  for (const value of values) {
    if (value == null) continue;
    const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
    if (!match) continue;
    const frac = match[3] ?? '';
    parsed.push({ int: BigInt(`${match[1]}${match[2]}${frac}`), scale: frac.length });
    scale = Math.max(scale, frac.length);
  }
  if (parsed.length === 0) return null;
  const total = parsed.reduce((sum, p) => sum + p.int * 10n ** BigInt(scale - p.scale), 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const intPart = digits.slice(0, digits.length - scale);
  const fracPart = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${intPart}${scale > 0 ? `.${fracPart}` : ''}`;
}

/** An activity's budget (kegiatan), else the sum of its sub-activities' budgets; null when none. */
export function activityBudget(activity: { budget?: string | null; actions: readonly { budget?: string | null }[] }): string | null {
  return activity.budget ?? sumDecimals(activity.actions.map((a) => a.budget));
}
