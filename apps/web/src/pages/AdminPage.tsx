import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { AuditLogTable } from '../features/admin/components/AuditLogTable.tsx';
import { CheckRulesView } from '../features/checks/components/CheckRulesView.tsx';
import { AgencyOutline } from '../features/organization/components/AgencyOutline.tsx';
import { TeamPanel } from '../features/organization/components/TeamPanel.tsx';
import { UsersPanel } from '../features/organization/components/UsersPanel.tsx';
import '../features/organization/components/organization.css';
import { useGovPath } from '../features/session/hooks/useGovPath.ts';
import { useSession } from '../features/session/hooks/sessionContext.ts';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

const TABS = ['agencies', 'users', 'team', 'checks', 'audit'] as const;
type Tab = (typeof TABS)[number];

export default function AdminPage() {
  const { t } = useTranslation();
  const { isAdmin } = useSession();
  const { tab } = useParams();
  const govPath = useGovPath();
  const current = (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : null;
  const label = (k: Tab) => t(`organization.tabs.${k}`);
  usePageTitle(current ? `${label(current)} · ${t('admin.title')}` : t('admin.title'));
  if (!isAdmin) {
    return (
      <div className="page">
        <PageHeader title={t('admin.title')} />
        <p className="state state-error" role="alert">
          {t('admin.forbidden')}
        </p>
      </div>
    );
  }
  if (!current) return <Navigate to={govPath('admin/agencies')} replace />;
  return (
    <div className="page">
      <PageHeader title={t('admin.title')} intro={t('organization.intro')} />
      <nav aria-label={t('organization.tabs.label')}>
        <ul className="org-tabs">
          {TABS.map((k) => (
            <li key={k}>
              <Link to={govPath(`admin/${k}`)} className="org-tab" aria-current={k === current ? 'page' : undefined}>
                {label(k)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="section" aria-labelledby="admin-tab-title">
        <h2 id="admin-tab-title">{label(current)}</h2>
        {current === 'agencies' ? <AgencyOutline /> : null}
        {current === 'users' ? <UsersPanel /> : null}
        {current === 'team' ? <TeamPanel /> : null}
        {current === 'checks' ? <CheckRulesView /> : null}
        {current === 'audit' ? <AuditLogTable /> : null}
      </section>
    </div>
  );
}
