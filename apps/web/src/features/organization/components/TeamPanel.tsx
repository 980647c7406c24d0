// The RB team (Tim RB): Tim Pengarah, Tim Pelaksana, a Pokja per area of
// change and other teams, each with its members in order (jabatan,
// kedudukan, name, optionally a product user).
import { useMutation, useQuery } from '@apollo/client/react';
import { TEAM_KINDS } from '@rb/domain';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamFieldsFragment, TeamKind, TeamMemberFieldsFragment } from '../../../gql/graphql.ts';
import { MembersQuery } from '../../admin/graphql/admin.ts';
import { EmptyState, QueryState } from '../../../ui/QueryState.tsx';
import {
  AddTeamMemberMutation,
  CreateTeamMutation,
  MoveTeamMemberMutation,
  RemoveTeamMemberMutation,
  RemoveTeamMutation,
  TeamsQuery,
  UpdateTeamMemberMutation,
  UpdateTeamMutation,
} from '../graphql/organization.ts';
import { useApiError, useMessageKey } from '../hooks/useFormError.ts';
import { ConfirmDialog, Dialog } from './Dialog.tsx';

type Team = TeamFieldsFragment;
type Member = TeamMemberFieldsFragment;
type Area = { id: string; name: string };
type Open =
  | { kind: 'team'; team?: Team; preset?: TeamKind }
  | { kind: 'removeTeam'; team: Team }
  | { kind: 'member'; team: Team; member?: Member }
  | { kind: 'removeMember'; team: Team; member: Member }
  | null;

export function TeamPanel() {
  const { t } = useTranslation();
  const result = useQuery(TeamsQuery);
  const [open, setOpen] = useState<Open>(null);
  const [move] = useMutation(MoveTeamMemberMutation);
  const apiError = useApiError();
  const [moveError, setMoveError] = useState<string | null>(null);
  const close = () => setOpen(null);
  return (
    <QueryState result={result}>
      {(data) => (
        <>
          <div className="org-toolbar">
            <p className="org-toolbar-grow muted">{t('organization.team.intro')}</p>
            <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'team' })}>
              {t('organization.team.add')}
            </button>
          </div>
          {moveError ? (
            <p className="form-error" role="alert">
              {moveError}
            </p>
          ) : null}
          {data.teams.length === 0 ? (
            <EmptyState title={t('organization.team.emptyTitle')}>
              <p>{t('organization.team.empty')}</p>
              <div className="button-row">
                {(['STEERING', 'EXECUTING', 'WORKING_GROUP'] as const).map((k) => (
                  <button key={k} type="button" className="button" onClick={() => setOpen({ kind: 'team', preset: k })}>
                    {t('organization.team.addKind', { kind: t(`organization.teamKind.${k}`) })}
                  </button>
                ))}
              </div>
            </EmptyState>
          ) : null}
          {data.teams.map((team) => (
            <section key={team.id} className="org-team" aria-labelledby={`team-${team.id}`}>
              <div className="org-team-header">
                <div>
                  <h3 id={`team-${team.id}`}>{team.name}</h3>
                  <p className="muted">
                    {t(`organization.teamKind.${team.kind}`)}
                    {team.area ? ` · ${team.area.name}` : ''}
                  </p>
                </div>
                <span className="org-actions">
                  <button type="button" className="button" onClick={() => setOpen({ kind: 'member', team })}>
                    {t('organization.team.addMember')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('organization.team.editNamed', { name: team.name })}
                    onClick={() => setOpen({ kind: 'team', team })}
                  >
                    {t('organization.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button-danger"
                    aria-label={t('organization.team.removeNamed', { name: team.name })}
                    onClick={() => setOpen({ kind: 'removeTeam', team })}
                  >
                    {t('organization.remove')}
                  </button>
                </span>
              </div>
              {team.members.length === 0 ? (
                <p className="muted">{t('organization.team.noMembers')}</p>
              ) : (
                <table className="org-table">
                  <caption className="sr-only">{t('organization.team.membersOf', { name: team.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('organization.team.position')}</th>
                      <th scope="col">{t('organization.team.teamRole')}</th>
                      <th scope="col">{t('organization.team.personName')}</th>
                      <th scope="col">{t('organization.team.user')}</th>
                      <th scope="col">
                        <span className="sr-only">{t('organization.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {team.members.map((m, i) => (
                      <tr key={m.id}>
                        <th scope="row">{m.position}</th>
                        <td>{m.teamRole}</td>
                        <td>{m.personName ?? <span className="muted">—</span>}</td>
                        <td>{m.user ? m.user.name : <span className="muted">—</span>}</td>
                        <td>
                          <span className="org-actions">
                            {(
                              [
                                [-1, '↑', 'organization.team.moveUp'],
                                [1, '↓', 'organization.team.moveDown'],
                              ] as const
                            ).map(([offset, arrow, label]) => (
                              <button
                                key={offset}
                                type="button"
                                className="button"
                                aria-label={t(label, { name: m.position })}
                                disabled={offset === -1 ? i === 0 : i === team.members.length - 1}
                                onClick={async () => {
                                  setMoveError(null);
                                  try {
                                    await move({ variables: { id: m.id, version: m.version, offset } });
                                  } catch (err) {
                                    setMoveError(apiError(err).message);
                                  }
                                }}
                              >
                                <span aria-hidden="true">{arrow}</span>
                              </button>
                            ))}
                            <button
                              type="button"
                              className="button"
                              aria-label={t('organization.team.editMemberNamed', { name: m.position })}
                              onClick={() => setOpen({ kind: 'member', team, member: m })}
                            >
                              {t('organization.edit')}
                            </button>
                            <button
                              type="button"
                              className="button button-danger"
                              aria-label={t('organization.team.removeMemberNamed', { name: m.position })}
                              onClick={() => setOpen({ kind: 'removeMember', team, member: m })}
                            >
                              {t('organization.remove')}
                            </button>
                          </span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          ))}
          {open?.kind === 'team' ? <TeamDialog team={open.team} preset={open.preset} areas={data.areas} onClose={close} /> : null}
          {open?.kind === 'member' ? <MemberDialog team={open.team} member={open.member} onClose={close} /> : null}
          {open?.kind === 'removeTeam' ? <RemoveDialog what="team" team={open.team} onClose={close} /> : null}
          {open?.kind === 'removeMember' ? <RemoveDialog what="member" team={open.team} member={open.member} onClose={close} /> : null}
        </>
      )}
    </QueryState>
  );
}

function TeamDialog({ team, preset, areas, onClose }: { team?: Team; preset?: TeamKind; areas: readonly Area[]; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const apiError = useApiError();
  const messageOf = useMessageKey();
  const [kind, setKind] = useState<TeamKind>(team?.kind ?? preset ?? 'STEERING');
  const [create] = useMutation(CreateTeamMutation, { refetchQueries: ['Teams'] });
  const [update] = useMutation(UpdateTeamMutation);
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const defaultName = (k: TeamKind) => (k === 'WORKING_GROUP' ? '' : t(`organization.teamKind.${k}`));
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const areaId = String(form.get('areaId') ?? '') || null;
    let name = String(form.get('name') ?? '').trim();
    if (!name && kind === 'WORKING_GROUP' && areaId)
      name = t('organization.team.pokjaName', { area: areas.find((a) => a.id === areaId)?.name ?? '' });
    if (!name) {
      setError({ field: 'name', message: messageOf('validation.required') ?? '' });
      return;
    }
    setBusy(true);
    try {
      const input = { kind, name, areaId: kind === 'WORKING_GROUP' || areaId ? areaId : null };
      if (team) await update({ variables: { input: { id: team.id, version: team.version, ...input } } });
      else await create({ variables: { input } });
      onClose();
    } catch (err) {
      setError(apiError(err));
      setBusy(false);
    }
  };
  const err = (f: string) => (error?.field === f ? error.message : null);
  return (
    <Dialog title={team ? t('organization.team.editTitle', { name: team.name }) : t('organization.team.addTitle')} onClose={onClose}>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {error && !['name', 'areaId'].includes(error.field ?? '') ? (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('organization.team.kind')}</label>
          <select id={`${id}-kind`} className="select" value={kind} onChange={(e) => setKind(e.target.value as TeamKind)}>
            {TEAM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`organization.teamKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {kind === 'WORKING_GROUP' ? (
          <div className="field">
            <label htmlFor={`${id}-area`}>{t('organization.team.area')}</label>
            <select
              id={`${id}-area`}
              name="areaId"
              className="select"
              defaultValue={team?.areaId ?? ''}
              aria-invalid={err('areaId') ? true : undefined}
            >
              <option value="">{t('organization.team.chooseArea')}</option>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            {err('areaId') ? <p className="field-error">{err('areaId')}</p> : null}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('organization.team.name')}</label>
          <input
            key={kind}
            id={`${id}-name`}
            name="name"
            type="text"
            defaultValue={team?.name ?? defaultName(kind)}
            aria-invalid={err('name') ? true : undefined}
            aria-describedby={`${id}-name-hint`}
          />
          <p id={`${id}-name-hint`} className="org-hint">
            {kind === 'WORKING_GROUP' ? t('organization.team.pokjaNameHint') : t('organization.team.nameHint')}
          </p>
          {err('name') ? <p className="field-error">{err('name')}</p> : null}
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('organization.saving') : team ? t('organization.save') : t('organization.team.create')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('organization.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function MemberDialog({ team, member, onClose }: { team: Team; member?: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const apiError = useApiError();
  const messageOf = useMessageKey();
  const users = useQuery(MembersQuery);
  const [add] = useMutation(AddTeamMemberMutation, { refetchQueries: ['Teams'] });
  const [update] = useMutation(UpdateTeamMemberMutation);
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const v = (k: string) => String(form.get(k) ?? '').trim();
    for (const f of ['position', 'teamRole']) {
      if (!v(f)) {
        setError({ field: f, message: messageOf('validation.required') ?? '' });
        return;
      }
    }
    setBusy(true);
    try {
      const fields = { position: v('position'), teamRole: v('teamRole'), personName: v('personName') || null, userId: v('userId') || null };
      if (member) await update({ variables: { input: { id: member.id, version: member.version, ...fields } } });
      else await add({ variables: { input: { teamId: team.id, ...fields } } });
      onClose();
    } catch (err) {
      setError(apiError(err));
      setBusy(false);
    }
  };
  const err = (f: string) => (error?.field === f ? error.message : null);
  const text = (name: 'position' | 'teamRole' | 'personName', label: string, hint: string, list?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        type="text"
        list={list}
        defaultValue={member?.[name] ?? ''}
        aria-invalid={err(name) ? true : undefined}
        aria-describedby={`${id}-${name}-hint`}
      />
      <p id={`${id}-${name}-hint`} className="org-hint">
        {hint}
      </p>
      {err(name) ? <p className="field-error">{err(name)}</p> : null}
    </div>
  );
  return (
    <Dialog
      title={
        member ? t('organization.team.editMemberTitle', { team: team.name }) : t('organization.team.addMemberTitle', { team: team.name })
      }
      onClose={onClose}
    >
      <form noValidate onSubmit={(e) => void submit(e)}>
        {error && !['position', 'teamRole', 'personName', 'userId'].includes(error.field ?? '') ? (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        ) : null}
        {text('position', t('organization.team.position'), t('organization.team.positionHint'))}
        {text('teamRole', t('organization.team.teamRole'), t('organization.team.teamRoleHint'), `${id}-roles`)}
        <datalist id={`${id}-roles`}>
          {['Penanggung Jawab', 'Ketua', 'Wakil Ketua', 'Sekretaris', 'Koordinator', 'Anggota'].map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        {text('personName', t('organization.team.personName'), t('organization.team.personNameHint'))}
        <div className="field">
          <label htmlFor={`${id}-user`}>{t('organization.team.user')}</label>
          <select
            id={`${id}-user`}
            name="userId"
            className="select"
            defaultValue={member?.userId ?? ''}
            aria-describedby={`${id}-user-hint`}
          >
            <option value="">{t('organization.team.noUser')}</option>
            {(users.data?.members ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {`${u.name} (${u.email})`}
              </option>
            ))}
          </select>
          <p id={`${id}-user-hint`} className="org-hint">
            {t('organization.team.userHint')}
          </p>
          {err('userId') ? <p className="field-error">{err('userId')}</p> : null}
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('organization.saving') : member ? t('organization.save') : t('organization.team.addMember')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('organization.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function RemoveDialog({ what, team, member, onClose }: { what: 'team' | 'member'; team: Team; member?: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const apiError = useApiError();
  const [removeTeam, a] = useMutation(RemoveTeamMutation, { refetchQueries: ['Teams'] });
  const [removeMember, b] = useMutation(RemoveTeamMemberMutation, { refetchQueries: ['Teams'] });
  const [error, setError] = useState<string | null>(null);
  return (
    <ConfirmDialog
      title={
        what === 'team'
          ? t('organization.team.removeTitle', { name: team.name })
          : t('organization.team.removeMemberTitle', { name: member?.position ?? '' })
      }
      confirm={t('organization.remove')}
      cancel={t('organization.cancel')}
      busy={a.loading || b.loading}
      error={error}
      onClose={onClose}
      onConfirm={async () => {
        try {
          if (what === 'team') await removeTeam({ variables: { id: team.id, version: team.version } });
          else if (member) await removeMember({ variables: { id: member.id, version: member.version } });
          onClose();
        } catch (err) {
          setError(apiError(err).message);
        }
      }}
    >
      <p>
        {what === 'team'
          ? t('organization.team.removeEffect', { count: team.members.length })
          : t('organization.team.removeMemberEffect', { team: team.name })}
      </p>
    </ConfirmDialog>
  );
}
