// The performance-tree map: a d3-hierarchy layout (recomputed only when the structure, the
// collapsed set or the level filter changes) drawn as SVG; d3-zoom pans and zooms by writing
// the transform of one <g> directly, without a React render.
import { select } from 'd3-selection';
import { type ZoomBehavior, zoom as d3zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import { forwardRef, useCallback, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Box, layoutTree } from '../utils/layout.ts';
import type { TreeNodeData } from '../utils/treeOutline.ts';
import { nodeLabels } from './TreeDrawing.tsx';
import { TreeMapNode } from './TreeMapNode.tsx';

let renderedMarked = false;
const LOW_DETAIL_SCALE = 0.45;
/** Trees larger than this draw only what is near the view (the rest is added as the view moves). */
const CULL_FROM = 250;
/** The drawn region reaches this many view sizes beyond each edge of the view. */
const CULL_MARGIN = 0.4;

export interface TreeMapHandle {
  fit(): void;
  zoomBy(factor: number): void;
  centerOn(id: string): void;
}

export interface TreeMapProps {
  nodes: readonly TreeNodeData[];
  /** Subtrees hidden (individual toggles: no relayout). */
  collapsed: ReadonlySet<string>;
  /** Subtrees left out of the layout (bulk collapse/expand, level filter). */
  layoutCollapsed: ReadonlySet<string>;
  maxLevel: number | null;
  selectedId: string | null;
  highlightId: string | null;
  warnings: ReadonlyMap<string, string>;
  canEdit: boolean;
  label: string;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
  onMove: (nodeId: string, newParentId: string) => void;
}

export const TreeMap = forwardRef<TreeMapHandle, TreeMapProps>(function TreeMap(props, ref) {
  const { nodes, collapsed, layoutCollapsed, maxLevel, selectedId, highlightId, warnings, canEdit, onSelect, onToggle, onMove } = props;
  const { t } = useTranslation();
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  // The layout changes with the structure, the level filter and bulk collapse/expand only. A single
  // toggle hides or shows a subtree in place (no relayout), so the rest of the map keeps its
  // positions and its memoised node components are not rendered again.
  const layout = useMemo(() => layoutTree(nodes, layoutCollapsed, maxLevel), [nodes, layoutCollapsed, maxLevel]);
  const hidden = useMemo(() => {
    const out = new Set<string>();
    if (collapsed.size === 0) return out;
    const children = new Map<string, string[]>();
    for (const n of nodes) {
      if (!n.parentId) continue;
      const list = children.get(n.parentId);
      if (list) list.push(n.id);
      else children.set(n.parentId, [n.id]);
    }
    const stack = [...collapsed].flatMap((id) => children.get(id) ?? []);
    while (stack.length) {
      const id = stack.pop() as string;
      if (out.has(id)) continue;
      out.add(id);
      for (const c of children.get(id) ?? []) stack.push(c);
    }
    return out;
  }, [nodes, collapsed]);
  const lowDetail = useRef(false);
  // Large trees: only nodes in (or near) the view are in the DOM, so pan, zoom and toggles lay out
  // and paint a few hundred elements instead of all. The region grows as the view moves.
  const cull = nodes.length > CULL_FROM;
  const [region, setRegion] = useState<Box | null>(null);
  const regionRef = useRef<Box | null>(null);
  regionRef.current = region;
  const updateRegion = useCallback((t: { x: number; y: number; k: number }, force = false) => {
    const svg = svgRef.current;
    if (!svg) return;
    const { width, height } = svg.getBoundingClientRect();
    const view = { x0: -t.x / t.k, y0: -t.y / t.k, x1: (width - t.x) / t.k, y1: (height - t.y) / t.k };
    const current = regionRef.current;
    const inside = current && view.x0 >= current.x0 && view.y0 >= current.y0 && view.x1 <= current.x1 && view.y1 <= current.y1;
    if (inside && !force) return;
    const mx = (view.x1 - view.x0) * CULL_MARGIN;
    const my = (view.y1 - view.y0) * CULL_MARGIN;
    const next = { x0: view.x0 - mx, y0: view.y0 - my, x1: view.x1 + mx, y1: view.y1 + my };
    regionRef.current = next;
    setRegion(next);
  }, []);
  const pendingView = useRef<{ x: number; y: number; k: number } | null>(null);
  const regionScheduled = useRef(false);
  const updateRegionRef = useRef(updateRegion);
  updateRegionRef.current = updateRegion;
  // Before the first fit (a layout effect, so before the first paint) nothing is drawn.
  const visibleBox = (b: Box) =>
    !cull || (region !== null && b.x1 >= region.x0 && b.x0 <= region.x1 && b.y1 >= region.y0 && b.y0 <= region.y1);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;

  /** Fits the whole tree; with `legible`, never below a readable scale (then the top is shown). */
  const fit = useCallback((legible = false) => {
    const svg = svgRef.current;
    const zoom = zoomRef.current;
    const { bounds } = layoutRef.current;
    if (!svg || !zoom || bounds.width === 0) return;
    const { width, height } = svg.getBoundingClientRect();
    const margin = 24;
    const left = bounds.x - 70; // the level labels
    const w = bounds.width + 70;
    const fitK = Math.min((width - margin * 2) / w, (height - margin * 2) / (bounds.height + 20), 1.2);
    const k = legible ? Math.max(fitK, 0.7) : fitK;
    const roots = layoutRef.current.nodes.filter((n) => n.depth === 0);
    const rootCenter = roots.length
      ? (Math.min(...roots.map((n) => n.x)) + Math.max(...roots.map((n) => n.x + n.width))) / 2
      : left + w / 2;
    const tx = k === fitK ? (width - w * k) / 2 - left * k : width / 2 - rootCenter * k;
    const ty = margin;
    select(svg).call(zoom.transform, zoomIdentity.translate(tx, ty).scale(k));
  }, []);

  // d3-zoom once; the zoom handler writes the layer's transform attribute.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const zoom = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.03, 4])
      .filter((event: Event) => {
        const target = event.target as Element | null;
        if (target?.closest?.('[data-drag-handle]')) return false;
        return (!(event as MouseEvent).ctrlKey || event.type === 'wheel') && !(event as MouseEvent).button;
      })
      .on('zoom', (event) => {
        const { x, y, k } = event.transform;
        layerRef.current?.setAttribute('transform', `translate(${x},${y}) scale(${k})`);
        // The moved drawing is painted first; nodes the view now reaches are added right after
        // that frame (one coalesced React update), so a gesture never waits for them.
        pendingView.current = { x, y, k };
        if (!regionScheduled.current) {
          regionScheduled.current = true;
          requestAnimationFrame(() =>
            setTimeout(() => {
              regionScheduled.current = false;
              if (pendingView.current) updateRegionRef.current(pendingView.current);
            }, 0),
          );
        }
        // Level of detail: below a readable scale only the boxes and first lines are drawn.
        const low = k < LOW_DETAIL_SCALE;
        if (low !== lowDetail.current) {
          lowDetail.current = low;
          svg.classList.toggle('tree-map-low-detail', low);
        }
      });
    zoomRef.current = zoom;
    select(svg).call(zoom).on('dblclick.zoom', null);
    fit(true);
    // The first drawing is synchronous (before the first paint and the benchmark mark).
    const first = zoomTransform(svg);
    updateRegion({ x: first.x, y: first.y, k: first.k });
    // Benchmark hook: first paint of the map.
    requestAnimationFrame(() => {
      if (!renderedMarked) {
        renderedMarked = true;
        performance.mark('rb:tree-rendered');
      }
    });
    return () => {
      select(svg).on('.zoom', null);
    };
  }, [fit, updateRegion]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => fit(false),
      zoomBy(factor: number) {
        const svg = svgRef.current;
        if (svg && zoomRef.current) select(svg).call(zoomRef.current.scaleBy, factor);
      },
      centerOn(id: string) {
        const svg = svgRef.current;
        const zoom = zoomRef.current;
        const n = layoutRef.current.nodes.find((x) => x.id === id);
        if (!svg || !zoom || !n) return;
        const { width, height } = svg.getBoundingClientRect();
        const k = 0.9;
        select(svg).call(
          zoom.transform,
          zoomIdentity.translate(width / 2 - (n.x + n.width / 2) * k, height / 3 - (n.y + n.height / 2) * k).scale(k),
        );
      },
    }),
    [fit],
  );

  // Drag a node's handle onto another node to move the subtree under it.
  const drag = useRef<{ id: string; over: Element | null } | null>(null);
  const onDragStart = useCallback(
    (id: string, event: React.PointerEvent) => {
      event.stopPropagation();
      event.preventDefault();
      const handle = event.currentTarget as Element;
      handle.setPointerCapture?.(event.pointerId);
      drag.current = { id, over: null };
      const source = svgRef.current?.querySelector(`[data-node-id="${id}"]`);
      source?.setAttribute('opacity', '0.5');
      const targetAt = (e: PointerEvent) => {
        const el = document.elementFromPoint(e.clientX, e.clientY)?.closest('[data-node-id]') ?? null;
        return el && el.getAttribute('data-node-id') !== id ? el : null;
      };
      const move = (e: PointerEvent) => {
        const over = targetAt(e);
        if (over === drag.current?.over) return;
        drag.current?.over?.querySelector('rect')?.removeAttribute('filter');
        drag.current?.over?.classList.remove('tree-drop-target');
        over?.classList.add('tree-drop-target');
        if (drag.current) drag.current.over = over;
      };
      const up = (e: PointerEvent) => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        source?.removeAttribute('opacity');
        const over = targetAt(e);
        drag.current?.over?.classList.remove('tree-drop-target');
        drag.current = null;
        const target = over?.getAttribute('data-node-id');
        if (target) onMove(id, target);
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
    },
    [onMove],
  );

  const levelWord = t('tree.level', { level: '' }).trim();
  const dragLabel = t('tree.map.dragHandle');
  // The texts of each node, once per layout (not on every toggle or selection).
  const labels = useMemo(() => nodeLabels(layout, t), [layout, t]);
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG drawing holding focusable toggles (a group, not an image)
    <svg ref={svgRef} className="tree-map" data-testid="tree-map" role="group" aria-label={props.label}>
      <g ref={layerRef}>
        {layout.rows.map((row) => (
          <text
            key={row.depth}
            x={layout.bounds.x - 70}
            y={row.y + 16}
            fontSize={12}
            fontWeight={700}
            fill="#4f5b69"
            fontFamily="system-ui, sans-serif"
          >
            {`${levelWord} ${row.levels.join('/')}`}
          </text>
        ))}
        <g fill="none" stroke="#9aa7b5" strokeWidth={1.4}>
          {layout.links.map((l) => (hidden.has(l.target) || !visibleBox(l.box) ? null : <path key={l.id} d={l.d} />))}
        </g>
        {labels.map((l) => {
          const n = l.laid;
          if (hidden.has(n.id) || !visibleBox(l.box)) return null;
          const isCollapsed = collapsed.has(n.id);
          return (
            <TreeMapNode
              key={n.id}
              id={n.id}
              x={n.x}
              y={n.y}
              width={n.width}
              height={n.height}
              stacked={n.stacked}
              header={l.header}
              statement={n.node.statement}
              indicator={l.indicator}
              baseline={l.baseline}
              status={l.status}
              statusLabel={l.statusLabel}
              warning={warnings.get(n.id) ?? null}
              childCount={n.childCount}
              collapsed={isCollapsed}
              selected={n.id === selectedId}
              highlighted={n.id === highlightId}
              canDrag={canEdit && n.node.parentId !== null}
              toggleLabel={isCollapsed ? l.expandLabel : l.collapseLabel}
              dragLabel={dragLabel}
              onSelect={onSelect}
              onToggle={onToggle}
              onDragStart={onDragStart}
            />
          );
        })}
      </g>
    </svg>
  );
});
