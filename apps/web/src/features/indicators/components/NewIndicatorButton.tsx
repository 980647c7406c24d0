// "Add indicator" on the indicator list: a performance-agreement or agency
// indicator outside the road map, with owner agency, frequency and its own
// status thresholds (goal and area indicators are made on the road map page).
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorScope } from '../../../gql/graphql.ts';
import { IndicatorDialog } from '../../roadmap/components/IndicatorForm.tsx';
import { useSession } from '../../session/hooks/sessionContext.ts';
import { CreateIndicatorMutation, IndicatorAgenciesQuery } from '../graphql/define.ts';
import { IndicatorsQuery } from '../graphql/indicators.ts';

const SCOPES: IndicatorScope[] = ['PERFORMANCE_AGREEMENT', 'OTHER', 'ACTIVITY'];

export function NewIndicatorButton() {
  const { t } = useTranslation();
  const { roles, isAdmin } = useSession();
  const [open, setOpen] = useState(false);
  const agencies = useQuery(IndicatorAgenciesQuery, { skip: !open });
  const [create] = useMutation(CreateIndicatorMutation, { refetchQueries: [IndicatorsQuery], awaitRefetchQueries: true });
  if (!isAdmin && !roles.includes('PLANNER')) return null;
  return (
    <>
      <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
        {t('roadmaps.outside.add')}
      </button>
      {open ? (
        <IndicatorDialog
          title={t('roadmaps.outside.title')}
          subtitle={t('roadmaps.outside.intro')}
          outside={{ scopes: SCOPES, scopeLabel: (s) => t(`roadmaps.outside.scope.${s as 'OTHER'}`) }}
          agencies={(agencies.data?.agencies ?? []).filter((a) => !a.archivedAt)}
          onClose={() => setOpen(false)}
          onSubmit={async (def, _plan, extra) => {
            await create({
              variables: {
                input: {
                  ...def,
                  scope: extra.scope,
                  ownerAgencyId: extra.ownerAgencyId,
                  frequency: extra.frequency,
                  thresholds: extra.thresholds,
                },
              },
            });
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}
