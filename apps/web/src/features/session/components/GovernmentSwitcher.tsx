import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { type Viewer, viewerGovernments } from '../hooks/sessionContext.ts';

/** Sections whose sub-paths (ids) do not carry over to another government. */
function sectionOf(pathname: string): string {
  const [, , section = ''] = pathname.split('/');
  return section;
}

/**
 * The viewer's governments. Switching keeps the section (work plans,
 * indicators, …) and changes the URL, hence the X-Government header.
 */
export function GovernmentSwitcher({ viewer, current }: { viewer: Viewer; current: string }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
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
  return (
    <div className="header-field">
      <label className="header-label" htmlFor={id}>
        {t('header.government')}
      </label>
      <select
        id={id}
        className="select"
        value={current}
        onChange={(event) => {
          const section = sectionOf(pathname);
          void navigate(`/${event.target.value}${section ? `/${section}` : ''}`);
        }}
      >
        {!governments.some((g) => g.code === current) ? <option value={current}>{current}</option> : null}
        {governments.map((government) => (
          <option key={government.code} value={government.code}>
            {government.name}
          </option>
        ))}
      </select>
    </div>
  );
}
