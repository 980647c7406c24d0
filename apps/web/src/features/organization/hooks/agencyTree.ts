// The agency outline's shape: children per parent, depth, and which agencies
// an agency may move under (not itself, not its sub-units, not archived).
export interface AgencyLike {
  id: string;
  parentId?: string | null;
  archivedAt?: string | null;
  name: string;
  shortName?: string | null;
}

export function childrenOf<T extends AgencyLike>(agencies: readonly T[]): Map<string | null, T[]> {
  const ids = new Set(agencies.map((a) => a.id));
  const map = new Map<string | null, T[]>();
  for (const a of agencies) {
    const key = a.parentId && ids.has(a.parentId) ? a.parentId : null;
    map.set(key, [...(map.get(key) ?? []), a]);
  }
  return map;
}

export function descendants(agencies: readonly AgencyLike[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of agencies) {
      if (a.parentId && out.has(a.parentId) && !out.has(a.id)) {
        out.add(a.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Agencies in outline order with their depth (parents before children). */
export function withDepth<T extends AgencyLike>(agencies: readonly T[]): { agency: T; depth: number }[] {
  const children = childrenOf(agencies);
  const out: { agency: T; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const a of children.get(parent) ?? []) {
      out.push({ agency: a, depth });
      walk(a.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** Options for a parent picker: in-use agencies, indented, without `exclude` and its sub-units. */
export function parentOptions<T extends AgencyLike>(agencies: readonly T[], exclude?: string) {
  const skip = exclude ? descendants(agencies, exclude) : new Set<string>();
  return withDepth(agencies.filter((a) => !a.archivedAt))
    .filter(({ agency }) => !skip.has(agency.id))
    .map(({ agency, depth }) => ({ id: agency.id, label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${agency.name}` }));
}
