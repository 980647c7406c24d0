/**
 * Zod schemas of the organization feature (agencies, the RB team, users and
 * passwords), shared by the API services and the web forms. Messages are keys
 * of the catalog (validation.*, account.*, user.*, team.*).
 */
import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export const AGENCY_KINDS = ['SECRETARIAT', 'SECTION', 'OFFICE', 'BOARD', 'INSPECTORATE', 'DISTRICT', 'UNIT', 'OTHER'] as const;
export const TEAM_KINDS = ['STEERING', 'EXECUTING', 'WORKING_GROUP', 'ASSESSORS', 'OTHER'] as const;
export const ROLES = ['ADMIN', 'PLANNER', 'ASSESSOR', 'ASSESSMENT_COORDINATOR', 'REVIEWER', 'MANAGER', 'VIEWER', 'EVALUATOR'] as const;
export const USER_CREDENTIALS = ['INITIAL_PASSWORD', 'ACTIVATION_LINK'] as const;

const missingOr =
  (key: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'validation.required' : key;

const requiredText = (max: number) =>
  z
    .string({ error: missingOr('validation.invalid') })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' });

/** Optional free text: trimmed, "" and null become null. */
const optionalText = (max: number) =>
  z
    .string({ error: 'validation.invalid' })
    .trim()
    .max(max, { error: 'validation.tooLong' })
    .nullish()
    .transform((v) => (v ? v : null));

const id = z.guid({ error: missingOr('validation.uuid') });
const optionalId = z
  .union([z.guid({ error: 'validation.uuid' }), z.literal('')], { error: 'validation.uuid' })
  .nullish()
  .transform((v) => (v ? v : null));
const version = z
  .number({ error: missingOr('validation.version') })
  .int({ error: 'validation.version' })
  .min(1, { error: 'validation.version' });

/** A password a user chooses: at least 10 characters, not only spaces. */
export const ZNewPassword = z
  .string({ error: missingOr('validation.invalid') })
  .min(PASSWORD_MIN_LENGTH, { error: 'account.passwordTooShort' })
  .max(PASSWORD_MAX_LENGTH, { error: 'validation.tooLong' })
  .refine((p) => p.trim().length >= PASSWORD_MIN_LENGTH, { error: 'account.passwordTooShort' });

export const ZChangeOwnPassword = z.object({
  currentPassword: z.string({ error: missingOr('validation.invalid') }).min(1, { error: 'validation.required' }),
  newPassword: ZNewPassword,
});

export const ZActivateAccount = z.object({
  token: z
    .string({ error: missingOr('validation.invalid') })
    .min(10, { error: 'account.activationInvalid' })
    .max(200, {
      error: 'account.activationInvalid',
    }),
  password: ZNewPassword,
});

/** The fields of an agency an administrator types. */
export const ZAgencyFields = z.object({
  name: requiredText(300),
  shortName: optionalText(120),
  code: optionalText(60),
  kind: z.enum(AGENCY_KINDS, { error: missingOr('validation.invalid') }),
});

export const ZCreateAgency = ZAgencyFields.extend({ parentId: optionalId });
export const ZUpdateAgency = ZAgencyFields.extend({
  id,
  version,
  kind: z.enum(AGENCY_KINDS, { error: 'validation.invalid' }).optional(),
  code: optionalText(60).optional(),
});
export const ZMoveAgency = z.object({ id, version, parentId: optionalId });
export const ZVersionedId = z.object({ id, version });

export const ZTeamFields = z.object({
  kind: z.enum(TEAM_KINDS, { error: missingOr('validation.invalid') }),
  name: requiredText(300),
  areaId: optionalId,
});
export const ZCreateTeam = ZTeamFields;
export const ZUpdateTeam = ZTeamFields.extend({ id, version });

export const ZTeamMemberFields = z.object({
  position: requiredText(300),
  teamRole: requiredText(120),
  personName: optionalText(200),
  userId: optionalId,
});
export const ZAddTeamMember = ZTeamMemberFields.extend({ teamId: id });
export const ZUpdateTeamMember = ZTeamMemberFields.extend({ id, version });

const roles = z
  .array(z.enum(ROLES, { error: 'validation.invalid' }), { error: missingOr('validation.invalid') })
  .min(1, { error: 'user.rolesRequired' })
  .transform((r) => [...new Set(r)]);

/** Administration is government-wide: an administrator's membership is never limited to an agency. */
const adminWholeGovernment = (u: { roles: readonly string[]; agencyId?: string | null }) => !(u.roles.includes('ADMIN') && u.agencyId);
const ADMIN_WHOLE = { error: 'user.adminWholeGovernment', path: ['agencyId'] };

export const ZCreateUser = z
  .object({
    email: z
      .string({ error: missingOr('validation.invalid') })
      .trim()
      .toLowerCase()
      .min(1, { error: 'validation.required' })
      .max(254, { error: 'validation.tooLong' })
      .pipe(z.email({ error: 'validation.email' })),
    name: requiredText(200),
    roles,
    agencyId: optionalId,
    credential: z.enum(USER_CREDENTIALS, { error: missingOr('validation.invalid') }),
  })
  .refine(adminWholeGovernment, ADMIN_WHOLE);

export const ZUpdateUser = z.object({ id, version, roles, agencyId: optionalId }).refine(adminWholeGovernment, ADMIN_WHOLE);
export const ZResetUserPassword = z.object({
  id,
  version,
  credential: z.enum(USER_CREDENTIALS, { error: missingOr('validation.invalid') }),
});

export type TCreateAgency = z.input<typeof ZCreateAgency>;
export type TCreateUser = z.input<typeof ZCreateUser>;
export type TTeamFields = z.input<typeof ZTeamFields>;
export type TTeamMemberFields = z.input<typeof ZTeamMemberFields>;

/**
 * The password form of the web (first sign-in, own account, activation):
 * the current password when asked for, the new one by the policy, typed twice
 * ('mismatch' on `confirm` when they differ).
 */
export function passwordFormSchema(withCurrent: boolean) {
  return z
    .object({
      currentPassword: withCurrent ? z.string().min(1, { error: 'validation.required' }) : z.string(),
      newPassword: ZNewPassword,
      confirm: z.string(),
    })
    .refine((v) => v.confirm === v.newPassword, { path: ['confirm'], error: 'mismatch' });
}
