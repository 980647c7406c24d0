import { useTranslation } from 'react-i18next';
import { AuditLogTable } from '../features/admin/components/AuditLogTable.tsx';
import { MemberTable } from '../features/admin/components/MemberTable.tsx';
import { useSession } from '../features/session/hooks/sessionContext.ts';
import { usePageTitle } from '../features/session/hooks/usePageTitle.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

export default function AdminPage() {
  const { t } = useTranslation();
  const { isAdmin } = useSession();
  usePageTitle(t('admin.title'));
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
  return (
    <div className="page">
      <PageHeader title={t('admin.title')} intro={t('admin.intro')} />
      <section className="section" aria-labelledby="admin-members">
        <h2 id="admin-members">{t('admin.members')}</h2>
        <MemberTable />
      </section>
      <section className="section" aria-labelledby="admin-audit">
        <h2 id="admin-audit">{t('admin.audit')}</h2>
        <AuditLogTable />
      </section>
    </div>
  );
}
