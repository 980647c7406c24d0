// Messages of this feature in Bahasa Indonesia (merged into app/i18n/id.ts).
// The shape is the source of truth for this feature's keys; en.ts must match.

export const setupId = {
  setup: {},
};

export type SetupMessages = typeof setupId;
