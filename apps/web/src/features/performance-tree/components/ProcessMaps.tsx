// Process maps of the agency from the same document: the business-process map (inputs →
// managerial / main / supporting processes → outputs), the relation map (process → responsible
// official) and the cross-function table (activity × actor → output document). Planners edit them.
import { useMutation, useQuery } from '@apollo/client/react';
import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragCancelEvent,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessKind, ProcessMapFieldsFragment } from '../../../gql/graphql.ts';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { QueryState } from '../../../ui/QueryState.tsx';
import { useErrorMessage } from '../../../ui/useErrorMessage.ts';
import { usePageTitle } from '../../session/hooks/usePageTitle.ts';
import {
  AddBusinessProcessMutation,
  AddCrossFunctionStepMutation,
  DeleteBusinessProcessMutation,
  DeleteCrossFunctionStepMutation,
  MoveBusinessProcessMutation,
  MoveCrossFunctionStepMutation,
  ProcessMapsQuery,
  UpdateBusinessProcessMutation,
  UpdateCrossFunctionStepMutation,
} from '../graphql/processMaps.ts';
import '../tree.css';

const KINDS: ProcessKind[] = ['INPUT', 'MANAGERIAL', 'MAIN', 'SUPPORTING', 'OUTPUT'];
type Map = ProcessMapFieldsFragment;
type Process = Map['processes'][number];
type Step = Map['crossFunctionSteps'][number];

export function ProcessMaps() {
  const { t } = useTranslation();
  usePageTitle(t('tree.processMaps.title'));
  const result = useQuery(ProcessMapsQuery);
  return (
    <>
      <PageHeader title={t('tree.processMaps.title')} intro={t('tree.processMaps.intro')} />
      <QueryState result={result} isEmpty={(d) => d.processMaps.length === 0} empty={t('tree.processMaps.empty')}>
        {(data) => (
          <>
            {data.processMaps.map((m) => (
              <ProcessMapView key={m.id} map={m} />
            ))}
          </>
        )}
      </QueryState>
    </>
  );
}

function useRun() {
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const run = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await work();
      setMessage(done);
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };
  return { error, message, run };
}

function ProcessMapView({ map }: { map: Map }) {
  const { t } = useTranslation();
  const { error, message, run } = useRun();
  const [add] = useMutation(AddBusinessProcessMutation);
  const [update] = useMutation(UpdateBusinessProcessMutation);
  const [remove] = useMutation(DeleteBusinessProcessMutation);
  const [moveProcess] = useMutation(MoveBusinessProcessMutation);
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState<ProcessKind | null>(null);
  const byKind = (k: ProcessKind) => map.processes.filter((p) => p.kind === k);
  const saved = t('tree.processMaps.saved');
  /** Moves a process to `index` among its kind; shown at once, rolled back when refused. */
  const reorder = (p: Process, index: number) => {
    const same = byKind(p.kind).filter((x) => x.id !== p.id);
    const at = Math.max(0, Math.min(index, same.length));
    const ordered = [...same.slice(0, at), p, ...same.slice(at)].map((x, i) =>
      x.id === p.id ? { ...x, sortOrder: i, version: x.version + 1 } : { ...x, sortOrder: i },
    );
    const processes = KINDS.flatMap((k) => (k === p.kind ? ordered : byKind(k)));
    return run(
      () =>
        moveProcess({
          variables: { input: { id: p.id, version: p.version, index: at } },
          optimisticResponse: { moveBusinessProcess: { ...map, processes } },
        }),
      t('tree.processMaps.moved', { name: p.name, position: at + 1, count: same.length + 1 }),
    );
  };
  const onDragEnd = (kind: ProcessKind) => (event: DragEndEvent) => {
    const list = byKind(kind);
    const p = list.find((x) => x.id === event.active.id);
    const to = list.findIndex((x) => x.id === event.over?.id);
    if (p && to >= 0 && list[to]?.id !== p.id) reorder(p, to);
  };

  const card = (p: Process, i: number, all: Process[]) => {
    const count = all.length;
    return editing === p.id ? (
      <ProcessForm
        key={p.id}
        initial={p}
        onCancel={() => setEditing(null)}
        onSubmit={async (v) => {
          if (await run(() => update({ variables: { input: { id: p.id, version: p.version, ...v } } }), saved)) setEditing(null);
        }}
      />
    ) : (
      <SortableProcess key={p.id} process={p} canEdit={map.canEdit}>
        {map.canEdit ? (
          <div className="button-row">
            {i > 0 ? (
              <button
                type="button"
                className="button button-small"
                aria-label={`${t('tree.processMaps.moveUp')}: ${p.name}`}
                onClick={() => reorder(p, i - 1)}
              >
                ↑
              </button>
            ) : null}
            {i < count - 1 ? (
              <button
                type="button"
                className="button button-small"
                aria-label={`${t('tree.processMaps.moveDown')}: ${p.name}`}
                onClick={() => reorder(p, i + 1)}
              >
                ↓
              </button>
            ) : null}
            <button
              type="button"
              className="button button-small"
              onClick={() => setEditing(p.id)}
              aria-label={`${t('tree.processMaps.edit')}: ${p.name}`}
            >
              {t('tree.processMaps.edit')}
            </button>
            <button
              type="button"
              className="button button-small"
              aria-label={`${t('tree.processMaps.delete')}: ${p.name}`}
              onClick={() => run(() => remove({ variables: { id: p.id, version: p.version } }), saved)}
            >
              {t('tree.processMaps.delete')}
            </button>
          </div>
        ) : null}
      </SortableProcess>
    );
  };
  const nameOf = (id: string | number) => map.processes.find((p) => p.id === id)?.name ?? '';
  const overText = (e: DragOverEvent | DragEndEvent) =>
    e.over ? t('tree.processMaps.dragOver', { name: nameOf(e.active.id), target: nameOf(e.over.id) }) : undefined;
  const announcements: Announcements = {
    onDragStart: (e: DragStartEvent) => t('tree.processMaps.dragStart', { name: nameOf(e.active.id) }),
    onDragOver: overText,
    onDragEnd: overText,
    onDragCancel: (e: DragCancelEvent) => t('tree.processMaps.dragCancel', { name: nameOf(e.active.id) }),
  };

  const column = (kinds: ProcessKind[]) => (
    <div className="process-column">
      {kinds.map((k) => (
        <section key={k} className="process-group" aria-labelledby={`${map.id}-${k}`}>
          <h3 id={`${map.id}-${k}`}>{t(`tree.processMaps.kinds.${k}`)}</h3>
          {map.canEdit ? (
            <DndContext
              sensors={sensors}
              collisionDetection={closestCenter}
              onDragEnd={onDragEnd(k)}
              accessibility={{
                screenReaderInstructions: { draggable: t('tree.processMaps.dragInstructions') },
                announcements,
              }}
            >
              <SortableContext items={byKind(k).map((p) => p.id)} strategy={verticalListSortingStrategy}>
                <ul>{byKind(k).map(card)}</ul>
              </SortableContext>
            </DndContext>
          ) : (
            <ul>{byKind(k).map(card)}</ul>
          )}
          {map.canEdit ? (
            adding === k ? (
              <ProcessForm
                initial={{ kind: k, name: '', responsibleOfficial: null }}
                onCancel={() => setAdding(null)}
                onSubmit={async (v) => {
                  if (await run(() => add({ variables: { input: { mapId: map.id, ...v } } }), saved)) setAdding(null);
                }}
              />
            ) : (
              <button type="button" className="button button-small" onClick={() => setAdding(k)}>
                + {t('tree.processMaps.addProcess')} ({t(`tree.processMaps.kinds.${k}`)})
              </button>
            )
          ) : null}
        </section>
      ))}
    </div>
  );

  return (
    <article className="process-map" aria-labelledby={`${map.id}-title`}>
      <h2 id={`${map.id}-title`}>{map.title}</h2>
      <div className="sr-only" role="status" aria-live="polite">
        {message}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <h3>{t('tree.processMaps.businessMap')}</h3>
      <div className="process-flow">
        {column(['INPUT'])}
        <span className="process-arrow" aria-hidden="true">
          →
        </span>
        {column(['MANAGERIAL', 'MAIN', 'SUPPORTING'])}
        <span className="process-arrow" aria-hidden="true">
          →
        </span>
        {column(['OUTPUT'])}
      </div>
      <h3>{t('tree.processMaps.relationMap')}</h3>
      <table className="data-table process-relations">
        <caption className="sr-only">{t('tree.processMaps.relationCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tree.processMaps.kind')}</th>
            <th scope="col">{t('tree.processMaps.process')}</th>
            <th scope="col">{t('tree.processMaps.responsible')}</th>
          </tr>
        </thead>
        <tbody>
          {map.processes
            .filter((p) => p.responsibleOfficial)
            .map((p) => (
              <tr key={p.id}>
                <td>{t(`tree.processMaps.kinds.${p.kind}`)}</td>
                <th scope="row">{p.name}</th>
                <td>{p.responsibleOfficial}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <CrossFunctionTable map={map} />
    </article>
  );
}

function ProcessForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial: { kind: ProcessKind; name: string; responsibleOfficial?: string | null };
  onSubmit: (v: { kind: ProcessKind; name: string; responsibleOfficial: string | null }) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState(initial.kind);
  const [name, setName] = useState(initial.name);
  const [responsible, setResponsible] = useState(initial.responsibleOfficial ?? '');
  return (
    <form
      className="process-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit({ kind, name, responsibleOfficial: responsible.trim() || null });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('tree.processMaps.kind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as ProcessKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`tree.processMaps.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('tree.processMaps.name')}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-resp`}>{t('tree.processMaps.responsible')}</label>
        <input id={`${id}-resp`} value={responsible} onChange={(e) => setResponsible(e.target.value)} />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary button-small">
          {t('tree.processMaps.save')}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('tree.processMaps.cancel')}
        </button>
      </div>
    </form>
  );
}

function CrossFunctionTable({ map }: { map: Map }) {
  const { t } = useTranslation();
  const { error, message, run } = useRun();
  const [add] = useMutation(AddCrossFunctionStepMutation);
  const [update] = useMutation(UpdateCrossFunctionStepMutation);
  const [move] = useMutation(MoveCrossFunctionStepMutation);
  const [remove] = useMutation(DeleteCrossFunctionStepMutation);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const saved = t('tree.processMaps.saved');
  const steps = map.crossFunctionSteps;
  const cols = 3 + map.actors.length + (map.canEdit ? 1 : 0);
  return (
    <section aria-labelledby={`${map.id}-xf`}>
      <h3 id={`${map.id}-xf`}>{t('tree.processMaps.crossFunction')}</h3>
      <div className="sr-only" role="status" aria-live="polite">
        {message}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="data-table cross-function">
          <caption className="sr-only">{t('tree.processMaps.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tree.processMaps.no')}</th>
              <th scope="col">{t('tree.processMaps.activity')}</th>
              {map.actors.map((a) => (
                <th scope="col" key={a} className="cross-actor">
                  {a}
                </th>
              ))}
              <th scope="col">{t('tree.processMaps.outputDocument')}</th>
              {map.canEdit ? <th scope="col">{t('tree.processMaps.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {steps.map((s, i) =>
              editing === s.id ? (
                <tr key={s.id}>
                  <td colSpan={cols}>
                    <StepForm
                      initial={s}
                      onCancel={() => setEditing(null)}
                      onSubmit={async (v) => {
                        if (await run(() => update({ variables: { input: { id: s.id, version: s.version, ...v } } }), saved))
                          setEditing(null);
                      }}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={s.id}>
                  <td>{i + 1}</td>
                  <th scope="row">{s.activity}</th>
                  {map.actors.map((a) => (
                    <td key={a} className="cross-mark">
                      {a === s.actor ? (
                        <>
                          <span aria-hidden="true">●</span>
                          <span className="sr-only">{`${a} ${t('tree.processMaps.performs')}`}</span>
                        </>
                      ) : null}
                    </td>
                  ))}
                  <td>{s.outputDocument}</td>
                  {map.canEdit ? (
                    <td>
                      <div className="button-row">
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={`${t('tree.processMaps.edit')}: ${s.activity}`}
                          onClick={() => setEditing(s.id)}
                        >
                          {t('tree.processMaps.edit')}
                        </button>
                        <button
                          type="button"
                          className="button button-small"
                          disabled={i === 0}
                          aria-label={`${t('tree.processMaps.moveUp')}: ${s.activity}`}
                          onClick={() => run(() => move({ variables: { input: { id: s.id, version: s.version, index: i - 1 } } }), saved)}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="button button-small"
                          disabled={i === steps.length - 1}
                          aria-label={`${t('tree.processMaps.moveDown')}: ${s.activity}`}
                          onClick={() => run(() => move({ variables: { input: { id: s.id, version: s.version, index: i + 1 } } }), saved)}
                        >
                          ↓
                        </button>
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={`${t('tree.processMaps.delete')}: ${s.activity}`}
                          onClick={() => run(() => remove({ variables: { id: s.id, version: s.version } }), saved)}
                        >
                          {t('tree.processMaps.delete')}
                        </button>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {map.canEdit ? (
        editing === 'new' ? (
          <StepForm
            initial={{ activity: '', actor: map.actors[0] ?? '', outputDocument: '' }}
            actors={map.actors}
            onCancel={() => setEditing(null)}
            onSubmit={async (v) => {
              if (await run(() => add({ variables: { input: { mapId: map.id, ...v } } }), saved)) setEditing(null);
            }}
          />
        ) : (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            + {t('tree.processMaps.addStep')}
          </button>
        )
      ) : null}
    </section>
  );
}

function StepForm({
  initial,
  actors,
  onSubmit,
  onCancel,
}: {
  initial: Pick<Step, 'activity' | 'actor'> & { outputDocument?: string | null };
  actors?: readonly string[];
  onSubmit: (v: { activity: string; actor: string; outputDocument: string | null }) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [activity, setActivity] = useState(initial.activity);
  const [actor, setActor] = useState(initial.actor);
  const [output, setOutput] = useState(initial.outputDocument ?? '');
  return (
    <form
      className="process-form process-form-row"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit({ activity, actor, outputDocument: output.trim() || null });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-a`}>{t('tree.processMaps.activity')}</label>
        <input id={`${id}-a`} value={activity} onChange={(e) => setActivity(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-p`}>{t('tree.processMaps.actor')}</label>
        <input id={`${id}-p`} value={actor} list={actors ? `${id}-actors` : undefined} onChange={(e) => setActor(e.target.value)} />
        {actors ? (
          <datalist id={`${id}-actors`}>
            {actors.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-o`}>{t('tree.processMaps.outputDocument')}</label>
        <input id={`${id}-o`} value={output} onChange={(e) => setOutput(e.target.value)} />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary button-small">
          {t('tree.processMaps.save')}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('tree.processMaps.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A process card, sortable within its kind by its handle (pointer drag, or Space and the arrows). */
function SortableProcess({ process: p, canEdit, children }: { process: Process; canEdit: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: p.id, disabled: !canEdit });
  return (
    <li
      ref={setNodeRef}
      className={`process-card process-${p.kind.toLowerCase()}${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <div className="process-card-head">
        {canEdit ? (
          <button
            type="button"
            className="process-drag-handle"
            aria-label={t('tree.processMaps.dragHandle', { name: p.name })}
            {...attributes}
            {...listeners}
          >
            ⠿
          </button>
        ) : null}
        <p className="process-name">{p.name}</p>
      </div>
      {p.responsibleOfficial ? <p className="muted">{p.responsibleOfficial}</p> : null}
      {children}
    </li>
  );
}
