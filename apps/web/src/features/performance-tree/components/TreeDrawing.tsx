// The tree drawn for paper: the same node component as the screen (no buttons, no selection),
// rendered to static SVG markup from a layout, so print and export do not depend on what the
// screen happens to have in the DOM (large trees draw only what is near the view).
import type { TFunction } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { formatNumber } from '../../../ui/format.ts';
import type { TreeLayout } from '../utils/layout.ts';
import { nodeStatus } from '../utils/treeOutline.ts';
import { TreeMapNode } from './TreeMapNode.tsx';

export const LEVEL_LABEL_WIDTH = 70;

/**
 * The texts of one laid-out node (shared by the screen and paper drawings). The words common to
 * all nodes are translated once per maker, so the screen can label only the nodes it draws.
 */
export function labelMaker(t: TFunction) {
  const headers = new Map<string, string>();
  const indicatorWord = t('tree.map.indicatorShort');
  const baselineWord = t('tree.map.baseline');
  const statusLabels = new Map<string, string>();
  const statusLabel = (s: NonNullable<ReturnType<typeof nodeStatus>>) => {
    let label = statusLabels.get(s);
    if (label === undefined) {
      label = t(`tree.status.${s}`);
      statusLabels.set(s, label);
    }
    return label;
  };
  return (laid: TreeLayout['nodes'][number]) => {
    const node = laid.node;
    const status = nodeStatus(node);
    const headerKey = `${node.level}:${node.kind}`;
    let header = headers.get(headerKey);
    if (header === undefined) {
      header = `${t('tree.level', { level: node.level })} · ${t(`enums.treeNodeKind.${node.kind}`)}`;
      headers.set(headerKey, header);
    }
    const indicator = node.indicators.length ? node.indicators.map((l) => l.indicator.name).join('; ') : (node.indicatorText ?? null);
    return {
      laid,
      box: { x0: laid.x, y0: laid.y, x1: laid.x + laid.width, y1: laid.y + laid.height + 12 },
      header,
      indicator: indicator ? `${indicatorWord}: ${indicator}` : null,
      baseline:
        node.observedValue != null
          ? `${baselineWord}: ${formatNumber(node.observedValue)}${node.observedYear ? ` (${node.observedYear})` : ''}`
          : null,
      status,
      statusLabel: status ? statusLabel(status) : null,
      /** The node's accessible name: what the box shows, in reading order. */
      name: [
        `${header}: ${node.statement}`,
        indicator ? `${indicatorWord}: ${indicator}` : null,
        node.observedValue != null ? `${baselineWord}: ${formatNumber(node.observedValue)}` : null,
        status ? statusLabel(status) : null,
      ]
        .filter(Boolean)
        .join('. '),
      expandLabel: t('tree.map.expandNode', { statement: node.statement }),
      collapseLabel: t('tree.map.collapseNode', { statement: node.statement }),
    };
  };
}

/** The texts of every laid-out node (the paper drawing). */
export function nodeLabels(layout: TreeLayout, t: TFunction) {
  return layout.nodes.map(labelMaker(t));
}

const noop = () => {};

/** Static SVG markup of a layout (a <g>) and its bounds including the level labels. */
export function drawingMarkup(layout: TreeLayout, t: TFunction, warnings: ReadonlyMap<string, string>) {
  const levelWord = t('tree.level', { level: '' }).trim();
  const markup = renderToStaticMarkup(
    <g>
      {layout.rows.map((row) => (
        <text
          key={row.depth}
          x={layout.bounds.x - LEVEL_LABEL_WIDTH}
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
      {nodeLabels(layout, t).map((l) => (
        <TreeMapNode
          key={l.laid.id}
          id={l.laid.id}
          x={l.laid.x}
          y={l.laid.y}
          width={l.laid.width}
          height={l.laid.height}
          stacked={l.laid.stacked}
          header={l.header}
          statement={l.laid.node.statement}
          indicator={l.indicator}
          baseline={l.baseline}
          status={l.status}
          statusLabel={l.statusLabel}
          warning={warnings.get(l.laid.id) ?? null}
          childCount={0}
          collapsed={false}
          selected={false}
          highlighted={false}
          canDrag={false}
          toggleLabel=""
          dragLabel=""
          onSelect={noop}
          onToggle={noop}
          onDragStart={noop}
        />
      ))}
    </g>,
  );
  const b = layout.bounds;
  return { markup, bounds: { x: b.x - LEVEL_LABEL_WIDTH, y: b.y, width: b.width + LEVEL_LABEL_WIDTH, height: b.height } };
}
