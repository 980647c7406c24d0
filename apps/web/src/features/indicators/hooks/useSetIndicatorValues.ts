// Saving indicator values: one cell or a pasted block in one all-or-nothing
// request. The response carries each touched indicator's values, so the
// normalized cache (and every grid, chart and badge reading it) updates
// without a refetch. Failures come back as a translated message naming what
// is wrong; on a conflict the indicators are reloaded.
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  IndicatorValueEntryFieldsFragment,
  IndicatorValueInput,
  SetIndicatorValuesMutation as SetResult,
} from '../../../gql/graphql.ts';
import { apiErrorInfo } from '../../../ui/errors.ts';
import { translateApiMessage } from '../../../ui/useErrorMessage.ts';
import { type Finding, warningsToConfirm } from '../../checks/utils/findings.ts';
import { SetIndicatorValuesMutation } from '../graphql/entry.ts';

/**
 * A refused save says why; `warnings` are the plan checks' warnings the user
 * must confirm (save again with `confirmWarnings`) before the values are kept.
 */
export type SaveResult = { ok: true } | { ok: false; message: string; conflict: boolean; warnings: Finding[] | null };

/** The checks reports on screen, refreshed after every save (only those being watched are fetched). */
const CHECK_QUERIES = ['IndicatorChecks', 'RoadmapChecks', 'WorkPlanChecks'];

/** What the grid expects the server to answer: each touched indicator's values after the change. */
export interface OptimisticValues {
  indicatorId: string;
  values: IndicatorValueEntryFieldsFragment[];
  /** The changed value (null when removed). */
  value: IndicatorValueEntryFieldsFragment | null;
}

function optimisticResult(changes: OptimisticValues[]): SetResult {
  return {
    setIndicatorValues: changes.map((c) => ({
      __typename: 'IndicatorValueChange' as const,
      value: c.value ? { ...c.value, __typename: 'IndicatorValue' as const } : null,
      indicator: {
        __typename: 'Indicator' as const,
        id: c.indicatorId,
        values: c.values.map((v) => ({ ...v, __typename: 'IndicatorValue' as const })),
      },
    })),
  } as SetResult;
}

/** Translates an API error; for bad input, conflicts and refusals the API's message (its key, translated) says what is wrong. */
export function useIndicatorErrorMessage() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const info = apiErrorInfo(error);
      const general = t(`errors.${info.code}`);
      const specific =
        ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN'].includes(info.code) && (translateApiMessage(i18n, info) ?? info.serverMessage);
      return specific ? `${general} ${specific}` : general;
    },
    [t, i18n],
  );
}

export function useSetIndicatorValues(opts: { onConflict?: () => unknown } = {}) {
  const [mutate, { loading }] = useMutation(SetIndicatorValuesMutation);
  const message = useIndicatorErrorMessage();
  const { onConflict } = opts;
  const save = useCallback(
    async (
      inputs: IndicatorValueInput[],
      optimistic?: OptimisticValues[],
      opts: { confirmWarnings?: boolean } = {},
    ): Promise<SaveResult> => {
      try {
        // The cells show the new values at once; Apollo rolls them back if the server refuses.
        await mutate({
          variables: { inputs, confirmWarnings: opts.confirmWarnings ?? false },
          refetchQueries: CHECK_QUERIES,
          ...(optimistic ? { optimisticResponse: optimisticResult(optimistic) } : {}),
        });
        return { ok: true };
      } catch (error) {
        const conflict = apiErrorInfo(error).code === 'CONFLICT';
        if (conflict) await onConflict?.();
        return { ok: false, message: message(error), conflict, warnings: warningsToConfirm(error) };
      }
    },
    [mutate, message, onConflict],
  );
  return { save, saving: loading };
}
