// The work-plan editor: the official month grid (area → indicator → activity
// → action → step, Jan–Des), virtualized (@tanstack/react-virtual) so 5,000
// steps stay fast. One active cell, moved with the arrows/Tab; Space toggles
// a month, Enter or typing edits text in place, Escape cancels, Ctrl+Z /
// Ctrl+Shift+Z undo and redo. Rows are memoized: a month toggle repaints
// only its row.
import { type KeyboardEvent, memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TFunction } from 'i18next';
import { formatRupiah, monthNames } from '../../../ui/format.ts';
import { type StepOverrides, useStepOverride } from '../hooks/stepOverrides.ts';
import type { PlanEditor, SaveProblem } from '../hooks/usePlanEditor.ts';
import { buildGridRows, type GridFilters, type GridRow, locate, type Plan, type PlanStep } from '../utils/gridRows.ts';
import type { PlanProgress, ScheduleProgress } from '../utils/progress.ts';
import { type PasteColumn, readPastedBlock, splitClipboard } from '../utils/paste.ts';
import { agencyLabel, buildGridColumns, cellText, type GridColumn, isEditable, optionalColumns, TOOLS_WIDTH } from './gridColumns.tsx';
import './workPlanGrid.css';

const ROW_HEIGHT = 44;
const STICKY_TOOLS = { left: 0 };

// Benchmark hooks (see ARCHITECTURE.md, "Benchmark hooks in the UI"): each mark once per page load.
let markedData = false;
let markedRendered = false;

export type GridMode = 'schedule' | 'realization';

export interface RowCommand {
  kind: 'menu' | 'addStep' | 'delete' | 'moveUp' | 'moveDown' | 'realize';
  row: GridRow;
  month?: number;
  /** moveUp / moveDown: the step (default when the row has one) or its action. */
  what?: 'step' | 'action';
}

export interface WorkPlanGridProps {
  plan: Plan;
  editor: PlanEditor;
  canEdit: boolean;
  filters: GridFilters;
  mode: GridMode;
  reportingMonth: number;
  progress: PlanProgress;
  /** Baseline months by step id when the comparison is shown. */
  baseline: ReadonlyMap<string, readonly number[]> | null;
  showBaseline: boolean;
  agencies: readonly { id: string; name: string; shortName: string | null }[];
  /** A step or action id to scroll to, highlight and focus (the `?focus=` link). */
  focusId: string | null;
  /** Bumped to focus the same id again (e.g. a step moved twice). */
  focusSeq?: number;
  onCommand: (command: RowCommand) => void;
  onStatus: (message: string) => void;
}

interface Active {
  row: number;
  col: number;
}
interface Editing {
  rowId: string;
  col: number;
  /** What the editor starts with (the cell's text, or the key typed). */
  initial: string;
  /** The cell's value before editing: a commit that leaves it unchanged saves nothing. */
  original: string;
}

export function WorkPlanGrid(props: WorkPlanGridProps) {
  const { plan, editor, canEdit, filters, mode, reportingMonth, progress, baseline, showBaseline, agencies, focusId } = props;
  const { t, i18n } = useTranslation();
  if (!markedData) {
    markedData = true;
    performance.mark('rb:grid-data');
  }
  const months = monthNames(i18n.language);
  // Recomputed per plan change, but kept identical when unchanged: new columns would repaint every row.
  const showKey = useMemo(() => JSON.stringify(optionalColumns(plan)), [plan]);
  const show = useMemo(() => JSON.parse(showKey) as ReturnType<typeof optionalColumns>, [showKey]);
  const columns = useMemo(() => buildGridColumns({ t, kind: plan.kind, months, show }), [t, plan.kind, months, show]);

  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const rows = useMemo(
    () => buildGridRows(plan, { filters, collapsed, reportingMonth, baseline }),
    [plan, filters, collapsed, reportingMonth, baseline],
  );
  const [active, setActive] = useState<Active>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [highlight, setHighlight] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const wantFocus = useRef(false);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 10,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? (items[0]?.start ?? 0) : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const tableWidthEm = TOOLS_WIDTH + columns.reduce((sum, c) => sum + c.width, 0);

  useLayoutEffect(() => {
    if (markedRendered || rows.length === 0) return;
    markedRendered = true;
    requestAnimationFrame(() => performance.mark('rb:grid-rendered'));
  }, [rows.length]);

  // Keep the active cell inside the grid when rows change.
  useEffect(() => {
    setActive((a) => (a.row >= rows.length && rows.length > 0 ? { row: rows.length - 1, col: a.col } : a));
  }, [rows.length]);

  // Move keyboard focus to the active cell after it moved by keyboard.
  useEffect(() => {
    if (!wantFocus.current) return;
    const el = tableRef.current?.querySelector<HTMLElement>(`[data-r="${active.row}"][data-c="${active.col}"]`);
    if (el && document.activeElement !== el && !el.contains(document.activeElement)) {
      el.focus({ preventScroll: true });
      wantFocus.current = false;
    }
  });

  // The ?focus= link: expand what holds the row, scroll to it, highlight and focus it.
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    const focusKey = `${focusId}:${props.focusSeq ?? 0}`;
    if (!focusId || focusedFor.current === focusKey) return;
    const where = locate(plan, focusId);
    if (!where) return;
    if (collapsed.has(where.groupKey) || collapsed.has(`action:${where.actionId}`)) {
      setCollapsed((prev) => {
        const next = new Set(prev);
        next.delete(where.groupKey);
        next.delete(`action:${where.actionId}`);
        return next;
      });
      return;
    }
    const rowIndex = rows.findIndex((r) => (where.stepId ? r.id === where.stepId : r.action?.id === where.actionId));
    if (rowIndex < 0) return;
    focusedFor.current = focusKey;
    followId.current = rows[rowIndex]?.id ?? null;
    const col = columns.findIndex((c) => c.kind === (where.stepId ? 'step' : 'action'));
    setHighlight(rows[rowIndex]?.id ?? null);
    virtualizer.scrollToIndex(rowIndex, { align: 'center' });
    wantFocus.current = true;
    setActive({ row: rowIndex, col: Math.max(col, 0) });
  }, [focusId, props.focusSeq, plan, rows, collapsed, columns, virtualizer]);

  // The focused row keeps focus while the plan catches up with an edit that moved it.
  const followId = useRef<string | null>(null);
  useEffect(() => {
    const id = followId.current;
    if (!id) return;
    const index = rows.findIndex((r) => r.id === id);
    if (index < 0 || index === active.row) return;
    wantFocus.current = true;
    setActive((a) => ({ row: index, col: a.col }));
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [rows, active.row, virtualizer]);

  const moveTo = useCallback(
    (row: number, col: number) => {
      followId.current = null;
      const r = Math.max(0, Math.min(rows.length - 1, row));
      const c = Math.max(0, Math.min(columns.length - 1, col));
      wantFocus.current = true;
      setActive({ row: r, col: c });
      virtualizer.scrollToIndex(r, { align: 'auto' });
    },
    [rows.length, columns.length, virtualizer],
  );

  const toggleGroup = useCallback((key: string) => {
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  // Handlers read the latest props through a ref so memoized rows never re-render for them.
  const latest = useRef({ rows, columns, editor, canEdit, mode, active, props });
  latest.current = { rows, columns, editor, canEdit, mode, active, props };

  const commitText = useCallback(
    async (row: GridRow, column: GridColumn, value: string) => {
      const { editor: ed, props: p } = latest.current;
      const text = value.trim();
      const field = column.kind === 'step' || column.kind === 'action' ? 'name' : column.kind;
      if (field === 'name' && text === '') {
        p.onStatus(t('editor.nameRequired'));
        return;
      }
      const fields =
        column.kind === 'responsible'
          ? { responsibleAgencyId: value === '' ? null : value }
          : { [field as 'name' | 'output' | 'successCriteria']: text === '' ? null : text };
      try {
        if (column.kind === 'action' || !row.step) {
          if (row.action) await ed.saveAction(row.action.id, fields);
        } else await ed.saveStep(row.step.id, fields);
        p.onStatus(t('editor.saved'));
      } catch {
        // Shown on the cell by the editor's problem state.
      }
    },
    [t],
  );

  const onCellClick = useCallback(
    (rowIndex: number, colIndex: number) => {
      const { rows: rs, columns: cs, editor: ed, canEdit: can, mode: m, props: p } = latest.current;
      const row = rs[rowIndex];
      const column = cs[colIndex];
      followId.current = null;
      setActive((a) => (a.row === rowIndex && a.col === colIndex ? a : { row: rowIndex, col: colIndex }));
      if (!row || !column || column.kind !== 'month' || !row.step || column.month === undefined) return;
      if (m === 'realization') {
        // The months as the row shows them (a save may still be on its way).
        const months = ed.overrides.effective(row.step.id, row.step.version)?.months ?? row.step.months;
        if (months.includes(column.month)) p.onCommand({ kind: 'realize', row, month: column.month });
        return;
      }
      if (can) {
        void ed.toggleMonth(row.step.id, column.month).then((ok) => p.onStatus(t(ok ? 'editor.saved' : 'editor.saveFailedRow')));
      }
    },
    [t],
  );

  const onCellFocus = useCallback((rowIndex: number, colIndex: number) => {
    setActive((a) => (a.row === rowIndex && a.col === colIndex ? a : { row: rowIndex, col: colIndex }));
  }, []);

  const startEdit = useCallback((rowIndex: number, colIndex: number, initial?: string) => {
    const { rows: rs, columns: cs, canEdit: can } = latest.current;
    const row = rs[rowIndex];
    const column = cs[colIndex];
    if (!can || !row || !column || column.kind === 'month' || !isEditable(column, row)) return;
    const text =
      column.kind === 'responsible'
        ? ((row.step ? row.step.responsibleAgency?.id : row.action?.responsibleAgency?.id) ?? '')
        : cellText(column, row);
    setActive({ row: rowIndex, col: colIndex });
    setEditing({ rowId: row.id, col: colIndex, initial: initial ?? text, original: text });
  }, []);

  const stopEdit = useCallback(
    (how: 'commit' | 'cancel', value: string, move?: 'down' | 'right' | 'left') => {
      const { rows: rs, columns: cs, active: a } = latest.current;
      setEditing((current) => {
        if (current && how === 'commit') {
          const row = rs.find((r) => r.id === current.rowId);
          const column = cs[current.col];
          if (row && column && value !== current.original) void commitText(row, column, value);
        }
        return null;
      });
      wantFocus.current = true;
      if (move === 'down') moveTo(a.row + 1, a.col);
      else if (move === 'right') moveTo(a.row, a.col + 1);
      else if (move === 'left') moveTo(a.row, a.col - 1);
      else setActive((x) => ({ ...x }));
    },
    [commitText, moveTo],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing) return; // the editor input handles its own keys
    const target = event.target as HTMLElement;
    if (target.closest('[data-no-grid-keys]')) return;
    const { row, col } = active;
    const current = rows[row];
    const column = columns[col];
    const ctrl = event.ctrlKey || event.metaKey;
    if (ctrl && (event.key === 'z' || event.key === 'Z')) {
      event.preventDefault();
      if (event.shiftKey) void editor.redo();
      else void editor.undo();
      return;
    }
    if (ctrl && (event.key === 'y' || event.key === 'Y')) {
      event.preventDefault();
      void editor.redo();
      return;
    }
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown') && current && canEdit) {
      event.preventDefault();
      // On the action column the action moves; elsewhere the step.
      props.onCommand({
        kind: event.key === 'ArrowUp' ? 'moveUp' : 'moveDown',
        row: current,
        what: column?.kind === 'action' || !current.step ? 'action' : 'step',
      });
      return;
    }
    switch (event.key) {
      case 'ArrowUp':
        event.preventDefault();
        moveTo(row - 1, col);
        return;
      case 'ArrowDown':
        event.preventDefault();
        moveTo(row + 1, col);
        return;
      case 'ArrowLeft':
        event.preventDefault();
        moveTo(row, col - 1);
        return;
      case 'ArrowRight':
        event.preventDefault();
        moveTo(row, col + 1);
        return;
      case 'Home':
        event.preventDefault();
        moveTo(ctrl ? 0 : row, 0);
        return;
      case 'End':
        event.preventDefault();
        moveTo(ctrl ? rows.length - 1 : row, columns.length - 1);
        return;
      case 'PageDown':
        event.preventDefault();
        moveTo(row + 10, col);
        return;
      case 'PageUp':
        event.preventDefault();
        moveTo(row - 10, col);
        return;
      case 'Tab': {
        const next = event.shiftKey ? col - 1 : col + 1;
        if (next < 0 || next >= columns.length) return; // leave the grid
        event.preventDefault();
        moveTo(row, next);
        return;
      }
      case ' ':
      case 'Enter': {
        if (!current) return;
        if (current.kind === 'group') {
          event.preventDefault();
          toggleGroup(current.groupKey);
          return;
        }
        if (column?.kind === 'month') {
          event.preventDefault();
          onCellClick(row, col);
          return;
        }
        if (event.key === 'Enter' && ctrl && canEdit) {
          event.preventDefault();
          props.onCommand({ kind: 'addStep', row: current });
          return;
        }
        if (event.key === 'Enter') {
          event.preventDefault();
          startEdit(row, col);
        }
        return;
      }
      case 'F2':
        event.preventDefault();
        startEdit(row, col);
        return;
      case 'Delete':
      case 'Backspace':
        if (ctrl && current && canEdit) {
          event.preventDefault();
          props.onCommand({ kind: 'delete', row: current });
        }
        return;
      case 'ContextMenu':
        if (current) {
          event.preventDefault();
          props.onCommand({ kind: 'menu', row: current });
        }
        return;
      default:
        if (event.key.length === 1 && !ctrl && !event.altKey && column && column.kind !== 'month' && column.kind !== 'responsible') {
          if (current && isEditable(column, current) && canEdit) {
            event.preventDefault();
            startEdit(row, col, event.key);
          }
        }
    }
  };

  const onPaste = (event: React.ClipboardEvent<HTMLTableElement>) => {
    if (editing || !canEdit) return;
    const text = event.clipboardData.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    const cells = splitClipboard(text);
    const pasteColumns: PasteColumn[] = columns.slice(active.col).map((c) => {
      if (c.kind === 'month' && c.month) return { kind: 'month', month: c.month };
      if (c.kind === 'step') return { kind: 'text', field: 'name' };
      if (c.kind === 'output' || c.kind === 'successCriteria') return { kind: 'text', field: c.kind };
      if (c.kind === 'responsible') return { kind: 'text', field: 'responsibleText' };
      return { kind: 'skip' };
    });
    const { edits, problems } = readPastedBlock(cells, pasteColumns);
    const targets = rows.slice(active.row).filter((r) => r.step);
    const stepEdits: Parameters<PlanEditor['saveSteps']>[0] = [];
    edits.forEach((edit, i) => {
      const step = targets[i]?.step;
      if (!step) return;
      const fields: Parameters<PlanEditor['saveStep']>[1] = {};
      for (const [key, value] of Object.entries(edit.text)) {
        if (key === 'name' && value === '') continue;
        (fields as Record<string, string | null>)[key] = value === '' ? null : value;
      }
      if (Object.keys(fields).length > 0 || edit.months.size > 0) stepEdits.push({ id: step.id, fields, monthMarks: edit.months });
    });
    if (stepEdits.length > 0) void editor.saveSteps(stepEdits);
    props.onStatus(
      problems.length > 0
        ? t('editor.pasteProblems', { count: stepEdits.length, cells: problems.map((p) => `${p.row}:${p.column} "${p.text}"`).join(', ') })
        : t('editor.pasted', { count: stepEdits.length }),
    );
  };

  // Drag across month cells of one step: schedule (or unschedule) the months passed over.
  const drag = useRef<{ stepId: string; from: number; on: boolean; months: Set<number>; moved: boolean } | null>(null);
  const [dragPreview, setDragPreview] = useState<{ stepId: string; months: ReadonlySet<number> } | null>(null);
  const onMonthPointerDown = useCallback((step: PlanStep, month: number, event: React.PointerEvent) => {
    const { canEdit: can, mode: m } = latest.current;
    if (!can || m !== 'schedule' || event.button !== 0) return;
    drag.current = { stepId: step.id, from: month, on: !step.months.includes(month), months: new Set(step.months), moved: false };
  }, []);
  const onMonthPointerEnter = useCallback((step: PlanStep, month: number) => {
    const d = drag.current;
    if (!d || d.stepId !== step.id) return;
    d.moved = true;
    const [lo, hi] = d.from < month ? [d.from, month] : [month, d.from];
    const next = new Set(step.months);
    for (let m = lo; m <= hi; m++) {
      if (d.on) next.add(m);
      else next.delete(m);
    }
    d.months = next;
    setDragPreview({ stepId: step.id, months: next });
  }, []);
  useEffect(() => {
    const up = () => {
      const d = drag.current;
      drag.current = null;
      if (!d?.moved) return;
      setDragPreview(null);
      suppressClick.current = true;
      setTimeout(() => {
        suppressClick.current = false;
      }, 0);
      void latest.current.editor
        .saveStep(d.stepId, { months: [...d.months].sort((a, b) => a - b) })
        .then((ok) => ok && latest.current.props.onStatus(t('editor.saved')))
        .catch(() => {});
    };
    window.addEventListener('pointerup', up);
    return () => window.removeEventListener('pointerup', up);
  }, [t]);
  const suppressClick = useRef(false);
  const onMonthClick = useCallback(
    (rowIndex: number, colIndex: number) => {
      if (suppressClick.current) return;
      onCellClick(rowIndex, colIndex);
    },
    [onCellClick],
  );

  // Drag a step row by its handle onto another step row to move it there.
  const dragRow = useRef<string | null>(null);
  const onRowDragStart = useCallback((stepId: string) => {
    dragRow.current = stepId;
  }, []);
  const onRowDrop = useCallback((target: GridRow) => {
    const stepId = dragRow.current;
    dragRow.current = null;
    if (!stepId || !target.action || stepId === target.step?.id) return;
    const index = target.step ? target.action.steps.findIndex((s) => s.id === target.step?.id) : target.action.steps.length;
    void latest.current.editor.moveStep(stepId, target.action.id, Math.max(index, 0)).catch(() => {});
  }, []);

  const handlers = useMemo(
    () => ({
      onCellClick,
      onCellFocus,
      onMonthClick,
      onMonthPointerDown,
      onMonthPointerEnter,
      startEdit,
      stopEdit,
      toggleGroup,
      onRowDragStart,
      onRowDrop,
      onCommand: (c: RowCommand) => latest.current.props.onCommand(c),
    }),
    [
      onCellClick,
      onCellFocus,
      onMonthClick,
      onMonthPointerDown,
      onMonthPointerEnter,
      startEdit,
      stopEdit,
      toggleGroup,
      onRowDragStart,
      onRowDrop,
    ],
  );

  return (
    <div
      ref={scrollRef}
      className="grid-scroll editor-grid-scroll"
      data-testid="work-plan-grid-scroller"
      data-mode={mode}
      data-baseline={showBaseline ? 'true' : undefined}
    >
      <table
        ref={tableRef}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an ARIA grid (a spreadsheet-like table whose cells are edited in place)
        role="grid"
        className="data-table plan-grid editor-grid"
        aria-label={t('grid.label', { title: plan.title })}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 1}
        aria-readonly={!canEdit}
        style={{ width: `calc(${tableWidthEm} * var(--grid-font))` }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        data-testid="work-plan-grid"
      >
        <colgroup>
          <col style={{ width: `calc(${TOOLS_WIDTH} * var(--grid-font))` }} />
          {columns.map((column) => (
            <col key={column.id} style={{ width: `calc(${column.width} * var(--grid-font))` }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="cell-tools sticky-col" style={STICKY_TOOLS}>
              <span className="sr-only">{t('editor.rowTools')}</span>
            </th>
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className={[
                  column.kind === 'month' ? 'month' : '',
                  column.stickyLeft !== undefined ? 'sticky-col' : '',
                  column.month === reportingMonth ? 'reporting-month' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                style={column.stickyLeft !== undefined ? { left: `calc(${column.stickyLeft} * var(--grid-font))` } : undefined}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr className="spacer">
              <td colSpan={columns.length + 1} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const isActive = active.row === item.index;
            const problemKey = row.step ? `step:${row.step.id}` : row.action ? `action:${row.action.id}` : '';
            return (
              <GridRowView
                key={row.id}
                row={row}
                index={item.index}
                columns={columns}
                activeCol={isActive ? active.col : -1}
                editing={editing && editing.rowId === row.id ? editing : null}
                problem={problemKey ? (editor.problems.get(problemKey) ?? null) : null}
                mode={mode}
                canEdit={canEdit}
                reportingMonth={reportingMonth}
                baselineMonths={showBaseline && row.step ? (baseline?.get(row.step.id) ?? null) : null}
                showBaseline={showBaseline}
                preview={dragPreview && row.step && dragPreview.stepId === row.step.id ? dragPreview.months : null}
                actionProgress={row.action ? (progress.byAction.get(row.action.id) ?? null) : null}
                groupProgress={row.kind === 'group' ? (progress.byGroup.get(row.groupKey) ?? null) : null}
                highlighted={highlight === row.id}
                agencies={agencies}
                overrides={editor.overrides}
                handlers={handlers}
                measure={virtualizer.measureElement}
              />
            );
          })}
          {paddingBottom > 0 ? (
            <tr className="spacer">
              <td colSpan={columns.length + 1} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="grid-empty">{t('editor.noRows')}</p> : null}
    </div>
  );
}

type Handlers = {
  onCellClick: (row: number, col: number) => void;
  onCellFocus: (row: number, col: number) => void;
  onMonthClick: (row: number, col: number) => void;
  onMonthPointerDown: (step: PlanStep, month: number, event: React.PointerEvent) => void;
  onMonthPointerEnter: (step: PlanStep, month: number) => void;
  startEdit: (row: number, col: number, initial?: string) => void;
  stopEdit: (how: 'commit' | 'cancel', value: string, move?: 'down' | 'right' | 'left') => void;
  toggleGroup: (key: string) => void;
  onRowDragStart: (stepId: string) => void;
  onRowDrop: (row: GridRow) => void;
  onCommand: (command: RowCommand) => void;
};

interface GridRowViewProps {
  row: GridRow;
  index: number;
  columns: readonly GridColumn[];
  activeCol: number;
  editing: Editing | null;
  problem: SaveProblem | null;
  mode: GridMode;
  canEdit: boolean;
  reportingMonth: number;
  baselineMonths: readonly number[] | null;
  showBaseline: boolean;
  preview: ReadonlySet<number> | null;
  actionProgress: ScheduleProgress | null;
  groupProgress: ScheduleProgress | null;
  highlighted: boolean;
  agencies: WorkPlanGridProps['agencies'];
  overrides: StepOverrides;
  handlers: Handlers;
  measure: (element: Element | null) => void;
}

function progressText(t: TFunction, p: ScheduleProgress | null) {
  if (!p || p.planned === 0) return t('editor.progressNone');
  return t('editor.progressShort', {
    realized: String(p.realized).replace('.', ','),
    planned: p.planned,
    pct: String(p.progressPct ?? 0).replace('.', ','),
  });
}

const GridRowView = memo(
  function GridRowView(props: GridRowViewProps) {
    const { index, columns, activeCol, editing, problem, mode, canEdit, reportingMonth, handlers, measure } = props;
    const { t } = useTranslation();
    // A save on its way shows at once, repainting only this row.
    const override = useStepOverride(props.overrides, props.row.step?.id ?? null, props.row.step?.version ?? 0);
    const row = useMemo(
      () => (override && props.row.step ? { ...props.row, step: { ...props.row.step, ...override } } : props.row),
      [override, props.row],
    );
    if (row.kind === 'group') {
      const name = row.activity.area?.name ?? row.activity.name;
      return (
        <tr ref={measure} data-index={index} aria-rowindex={index + 2} className="grid-row grid-row-group">
          <td colSpan={columns.length + 1} className="group-cell">
            <button
              type="button"
              className="group-toggle"
              aria-expanded={!row.collapsed}
              data-r={index}
              data-c={Math.max(activeCol, 0)}
              tabIndex={activeCol >= 0 ? 0 : -1}
              onClick={() => handlers.toggleGroup(row.groupKey)}
            >
              <span aria-hidden="true">{row.collapsed ? '▸' : '▾'}</span> {row.groupNo}. {name}
            </button>
            <span className="group-meta">
              {t('editor.stepCount', { count: row.groupSteps.length })} · {progressText(t, props.groupProgress)}
            </span>
          </td>
        </tr>
      );
    }
    const step = row.step;
    const className = [
      'grid-row',
      `grid-row-${row.kind}`,
      row.startsGroup ? 'starts-group' : row.startsActivity ? 'starts-activity' : row.startsAction ? 'starts-action' : undefined,
      props.highlighted ? 'is-highlighted' : undefined,
      problem ? `has-problem problem-${problem.kind}` : undefined,
    ]
      .filter(Boolean)
      .join(' ');
    const realizations = new Map(step?.realizations.map((r) => [r.month, r]) ?? []);
    const scheduled = props.preview ?? (step ? new Set(step.months) : null);
    return (
      <tr
        ref={measure}
        data-index={index}
        aria-rowindex={index + 2}
        className={className}
        data-row-id={row.id}
        onDragOver={step || row.kind === 'action' ? (e) => e.preventDefault() : undefined}
        onDrop={step || row.kind === 'action' ? () => handlers.onRowDrop(row) : undefined}
      >
        <td className="cell-tools sticky-col" style={STICKY_TOOLS}>
          {row.kind !== 'activity' ? (
            <span className="row-tools">
              {step && canEdit ? (
                <span
                  className="drag-handle"
                  draggable
                  onDragStart={(e) => {
                    e.dataTransfer.effectAllowed = 'move';
                    e.dataTransfer.setData('text/plain', step.name);
                    handlers.onRowDragStart(step.id);
                  }}
                  title={t('editor.dragHint')}
                  aria-hidden="true"
                >
                  ⠿
                </span>
              ) : null}
              <button
                type="button"
                className="row-menu-button"
                aria-label={t('editor.rowMenu', { name: step?.name ?? row.action?.name ?? '' })}
                aria-haspopup="dialog"
                tabIndex={-1}
                onClick={() => handlers.onCommand({ kind: 'menu', row })}
              >
                ⋮
              </button>
            </span>
          ) : null}
        </td>
        {columns.map((column, colIndex) => {
          const isActive = activeCol === colIndex;
          const common = { 'data-r': index, 'data-c': colIndex, tabIndex: isActive ? 0 : -1 } as const;
          if (column.kind === 'month') {
            const month = column.month as number;
            if (!step || !scheduled) return <td key={column.id} className="month" {...common} />;
            const on = scheduled.has(month);
            const real = realizations.get(month);
            const overdue = on && month < reportingMonth && real?.status !== 'DONE' && real?.status !== 'PARTIAL';
            const inBaseline = props.baselineMonths?.includes(month) ?? false;
            const diff =
              props.showBaseline && props.baselineMonths
                ? on && !inBaseline
                  ? 'added'
                  : !on && inBaseline
                    ? 'removed'
                    : ''
                : props.showBaseline && on
                  ? 'added'
                  : '';
            const classes = [
              'month-cell',
              on ? 'scheduled' : '',
              overdue && mode === 'realization' ? 'overdue' : overdue ? 'overdue-soft' : '',
              real ? `real-${real.status.toLowerCase()}` : '',
              diff,
              isActive ? 'is-active' : '',
            ]
              .filter(Boolean)
              .join(' ');
            const status = [
              on ? t('grid.scheduled', { month: column.header }) : t('grid.notScheduled', { month: column.header }),
              real ? t(`editor.realization.${real.status}`) : '',
              overdue ? t('editor.overdue') : '',
              diff === 'added' ? t('editor.baselineAdded') : diff === 'removed' ? t('editor.baselineRemoved') : '',
            ]
              .filter(Boolean)
              .join(', ');
            return (
              <td key={column.id} className="month">
                <button
                  type="button"
                  className={classes}
                  data-step-id={step.id}
                  data-month={month}
                  aria-pressed={on}
                  aria-label={status}
                  {...common}
                  onClick={() => handlers.onMonthClick(index, colIndex)}
                  onFocus={() => handlers.onCellFocus(index, colIndex)}
                  onPointerDown={(e) => handlers.onMonthPointerDown(step, month, e)}
                  onPointerEnter={() => handlers.onMonthPointerEnter(step, month)}
                >
                  <span aria-hidden="true">{monthMark(on, real?.status, diff)}</span>
                </button>
              </td>
            );
          }
          const editable = canEdit && isEditable(column, row);
          const sticky = column.stickyLeft !== undefined;
          const cellClass = [`cell-${column.kind}`, sticky ? 'sticky-col' : '', isActive ? 'is-active' : '', editable ? 'editable' : '']
            .filter(Boolean)
            .join(' ');
          const style = sticky ? { left: `calc(${column.stickyLeft} * var(--grid-font))` } : undefined;
          if (editing && editing.col === colIndex) {
            return (
              <td key={column.id} className={`${cellClass} is-editing`} style={style}>
                <CellEditor
                  column={column}
                  initial={editing.initial}
                  agencies={props.agencies}
                  onStop={handlers.stopEdit}
                  label={column.header}
                />
              </td>
            );
          }
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard handled by the grid (arrows, Enter, typing)
            <td
              key={column.id}
              className={cellClass}
              style={style}
              {...common}
              onClick={() => handlers.onCellClick(index, colIndex)}
              onFocus={() => handlers.onCellFocus(index, colIndex)}
              onDoubleClick={() => handlers.startEdit(index, colIndex)}
            >
              <CellContent column={column} row={row} progress={props.actionProgress} />
              {problem && (column.kind === 'step' || (column.kind === 'action' && !step)) ? <ProblemMarker problem={problem} /> : null}
            </td>
          );
        })}
      </tr>
    );
  },
  (a, b) =>
    a.row.step === b.row.step &&
    a.row.action === b.row.action &&
    a.row.activity === b.row.activity &&
    a.row.id === b.row.id &&
    a.row.collapsed === b.row.collapsed &&
    a.row.groupSteps === b.row.groupSteps &&
    a.row.startsAction === b.row.startsAction &&
    a.row.startsGroup === b.row.startsGroup &&
    a.row.startsActivity === b.row.startsActivity &&
    a.row.startsIndicator === b.row.startsIndicator &&
    a.row.groupNo === b.row.groupNo &&
    a.index === b.index &&
    a.columns === b.columns &&
    a.activeCol === b.activeCol &&
    a.editing === b.editing &&
    a.problem === b.problem &&
    a.mode === b.mode &&
    a.canEdit === b.canEdit &&
    a.reportingMonth === b.reportingMonth &&
    a.baselineMonths === b.baselineMonths &&
    a.showBaseline === b.showBaseline &&
    a.preview === b.preview &&
    sameProgress(a.actionProgress, b.actionProgress) &&
    sameProgress(a.groupProgress, b.groupProgress) &&
    a.highlighted === b.highlighted &&
    a.agencies === b.agencies &&
    a.overrides === b.overrides &&
    a.handlers === b.handlers &&
    a.measure === b.measure,
);

function sameProgress(a: ScheduleProgress | null, b: ScheduleProgress | null) {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.planned === b.planned && a.realized === b.realized && a.overdue === b.overdue;
}

function monthMark(on: boolean, status: string | undefined, diff: string) {
  if (diff === 'removed') return '○';
  if (!on) return '';
  if (status === 'DONE') return '✓';
  if (status === 'PARTIAL') return '◐';
  if (status === 'NOT_DONE') return '✗';
  return '√';
}

function CellContent({ column, row, progress }: { column: GridColumn; row: GridRow; progress: ScheduleProgress | null }) {
  const { t } = useTranslation();
  const { step, action } = row;
  const carried = (show: boolean, text: string | null | undefined) => (text ? show ? text : <span className="sr-only">{text}</span> : null);
  switch (column.kind) {
    case 'no':
      return carried(row.startsGroup, String(row.groupNo));
    case 'area':
      return carried(row.startsGroup, row.activity.area?.name);
    case 'indicator':
      return carried(row.startsIndicator, row.activity.indicator?.name);
    case 'program':
      return carried(row.startsProgram, row.program?.name);
    case 'activity':
      return carried(row.startsActivity, row.activity.name);
    case 'budget':
      return carried(row.startsActivity, row.activity.budget ? formatRupiah(row.activity.budget) : null);
    case 'action':
      if (!action) return null;
      return (
        <>
          {carried(row.startsAction, action.name)}
          {row.startsAction && progress && progress.planned > 0 ? (
            <span className={`action-progress ${progress.overdue > 0 ? 'has-overdue' : ''}`}>
              {t('editor.progressShort', {
                realized: String(progress.realized).replace('.', ','),
                planned: progress.planned,
                pct: String(progress.progressPct ?? 0).replace('.', ','),
              })}
            </span>
          ) : null}
          {row.kind === 'action' ? <span className="cell-hint">{row.collapsed ? t('editor.folded') : t('editor.noSteps')}</span> : null}
        </>
      );
    case 'output':
      if (step?.output) return step.output;
      return carried(row.startsAction || row.kind === 'action', action?.output);
    case 'responsible': {
      const own = step ? agencyLabel(step.responsibleAgency, step.responsibleText) : '';
      if (own) return own;
      return carried(row.startsAction || row.kind === 'action', agencyLabel(action?.responsibleAgency, action?.responsibleText));
    }
    case 'step':
      return step?.name ?? null;
    case 'successCriteria':
      if (step?.successCriteria) return step.successCriteria;
      return carried(row.startsAction || row.kind === 'action', action?.successCriteria);
    default:
      return null;
  }
}

function ProblemMarker({ problem }: { problem: SaveProblem }) {
  const { t } = useTranslation();
  return (
    <span className="problem-marker" data-no-grid-keys>
      <span className="problem-text">
        {problem.kind === 'conflict' ? t('editor.conflictShort') : problem.kind === 'invalid' ? problem.message : t('editor.saveFailed')}
      </span>
      {problem.retry ? (
        <button type="button" className="link-button" onClick={problem.retry}>
          {t('editor.retry')}
        </button>
      ) : null}
    </span>
  );
}

function CellEditor({
  column,
  initial,
  agencies,
  onStop,
  label,
}: {
  column: GridColumn;
  initial: string;
  agencies: WorkPlanGridProps['agencies'];
  onStop: Handlers['stopEdit'];
  label: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement & HTMLSelectElement>(null);
  const done = useRef(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    if (el instanceof HTMLTextAreaElement) el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  const stop = (how: 'commit' | 'cancel', value: string, move?: 'down' | 'right' | 'left') => {
    if (done.current) return;
    done.current = true;
    onStop(how, value, move);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement | HTMLSelectElement>) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      stop('cancel', initial);
    } else if (e.key === 'Enter' && !e.shiftKey && !e.altKey) {
      e.preventDefault();
      stop('commit', e.currentTarget.value, 'down');
    } else if (e.key === 'Tab') {
      e.preventDefault();
      stop('commit', e.currentTarget.value, e.shiftKey ? 'left' : 'right');
    }
  };
  if (column.kind === 'responsible') {
    return (
      <select
        ref={ref}
        className="cell-input"
        aria-label={label}
        defaultValue={initial}
        onKeyDown={onKeyDown}
        onBlur={(e) => stop('commit', e.currentTarget.value)}
        onChange={(e) => stop('commit', e.currentTarget.value)}
      >
        <option value="">{t('editor.noAgency')}</option>
        {agencies.map((a) => (
          <option key={a.id} value={a.id}>
            {a.shortName ?? a.name}
          </option>
        ))}
      </select>
    );
  }
  return (
    <textarea
      ref={ref}
      className="cell-input"
      aria-label={label}
      defaultValue={initial}
      rows={2}
      onKeyDown={onKeyDown}
      onBlur={(e) => stop('commit', e.currentTarget.value)}
    />
  );
}
