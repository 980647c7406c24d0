// Reading the plan checks' findings: their message in the UI language (the
// API's catalog, `api` namespace), the cell they point at, and the warnings
// a refused save carries for the user to confirm.
import type { i18n as I18n } from 'i18next';
import type { CheckFindingFieldsFragment } from '../../../gql/graphql.ts';
import { graphQLErrorsOf } from '../../../ui/errors.ts';
import { translateApiMessage } from '../../../ui/useErrorMessage.ts';

export type Finding = CheckFindingFieldsFragment;

export function findingText(i18n: I18n, f: Finding): string {
  const params = Object.fromEntries(f.params.map((p) => [p.name, p.value]));
  return translateApiMessage(i18n, { messageKey: f.messageKey, params }) ?? f.messageKey;
}

/** The key of the entry grid's cell a value finding points at (`indicatorId|KIND:year:quarter`). */
export function valueCellKey(t: Finding['target']): string | null {
  return t.type === 'VALUE' && t.indicatorId && t.kind && !t.agencyId ? `${t.indicatorId}|${t.kind}:${t.year}:${t.quarter}` : null;
}

/** Findings per entry-grid cell (and per indicator, under `indicatorId|`). */
export function findingsByCell(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const add = (key: string, f: Finding) => out.set(key, [...(out.get(key) ?? []), f]);
  for (const f of findings) {
    const key = valueCellKey(f.target);
    if (key) add(key, f);
    else if (f.target.type === 'INDICATOR' && f.target.indicatorId) add(`${f.target.indicatorId}|`, f);
  }
  return out;
}

/** The warnings of a save refused until the user confirms them (`checks.confirmWarnings`), else null. */
export function warningsToConfirm(error: unknown): Finding[] | null {
  const first = graphQLErrorsOf(error)[0];
  if (first?.extensions?.messageKey !== 'checks.confirmWarnings') return null;
  const findings = first.extensions.findings;
  return Array.isArray(findings) ? (findings as Finding[]) : [];
}
