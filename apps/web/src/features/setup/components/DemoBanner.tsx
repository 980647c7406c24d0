// A strip on every page while the server holds the demo accounts (whose
// password is published): nobody should mistake it for their government's server.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ServerInfoQuery } from '../graphql/serverInfo.ts';

export function DemoBanner() {
  const { t } = useTranslation();
  const { data } = useQuery(ServerInfoQuery, { fetchPolicy: 'cache-first' });
  if (!data?.serverInfo.demoAccounts) return null;
  return (
    <p className="demo-banner" role="note">
      {t('setup.demoBanner')}
    </p>
  );
}
