import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Role } from '../../../gql/graphql.ts';
import type { Viewer } from '../hooks/sessionContext.ts';
import { useSignOut } from '../hooks/useSignOut.ts';

/** The signed-in user's name and roles in this government, and sign-out. */
export function UserMenu({ viewer, roles }: { viewer: Viewer; roles: readonly Role[] }) {
  const { t } = useTranslation();
  const [signOut, { loading }] = useSignOut();
  const { gov } = useParams();
  const roleNames = roles.map((role) => t(`enums.role.${role}`)).join(', ');
  return (
    <div className="user-menu">
      <div className="user-identity">
        <span className="user-name" data-testid="user-name">
          {viewer.user.name}
        </span>
        {roleNames ? (
          <span className="user-roles">
            <span className="sr-only">{t('header.roles')}: </span>
            {roleNames}
          </span>
        ) : null}
      </div>
      <Link to={gov ? `/account?gov=${encodeURIComponent(gov)}` : '/account'} className="button button-quiet user-account-link">
        {t('organization.account.menuLink')}
      </Link>
      <button type="button" className="button button-quiet" onClick={() => void signOut()} disabled={loading}>
        {loading ? t('header.signingOut') : t('header.signOut')}
      </button>
    </div>
  );
}
