// Cascade views: from the level-0 result through a node down to the work-plan steps that drive
// it (with links into the planner's grid), and from a step back up to the results it serves.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber, monthNames } from '../../../ui/format.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { EmptyState, QueryState } from '../../../ui/QueryState.tsx';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import { usePageTitle } from '../../session/hooks/usePageTitle.ts';
import { StepCascadeQuery, TreeCascadeQuery } from '../graphql/trees.ts';
import { nodeStatus, type TreeNodeData } from '../utils/treeOutline.ts';
import { STATUS_COLOURS } from './TreeMapNode.tsx';
import '../tree.css';

function NodeCard({ node, focus }: { node: TreeNodeData; focus?: boolean }) {
  const { t } = useTranslation();
  const status = nodeStatus(node);
  const indicator = node.indicators.length ? node.indicators.map((l) => l.indicator.name).join('; ') : node.indicatorText;
  return (
    <div className={`cascade-card${focus ? ' is-focus' : ''}`}>
      <p className="muted">
        {t('tree.level', { level: node.level })} · {t(`enums.treeNodeKind.${node.kind}`)}
        {focus ? ` · ${t('tree.cascade.focus')}` : ''}
      </p>
      <p className="cascade-statement">{node.statement}</p>
      {indicator ? (
        <p>
          {t('tree.indicator')}: {indicator}
        </p>
      ) : null}
      {node.observedValue != null ? (
        <p className="muted">
          {t('tree.map.baseline')}: {formatNumber(node.observedValue)}
          {node.observedYear ? ` (${node.observedYear})` : ''}
        </p>
      ) : null}
      {status ? <p style={{ color: STATUS_COLOURS[status], fontWeight: 700 }}>● {t(`tree.status.${status}`)}</p> : null}
      {node.rationale ? (
        <details>
          <summary>{t('tree.rationale')}</summary>
          <p>{node.rationale}</p>
        </details>
      ) : null}
    </div>
  );
}

export function TreeCascadeView({ treeId, nodeId }: { treeId: string; nodeId: string }) {
  const { t, i18n } = useTranslation();
  const { year } = useSession();
  const govPath = useGovPath();
  const result = useQuery(TreeCascadeQuery, { variables: { nodeId, year } });
  const focus = result.data?.treeCascade?.nodes.find((n) => n.id === nodeId);
  usePageTitle(focus ? t('tree.cascade.title', { statement: focus.statement }) : t('tree.title'));
  const months = monthNames(i18n.language);
  return (
    <>
      <p className="back-link">
        <Link to={govPath(`tree/${treeId}`, { node: nodeId })}>← {t('tree.cascade.backToTree')}</Link>
      </p>
      <QueryState result={result} isEmpty={(d) => !d.treeCascade} empty={t('tree.notFound')}>
        {(data) => {
          const c = data.treeCascade;
          if (!c) return null;
          const nodes = c.nodes as TreeNodeData[];
          const focusIndex = nodes.findIndex((n) => n.id === c.focusId);
          const chain = nodes.slice(0, focusIndex + 1);
          const below = nodes.slice(focusIndex + 1);
          const byId = new Map(nodes.map((n) => [n.id, n]));
          return (
            <>
              <PageHeader
                title={t('tree.cascade.title', { statement: chain[chain.length - 1]?.statement ?? '' })}
                intro={`${c.tree.title} · ${t('tree.cascade.intro')}`}
              />
              <section aria-labelledby="cascade-chain">
                <h2 id="cascade-chain">{t('tree.cascade.chain')}</h2>
                <ol className="cascade-chain">
                  {chain.map((n) => (
                    <li key={n.id}>
                      <NodeCard node={n} focus={n.id === c.focusId} />
                    </li>
                  ))}
                </ol>
              </section>
              {below.length ? (
                <section aria-labelledby="cascade-below">
                  <h2 id="cascade-below">{t('tree.cascade.below')}</h2>
                  <ul className="cascade-below">
                    {below.map((n) => (
                      <li key={n.id} style={{ marginLeft: `${Math.max(0, n.level - (chain[chain.length - 1]?.level ?? 0)) * 1.2}rem` }}>
                        <Link to={govPath(`tree/${treeId}/cascade/${n.id}`)}>{n.statement}</Link>{' '}
                        <span className="muted">
                          ({t('tree.level', { level: n.level })} · {t(`enums.treeNodeKind.${n.kind}`)})
                        </span>
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
              <section aria-labelledby="cascade-actions">
                <h2 id="cascade-actions">{t('tree.cascade.actions')}</h2>
                {c.actions.length === 0 ? <EmptyState>{t('tree.cascade.noActions')}</EmptyState> : null}
                <ol className="cascade-actions">
                  {c.actions.map((a) => (
                    <li key={a.action.id} className="cascade-action">
                      <p className="cascade-statement">
                        {a.workPlanId ? (
                          <Link
                            to={govPath(`work-plans/${a.workPlanId}`, { focus: a.action.id })}
                          >{`${a.action.code ? `${a.action.code} — ` : ''}${a.action.name}`}</Link>
                        ) : (
                          `${a.action.code ? `${a.action.code} — ` : ''}${a.action.name}`
                        )}
                      </p>
                      <p className="muted">
                        {a.workPlanTitle ? `${a.workPlanTitle} · ` : ''}
                        {t('tree.cascade.viaNodes', { nodes: a.nodeIds.map((id) => byId.get(id)?.statement ?? '').join('; ') })}
                      </p>
                      {a.steps.length === 0 ? (
                        <p className="muted">{t('tree.cascade.noSteps')}</p>
                      ) : (
                        <ul className="cascade-steps" aria-label={t('tree.cascade.steps')}>
                          {a.steps.map((s) => (
                            <li key={s.id}>
                              {a.workPlanId ? <Link to={govPath(`work-plans/${a.workPlanId}`, { focus: s.id })}>{s.name}</Link> : s.name}
                              {s.months.length ? (
                                <span className="muted">
                                  {' '}
                                  — {t('tree.cascade.months')}: {s.months.map((m) => months[m - 1]).join(', ')}
                                </span>
                              ) : null}{' '}
                              <Link className="muted" to={govPath(`tree/step/${s.id}`)}>
                                ↑ {t('tree.cascade.stepTitle')}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ol>
              </section>
            </>
          );
        }}
      </QueryState>
    </>
  );
}

export function StepCascadeView({ stepId }: { stepId: string }) {
  const { t } = useTranslation();
  const govPath = useGovPath();
  const result = useQuery(StepCascadeQuery, { variables: { stepId } });
  usePageTitle(t('tree.cascade.stepTitle'));
  return (
    <>
      <p className="back-link">
        <Link to={govPath('tree')}>← {t('tree.backToList')}</Link>
      </p>
      <QueryState result={result} isEmpty={(d) => !d.stepCascade} empty={t('tree.notFound')}>
        {(data) => {
          const c = data.stepCascade;
          if (!c) return null;
          return (
            <>
              <PageHeader title={t('tree.cascade.stepTitle')} intro={t('tree.cascade.stepIntro')} />
              <div className="cascade-card is-focus">
                {c.step ? <p className="cascade-statement">{c.step.name}</p> : null}
                <p>
                  {c.workPlanId ? (
                    <Link
                      to={govPath(`work-plans/${c.workPlanId}`, { focus: c.step?.id ?? c.action.id })}
                    >{`${c.action.code ? `${c.action.code} — ` : ''}${c.action.name}`}</Link>
                  ) : (
                    c.action.name
                  )}
                </p>
                {c.workPlanTitle ? <p className="muted">{c.workPlanTitle}</p> : null}
              </div>
              {c.paths.length === 0 ? <EmptyState>{t('tree.cascade.noPaths')}</EmptyState> : null}
              {c.paths.map((p, i) => (
                <section key={`${p.tree.id}-${p.nodes[p.nodes.length - 1]?.id}`} aria-labelledby={`path-${i}`}>
                  <h2 id={`path-${i}`}>{t('tree.cascade.servesUpTo', { index: i + 1, tree: p.tree.title })}</h2>
                  <ol className="cascade-chain cascade-up">
                    {[...p.nodes].reverse().map((n) => (
                      <li key={n.id}>
                        <div className="cascade-card">
                          <p className="muted">
                            {t('tree.level', { level: n.level })} · {t(`enums.treeNodeKind.${n.kind}`)}
                          </p>
                          <p className="cascade-statement">
                            <Link to={govPath(`tree/${p.tree.id}/cascade/${n.id}`)}>{n.statement}</Link>
                          </p>
                          {n.indicatorText ? (
                            <p>
                              {t('tree.indicator')}: {n.indicatorText}
                            </p>
                          ) : null}
                        </div>
                      </li>
                    ))}
                  </ol>
                  {p.rationale ? <p className="muted">{p.rationale}</p> : null}
                </section>
              ))}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
