// The signed-in page frame: header (product, government, year, user,
// language, sign-out), side navigation and the main landmark.
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useParams } from 'react-router';
import { GovernmentSwitcher } from '../features/session/components/GovernmentSwitcher.tsx';
import { LanguageSwitch } from '../features/session/components/LanguageSwitch.tsx';
import type { ShellProps } from '../features/session/components/SessionProvider.tsx';
import { UserMenu } from '../features/session/components/UserMenu.tsx';
import { AgencySwitcher } from '../features/session/components/AgencySwitcher.tsx';
import { YearSwitcher } from '../features/session/components/YearSwitcher.tsx';
import { useGovPath } from '../features/session/hooks/useGovPath.ts';

export function AppShell({ session, viewer, children }: ShellProps) {
  const { t } = useTranslation();
  const { gov = '' } = useParams();
  const govPath = useGovPath();
  const navItems = [
    { to: govPath(''), label: t('nav.overview'), end: true },
    { to: govPath('roadmap'), label: t('nav.roadmap') },
    { to: govPath('work-plans'), label: t('nav.workPlans') },
    { to: govPath('indicators'), label: t('nav.indicators') },
    { to: govPath('assessments'), label: t('nav.assessments') },
    { to: govPath('renaksi'), label: t('nav.renaksi') },
    { to: govPath('tree'), label: t('nav.tree') },
    ...(session?.isAdmin ? [{ to: govPath('admin'), label: t('nav.admin') }] : []),
  ];

  return (
    <div className="app">
      <header className="app-header">
        <Link to={govPath('')} className="product-name">
          {t('app.name')}
        </Link>
        <div className="header-context">
          {viewer ? <GovernmentSwitcher viewer={viewer} current={gov} /> : null}
          {session ? <YearSwitcher year={session.year} years={session.years} /> : null}
          {session ? <AgencySwitcher /> : null}
        </div>
        <div className="header-user">
          {viewer ? <UserMenu viewer={viewer} roles={session?.roles ?? []} /> : null}
          <LanguageSwitch signedIn={!!viewer} />
        </div>
      </header>
      <div className="app-body">
        <nav className="app-nav" aria-label={t('nav.label')}>
          {session ? (
            <ul>
              {navItems.map((item) => (
                <li key={item.label}>
                  <NavLink to={item.to} end={item.end} className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          ) : null}
        </nav>
        <main id="main" className="app-main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
