// Framework administration: the tree with weights (unknown shown as such),
// the criteria with their answer types and options; an administrator copies a
// framework into a new draft revision, edits wording, options and weights,
// and publishes it. Published frameworks in use are read-only.
import { useMutation } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { FrameworkDetailQuery } from '../../../gql/graphql.ts';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import {
  CopyFrameworkMutation,
  PublishFrameworkMutation,
  UpdateCriterionMutation,
  UpdateFrameworkNodeMutation,
} from '../graphql/assessment.ts';
import { type FwCriterion, type FwNode, formatWeight, indexFramework } from '../utils/framework.ts';
import { AddCriterion, AddSubItem, RemovePart } from './FrameworkParts.tsx';
import '../assessment.css';

type Fw = NonNullable<FrameworkDetailQuery['framework']>;

export function FrameworkEditor({ framework, refetch }: { framework: Fw; refetch: () => unknown }) {
  const { t } = useTranslation();
  const { isAdmin } = useSession();
  const navigate = useNavigate();
  const govPath = useGovPath();
  const errorMessage = useErrorMessage();
  const index = useMemo(() => indexFramework(framework), [framework]);
  const [copy, copyState] = useMutation(CopyFrameworkMutation, { refetchQueries: ['Frameworks'] });
  const [publish, publishState] = useMutation(PublishFrameworkMutation, { refetchQueries: ['Frameworks'] });
  const [error, setError] = useState<string | null>(null);
  const names = new Map(framework.nodes.map((n) => [n.id, n.name]));
  const unknown = framework.weightIssues.filter((i) => i.code === 'UNKNOWN_WEIGHT').length;
  const mismatches = framework.weightIssues.filter((i) => i.code === 'WEIGHT_MISMATCH');
  // Criteria under each node (its own and its descendants'): what a removal takes with it.
  const criteriaUnder = useMemo(() => {
    const out = new Map<string, number>();
    const count = (id: string): number => {
      const n = (index.criteriaByNode.get(id)?.length ?? 0) + (index.children.get(id) ?? []).reduce((sum, c) => sum + count(c.id), 0);
      out.set(id, n);
      return n;
    };
    for (const root of index.children.get(null) ?? []) count(root.id);
    return out;
  }, [index]);

  async function doCopy() {
    setError(null);
    try {
      const r = await copy({ variables: { id: framework.id } });
      if (r.data) navigate(govPath(`assessments/frameworks/${r.data.copyFramework.id}`));
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  async function doPublish() {
    setError(null);
    try {
      await publish({ variables: { id: framework.id, version: framework.version } });
      await refetch();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <div className="framework-editor">
      <dl className="assessment-meta">
        <div>
          <dt>{t('assessments.columns.code')}</dt>
          <dd>{framework.code}</dd>
        </div>
        <div>
          <dt>{t('assessments.columns.revision')}</dt>
          <dd>{framework.revision}</dd>
        </div>
        <div>
          <dt>{t('assessments.columns.status')}</dt>
          <dd>
            <span className="badge">{t(`assessments.frameworkStatus.${framework.status as 'DRAFT' | 'PUBLISHED' | 'RETIRED'}`)}</span>{' '}
            {framework.national ? <span className="badge badge-level">{t('assessments.framework.national')}</span> : null}{' '}
            {framework.inUse ? <span className="badge">{t('assessments.framework.inUse')}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('assessments.columns.criteria')}</dt>
          <dd>{framework.criterionCount}</dd>
        </div>
      </dl>
      <p className="notice" role="note">
        {framework.editable ? t('assessments.framework.editableNote') : t('assessments.framework.readOnlyNote')}
      </p>
      {unknown || mismatches.length ? (
        <div className="note" role="note">
          {unknown ? <p>{t('assessments.framework.unknownCount', { count: unknown })}</p> : null}
          {mismatches.length ? (
            <ul>
              {mismatches.map((m) => (
                <li key={m.nodeId}>
                  {t('assessments.framework.mismatch', {
                    name: names.get(m.nodeId),
                    weight: formatWeight(String(m.weight ?? 0), ''),
                    children: formatWeight(String(m.childrenWeight ?? 0), ''),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {isAdmin ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => void doCopy()} disabled={copyState.loading}>
            {t('assessments.framework.copy')}
          </button>
          {framework.editable ? (
            <button type="button" className="button button-primary" onClick={() => void doPublish()} disabled={publishState.loading}>
              {t('assessments.framework.publish')}
            </button>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <ol className="fw-tree">
        {index.ordered.map((n) => (
          <li key={n.id} className={`fw-node fw-${n.kind.toLowerCase()}`} style={{ marginLeft: `${n.depth * 1.25}rem` }}>
            <div className="fw-node-line">
              <NodeRow node={n} editable={framework.editable} />
              {framework.editable && n.kind !== 'COMPONENT' ? (
                <RemovePart kind="node" id={n.id} name={n.name} criteria={criteriaUnder.get(n.id) ?? 0} />
              ) : null}
            </div>
            {(index.criteriaByNode.get(n.id) ?? []).length ? (
              <ol className="fw-criteria">
                {(index.criteriaByNode.get(n.id) ?? []).map((c) => (
                  <CriterionRow key={c.id} c={c} editable={framework.editable} />
                ))}
              </ol>
            ) : null}
            {framework.editable ? (
              <div className="fw-adds">
                {n.kind === 'AREA' && !(index.criteriaByNode.get(n.id) ?? []).length ? (
                  <AddSubItem parentId={n.id} parentName={n.name} />
                ) : null}
                {n.kind === 'SUB_ITEM' && !(index.children.get(n.id) ?? []).length ? (
                  <AddCriterion nodeId={n.id} nodeName={n.name} />
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

function NodeRow({ node, editable }: { node: FwNode; editable: boolean }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [name, setName] = useState(node.name);
  const [weight, setWeight] = useState(node.weight === null || node.weight === undefined ? '' : node.weight);
  const [unknown, setUnknown] = useState(node.weight === null || node.weight === undefined);
  const [error, setError] = useState<string | null>(null);
  const [save, state] = useMutation(UpdateFrameworkNodeMutation, { refetchQueries: ['FrameworkDetail'] });
  const dirty = name !== node.name || unknown !== (node.weight == null) || (!unknown && weight !== (node.weight ?? ''));

  if (!editable) {
    return (
      <div className="fw-node-row">
        <span className="fw-kind">{t(`assessments.nodeKind.${node.kind}`)}</span>
        {node.code ? <span className="lke-code">{node.code}</span> : null} <strong>{node.name}</strong>
        <span className="fw-weight">
          {node.weight == null ? (
            <span className="badge badge-unknown">{t('assessments.weightUnknown')}</span>
          ) : (
            `${t('assessments.weight')} ${formatWeight(node.weight, '')}`
          )}
        </span>
      </div>
    );
  }
  return (
    <form
      className="fw-node-row fw-edit"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          await save({
            variables: {
              input: {
                id: node.id,
                version: node.version,
                name: name.trim(),
                ...(unknown ? { weightUnknown: true } : { weight: weight.trim().replace(',', '.') }),
              },
            },
          });
        } catch (err) {
          setError(errorMessage(err));
        }
      }}
    >
      <span className="fw-kind">{t(`assessments.nodeKind.${node.kind}`)}</span>
      <input type="text" aria-label={t('assessments.framework.nodeName')} value={name} onChange={(e) => setName(e.target.value)} />
      <input
        type="text"
        inputMode="decimal"
        className="input-narrow"
        aria-label={t('assessments.framework.weightOf', { name: node.name })}
        value={unknown ? '' : weight.replace('.', ',')}
        disabled={unknown}
        onChange={(e) => setWeight(e.target.value)}
      />
      <label className="field-inline">
        <input type="checkbox" checked={unknown} onChange={(e) => setUnknown(e.target.checked)} />
        {t('assessments.weightUnknown')}
      </label>
      <button type="submit" className="button button-small" disabled={!dirty || state.loading}>
        {t('assessments.framework.save')}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}

function CriterionRow({ c, editable }: { c: FwCriterion; editable: boolean }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(c.text);
  const [options, setOptions] = useState(c.options.map((o) => ({ ...o, value: String(o.value).replace('.', ',') })));
  const [error, setError] = useState<string | null>(null);
  const [save, state] = useMutation(UpdateCriterionMutation, { refetchQueries: ['FrameworkDetail'] });
  const hasOptions = c.answerType !== 'PERCENTAGE' && c.answerType !== 'SCALE';

  return (
    <li className="fw-criterion">
      <div>
        {c.code ? <span className="lke-code">{c.code}.</span> : null} {c.text}{' '}
        <span className="badge">{t(`assessments.answerType.${c.answerType}`)}</span>
        {hasOptions ? (
          <span className="lke-hint">
            {' '}
            {c.options
              .map((o) => `${o.code === o.label ? o.code : `${o.code} ${o.label}`} = ${String(o.value).replace('.', ',')}`)
              .join(' · ')}
          </span>
        ) : (
          <span className="lke-hint"> {c.answerType === 'SCALE' ? `${c.scaleMin ?? '?'}–${c.scaleMax ?? '?'}` : '0–100%'}</span>
        )}
        {editable ? (
          <>
            <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
              {t('assessments.framework.edit')}
            </button>{' '}
            <RemovePart kind="criterion" id={c.id} name={c.text} />
          </>
        ) : null}
      </div>
      {open ? (
        <form
          className="form fw-criterion-form"
          onSubmit={async (e) => {
            e.preventDefault();
            setError(null);
            try {
              await save({
                variables: {
                  input: {
                    id: c.id,
                    version: c.version,
                    criterion: {
                      text: text.trim(),
                      code: c.code,
                      guidance: c.guidance,
                      answerType: c.answerType,
                      scaleMin: c.scaleMin,
                      scaleMax: c.scaleMax,
                      options: hasOptions
                        ? options.map((o) => ({ code: o.code, label: o.label, value: Number(o.value.replace(',', '.')) }))
                        : null,
                    },
                  },
                },
              });
              setOpen(false);
            } catch (err) {
              setError(errorMessage(err));
            }
          }}
        >
          <div className="field">
            <label htmlFor={`ct-${c.id}`}>{t('assessments.framework.criterionText')}</label>
            <textarea id={`ct-${c.id}`} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          {hasOptions
            ? options.map((o, i) => (
                <div key={o.code} className="field-inline">
                  <span className="lke-code">{o.code}</span>
                  <input
                    type="text"
                    aria-label={t('assessments.framework.optionLabel', { code: o.code })}
                    value={o.label}
                    onChange={(e) => setOptions((list) => list.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)))}
                  />
                  <input
                    type="text"
                    inputMode="decimal"
                    className="input-narrow"
                    aria-label={t('assessments.framework.optionValue', { code: o.code })}
                    value={o.value}
                    onChange={(e) => setOptions((list) => list.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))}
                  />
                </div>
              ))
            : null}
          <div className="button-row">
            <button type="submit" className="button button-primary button-small" disabled={state.loading}>
              {t('assessments.framework.save')}
            </button>
          </div>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </form>
      ) : null}
    </li>
  );
}
