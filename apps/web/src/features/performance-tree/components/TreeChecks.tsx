// The checks of the tree as a list grouped by kind; a node entry selects the node on the map,
// an action entry opens it in the planner's grid.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PerformanceTreeChecksQuery } from '../../../gql/graphql.ts';
import { formatCount } from '../../../ui/format.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import type { TreeNodeData } from '../utils/treeOutline.ts';

type Check = NonNullable<PerformanceTreeChecksQuery['performanceTree']>['checks'][number];
const KINDS = ['NODE_WITHOUT_INDICATOR', 'LEVEL_SKIPPED', 'ACTION_NOT_REACHED', 'INDICATOR_UNUSED'] as const;
const SHOWN = 8;

export function TreeChecks({
  checks,
  nodes,
  onSelect,
}: {
  checks: readonly Check[];
  nodes: readonly TreeNodeData[];
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const govPath = useGovPath();
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return (
    <section className="tree-checks" aria-labelledby="tree-checks-title">
      <h2 id="tree-checks-title">{t('tree.checks.title')}</h2>
      {checks.length === 0 ? <p>{t('tree.checks.none')}</p> : null}
      {KINDS.map((kind) => {
        const list = checks.filter((c) => c.kind === kind);
        if (list.length === 0) return null;
        const shown = expanded.has(kind) ? list : list.slice(0, SHOWN);
        return (
          <details key={kind} className="tree-check-group" open={kind !== 'ACTION_NOT_REACHED' && kind !== 'INDICATOR_UNUSED'}>
            <summary>
              {t(`tree.checks.${kind}`)} <span className="badge">{formatCount(list.length)}</span>
            </summary>
            <ul>
              {shown.map((c) => {
                const node = c.nodeId ? byId.get(c.nodeId) : undefined;
                const key = c.nodeId ?? c.action?.id ?? c.indicator?.id ?? '';
                return (
                  <li key={key}>
                    {node ? (
                      <button type="button" className="link-button" onClick={() => onSelect(node.id)}>
                        {node.statement}
                      </button>
                    ) : null}
                    {kind === 'LEVEL_SKIPPED' ? (
                      <span className="muted"> — {t('tree.checks.levelSkipped', { parentLevel: c.parentLevel, level: c.level })}</span>
                    ) : null}
                    {c.action ? (
                      c.workPlanId ? (
                        <Link
                          to={govPath(`work-plans/${c.workPlanId}`, { focus: c.action.id })}
                        >{`${c.action.code ? `${c.action.code} — ` : ''}${c.action.name}`}</Link>
                      ) : (
                        <span>{c.action.name}</span>
                      )
                    ) : null}
                    {c.indicator ? <span>{`${c.indicator.code ? `${c.indicator.code} — ` : ''}${c.indicator.name}`}</span> : null}
                  </li>
                );
              })}
            </ul>
            {list.length > shown.length ? (
              <button type="button" className="button button-small" onClick={() => setExpanded((s) => new Set(s).add(kind))}>
                {t('tree.checks.showMore', { count: list.length - shown.length })}
              </button>
            ) : null}
          </details>
        );
      })}
    </section>
  );
}
