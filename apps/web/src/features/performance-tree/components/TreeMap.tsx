// The performance-tree map: a d3-hierarchy layout (recomputed only when the structure, the
// collapsed set or the level filter changes) drawn as SVG; d3-zoom pans and zooms by writing
// the transform of one <g> directly, without a React render.
import { select } from 'd3-selection';
import { type ZoomBehavior, zoom as d3zoom, zoomIdentity } from 'd3-zoom';
import { forwardRef, useCallback, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/format.ts';
import { layoutTree } from '../utils/layout.ts';
import { nodeStatus, type TreeNodeData } from '../utils/treeOutline.ts';
import { TreeMapNode } from './TreeMapNode.tsx';

let renderedMarked = false;

export interface TreeMapHandle {
  fit(): void;
  zoomBy(factor: number): void;
  centerOn(id: string): void;
  /** The drawing (what is shown: collapsed branches stay collapsed) as a standalone SVG element. */
  drawing(): { layer: SVGGElement; bounds: { x: number; y: number; width: number; height: number } } | null;
}

export interface TreeMapProps {
  nodes: readonly TreeNodeData[];
  collapsed: ReadonlySet<string>;
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
  const { nodes, collapsed, maxLevel, selectedId, highlightId, warnings, canEdit, onSelect, onToggle, onMove } = props;
  const { t } = useTranslation();
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const layout = useMemo(() => layoutTree(nodes, collapsed, maxLevel), [nodes, collapsed, maxLevel]);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;

  const fit = useCallback(() => {
    const svg = svgRef.current;
    const zoom = zoomRef.current;
    const { bounds } = layoutRef.current;
    if (!svg || !zoom || bounds.width === 0) return;
    const { width, height } = svg.getBoundingClientRect();
    const margin = 24;
    const left = bounds.x - 70; // the level labels
    const w = bounds.width + 70;
    const k = Math.min((width - margin * 2) / w, (height - margin * 2) / (bounds.height + 20), 1.2);
    const tx = (width - w * k) / 2 - left * k;
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
      .on('zoom', (event) => layerRef.current?.setAttribute('transform', event.transform.toString()));
    zoomRef.current = zoom;
    select(svg).call(zoom).on('dblclick.zoom', null);
    fit();
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
  }, [fit]);

  useImperativeHandle(
    ref,
    () => ({
      fit,
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
          zoomIdentity.translate(width / 2 - (n.x + n.width / 2) * k, height / 2 - (n.y + n.height / 2) * k).scale(k),
        );
      },
      drawing() {
        const layer = layerRef.current;
        return layer
          ? {
              layer,
              bounds: { ...layoutRef.current.bounds, x: layoutRef.current.bounds.x - 70, width: layoutRef.current.bounds.width + 70 },
            }
          : null;
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
  return (
    <svg ref={svgRef} className="tree-map" data-testid="tree-map" role="img" aria-label={props.label}>
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
          {layout.links.map((l) => (
            <path key={l.id} d={l.d} />
          ))}
        </g>
        {layout.nodes.map((n) => {
          const node = n.node;
          const status = nodeStatus(node);
          const indicator = node.indicators.length ? node.indicators.map((l) => l.indicator.name).join('; ') : (node.indicatorText ?? null);
          const baseline =
            node.observedValue != null
              ? `${t('tree.map.baseline')}: ${formatNumber(node.observedValue)}${node.observedYear ? ` (${node.observedYear})` : ''}`
              : null;
          return (
            <TreeMapNode
              key={n.id}
              id={n.id}
              x={n.x}
              y={n.y}
              width={n.width}
              height={n.height}
              stacked={n.stacked}
              header={`${t('tree.level', { level: node.level })} · ${t(`enums.treeNodeKind.${node.kind}`)}`}
              statement={node.statement}
              indicator={indicator ? `${t('tree.map.indicatorShort')}: ${indicator}` : null}
              baseline={baseline}
              status={status}
              statusLabel={status ? t(`tree.status.${status}`) : null}
              warning={warnings.get(n.id) ?? null}
              childCount={n.childCount}
              collapsed={n.collapsed}
              selected={n.id === selectedId}
              highlighted={n.id === highlightId}
              canDrag={canEdit && node.parentId !== null}
              toggleLabel={t(n.collapsed ? 'tree.map.expandNode' : 'tree.map.collapseNode', { statement: node.statement })}
              dragLabel={t('tree.map.dragHandle')}
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
