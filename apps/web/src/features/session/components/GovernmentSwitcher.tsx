import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { DisclosureMenu } from '../../../ui/DisclosureMenu.tsx';
import { type Viewer, viewerGovernments } from '../hooks/sessionContext.ts';

/** The section of a path (`/:gov/<section>/…`); ids below it do not carry over to another government. */
function sectionOf(pathname: string): string {
  const [, , section = ''] = pathname.split('/');
  return section;
}

/**
 * The viewer's governments as links: switching keeps the section (work
 * plans, indicators, …) and changes the URL, hence the X-Government header.
 */
export function GovernmentSwitcher({ viewer, current }: { viewer: Viewer; current: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const governments = viewerGovernments(viewer);
  const currentName = governments.find((g) => g.code === current)?.name ?? current;

  if (governments.length <= 1) {
    return (
      <div className="header-field">
        <span className="header-label">{t('header.government')}</span>
        <span className="header-value">{currentName}</span>
      </div>
    );
  }
  const section = sectionOf(pathname);
  return (
    <DisclosureMenu
      className="header-field"
      buttonClassName="header-menu-button"
      button={
        <>
          <span className="header-label">{t('header.government')}</span> <span className="header-value">{currentName}</span>
        </>
      }
    >
      {(close) => (
        <ul className="menu-list">
          {governments.map((government) => (
            <li key={government.code}>
              <Link
                to={`/${government.code}${section ? `/${section}` : ''}`}
                aria-current={government.code === current ? 'true' : undefined}
                onClick={close}
              >
                {government.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </DisclosureMenu>
  );
}
