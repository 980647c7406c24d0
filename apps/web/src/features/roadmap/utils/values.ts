// Display and input helpers for road-map values.
import type { RoadmapIndicatorFragment, RoadmapValueFragment } from '../../../gql/graphql.ts';
import { formatIndicatorValue } from '../../../ui/format.ts';

/** A value as the documents write it ("43,84", "n.a", "WTP", "73%"); "" when there is none. */
export function valueText(value: RoadmapValueFragment | null | undefined, indicator: Pick<RoadmapIndicatorFragment, 'valueType' | 'unit'>) {
  if (!value) return '';
  return formatIndicatorValue(value, indicator);
}

/** "WTP, WDP, TW, TMP" → ["WTP", "WDP", "TW", "TMP"]. */
export function splitCategories(text: string): string[] {
  return text
    .split(/[,;>\n]/)
    .map((c) => c.trim())
    .filter(Boolean);
}

export function agencyLabel(agency: { name: string; shortName?: string | null } | null | undefined) {
  return agency ? agency.shortName || agency.name : '';
}
