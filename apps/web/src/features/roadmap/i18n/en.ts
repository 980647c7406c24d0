// Messages of this feature in English (merged into app/i18n/en.ts).
import type { RoadmapMessages } from './id.ts';

export const roadmapEn: RoadmapMessages = {
  roadmaps: {},
};
