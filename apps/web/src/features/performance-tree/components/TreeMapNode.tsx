// One node of the map, drawn with SVG presentation attributes only (no CSS classes needed for
// its look) so that an exported or printed copy looks exactly like the screen.
import { memo } from 'react';
import { wrapText } from '../utils/wrap.ts';

export const STATUS_COLOURS: Record<string, string> = {
  ON_TRACK: '#1d6b34',
  AT_RISK: '#b26a00',
  OFF_TRACK: '#a4161a',
  NO_DATA: '#6b7683',
};

export interface TreeMapNodeProps {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  stacked: boolean;
  header: string;
  statement: string;
  indicator: string | null;
  baseline: string | null;
  status: string | null;
  statusLabel: string | null;
  warning: string | null;
  childCount: number;
  collapsed: boolean;
  selected: boolean;
  highlighted: boolean;
  canDrag: boolean;
  toggleLabel: string;
  dragLabel: string;
  /** The map's one keyboard stop (roving tabindex); the other nodes are reached with the arrows. */
  focusable?: boolean;
  /** Statement, indicator, baseline and status, for assistive technology. */
  accessibleName?: string;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
  onDragStart: (id: string, event: React.PointerEvent) => void;
}

function TreeMapNodeImpl(p: TreeMapNodeProps) {
  const stroke = p.selected ? '#0b5394' : p.highlighted ? '#f2a900' : p.warning ? '#b26a00' : '#9aa7b5';
  const strokeWidth = p.selected || p.highlighted ? 3 : 1.2;
  const statusColour = p.status ? STATUS_COLOURS[p.status] : null;
  const padX = statusColour ? 12 : 8;
  // Average advance of the statement's glyphs (bold 12.5 px; 11.5 px in lists), measured on system-ui.
  const charsPerLine = Math.floor((p.width - padX - 8) / (p.stacked ? 6.4 : 7.7));
  const statementLines = wrapText(p.statement, charsPerLine, p.stacked ? 2 : 3);
  const indicatorLines = p.indicator ? wrapText(p.indicator, Math.floor((p.width - padX - 8) / 5.9), p.stacked ? 1 : 2) : [];
  let ty = p.stacked ? 17 : 15;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the pointer target of the whole node; its card is the keyboard button
    <g transform={`translate(${p.x},${p.y})`} data-node-id={p.id} onClick={() => p.onSelect(p.id)} style={{ cursor: 'pointer' }}>
      {/* biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; the map's SVG handles its arrows, Enter and Space */}
      <g
        className="tree-map-card"
        role="button"
        tabIndex={p.focusable ? 0 : -1}
        aria-label={p.accessibleName ?? p.statement}
        aria-current={p.selected ? 'true' : undefined}
      >
        <title>{[p.header, p.statement, p.indicator, p.baseline, p.statusLabel, p.warning].filter(Boolean).join('\n')}</title>
        <rect
          width={p.width}
          height={p.height}
          rx={6}
          fill={p.stacked ? '#f7f9fb' : '#ffffff'}
          stroke={stroke}
          strokeWidth={strokeWidth}
          strokeDasharray={p.warning && !p.selected ? '5 3' : undefined}
        />
        {statusColour ? <rect width={6} height={p.height} rx={3} fill={statusColour} /> : null}
        {p.stacked ? null : (
          <text className="tm-detail" x={padX} y={ty} fontSize={10} fill="#4f5b69" fontFamily="system-ui, sans-serif">
            {p.header}
          </text>
        )}
        {statementLines.map((line, i) => {
          if (!p.stacked || i > 0) ty += p.stacked ? 14 : 15;
          return (
            <text
              key={i}
              x={padX}
              y={ty}
              fontSize={p.stacked ? 11.5 : 12.5}
              fontWeight={p.stacked ? 500 : 700}
              fill="#1b2430"
              fontFamily="system-ui, sans-serif"
            >
              {line}
            </text>
          );
        })}
        {p.warning ? (
          <text
            x={p.width - (p.canDrag && !p.stacked ? 24 : 8)}
            y={p.stacked ? 14 : 15}
            fontSize={12}
            textAnchor="end"
            fill="#8a5300"
            fontWeight={700}
          >
            ⚠
          </text>
        ) : null}
        {indicatorLines.map((line, i) => {
          ty += 13;
          return (
            <text key={`i${i}`} className="tm-detail" x={padX} y={ty + 2} fontSize={10.5} fill="#24405f" fontFamily="system-ui, sans-serif">
              {line}
            </text>
          );
        })}
        {!p.stacked && p.baseline ? (
          <text
            className="tm-detail"
            x={padX}
            y={p.height - (statusColour ? 22 : 9)}
            fontSize={10.5}
            fill="#4f5b69"
            fontFamily="system-ui, sans-serif"
          >
            {p.baseline}
          </text>
        ) : null}
        {!p.stacked && statusColour && p.statusLabel ? (
          <text
            className="tm-detail"
            x={padX}
            y={p.height - 8}
            fontSize={10.5}
            fontWeight={700}
            fill={statusColour}
            fontFamily="system-ui, sans-serif"
          >
            {`● ${p.statusLabel}`}
          </text>
        ) : null}
      </g>
      {p.canDrag ? (
        // biome-ignore lint/a11y/noStaticElementInteractions: pointer-only shortcut; the outline moves nodes by keyboard
        <g
          data-drag-handle=""
          data-noexport=""
          transform={`translate(${p.width - 18},${p.stacked ? p.height - 18 : 4})`}
          onPointerDown={(e) => p.onDragStart(p.id, e)}
          onClick={(e) => e.stopPropagation()}
          style={{ cursor: 'grab' }}
          aria-label={p.dragLabel}
        >
          <rect width={14} height={14} rx={3} fill="#e6eff8" />
          <text x={7} y={11} fontSize={11} textAnchor="middle" fill="#0b5394">
            ⠿
          </text>
        </g>
      ) : null}
      {p.childCount > 0 ? (
        // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; this is a focusable button role with Enter/Space
        <g
          role="button"
          tabIndex={p.focusable ? 0 : -1}
          data-testid="tree-toggle"
          data-noexport=""
          aria-expanded={!p.collapsed}
          aria-label={p.toggleLabel}
          transform={p.stacked ? `translate(${p.width - 30},${p.height / 2})` : `translate(${p.width / 2},${p.height})`}
          onClick={(e) => {
            e.stopPropagation();
            p.onToggle(p.id);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              e.stopPropagation();
              p.onToggle(p.id);
            }
          }}
          className="tree-map-toggle"
        >
          <circle r={10} fill="#ffffff" stroke="#0b5394" strokeWidth={1.5} />
          <text y={4} fontSize={13} fontWeight={700} textAnchor="middle" fill="#0b5394">
            {p.collapsed ? '+' : '−'}
          </text>
          {p.collapsed ? (
            <text x={14} y={4} fontSize={10} fill="#0b5394">
              {p.childCount}
            </text>
          ) : null}
        </g>
      ) : null}
    </g>
  );
}

export const TreeMapNode = memo(TreeMapNodeImpl);
