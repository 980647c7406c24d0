// Messages of this feature in English (merged into app/i18n/en.ts).
import type { OrganizationMessages } from './id.ts';

export const organizationEn: OrganizationMessages = {
  organization: {},
};
