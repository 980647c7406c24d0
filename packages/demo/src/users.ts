// Demo accounts. One password for all of them, shown in the README.
export const DEMO_PASSWORD = 'rbdemo2026';

/** Every demo account's email ends with this (the accounts share DEMO_PASSWORD). */
export const DEMO_EMAIL_SUFFIX = '.demo';

export type DemoRole = 'ADMIN' | 'PLANNER' | 'ASSESSOR' | 'ASSESSMENT_COORDINATOR' | 'REVIEWER' | 'MANAGER' | 'VIEWER' | 'EVALUATOR';

export interface DemoUser {
  email: string;
  name: string;
  memberships: { government: string; role: DemoRole; agencyCode?: string }[];
}

/** Every role in Probolinggo and Depok; an administrator, a planner and a manager in Gresik and Lumajang. */
export const DEMO_USERS: DemoUser[] = [
  ...fullTeam('probolinggo', 'Probolinggo'),
  ...fullTeam('depok', 'Depok'),
  ...smallTeam('gresik', 'Gresik'),
  ...smallTeam('lumajang', 'Lumajang'),
  {
    email: 'pembina@jatim.demo',
    name: 'Pembina RB Jawa Timur',
    memberships: [
      { government: 'probolinggo', role: 'MANAGER' },
      { government: 'gresik', role: 'MANAGER' },
      { government: 'lumajang', role: 'MANAGER' },
    ],
  },
];

function fullTeam(gov: string, city: string): DemoUser[] {
  const u = (local: string, name: string, role: DemoRole): DemoUser => ({
    email: `${local}@${gov}.demo`,
    name: `${name} ${city}`,
    memberships: [{ government: gov, role }],
  });
  return [
    u('admin', 'Administrator', 'ADMIN'),
    u('perencana', 'Perencana', 'PLANNER'),
    u('asesor', 'Asesor', 'ASSESSOR'),
    u('asesor2', 'Asesor Kedua', 'ASSESSOR'),
    u('koordinator', 'Koordinator Asesor', 'ASSESSMENT_COORDINATOR'),
    u('inspektorat', 'Reviu Inspektorat', 'REVIEWER'),
    u('pimpinan', 'Pimpinan', 'MANAGER'),
    // Enters the national evaluator's scores and findings (catatan LHE) beside the self-assessment.
    u('evaluator', 'Evaluator Nasional', 'EVALUATOR'),
  ];
}

function smallTeam(gov: string, regency: string): DemoUser[] {
  return [
    { email: `admin@${gov}.demo`, name: `Administrator ${regency}`, memberships: [{ government: gov, role: 'ADMIN' }] },
    { email: `perencana@${gov}.demo`, name: `Perencana ${regency}`, memberships: [{ government: gov, role: 'PLANNER' }] },
    { email: `pimpinan@${gov}.demo`, name: `Pimpinan ${regency}`, memberships: [{ government: gov, role: 'MANAGER' }] },
    // A manager limited to the BKD: enters the values of the BKD's own indicators.
    {
      email: `bkd@${gov}.demo`,
      name: `Pengelola Kinerja BKD ${regency}`,
      memberships: [{ government: gov, role: 'MANAGER', agencyCode: 'BKD' }],
    },
  ];
}
