// Messages of the plan checks in English (merged into app/i18n/en.ts); must match id.ts.

export const checksEn = {
  checks: {
    title: 'Checks',
    button_one: 'Checks: {{count}} finding',
    button_other: 'Checks: {{count}} findings',
    buttonNone: 'Checks: no findings',
    none: 'No findings.',
    open: 'Open row',
    disabled: 'Rules switched off by an administrator (not checked): {{rules}}.',
    severity: { ERROR: 'Error', WARNING: 'Warning' },
    flagged: 'Flagged by the checks: {{messages}}',
    confirm: {
      title: 'Check the values before saving',
      intro_one: 'The value entered has {{count}} warning:',
      intro_other: 'The values entered have {{count}} warnings:',
      keep: 'Save anyway',
      back: 'Go back and fix',
      notSaved: 'Not saved yet: check the warnings.',
    },
    rules: {
      title: 'Check rules',
      intro:
        'The checks flag typing errors and gaps in plans, road maps and indicator values. A rule that does not fit this government can be switched off with a reason; the change is kept in the audit log.',
      rule: 'Rule',
      severity: 'Severity',
      state: 'State',
      on: 'On',
      off: 'Off',
      reason: 'Reason',
      switchOff: 'Switch off',
      switchOn: 'Switch on',
      reasonLabel: 'Reason for switching off "{{rule}}"',
      saved: 'Rule "{{rule}}" {{state}}.',
    },
  },
};
