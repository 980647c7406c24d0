// The performance-tree map: a d3-hierarchy layout (recomputed only when the structure, the
// collapsed set or the level filter changes) drawn as SVG; d3-zoom pans and zooms by writing
// the transform of one <g> directly, without a React render.
import { select } from 'd3-selection';
import { type ZoomBehavior, zoom as d3zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import { forwardRef, useCallback, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Box, layoutTree } from '../utils/layout.ts';
import { dropPlacement, dropWhere, neighbour } from '../utils/mapKeys.ts';
import type { TreeNodeData } from '../utils/treeOutline.ts';
import { labelMaker } from './TreeDrawing.tsx';
import { TreeMapNode } from './TreeMapNode.tsx';

let renderedMarked = false;
const LOW_DETAIL_SCALE = 0.45;
/** Trees larger than this draw only what is near the view (the rest is added as the view moves). */
const CULL_FROM = 250;
/** The drawn region reaches this many view sizes beyond each edge of the view. */
const CULL_MARGIN = 0.3;

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
  /** Move a subtree: under `parentId`, at `index` among its other children (as the outline does). */
  onMove: (nodeId: string, parentId: string | null, index: number) => void;
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
  // Keyboard: one node of the map is its tab stop (roving tabindex); the arrows move it along the
  // drawn tree (↑ parent, ↓ first child, ←/→ siblings), Enter or Space opens the node's panel.
  const [focusWanted, setFocusWanted] = useState<string | null>(null);
  const shown = useMemo(() => layout.nodes.filter((n) => !hidden.has(n.id)), [layout, hidden]);
  const focusId = useMemo(() => {
    const ids = new Set(shown.map((n) => n.id));
    if (focusWanted && ids.has(focusWanted)) return focusWanted;
    if (selectedId && ids.has(selectedId)) return selectedId;
    return shown[0]?.id ?? null;
  }, [shown, focusWanted, selectedId]);
  const moveFocus = useRef(false);
  // A node selected by pointer, search or panel becomes the tab stop.
  const lastSelected = useRef(selectedId);
  if (lastSelected.current !== selectedId) {
    lastSelected.current = selectedId;
    if (focusWanted !== null && focusWanted !== selectedId) setFocusWanted(null);
  }
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
        // that frame (one coalesced React update), so a gesture never waits for them. The level of
        // detail (below a readable scale only the boxes and first lines are drawn) changes in the
        // same deferred step: restyling every node never lands in a gesture's frame.
        pendingView.current = { x, y, k };
        if (!regionScheduled.current) {
          regionScheduled.current = true;
          requestAnimationFrame(() =>
            setTimeout(() => {
              regionScheduled.current = false;
              const view = pendingView.current;
              if (!view) return;
              updateRegionRef.current(view);
              const low = view.k < LOW_DETAIL_SCALE;
              if (low !== lowDetail.current) {
                lowDetail.current = low;
                svg.classList.toggle('tree-map-low-detail', low);
              }
            }, 0),
          );
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

  /** Pans (at the same scale) so that a node is inside the view. */
  const reveal = useCallback((id: string) => {
    const svg = svgRef.current;
    const zoom = zoomRef.current;
    const n = layoutRef.current.nodes.find((x) => x.id === id);
    if (!svg || !zoom || !n) return;
    const tr = zoomTransform(svg);
    const { width, height } = svg.getBoundingClientRect();
    const left = n.x * tr.k + tr.x;
    const top = n.y * tr.k + tr.y;
    const inside = left >= 0 && top >= 0 && left + n.width * tr.k <= width && top + n.height * tr.k <= height;
    if (!inside) select(svg).call(zoom.translateTo, n.x + n.width / 2, n.y + n.height / 2);
  }, []);

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent<SVGSVGElement>) => {
      const card = (event.target as Element).closest?.('.tree-map-card');
      const id = card?.closest('[data-node-id]')?.getAttribute('data-node-id');
      if (!card || !id) return;
      const current = shown.find((n) => n.id === id);
      if (!current) return;
      let next: string | undefined;
      switch (event.key) {
        case 'ArrowUp':
        case 'ArrowDown':
        case 'ArrowLeft':
        case 'ArrowRight':
        case 'Home':
          next = neighbour(
            shown.map((n) => ({ id: n.id, parentId: n.node.parentId })),
            id,
            event.key,
          );
          break;
        case 'Enter':
        case ' ':
          event.preventDefault();
          onSelect(id);
          return;
        case '+':
        case '-':
        case '*':
          if (current.childCount > 0 && collapsed.has(id) === (event.key !== '-')) onToggle(id);
          event.preventDefault();
          return;
        default:
          return;
      }
      event.preventDefault();
      if (!next) return;
      moveFocus.current = true;
      setFocusWanted(next);
      reveal(next);
    },
    [shown, collapsed, onSelect, onToggle, reveal],
  );
  // After an arrow key the new tab stop is drawn (a focused node is never culled): focus it.
  useLayoutEffect(() => {
    if (!moveFocus.current || !focusId) return;
    moveFocus.current = false;
    const el = svgRef.current?.querySelector<SVGGElement>(`[data-node-id="${CSS.escape(focusId)}"] .tree-map-card`);
    el?.focus({ preventScroll: true });
  }, [focusId]);

  // Drag a node's handle onto another node: onto its middle to make it the last child, onto its
  // edge (left/right; top/bottom for a listed item) to place it before/after that node.
  const drag = useRef<{ id: string; over: Element | null } | null>(null);
  const dropMarkRef = useRef<SVGRectElement>(null);
  const dropTipRef = useRef<SVGTextElement>(null);
  const nodesRef = useRef(nodes);
  nodesRef.current = nodes;
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
      /** Where a drop at the pointer would put the node. */
      const dropAt = (e: PointerEvent) => {
        const over = targetAt(e);
        const targetId = over?.getAttribute('data-node-id');
        const laid = targetId ? layoutRef.current.nodes.find((n) => n.id === targetId) : undefined;
        const box = over?.querySelector('rect')?.getBoundingClientRect();
        if (!over || !laid || !box) return null;
        const f = laid.stacked ? (e.clientY - box.top) / box.height : (e.clientX - box.left) / box.width;
        return { over, laid, where: dropWhere(f, laid.stacked) };
      };
      const hideMark = () => {
        dropMarkRef.current?.setAttribute('visibility', 'hidden');
        dropTipRef.current?.setAttribute('visibility', 'hidden');
      };
      const move = (e: PointerEvent) => {
        const drop = dropAt(e);
        const over = drop?.over ?? null;
        if (over !== drag.current?.over) {
          drag.current?.over?.classList.remove('tree-drop-target');
          if (drag.current) drag.current.over = over;
        }
        const mark = dropMarkRef.current;
        const tip = dropTipRef.current;
        if (!drop || !mark || !tip) return hideMark();
        const { laid, where } = drop;
        over?.classList.toggle('tree-drop-target', where === 'into');
        const set = (x: number, y: number, w: number, h: number) => {
          mark.setAttribute('x', String(x));
          mark.setAttribute('y', String(y));
          mark.setAttribute('width', String(w));
          mark.setAttribute('height', String(h));
          mark.setAttribute('visibility', where === 'into' ? 'hidden' : 'visible');
        };
        if (laid.stacked) set(laid.x, where === 'before' ? laid.y - 5 : laid.y + laid.height + 1, laid.width, 4);
        else set(where === 'before' ? laid.x - 9 : laid.x + laid.width + 5, laid.y, 4, laid.height);
        const statement = laid.node.statement.length > 40 ? `${laid.node.statement.slice(0, 39)}…` : laid.node.statement;
        tip.textContent = t(where === 'into' ? 'tree.map.dropInto' : where === 'before' ? 'tree.map.dropBefore' : 'tree.map.dropAfter', {
          statement,
        });
        tip.setAttribute('x', String(laid.x));
        tip.setAttribute('y', String(laid.y - 8));
        tip.setAttribute('visibility', 'visible');
      };
      const up = (e: PointerEvent) => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        source?.removeAttribute('opacity');
        const drop = dropAt(e);
        drag.current?.over?.classList.remove('tree-drop-target');
        drag.current = null;
        hideMark();
        if (!drop) return;
        const placed = dropPlacement(nodesRef.current, id, drop.laid.id, drop.where);
        if (placed) onMove(id, placed.parentId, placed.index);
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
    },
    [onMove, t],
  );

  const levelWord = t('tree.level', { level: '' }).trim();
  const dragLabel = t('tree.map.dragHandle');
  // The texts of each node, once per layout (not on every toggle or selection).
  // Only drawn nodes are labelled (a large tree draws a few hundred of its nodes), each once per layout.
  const labelOf = useMemo(() => {
    const make = labelMaker(t);
    const cache = new Map<string, ReturnType<typeof make>>();
    return (laid: (typeof layout.nodes)[number]) => {
      let label = cache.get(laid.id);
      if (!label) {
        label = make(laid);
        cache.set(laid.id, label);
      }
      return label;
    };
  }, [layout, t]);
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG drawing holding focusable toggles (a group, not an image)
    <svg ref={svgRef} className="tree-map" data-testid="tree-map" role="group" aria-label={props.label} onKeyDown={onKeyDown}>
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
        {layout.nodes.map((n) => {
          if (hidden.has(n.id)) return null;
          const box = { x0: n.x, y0: n.y, x1: n.x + n.width, y1: n.y + n.height + 12 };
          if (!visibleBox(box) && n.id !== focusId) return null;
          const l = labelOf(n);
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
              focusable={n.id === focusId}
              accessibleName={l.name}
              onSelect={onSelect}
              onToggle={onToggle}
              onDragStart={onDragStart}
            />
          );
        })}
        <rect ref={dropMarkRef} visibility="hidden" rx={2} fill="#0b5394" pointerEvents="none" />
        <text
          ref={dropTipRef}
          visibility="hidden"
          fontSize={12}
          fontWeight={700}
          fill="#0b5394"
          stroke="#ffffff"
          strokeWidth={3}
          paintOrder="stroke"
          pointerEvents="none"
          fontFamily="system-ui, sans-serif"
        />
      </g>
    </svg>
  );
});
