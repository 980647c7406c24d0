// The tree as an indented list for keyboard and screen-reader users (WAI-ARIA tree pattern with
// a roving tab stop). Planners reorder and move branches from the keyboard: Alt+↑/↓ reorders
// among siblings, Alt+→ makes the node a child of the sibling above, Alt+← moves it up a level.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/format.ts';
import { buildOutline, flattenOutline, nodeStatus, type OutlineNode, type TreeNodeData } from '../utils/treeOutline.ts';
import { STATUS_COLOURS } from './TreeMapNode.tsx';

export function TreeOutline({
  nodes,
  collapsed,
  onToggle,
  selectedId,
  onSelect,
  warnings,
  canEdit,
  onMove,
  onRename,
}: {
  nodes: readonly TreeNodeData[];
  collapsed: ReadonlySet<string>;
  onToggle: (id: string) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  warnings: ReadonlyMap<string, string>;
  canEdit: boolean;
  onMove: (node: TreeNodeData, parentId: string | null, index: number) => void;
  /** Edit in place (F2): the new statement of a node. */
  onRename: (node: TreeNodeData, statement: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [editingId, setEditingId] = useState<string | null>(null);
  const editingRef = useRef<string | null>(null);
  editingRef.current = editingId;
  const outline = useMemo(() => buildOutline(nodes), [nodes]);
  const visible = useMemo(() => flattenOutline(outline, collapsed), [outline, collapsed]);
  const [focusId, setFocusId] = useState<string | null>(selectedId ?? visible[0]?.item.node.id ?? null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusOnRender = useRef(false);

  useEffect(() => {
    if (focusOnRender.current && focusId) {
      focusOnRender.current = false;
      listRef.current?.querySelector<HTMLElement>(`[data-outline-id="${focusId}"]`)?.focus();
    }
  });
  useEffect(() => {
    if (selectedId) setFocusId(selectedId);
  }, [selectedId]);

  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const siblingsOf = useCallback(
    (node: TreeNodeData) => nodes.filter((n) => n.parentId === node.parentId).sort((a, b) => a.sortOrder - b.sortOrder),
    [nodes],
  );

  const onKeyDown = (e: React.KeyboardEvent, item: OutlineNode) => {
    const node = item.node;
    const index = visible.findIndex((v) => v.item.node.id === node.id);
    const go = (id: string | undefined) => {
      if (!id) return;
      e.preventDefault();
      focusOnRender.current = true;
      setFocusId(id);
    };
    if (e.altKey && canEdit) {
      const siblings = siblingsOf(node);
      const position = siblings.findIndex((s) => s.id === node.id);
      if (e.key === 'ArrowUp' && position > 0) {
        e.preventDefault();
        focusOnRender.current = true;
        onMove(node, node.parentId ?? null, position - 1);
      } else if (e.key === 'ArrowDown' && position < siblings.length - 1) {
        e.preventDefault();
        focusOnRender.current = true;
        onMove(node, node.parentId ?? null, position + 1);
      } else if (e.key === 'ArrowRight' && position > 0) {
        e.preventDefault();
        const newParent = siblings[position - 1] as TreeNodeData;
        const count = nodes.filter((n) => n.parentId === newParent.id).length;
        focusOnRender.current = true;
        if (collapsed.has(newParent.id)) onToggle(newParent.id);
        onMove(node, newParent.id, count);
      } else if (e.key === 'ArrowLeft' && node.parentId) {
        e.preventDefault();
        const parent = byId.get(node.parentId);
        if (!parent) return;
        const parentSiblings = siblingsOf(parent);
        focusOnRender.current = true;
        onMove(node, parent.parentId ?? null, parentSiblings.findIndex((s) => s.id === parent.id) + 1);
      }
      return;
    }
    switch (e.key) {
      case 'F2':
        if (canEdit) {
          e.preventDefault();
          setEditingId(node.id);
        }
        break;
      case 'ArrowDown':
        go(visible[index + 1]?.item.node.id);
        break;
      case 'ArrowUp':
        go(visible[index - 1]?.item.node.id);
        break;
      case 'Home':
        go(visible[0]?.item.node.id);
        break;
      case 'End':
        go(visible[visible.length - 1]?.item.node.id);
        break;
      case 'ArrowRight':
        e.preventDefault();
        if (item.children.length && collapsed.has(node.id)) onToggle(node.id);
        else if (item.children.length) go(item.children[0]?.node.id);
        break;
      case 'ArrowLeft':
        e.preventDefault();
        if (item.children.length && !collapsed.has(node.id)) onToggle(node.id);
        else go(node.parentId ?? undefined);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        onSelect(node.id);
        break;
    }
  };

  return (
    <div className="tree-outline-view">
      <p className="muted" id="tree-outline-help">
        {canEdit ? t('tree.outline.help') : t('tree.outline.help').split('. Alt')[0]}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA tree pattern on a list */}
      <ul className="tree-outline" role="tree" aria-label={t('tree.outlineLabel')} aria-describedby="tree-outline-help" ref={listRef}>
        {outline.map((item, i) => (
          <OutlineItem
            key={item.node.id}
            item={item}
            position={i + 1}
            setSize={outline.length}
            collapsed={collapsed}
            focusId={focusId}
            selectedId={selectedId}
            warnings={warnings}
            onKeyDown={onKeyDown}
            onFocusItem={setFocusId}
            onSelect={onSelect}
            onToggle={onToggle}
            editingId={editingId}
            onEditDone={async (node, statement) => {
              if (editingRef.current !== node.id) return; // Enter, then the blur of the removed input
              editingRef.current = null;
              focusOnRender.current = true;
              setEditingId(null);
              const next = statement?.trim();
              if (next && next !== node.statement) await onRename(node, next);
            }}
          />
        ))}
      </ul>
    </div>
  );
}

interface ItemProps {
  item: OutlineNode;
  position: number;
  setSize: number;
  collapsed: ReadonlySet<string>;
  focusId: string | null;
  selectedId: string | null;
  warnings: ReadonlyMap<string, string>;
  onKeyDown: (e: React.KeyboardEvent, item: OutlineNode) => void;
  onFocusItem: (id: string) => void;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
  editingId: string | null;
  onEditDone: (node: TreeNodeData, statement: string | null) => void;
}

const OutlineItem = memo(function OutlineItem(p: ItemProps) {
  const { t } = useTranslation();
  const { node, children } = p.item;
  const open = !p.collapsed.has(node.id);
  const status = nodeStatus(node);
  const warning = p.warnings.get(node.id);
  const indicator = node.indicators.length ? node.indicators.map((l) => l.indicator.name).join('; ') : node.indicatorText;
  return (
    <li
      role="treeitem"
      aria-level={node.level + 1}
      aria-posinset={p.position}
      aria-setsize={p.setSize}
      aria-expanded={children.length ? open : undefined}
      aria-selected={p.selectedId === node.id}
      tabIndex={p.focusId === node.id ? 0 : -1}
      data-outline-id={node.id}
      className={`tree-node tree-level-${Math.min(node.level, 6)}`}
      onKeyDown={(e) => {
        if (e.currentTarget === e.target) p.onKeyDown(e, p.item);
      }}
      onFocus={(e) => {
        if (e.currentTarget === e.target) p.onFocusItem(node.id);
      }}
    >
      <div className={`tree-outline-row${p.selectedId === node.id ? ' is-selected' : ''}`}>
        {children.length ? (
          <button type="button" className="tree-outline-toggle" tabIndex={-1} aria-hidden="true" onClick={() => p.onToggle(node.id)}>
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="tree-outline-toggle" aria-hidden="true" />
        )}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: the treeitem handles Enter/Space */}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: mouse shortcut of the treeitem */}
        <div className="tree-outline-body" onClick={() => p.onSelect(node.id)}>
          <span className="badge badge-level">{t('tree.level', { level: node.level })}</span>{' '}
          <span className="badge badge-kind">{t(`enums.treeNodeKind.${node.kind}`)}</span>{' '}
          {p.editingId === node.id ? (
            <input
              className="tree-outline-input"
              aria-label={t('tree.node.statement')}
              defaultValue={node.statement}
              // biome-ignore lint/a11y/noAutofocus: the user asked to edit this statement (F2)
              autoFocus
              onClick={(e) => e.stopPropagation()}
              onKeyDown={(e) => {
                e.stopPropagation();
                if (e.key === 'Enter') p.onEditDone(node, e.currentTarget.value);
                if (e.key === 'Escape') p.onEditDone(node, null);
              }}
              onBlur={(e) => p.onEditDone(node, e.currentTarget.value)}
            />
          ) : (
            <strong className="tree-statement">{node.statement}</strong>
          )}
          {indicator ? (
            <span className="tree-outline-meta">
              {' '}
              — {t('tree.indicator')}: {indicator}
            </span>
          ) : null}
          {node.observedValue != null ? (
            <span className="tree-outline-meta">
              {' '}
              — {t('tree.map.baseline')}: {formatNumber(node.observedValue)}
              {node.observedYear ? ` (${node.observedYear})` : ''}
            </span>
          ) : null}
          {status ? (
            <span className="tree-outline-status" style={{ color: STATUS_COLOURS[status] }}>
              {' '}
              ● {t(`tree.status.${status}`)}
            </span>
          ) : null}
          {warning ? <span className="tree-outline-warning"> ⚠ {warning}</span> : null}
        </div>
      </div>
      {children.length && open ? (
        // biome-ignore lint/a11y/useSemanticElements: a group of treeitems (WAI-ARIA tree pattern)
        <ul role="group">
          {children.map((c, i) => (
            <OutlineItem key={c.node.id} {...p} item={c} position={i + 1} setSize={children.length} />
          ))}
        </ul>
      ) : null}
    </li>
  );
});
