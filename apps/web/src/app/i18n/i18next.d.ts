import 'i18next';
import type { messageResources } from '@rb/domain';
import type { Messages } from './id.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    /** `api`: the API's message catalog (keys arrive with errors, so they are plain strings here). */
    resources: { translation: Messages; api: ReturnType<typeof messageResources> };
    returnNull: false;
  }
}
