// The value entry grid: indicators as rows, periods as columns, typed and
// pasted the Indonesian way ("43,84", "73%", "WTP", "n.a"). Keyboard like a
// spreadsheet: arrows move, Enter/F2 or typing edits, Enter saves and moves
// down, Tab saves and moves right, Esc cancels, Delete removes a value,
// Ctrl+V pastes a block from the active cell. Values are checked with the
// domain parser before they are sent; the server checks again.
import { parseIndicatorValue } from '@rb/domain';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { type ClipboardEvent, type KeyboardEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorEntryQuery, IndicatorValueInput } from '../../../gql/graphql.ts';
import { ConfirmWarningsDialog } from '../../checks/components/ConfirmWarningsDialog.tsx';
import { CheckFlagMark, useFlagText } from '../../checks/components/CheckFlagMark.tsx';
import type { Finding } from '../../checks/utils/findings.ts';
import { useGovPath } from '../../session/hooks/useGovPath.ts';
import type { OptimisticValues, SaveResult } from '../hooks/useSetIndicatorValues.ts';
import { type EntryPeriod, isPeriodLocked, parseClipboardBlock } from '../utils/entry.ts';
import { checkText, type EntryIndicator, type EntryValue, editableText, inputFor, planPaste, valueAt } from '../utils/entryCells.ts';
import './indicators.css';

export type { EntryIndicator, EntryValue };
export { editableText, valueAt };
type Lock = IndicatorEntryQuery['periodLocks'][number];

/** The indicator's values as they will be once `input` is saved (for the optimistic response). */
export function optimisticChange(indicator: EntryIndicator, input: IndicatorValueInput): OptimisticValues {
  const quarter = input.quarter ?? 0;
  const same = (v: EntryValue) => v.kind === input.kind && v.year === input.year && v.quarter === quarter && v.month === 0;
  const current = indicator.values.find(same);
  const others = indicator.values.filter((v) => !same(v));
  if (input.text.trim() === '') return { indicatorId: indicator.id, values: others, value: null };
  const parsed = parseIndicatorValue(input.text, { valueType: indicator.valueType, categories: indicator.categories });
  const value: EntryValue = {
    id: current?.id ?? `pending:${indicator.id}:${input.kind}:${input.year}:${quarter}`,
    kind: input.kind,
    year: input.year,
    quarter,
    month: 0,
    numericValue: parsed.ok ? parsed.numericValue : null,
    categoryValue: parsed.ok ? parsed.categoryValue : null,
    textValue: input.text.trim(),
    notAvailable: parsed.ok ? parsed.notAvailable : false,
    // As the server stores them: trimmed, empty → none; absent → unchanged.
    note: input.note === undefined ? (current?.note ?? null) : input.note?.trim() || null,
    source: input.source === undefined ? (current?.source ?? null) : input.source?.trim() || null,
    version: (current?.version ?? 0) + 1,
    updatedAt: new Date().toISOString(),
    enteredBy: current?.enteredBy ?? null,
  };
  return { indicatorId: indicator.id, values: [...others, value], value };
}

export interface CellRef {
  row: number;
  col: number;
}

interface EntryGridProps {
  indicators: EntryIndicator[];
  periods: EntryPeriod[];
  locks: Lock[];
  caption: string;
  groupLabel: (group: string) => string;
  active: CellRef | null;
  onActiveChange: (cell: CellRef) => void;
  save: (inputs: IndicatorValueInput[], optimistic?: OptimisticValues[], opts?: { confirmWarnings?: boolean }) => Promise<SaveResult>;
  /** The plan checks' findings per cell (`indicatorId|KIND:year:quarter`) and per indicator (`indicatorId|`). */
  flags?: ReadonlyMap<string, Finding[]>;
}

/** A save the plan checks asked about: what to send again when the user keeps it, and the editor to reopen when not. */
interface PendingConfirm {
  keys: string[];
  inputs: IndicatorValueInput[];
  done: string;
  optimistic?: OptimisticValues[];
  warnings: Finding[];
  reopen?: { cell: CellRef; draft: string };
}

const column = createColumnHelper<EntryIndicator>();

export function EntryGrid({ indicators, periods, locks, caption, groupLabel, active, onActiveChange, save, flags }: EntryGridProps) {
  const { t, i18n } = useTranslation();
  const flagTextOf = useFlagText();
  const govPath = useGovPath();
  const captionId = useId();
  const statusId = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const [editing, setEditingState] = useState<{ cell: CellRef; draft: string } | null>(null);
  // Mirrors `editing` so a blur that follows Enter/Tab does not save twice.
  const editingRef = useRef<{ cell: CellRef; draft: string } | null>(null);
  const setEditing = (next: { cell: CellRef; draft: string } | null) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const [cellErrors, setCellErrors] = useState<Map<string, string>>(new Map());
  const [pending, setPending] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [confirm, setConfirm] = useState<PendingConfirm | null>(null);
  const english = i18n.language.startsWith('en');

  const columns = useMemo(() => {
    const groups = new Map<string, EntryPeriod[]>();
    for (const p of periods) groups.set(p.group, [...(groups.get(p.group) ?? []), p]);
    return [
      column.accessor('name', { id: 'indicator', header: t('indicatorData.entry.indicator') }),
      ...[...groups.entries()].map(([group, ps]) =>
        column.group({
          id: `g-${group}`,
          header: groupLabel(group),
          columns: ps.map((p) =>
            column.display({
              id: p.key,
              header: p.kind === 'BASELINE' ? t('indicatorData.entry.baselineYear') : t(`indicatorData.kind.${p.kind}`),
            }),
          ),
        }),
      ),
    ];
  }, [periods, t, groupLabel]);

  const table = useReactTable({ data: indicators, columns, getCoreRowModel: getCoreRowModel(), getRowId: (r) => r.id });

  const cellKey = (row: number, col: number) => `${indicators[row]?.id}|${periods[col]?.key}`;
  const editable = useCallback(
    (row: number, col: number) => {
      const indicator = indicators[row];
      const p = periods[col];
      return !!indicator && !!p && indicator.canEdit && !isPeriodLocked(locks, p);
    },
    [indicators, periods, locks],
  );

  // Keep DOM focus on the active cell.
  useEffect(() => {
    if (!active || editing) return;
    const el = tableRef.current?.querySelector<HTMLElement>(`[data-row="${active.row}"][data-col="${active.col}"]`);
    if (el && tableRef.current?.contains(document.activeElement)) el.focus();
  }, [active, editing]);

  const focusCell = (cell: CellRef) => {
    const row = Math.max(0, Math.min(indicators.length - 1, cell.row));
    const col = Math.max(0, Math.min(periods.length - 1, cell.col));
    onActiveChange({ row, col });
    requestAnimationFrame(() => tableRef.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`)?.focus());
  };

  const check = (indicator: EntryIndicator, text: string) => checkText(indicator, text, english);

  const run = async (
    keys: string[],
    inputs: IndicatorValueInput[],
    done: string,
    optimistic?: OptimisticValues[],
    opts: { confirmWarnings?: boolean; reopen?: PendingConfirm['reopen'] } = {},
  ) => {
    setPending((s) => new Set([...s, ...keys]));
    const result = await save(inputs, optimistic, { confirmWarnings: opts.confirmWarnings ?? false });
    setPending((s) => {
      const next = new Set(s);
      for (const k of keys) next.delete(k);
      return next;
    });
    if (result.ok) {
      setCellErrors((m) => {
        const next = new Map(m);
        for (const k of keys) next.delete(k);
        return next;
      });
      setMessage({ kind: 'ok', text: done });
    } else if (result.warnings) {
      // Asked once: kept when the user confirms, else back to the value.
      setConfirm({
        keys,
        inputs,
        done,
        ...(optimistic ? { optimistic } : {}),
        warnings: result.warnings,
        ...(opts.reopen ? { reopen: opts.reopen } : {}),
      });
      setMessage({ kind: 'error', text: t('checks.confirm.notSaved') });
    } else {
      setCellErrors((m) => new Map([...m, ...keys.map((k) => [k, result.message] as const)]));
      setMessage({ kind: 'error', text: result.message });
    }
    return result.ok;
  };

  const keepConfirmed = () => {
    if (!confirm) return;
    setConfirm(null);
    void run(confirm.keys, confirm.inputs, confirm.done, confirm.optimistic, { confirmWarnings: true });
  };
  const backToValue = () => {
    if (!confirm) return;
    setConfirm(null);
    // After the dialog has given focus back to the cell: the editor opens with what was typed.
    const reopen = confirm.reopen;
    if (reopen) requestAnimationFrame(() => setEditing(reopen));
  };

  const commit = async (cell: CellRef, draft: string, move?: CellRef) => {
    const indicator = indicators[cell.row];
    const p = periods[cell.col];
    if (!indicator || !p) return;
    const open = editingRef.current;
    const fromEditor = open !== null && open.cell.row === cell.row && open.cell.col === cell.col;
    if (!fromEditor && draft !== '') return; // already saved by Enter/Tab
    const before = editableText(valueAt(indicator, p), indicator);
    const key = cellKey(cell.row, cell.col);
    if (draft.trim() === before.trim()) {
      setEditing(null);
      if (move) focusCell(move);
      return;
    }
    const problem = check(indicator, draft);
    if (problem) {
      setCellErrors((m) => new Map(m).set(key, problem));
      setMessage({ kind: 'error', text: `${indicator.name}: ${problem}` });
      return; // stay in the editor so the value can be fixed
    }
    setEditing(null);
    if (move) focusCell(move);
    else focusCell(cell);
    const input = inputFor(indicator, p, draft);
    await run([key], [input], t('indicatorData.entry.saved', { name: indicator.name }), [optimisticChange(indicator, input)], {
      reopen: { cell, draft },
    });
  };

  const onPaste = async (event: ClipboardEvent<HTMLTableElement>) => {
    if (editing || !active) return;
    event.preventDefault();
    const block = parseClipboardBlock(event.clipboardData.getData('text/plain'));
    const plan = planPaste(block, active, indicators, periods, editable, english);
    if (!plan.ok) {
      if (plan.reason === 'tooBig') setMessage({ kind: 'error', text: t('indicatorData.entry.pasteTooBig') });
      else if (plan.reason === 'readOnly') setMessage({ kind: 'error', text: t('indicatorData.entry.pasteReadOnly', { name: plan.name }) });
      else {
        setCellErrors((m) => new Map(m).set(cellKey(plan.row, plan.col), plan.problem));
        setMessage({ kind: 'error', text: t('indicatorData.entry.pasteInvalid', { name: plan.name, problem: plan.problem }) });
      }
      return;
    }
    if (plan.inputs.length === 0) return;
    await run(
      plan.cells.map((c) => cellKey(c.row, c.col)),
      plan.inputs,
      t('indicatorData.entry.pasted', { count: plan.inputs.length }),
    );
  };

  const onCellKeyDown = (event: KeyboardEvent<HTMLElement>, cell: CellRef) => {
    if (editing) return;
    const { row, col } = cell;
    const moves: Record<string, CellRef> = {
      ArrowUp: { row: row - 1, col },
      ArrowDown: { row: row + 1, col },
      ArrowLeft: { row, col: col - 1 },
      ArrowRight: { row, col: col + 1 },
      Home: { row, col: 0 },
      End: { row, col: periods.length - 1 },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      focusCell(move);
      return;
    }
    const indicator = indicators[row];
    const p = periods[col];
    if (!indicator || !p || !editable(row, col)) return;
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      setEditing({ cell, draft: editableText(valueAt(indicator, p), indicator) });
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (valueAt(indicator, p)) void commit(cell, '');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      setEditing({ cell, draft: event.key });
    }
  };

  const headerGroups = table.getHeaderGroups();
  return (
    <div className="entry-grid-wrap">
      <p
        id={statusId}
        className={`entry-message ${message?.kind === 'error' ? 'entry-message-error' : ''}`}
        role="status"
        aria-live="polite"
      >
        {message?.text ?? ''}
      </p>
      <div className="entry-scroll" data-testid="indicator-entry-grid">
        {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA grid pattern on a table (spreadsheet-like editing) */}
        <table ref={tableRef} className="entry-grid" role="grid" aria-labelledby={captionId} aria-describedby={statusId} onPaste={onPaste}>
          <caption id={captionId} className="sr-only">
            {caption}
          </caption>
          <thead>
            {headerGroups.map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((header) => {
                  const p = periods.find((x) => x.key === header.column.id);
                  const locked = p ? isPeriodLocked(locks, p) : false;
                  return (
                    <th
                      key={header.id}
                      colSpan={header.colSpan}
                      scope="col"
                      className={
                        header.column.id === 'indicator'
                          ? 'entry-name-col'
                          : p
                            ? `entry-col entry-col-${p.kind.toLowerCase()}`
                            : 'entry-group'
                      }
                    >
                      {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                      {locked ? (
                        <span className="entry-lock" title={t('indicatorData.entry.lockedTitle')}>
                          {t('indicatorData.entry.locked')}
                        </span>
                      ) : null}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((r, row) => {
              const indicator = r.original;
              return (
                <tr key={r.id}>
                  <th scope="row" className="entry-name-col">
                    <Link to={govPath(`indicators/${indicator.id}`)} className="entry-name">
                      {indicator.name}
                    </Link>
                    <span className="entry-sub">
                      {indicator.code ? <span className="cell-code">{indicator.code}</span> : null}
                      {indicator.unit ? <span>{indicator.unit}</span> : null}
                      {indicator.ownerAgency ? <span>{indicator.ownerAgency.shortName ?? indicator.ownerAgency.name}</span> : null}
                      {!indicator.canEdit ? <span className="badge">{t('indicatorData.entry.readOnly')}</span> : null}
                    </span>
                  </th>
                  {periods.map((p, col) => {
                    const value = valueAt(indicator, p);
                    const key = cellKey(row, col);
                    const isActive = active?.row === row && active?.col === col;
                    const isEditing = editing?.cell.row === row && editing.cell.col === col;
                    const canEdit = editable(row, col);
                    const error = cellErrors.get(key);
                    const flagged = flags?.get(`${indicator.id}|${p.key}`);
                    const flagText = flagTextOf(flagged);
                    const shown = value ? editableText(value, indicator) : '';
                    return (
                      <td
                        key={p.key}
                        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: cells of the ARIA grid pattern (roving focus)
                        role="gridcell"
                        data-row={row}
                        data-col={col}
                        tabIndex={isActive || (!active && row === 0 && col === 0) ? 0 : -1}
                        aria-selected={isActive}
                        aria-readonly={!canEdit}
                        aria-invalid={error ? true : undefined}
                        aria-busy={pending.has(key) || undefined}
                        aria-label={`${indicator.name}, ${p.kind === 'BASELINE' ? `${t('indicatorData.kind.BASELINE')} ${value?.year ?? p.year}` : `${t(`indicatorData.kind.${p.kind}`)} ${groupLabel(p.group)}`}: ${shown || t('indicatorData.entry.empty')}`}
                        className={[
                          'entry-cell',
                          `entry-cell-${p.kind.toLowerCase()}`,
                          canEdit ? 'entry-cell-editable' : 'entry-cell-readonly',
                          isActive ? 'entry-cell-active' : '',
                          error ? 'entry-cell-error' : '',
                          pending.has(key) ? 'entry-cell-pending' : '',
                          value?.note || value?.source ? 'entry-cell-noted' : '',
                          flagged ? 'check-flag' : '',
                        ].join(' ')}
                        onClick={() => onActiveChange({ row, col })}
                        onDoubleClick={() => canEdit && setEditing({ cell: { row, col }, draft: shown })}
                        onKeyDown={(e) => onCellKeyDown(e, { row, col })}
                        title={error ?? flagText ?? value?.note ?? undefined}
                      >
                        {isEditing ? (
                          <input
                            className="entry-input"
                            // biome-ignore lint/a11y/noAutofocus: the editor opens where the user asked for it
                            autoFocus
                            aria-label={t('indicatorData.entry.editLabel', { name: indicator.name })}
                            aria-invalid={error ? true : undefined}
                            value={editing.draft}
                            onChange={(e) => setEditing({ cell: { row, col }, draft: e.target.value })}
                            onKeyDown={(e) => {
                              if (e.key === 'Enter') {
                                e.preventDefault();
                                void commit({ row, col }, editing.draft, { row: row + 1 < indicators.length ? row + 1 : row, col });
                              } else if (e.key === 'Tab') {
                                e.preventDefault();
                                void commit({ row, col }, editing.draft, { row, col: col + (e.shiftKey ? -1 : 1) });
                              } else if (e.key === 'Escape') {
                                e.preventDefault();
                                setEditing(null);
                                setCellErrors((m) => {
                                  const next = new Map(m);
                                  next.delete(key);
                                  return next;
                                });
                                focusCell({ row, col });
                              }
                            }}
                            onBlur={() => {
                              if (!error) void commit({ row, col }, editing.draft);
                            }}
                          />
                        ) : (
                          <>
                            <span className={value?.notAvailable ? 'value-na' : undefined}>{shown}</span>
                            {p.kind === 'BASELINE' && value ? <span className="entry-baseline-year"> ({value.year})</span> : null}
                            <CheckFlagMark text={flagText} />
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {confirm ? <ConfirmWarningsDialog findings={confirm.warnings} onConfirm={keepConfirmed} onCancel={backToValue} /> : null}
    </div>
  );
}
