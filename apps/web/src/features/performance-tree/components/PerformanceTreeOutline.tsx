// A performance tree as an indented outline (the graphical map comes later).
// Nested lists with native <details> so every level folds with the keyboard.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { EmptyState, QueryState } from '../../../ui/QueryState.tsx';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { usePageTitle } from '../../session/hooks/usePageTitle.ts';
import { PerformanceTreeQuery } from '../graphql/trees.ts';
import { buildOutline, type OutlineNode, type TreeNodeData } from '../utils/treeOutline.ts';

export function PerformanceTreeDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const govPath = useGovPath();
  const result = useQuery(PerformanceTreeQuery, { variables: { id } });
  usePageTitle(result.data?.performanceTree?.title ?? t('tree.title'));
  return (
    <>
      <p className="back-link">
        <Link to={govPath('tree')}>← {t('tree.backToList')}</Link>
      </p>
      <QueryState result={result} isEmpty={(data) => !data.performanceTree} empty={t('tree.notFound')}>
        {(data) => (data.performanceTree ? <TreeView tree={data.performanceTree} /> : null)}
      </QueryState>
    </>
  );
}

type Tree = { id: string; title: string; year: number; agency: { name: string } | null; nodes: TreeNodeData[] };

function TreeView({ tree }: { tree: Tree }) {
  const { t } = useTranslation();
  const outline = buildOutline(tree.nodes);
  // Bumping the key re-mounts the <details> with the new default.
  const [expansion, setExpansion] = useState({ open: true, key: 0 });
  return (
    <>
      <PageHeader
        title={tree.title}
        intro={[t('common.yearLabel', { year: tree.year }), tree.agency?.name].filter(Boolean).join(' · ')}
        actions={
          outline.length > 0 ? (
            <div className="button-row">
              <button type="button" className="button" onClick={() => setExpansion((e) => ({ open: true, key: e.key + 1 }))}>
                {t('tree.expandAll')}
              </button>
              <button type="button" className="button" onClick={() => setExpansion((e) => ({ open: false, key: e.key + 1 }))}>
                {t('tree.collapseAll')}
              </button>
            </div>
          ) : null
        }
      />
      {outline.length === 0 ? (
        <EmptyState>{t('tree.emptyTree')}</EmptyState>
      ) : (
        <ul className="tree-outline" aria-label={t('tree.outlineLabel')} key={expansion.key}>
          {outline.map((item) => (
            <OutlineItem key={item.node.id} item={item} defaultOpen={expansion.open} />
          ))}
        </ul>
      )}
    </>
  );
}

function OutlineItem({ item, defaultOpen }: { item: OutlineNode; defaultOpen: boolean }) {
  const { t } = useTranslation();
  const { node, children } = item;
  const body = <NodeBody node={node} />;
  return (
    <li className={`tree-node tree-level-${Math.min(node.level, 6)}`}>
      {children.length > 0 ? (
        <details open={defaultOpen}>
          <summary>
            <NodeHeading node={node} />
            <span className="muted tree-children-count"> · {t('tree.childCount', { count: children.length })}</span>
          </summary>
          {body}
          <ul>
            {children.map((child) => (
              <OutlineItem key={child.node.id} item={child} defaultOpen={defaultOpen} />
            ))}
          </ul>
        </details>
      ) : (
        <div className="tree-leaf">
          <NodeHeading node={node} />
          {body}
        </div>
      )}
    </li>
  );
}

function NodeHeading({ node }: { node: TreeNodeData }) {
  const { t } = useTranslation();
  return (
    <span className="tree-heading">
      <span className="badge badge-level">{t('tree.level', { level: node.level })}</span>{' '}
      <span className="badge badge-kind">{t(`enums.treeNodeKind.${node.kind}`)}</span>{' '}
      <strong className="tree-statement">{node.statement}</strong>
    </span>
  );
}

function NodeBody({ node }: { node: TreeNodeData }) {
  const { t } = useTranslation();
  // The structured value (55,96 tahun 2020 (Menpan, 2020)) unless the text already says it.
  const observedParts: string[] = [];
  const value = node.observedValue != null ? formatNumber(node.observedValue) : null;
  if (value && !node.observedProblem?.includes(value)) {
    observedParts.push(node.observedYear ? t('tree.observedValue', { value, year: node.observedYear }) : value);
    if (node.observedSource) observedParts.push(`(${node.observedSource})`);
  }
  const observed = [node.observedProblem, observedParts.join(' ')].filter(Boolean).join(' — ');
  const rows: [string, string][] = [];
  if (node.indicatorText) rows.push([t('tree.indicator'), node.indicatorText]);
  if (observed) rows.push([t('tree.observedProblem'), observed]);
  if (node.rationale) rows.push([t('tree.rationale'), node.rationale]);
  if (node.responsibleOfficial) rows.push([t('tree.responsible'), node.responsibleOfficial]);
  if (rows.length === 0) return null;
  return (
    <dl className="tree-details">
      {rows.map(([term, description]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{description}</dd>
        </div>
      ))}
    </dl>
  );
}
