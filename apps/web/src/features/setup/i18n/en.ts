// Messages of this feature in English (merged into app/i18n/en.ts).
import type { SetupMessages } from './id.ts';

export const setupEn: SetupMessages = {
  setup: {},
};
