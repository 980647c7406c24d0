// Details of the selected node, and for planners its editor: edit the fields, add a child or a
// sibling, move, delete (with undo), and the indicator/action links with their rationale.
import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TreeNodeFieldsInput } from '../../../gql/graphql.ts';
import { formatNumber } from '../../../ui/format.ts';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { TreeLinkOptionsQuery } from '../graphql/trees.ts';
import { fieldsOf, type TreeEditing } from '../hooks/useTreeEditing.ts';
import { type IndicatorStatus, nodeStatus, type TreeNodeData } from '../utils/treeOutline.ts';
import { NodeForm } from './NodeForm.tsx';
import { STATUS_COLOURS } from './TreeMapNode.tsx';

type Mode = { kind: 'view' } | { kind: 'edit' } | { kind: 'addChild' } | { kind: 'addSibling' };

export function NodePanel({
  treeId,
  node,
  nodes,
  canEdit,
  editing,
  onClose,
  onSelect,
  onDeleted,
  announce,
}: {
  treeId: string;
  node: TreeNodeData;
  nodes: readonly TreeNodeData[];
  canEdit: boolean;
  editing: TreeEditing;
  onClose: () => void;
  onSelect: (id: string) => void;
  onDeleted: (node: TreeNodeData, count: number) => void;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const govPath = useGovPath();
  const errorMessage = useErrorMessage();
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [error, setError] = useState<string | null>(null);
  const status = nodeStatus(node);
  const blank = (kind: TreeNodeFieldsInput['kind']): TreeNodeFieldsInput => ({ statement: '', kind });
  const childKind = (parent: TreeNodeData): TreeNodeFieldsInput['kind'] =>
    parent.kind === 'ACTIVITY' ? 'SUB_ACTIVITY' : parent.kind === 'PROGRAM' ? 'ACTIVITY' : parent.level >= 2 ? 'PROGRAM' : 'RESULT';
  const siblings = nodes.filter((n) => n.parentId === node.parentId).sort((a, b) => a.sortOrder - b.sortOrder);
  const position = siblings.findIndex((n) => n.id === node.id);

  const run = async (work: () => Promise<unknown>, done?: string) => {
    setError(null);
    try {
      await work();
      if (done) announce(done);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (mode.kind === 'edit') {
    return (
      <aside className="tree-panel" aria-label={t('tree.node.details')}>
        <NodeForm
          title={t('tree.node.edit')}
          initial={fieldsOf(node)}
          onCancel={() => setMode({ kind: 'view' })}
          onSubmit={async (fields) => {
            await editing.updateNode(node, fields);
            setMode({ kind: 'view' });
            announce(t('tree.node.saved'));
          }}
        />
      </aside>
    );
  }
  if (mode.kind === 'addChild' || mode.kind === 'addSibling') {
    const child = mode.kind === 'addChild';
    return (
      <aside className="tree-panel" aria-label={t('tree.node.details')}>
        <NodeForm
          title={
            child ? t('tree.node.newChildTitle', { parent: node.statement }) : t('tree.node.newSiblingTitle', { node: node.statement })
          }
          initial={blank(child ? childKind(node) : node.kind)}
          onCancel={() => setMode({ kind: 'view' })}
          onSubmit={async (fields) => {
            const created = await editing.addNode(child ? node.id : node.parentId, child ? null : position + 1, fields);
            setMode({ kind: 'view' });
            announce(t('tree.node.saved'));
            if (created) onSelect(created.id);
          }}
        />
      </aside>
    );
  }

  const observed = [
    node.observedProblem,
    node.observedValue != null
      ? `${formatNumber(node.observedValue)}${node.observedYear ? ` (${node.observedYear})` : ''}${node.observedSource ? ` — ${node.observedSource}` : ''}`
      : null,
  ].filter(Boolean);

  return (
    <aside className="tree-panel" aria-label={t('tree.node.details')}>
      <div className="tree-panel-head">
        <p className="muted">
          {t('tree.level', { level: node.level })} · {t(`enums.treeNodeKind.${node.kind}`)}
        </p>
        <button type="button" className="button button-small" onClick={onClose}>
          {t('tree.node.close')}
        </button>
      </div>
      <h2 className="tree-panel-title">{node.statement}</h2>
      {status ? (
        <p className="tree-status" style={{ color: STATUS_COLOURS[status] }}>
          ● {t(`tree.status.${status}`)}
        </p>
      ) : null}
      <dl className="tree-details">
        {node.indicatorText ? (
          <div>
            <dt>{t('tree.indicator')}</dt>
            <dd>{node.indicatorText}</dd>
          </div>
        ) : null}
        {observed.length ? (
          <div>
            <dt>{t('tree.observedProblem')}</dt>
            <dd>{observed.join(' — ')}</dd>
          </div>
        ) : null}
        {node.rationale ? (
          <div>
            <dt>{t('tree.rationale')}</dt>
            <dd>{node.rationale}</dd>
          </div>
        ) : null}
        {node.responsibleOfficial ? (
          <div>
            <dt>{t('tree.responsible')}</dt>
            <dd>{node.responsibleOfficial}</dd>
          </div>
        ) : null}
      </dl>
      <p>
        <Link to={govPath(`tree/${treeId}/cascade/${node.id}`)}>{t('tree.node.cascade')} →</Link>
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {canEdit ? (
        <div className="button-row tree-panel-actions">
          <button type="button" className="button" onClick={() => setMode({ kind: 'edit' })}>
            {t('tree.node.edit')}
          </button>
          <button type="button" className="button" onClick={() => setMode({ kind: 'addChild' })}>
            {t('tree.node.addChild')}
          </button>
          <button type="button" className="button" onClick={() => setMode({ kind: 'addSibling' })}>
            {t('tree.node.addSibling')}
          </button>
          <button
            type="button"
            className="button"
            disabled={position <= 0}
            onClick={() => run(() => editing.moveNode(node, node.parentId, position - 1), t('tree.node.moved'))}
          >
            {t('tree.node.moveUp')}
          </button>
          <button
            type="button"
            className="button"
            disabled={position < 0 || position >= siblings.length - 1}
            onClick={() => run(() => editing.moveNode(node, node.parentId, position + 1), t('tree.node.moved'))}
          >
            {t('tree.node.moveDown')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() =>
              run(async () => {
                const r = await editing.deleteNode(node);
                if (r) onDeleted(node, r.deletedIds.length);
              })
            }
          >
            {t('tree.node.delete')}
          </button>
        </div>
      ) : null}
      {canEdit ? <MoveForm key={node.parentId ?? 'root'} node={node} nodes={nodes} editing={editing} announce={announce} /> : null}
      <LinkSection treeId={treeId} node={node} canEdit={canEdit} editing={editing} announce={announce} />
    </aside>
  );
}

function MoveForm({
  node,
  nodes,
  editing,
  announce,
}: {
  node: TreeNodeData;
  nodes: readonly TreeNodeData[];
  editing: TreeEditing;
  announce: (m: string) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [target, setTarget] = useState(node.parentId ?? '');
  const [error, setError] = useState<string | null>(null);
  // Candidates: every node outside the node's own subtree (the API refuses the rest anyway).
  const options = useMemo(() => {
    const below = new Set([node.id]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const n of nodes)
        if (n.parentId && below.has(n.parentId) && !below.has(n.id)) {
          below.add(n.id);
          grew = true;
        }
    }
    return nodes.filter((n) => !below.has(n.id));
  }, [node.id, nodes]);
  return (
    <form
      className="tree-move-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          const parentId = target || null;
          const count = nodes.filter((n) => n.parentId === parentId && n.id !== node.id).length;
          await editing.moveNode(node, parentId, count);
          announce(t('tree.node.moved'));
        } catch (err) {
          setError(errorMessage(err));
        }
      }}
    >
      <label htmlFor={`${id}-move`}>{t('tree.node.move')}</label>
      <div className="field-inline">
        <select id={`${id}-move`} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{t('tree.node.moveRoot')}</option>
          {options.map((n) => (
            <option key={n.id} value={n.id}>
              {`${'— '.repeat(Math.min(n.level, 6))}${n.statement.slice(0, 80)}`}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={target === (node.parentId ?? '')}>
          {t('tree.node.moveButton')}
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

function LinkSection({
  treeId,
  node,
  canEdit,
  editing,
  announce,
}: {
  treeId: string;
  node: TreeNodeData;
  canEdit: boolean;
  editing: TreeEditing;
  announce: (m: string) => void;
}) {
  const { t } = useTranslation();
  const govPath = useGovPath();
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState<'indicator' | 'action' | null>(null);
  const [choice, setChoice] = useState('');
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const options = useQuery(TreeLinkOptionsQuery, { variables: { treeId }, skip: !open });
  const run = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await work();
      announce(done);
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };
  return (
    <section className="tree-links" aria-labelledby={`${id}-ind`}>
      <h3 id={`${id}-ind`}>{t('tree.node.linkedIndicators')}</h3>
      {node.indicators.length === 0 ? <p className="muted">{t('tree.node.noIndicators')}</p> : null}
      <ul className="tree-link-list">
        {node.indicators.map((l) => (
          <LinkItem
            key={l.indicator.id}
            title={`${l.indicator.code ? `${l.indicator.code} — ` : ''}${l.indicator.name}`}
            status={(l.indicator as { status?: IndicatorStatus | null }).status ?? null}
            rationale={l.rationale ?? null}
            canEdit={canEdit}
            onSave={(r) => run(() => editing.linkIndicator(node, l.indicator.id, r), t('tree.node.linked'))}
            onRemove={() => run(() => editing.unlinkIndicator(node, l.indicator.id), t('tree.node.unlinked'))}
          />
        ))}
      </ul>
      <h3>{t('tree.node.linkedActions')}</h3>
      {node.actions.length === 0 ? <p className="muted">{t('tree.node.noActions')}</p> : null}
      <ul className="tree-link-list">
        {node.actions.map((l) => (
          <LinkItem
            key={l.action.id}
            title={`${l.action.code ? `${l.action.code} — ` : ''}${l.action.name}`}
            href={l.workPlanId ? govPath(`work-plans/${l.workPlanId}`, { focus: l.action.id }) : undefined}
            hrefLabel={t('tree.node.openInGrid')}
            status={null}
            rationale={l.rationale ?? null}
            canEdit={canEdit}
            onSave={(r) => run(() => editing.linkAction(node, l.action.id, r), t('tree.node.linked'))}
            onRemove={() => run(() => editing.unlinkAction(node, l.action.id), t('tree.node.unlinked'))}
          />
        ))}
      </ul>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {canEdit ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            aria-expanded={open === 'indicator'}
            onClick={() => setOpen(open === 'indicator' ? null : 'indicator')}
          >
            {t('tree.node.linkIndicator')}
          </button>
          <button
            type="button"
            className="button"
            aria-expanded={open === 'action'}
            onClick={() => setOpen(open === 'action' ? null : 'action')}
          >
            {t('tree.node.linkAction')}
          </button>
        </div>
      ) : null}
      {open ? (
        <form
          className="tree-link-form"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!choice) return;
            const ok = await run(
              () =>
                open === 'indicator'
                  ? editing.linkIndicator(node, choice, rationale.trim() || null)
                  : editing.linkAction(node, choice, rationale.trim() || null),
              t('tree.node.linked'),
            );
            if (ok) {
              setChoice('');
              setRationale('');
              setOpen(null);
            }
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-choice`}>{open === 'indicator' ? t('tree.node.chooseIndicator') : t('tree.node.chooseAction')}</label>
            <select id={`${id}-choice`} value={choice} onChange={(e) => setChoice(e.target.value)} disabled={options.loading}>
              <option value="">—</option>
              {open === 'indicator'
                ? options.data?.treeLinkOptions?.indicators.map((i) => (
                    <option key={i.id} value={i.id}>
                      {`${i.code ? `${i.code} — ` : ''}${i.name}`.slice(0, 140)}
                    </option>
                  ))
                : options.data?.treeLinkOptions?.actions.map((a) => (
                    <option key={a.action.id} value={a.action.id}>
                      {`${a.action.code ? `${a.action.code} — ` : ''}${a.action.name}`.slice(0, 140)}
                    </option>
                  ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-rationale`}>{t('tree.node.linkRationale')}</label>
            <textarea id={`${id}-rationale`} rows={2} value={rationale} onChange={(e) => setRationale(e.target.value)} />
          </div>
          <button type="submit" className="button button-primary" disabled={!choice}>
            {t('tree.node.link')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

function LinkItem({
  title,
  href,
  hrefLabel,
  status,
  rationale,
  canEdit,
  onSave,
  onRemove,
}: {
  title: string;
  href?: string | undefined;
  hrefLabel?: string;
  status: IndicatorStatus | null;
  rationale: string | null;
  canEdit: boolean;
  onSave: (rationale: string | null) => Promise<boolean>;
  onRemove: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(rationale ?? '');
  return (
    <li>
      <p className="tree-link-title">
        {status ? (
          <span style={{ color: STATUS_COLOURS[status] }} title={t(`tree.status.${status}`)}>
            ●{' '}
          </span>
        ) : null}
        {title}
        {status ? <span className="muted"> ({t(`tree.status.${status}`)})</span> : null}
      </p>
      {href ? (
        <p>
          <Link to={href}>{hrefLabel} →</Link>
        </p>
      ) : null}
      {canEdit ? (
        <div className="tree-link-edit">
          <label htmlFor={`${id}-r`} className="muted">
            {t('tree.node.linkRationale')}
          </label>
          <textarea id={`${id}-r`} rows={2} value={draft} onChange={(e) => setDraft(e.target.value)} />
          <div className="button-row">
            <button
              type="button"
              className="button button-small"
              disabled={draft === (rationale ?? '')}
              onClick={() => onSave(draft.trim() || null)}
            >
              {t('tree.node.saveRationale')}
            </button>
            <button type="button" className="button button-small" onClick={() => onRemove()}>
              {t('tree.node.unlink')}
            </button>
          </div>
        </div>
      ) : rationale ? (
        <p className="muted">{rationale}</p>
      ) : null}
    </li>
  );
}
