// One performance tree: the map (default) or the outline (?view=outline), the selected node's
// panel (?node=<id>), the checks, print/export, and copying the tree for a new year.
import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatNumber } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { EmptyState, QueryState } from '../../../ui/QueryState.tsx';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { usePageTitle } from '../../session/hooks/usePageTitle.ts';
import { PerformanceTreeChecksQuery, PerformanceTreeQuery } from '../graphql/trees.ts';
import { fieldsOf, useTreeEditing } from '../hooks/useTreeEditing.ts';
import {
  buildExportSvg,
  downloadPng,
  downloadSvg,
  type ExportPage,
  fileSafe,
  type PaperSize,
  printSvg,
  smallestTextPt,
} from '../utils/exportTree.ts';
import { ancestorIds, layoutTree } from '../utils/layout.ts';
import type { TreeNodeData } from '../utils/treeOutline.ts';
import { CloneTreeForm } from './CloneTreeForm.tsx';
import { NodeForm } from './NodeForm.tsx';
import { NodePanel } from './NodePanel.tsx';
import { TreeChecks } from './TreeChecks.tsx';
import { drawingMarkup } from './TreeDrawing.tsx';
import { TreeMap, type TreeMapHandle } from './TreeMap.tsx';
import { STATUS_COLOURS } from './TreeMapNode.tsx';
import { TreeOutline } from './TreeOutline.tsx';
import '../tree.css';

export function PerformanceTreeDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const govPath = useGovPath();
  const { year } = useSession();
  const result = useQuery(PerformanceTreeQuery, { variables: { id, year } });
  usePageTitle(result.data?.performanceTree?.title ?? t('tree.title'));
  return (
    <>
      <p className="back-link">
        <Link to={govPath('tree')}>← {t('tree.backToList')}</Link>
      </p>
      <QueryState result={result} isEmpty={(data) => !data.performanceTree} empty={t('tree.notFound')}>
        {(data) => (data.performanceTree ? <TreeWorkspace tree={data.performanceTree} year={year} /> : null)}
      </QueryState>
    </>
  );
}

type Tree = NonNullable<import('../../../gql/graphql.ts').PerformanceTreeQuery['performanceTree']>;

function TreeWorkspace({ tree, year }: { tree: Tree; year: number }) {
  const { t } = useTranslation();
  const govPath = useGovPath();
  const errorMessage = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'outline' ? 'outline' : 'map';
  const selectedId = params.get('node');
  const nodes = tree.nodes as TreeNodeData[];
  const selected = selectedId ? (nodes.find((n) => n.id === selectedId) ?? null) : null;
  const editing = useTreeEditing(tree.id, year);
  // The checks arrive on their own (the map does not wait for them); edits refetch both.
  const checksResult = useQuery(PerformanceTreeChecksQuery, { variables: { id: tree.id } });
  const checks = checksResult.data?.performanceTree?.checks;
  const mapRef = useRef<TreeMapHandle>(null);
  // `collapsed`: subtrees hidden; `layoutCollapsed` (a subset): subtrees left out of the layout.
  // A single collapse only hides (no relayout); bulk actions and expanding a node that the layout
  // left out relayout.
  const [collapsed, setCollapsed] = useState<Set<string>>(() => new Set());
  const [layoutCollapsed, setLayoutCollapsed] = useState<Set<string>>(() => new Set());
  const collapseBulk = useCallback((ids: Set<string>) => {
    setCollapsed(ids);
    setLayoutCollapsed(ids);
  }, []);
  const [maxLevel, setMaxLevel] = useState<number | null>(null);
  const [search, setSearch] = useState('');
  const [hit, setHit] = useState(0);
  const [message, setMessage] = useState('');
  const [undo, setUndo] = useState<{ id: string; text: string } | null>(null);
  const [cloning, setCloning] = useState(false);
  const [addingRoot, setAddingRoot] = useState(false);
  const [paper, setPaper] = useState<PaperSize>('A3');
  const [exportScope, setExportScope] = useState<'whole' | 'branches'>('whole');
  const [exportNote, setExportNote] = useState<string | null>(null);
  const uid = useId();

  const setParam = useCallback(
    (key: string, value: string | null) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: key === 'node' },
      ),
    [setParams],
  );
  const select = useCallback((id: string) => setParam('node', id), [setParam]);
  const toggle = useCallback((id: string) => {
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    setLayoutCollapsed((c) => {
      if (!c.has(id)) return c;
      const next = new Set(c);
      next.delete(id);
      return next;
    });
  }, []);

  const warnings = useMemo(() => {
    const map = new Map<string, string>();
    for (const c of checks ?? []) {
      if (!c.nodeId) continue;
      const text = c.kind === 'LEVEL_SKIPPED' ? t('tree.map.levelSkippedShort') : t('tree.map.noIndicatorShort');
      map.set(c.nodeId, map.has(c.nodeId) ? `${map.get(c.nodeId)}, ${text}` : text);
    }
    return map;
  }, [checks, t]);

  const levels = useMemo(() => [...new Set(nodes.map((n) => n.level))].sort((a, b) => a - b), [nodes]);
  const matches = useMemo(() => {
    const q = search.trim().toLowerCase();
    if (q.length < 2) return [];
    return nodes.filter((n) => n.statement.toLowerCase().includes(q) || (n.indicatorText ?? '').toLowerCase().includes(q));
  }, [search, nodes]);
  const current = matches.length ? matches[hit % matches.length] : undefined;

  // Show the searched node: expand its ancestors, lift the level filter if needed, center it.
  useEffect(() => {
    if (!current) return;
    const up = ancestorIds(nodes, current.id);
    setCollapsed((c) => (up.some((id) => c.has(id)) ? new Set([...c].filter((id) => !up.includes(id))) : c));
    setLayoutCollapsed((c) => (up.some((id) => c.has(id)) ? new Set([...c].filter((id) => !up.includes(id))) : c));
    setMaxLevel((m) => (m !== null && current.level > m ? null : m));
    const timer = setTimeout(() => mapRef.current?.centerOn(current.id), 30);
    return () => clearTimeout(timer);
  }, [current, nodes]);

  const announce = useCallback((text: string) => setMessage(text), []);
  const onDeleted = useCallback(
    (node: TreeNodeData, count: number) => {
      setParam('node', null);
      setUndo({ id: node.id, text: t('tree.node.deleted', { statement: node.statement, count }) });
    },
    [setParam, t],
  );
  const moveFromMap = useCallback(
    async (nodeId: string, parentId: string | null, index: number) => {
      const node = nodes.find((n) => n.id === nodeId);
      if (!node) return;
      try {
        await editing.moveNode(node, parentId, index);
        announce(t('tree.node.moved'));
      } catch (e) {
        announce(errorMessage(e));
      }
    },
    [nodes, editing, announce, t, errorMessage],
  );
  const moveFromOutline = useCallback(
    async (node: TreeNodeData, parentId: string | null, index: number) => {
      try {
        await editing.moveNode(node, parentId, index);
        announce(t('tree.node.moved'));
      } catch (e) {
        announce(errorMessage(e));
      }
    },
    [editing, announce, t, errorMessage],
  );

  /**
   * The pages to print or export: the tree as shown (collapsed branches and the level filter
   * apply), and with "per branch" one more page per branch of the first level that fans out, so
   * each page stays legible at paper size.
   */
  const exportPages = (): ExportPage[] => {
    const subtitle = [t('common.yearLabel', { year: tree.year }), tree.agency?.name].filter(Boolean).join(' · ');
    const whole = layoutTree(nodes, collapsed, maxLevel);
    const pages: ExportPage[] = [{ ...drawingMarkup(whole, t, warnings), title: tree.title, subtitle }];
    if (exportScope === 'branches') {
      const row = whole.rows.find((r) => whole.nodes.filter((n) => n.depth === r.depth && !n.stacked).length > 1);
      const heads = row ? whole.nodes.filter((n) => n.depth === row.depth && !n.stacked) : [];
      for (const head of heads) {
        const ids = new Set([head.id]);
        let grew = true;
        while (grew) {
          grew = false;
          for (const n of nodes)
            if (n.parentId && ids.has(n.parentId) && !ids.has(n.id)) {
              ids.add(n.id);
              grew = true;
            }
        }
        const branch = layoutTree(
          nodes.filter((n) => ids.has(n.id)),
          collapsed,
          maxLevel,
        );
        const chain = ancestorIds(nodes, head.id)
          .reverse()
          .map((id) => nodes.find((n) => n.id === id)?.statement)
          .filter(Boolean)
          .join(' › ');
        pages.push({
          ...drawingMarkup(branch, t, warnings),
          title: `${tree.title} — ${head.node.statement}`,
          subtitle: [subtitle, chain].filter(Boolean).join(' · '),
        });
      }
    }
    return pages;
  };

  const doExport = async (kind: 'print' | 'svg' | 'png') => {
    const pages = exportPages().map((p) => ({ page: p, ...buildExportSvg(p, paper) }));
    const pt = (list: typeof pages) => formatNumber(Math.min(...list.map((p) => smallestTextPt(p.scaleMmPerPx))), { maxFractionDigits: 1 });
    setExportNote(
      pages.length > 1
        ? t('tree.export.noteBranches', { count: pages.length, pt: pt(pages.slice(0, 1)), branchPt: pt(pages.slice(1)) })
        : t('tree.export.note', { pt: pt(pages) }),
    );
    try {
      if (kind === 'print')
        printSvg(
          pages.map((p) => p.svg),
          paper,
          tree.title,
        );
      else
        for (const [i, p] of pages.entries()) {
          const name = `${fileSafe(tree.title)}${i === 0 ? '' : `-${i}-${fileSafe(p.page.title.split(' — ').pop() ?? '')}`}-${paper}`;
          if (kind === 'svg') downloadSvg(p.svg, `${name}.svg`);
          else await downloadPng(p.svg, paper, `${name}.png`);
        }
    } catch (e) {
      setExportNote(t('tree.export.failed', { message: (e as Error).message }));
    }
  };

  return (
    <>
      <PageHeader
        title={tree.title}
        intro={[
          t('common.yearLabel', { year: tree.year }),
          tree.agency?.name,
          tree.clonedFrom ? t('tree.clonedFrom', { title: tree.clonedFrom.title, year: tree.clonedFrom.year }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
        actions={
          <div className="button-row">
            <Link className="button" to={govPath('process-maps')}>
              {t('tree.processMapsLink')}
            </Link>
            {tree.canEdit ? (
              <button type="button" className="button" aria-expanded={cloning} onClick={() => setCloning((c) => !c)}>
                {t('tree.clone.button')}
              </button>
            ) : null}
          </div>
        }
      />
      {cloning ? <CloneTreeForm tree={tree} onDone={() => setCloning(false)} /> : null}
      <div className="sr-only" role="status" aria-live="polite">
        {message}
      </div>
      {undo ? (
        <div className="tree-undo" role="status">
          <span>{undo.text}</span>
          <button
            type="button"
            className="button button-small"
            onClick={async () => {
              try {
                await editing.restoreNode(undo.id);
                setUndo(null);
                select(undo.id);
                announce(t('tree.node.restored'));
              } catch (e) {
                announce(errorMessage(e));
              }
            }}
          >
            {t('tree.node.undo')}
          </button>
          <button type="button" className="button button-small" aria-label={t('tree.node.close')} onClick={() => setUndo(null)}>
            ×
          </button>
        </div>
      ) : null}
      <nav className="tree-view-switch" aria-label={t('tree.views.label')}>
        <Link
          to={`?${withParam(params, 'view', null)}`}
          aria-current={view === 'map' ? 'page' : undefined}
          className={view === 'map' ? 'is-active' : undefined}
        >
          {t('tree.views.map')}
        </Link>
        <Link
          to={`?${withParam(params, 'view', 'outline')}`}
          aria-current={view === 'outline' ? 'page' : undefined}
          className={view === 'outline' ? 'is-active' : undefined}
        >
          {t('tree.views.outline')}
        </Link>
      </nav>
      {nodes.length === 0 ? <EmptyState>{t('tree.emptyTree')}</EmptyState> : null}
      {tree.canEdit && (nodes.length === 0 || addingRoot) ? (
        addingRoot ? (
          <NodeForm
            title={t('tree.node.newRootTitle')}
            initial={{ statement: '', kind: 'RESULT' }}
            onCancel={() => setAddingRoot(false)}
            onSubmit={async (fields) => {
              const created = await editing.addNode(null, null, fields);
              setAddingRoot(false);
              if (created) select(created.id);
            }}
          />
        ) : (
          <button type="button" className="button button-primary" onClick={() => setAddingRoot(true)}>
            {t('tree.node.addRoot')}
          </button>
        )
      ) : null}
      {nodes.length > 0 ? (
        <div className={`tree-workspace${selected ? ' has-panel' : ''}`}>
          <div className="tree-main">
            <div className="tree-toolbar" role="toolbar" aria-label={t('tree.map.toolbar')}>
              {view === 'map' ? (
                <>
                  <button type="button" className="button button-small" onClick={() => mapRef.current?.fit()}>
                    {t('tree.map.fit')}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('tree.map.zoomIn')}
                    onClick={() => mapRef.current?.zoomBy(1.3)}
                  >
                    +
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('tree.map.zoomOut')}
                    onClick={() => mapRef.current?.zoomBy(1 / 1.3)}
                  >
                    −
                  </button>
                </>
              ) : null}
              <button type="button" className="button button-small" onClick={() => collapseBulk(new Set())}>
                {t('tree.expandAll')}
              </button>
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  collapseBulk(new Set(nodes.filter((n) => n.level >= 1 && nodes.some((c) => c.parentId === n.id)).map((n) => n.id)))
                }
              >
                {t('tree.collapseAll')}
              </button>
              <span className="tree-toolbar-field">
                <label htmlFor={`${uid}-level`}>{t('tree.map.levelFilter')}</label>
                <select
                  id={`${uid}-level`}
                  value={maxLevel ?? ''}
                  onChange={(e) => setMaxLevel(e.target.value === '' ? null : Number(e.target.value))}
                >
                  <option value="">{t('tree.map.allLevels')}</option>
                  {levels.map((l) => (
                    <option key={l} value={l}>
                      {t('tree.map.upToLevel', { level: l })}
                    </option>
                  ))}
                </select>
              </span>
              <span className="tree-toolbar-field">
                <label htmlFor={`${uid}-search`}>{t('tree.map.search')}</label>
                <input
                  id={`${uid}-search`}
                  type="search"
                  value={search}
                  placeholder={t('tree.map.searchPlaceholder')}
                  onChange={(e) => {
                    setSearch(e.target.value);
                    setHit(0);
                  }}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && current) {
                      e.preventDefault();
                      select(current.id);
                    }
                  }}
                />
              </span>
              {search.trim().length >= 2 ? (
                <span className="muted" aria-live="polite">
                  {matches.length
                    ? t('tree.map.searchResult', { index: (hit % matches.length) + 1, count: matches.length })
                    : t('tree.map.searchNone')}
                </span>
              ) : null}
              {matches.length > 1 ? (
                <button type="button" className="button button-small" onClick={() => setHit((h) => h + 1)}>
                  {t('tree.map.next')}
                </button>
              ) : null}
              {view === 'map' ? (
                <span className="tree-export">
                  <span className="tree-toolbar-field">
                    <label htmlFor={`${uid}-paper`}>{t('tree.export.paper')}</label>
                    <select id={`${uid}-paper`} value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
                      <option value="A4">A4</option>
                      <option value="A3">A3</option>
                    </select>
                  </span>
                  <span className="tree-toolbar-field">
                    <label htmlFor={`${uid}-scope`}>{t('tree.export.scope')}</label>
                    <select
                      id={`${uid}-scope`}
                      value={exportScope}
                      onChange={(e) => setExportScope(e.target.value as 'whole' | 'branches')}
                    >
                      <option value="whole">{t('tree.export.whole')}</option>
                      <option value="branches">{t('tree.export.branches')}</option>
                    </select>
                  </span>
                  <button type="button" className="button button-small" onClick={() => doExport('print')}>
                    {t('tree.export.print')}
                  </button>
                  <button type="button" className="button button-small" onClick={() => doExport('svg')}>
                    {t('tree.export.svg')}
                  </button>
                  <button type="button" className="button button-small" onClick={() => doExport('png')}>
                    {t('tree.export.png')}
                  </button>
                </span>
              ) : null}
            </div>
            {exportNote && view === 'map' ? (
              <p className="muted" role="status">
                {exportNote}
              </p>
            ) : null}
            {view === 'map' ? (
              <>
                <div className="tree-map-frame">
                  <TreeMap
                    ref={mapRef}
                    nodes={nodes}
                    collapsed={collapsed}
                    layoutCollapsed={layoutCollapsed}
                    maxLevel={maxLevel}
                    selectedId={selectedId}
                    highlightId={current?.id ?? null}
                    warnings={warnings}
                    canEdit={tree.canEdit}
                    label={t('tree.map.label', { title: tree.title })}
                    onSelect={select}
                    onToggle={toggle}
                    onMove={moveFromMap}
                  />
                </div>
                <p className="muted tree-map-hint">
                  {t('tree.map.hint')}{' '}
                  <span className="tree-legend">
                    <span className="sr-only">{t('tree.map.legend')}: </span>
                    <span className="tree-legend-warning">⚠ {t('tree.map.warningLegend')} </span>
                    {(['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'] as const).map((s) => (
                      <span key={s} style={{ color: STATUS_COLOURS[s] }}>
                        ● {t(`tree.status.${s}`)}{' '}
                      </span>
                    ))}
                  </span>
                </p>
              </>
            ) : (
              <TreeOutline
                nodes={nodes}
                collapsed={collapsed}
                onToggle={toggle}
                selectedId={selectedId}
                onSelect={select}
                warnings={warnings}
                canEdit={tree.canEdit}
                onMove={moveFromOutline}
                onRename={async (node, statement) => {
                  try {
                    await editing.updateNode(node, { ...fieldsOf(node), statement });
                    announce(t('tree.node.saved'));
                  } catch (e) {
                    announce(errorMessage(e));
                  }
                }}
              />
            )}
          </div>
          {selected ? (
            <NodePanel
              key={selected.id}
              treeId={tree.id}
              node={selected}
              nodes={nodes}
              canEdit={tree.canEdit}
              editing={editing}
              onClose={() => setParam('node', null)}
              onSelect={select}
              onDeleted={onDeleted}
              announce={announce}
            />
          ) : null}
        </div>
      ) : null}
      {checks ? (
        <TreeChecks checks={checks} nodes={nodes} onSelect={select} />
      ) : checksResult.error ? (
        <p role="alert">
          {errorMessage(checksResult.error)}{' '}
          <button type="button" className="button button-small" onClick={() => checksResult.refetch()}>
            {t('common.retry')}
          </button>
        </p>
      ) : null}
    </>
  );
}

function withParam(params: URLSearchParams, key: string, value: string | null) {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  return next.toString();
}
