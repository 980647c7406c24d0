// Messages of the organization feature's API errors (keys '<group>.<name>', texts in both languages):
// agencies, the RB team, users and their accounts (passwords, activation links).
import type { MessageCatalog } from './types.ts';

export const ORGANIZATION_MESSAGES = {
  'agency.moveIntoOwnSubtree': {
    id: 'Perangkat daerah tidak dapat dipindahkan ke bawah dirinya sendiri atau sub-unitnya.',
    en: 'An agency cannot be moved under itself or one of its sub-units.',
  },
  'agency.parentArchived': {
    id: 'Induk yang dipilih sudah diarsipkan. Pulihkan dulu induknya atau pilih induk lain.',
    en: 'The chosen parent is archived. Restore it first or choose another parent.',
  },
  'agency.alreadyArchived': { id: 'Perangkat daerah ini sudah diarsipkan.', en: 'This agency is already archived.' },
  'agency.notArchived': { id: 'Perangkat daerah ini tidak diarsipkan.', en: 'This agency is not archived.' },
  'agency.archived': {
    id: 'Perangkat daerah ini sudah diarsipkan; pulihkan dulu sebelum mengubahnya.',
    en: 'This agency is archived; restore it before changing it.',
  },
  'agency.duplicateCode': {
    id: 'Kode "{{code}}" sudah dipakai perangkat daerah lain.',
    en: 'Code "{{code}}" is already used by another agency.',
  },
  'team.areaRequired': {
    id: 'Pokja harus dikaitkan dengan satu area perubahan.',
    en: 'A working group (Pokja) needs an area of change.',
  },
  'team.unknownArea': { id: 'Area perubahan tidak dikenal di pemerintah ini.', en: 'Unknown area of change of this government.' },
  'team.unknownUser': { id: 'Pengguna tidak terdaftar di pemerintah ini.', en: 'This user is not a member of this government.' },
  'team.inUse': {
    id: 'Tim ini menjadi penanggung jawab {{count}} langkah kerja; ganti dulu penanggung jawabnya.',
    en: 'This team is responsible for {{count}} work steps; reassign them first.',
  },
  'user.rolesRequired': { id: 'Pilih paling sedikit satu peran.', en: 'Choose at least one role.' },
  'user.adminWholeGovernment': {
    id: 'Administrator mengelola seluruh pemerintah daerah, jadi tidak dapat dibatasi pada satu perangkat daerah. Kosongkan perangkat daerah, atau pilih peran lain (mis. Perencana) untuk perangkat daerah itu.',
    en: 'An administrator manages the whole government, so cannot be limited to one agency. Clear the agency, or choose another role (e.g. Planner) for that agency.',
  },
  'user.alreadyMember': {
    id: 'Email ini sudah terdaftar sebagai pengguna pemerintah ini.',
    en: 'This email already belongs to a user of this government.',
  },
  'user.lastAdmin': {
    id: 'Pengguna ini administrator aktif terakhir pemerintah ini. Jadikan pengguna lain administrator terlebih dahulu.',
    en: 'This user is the last active administrator of this government. Make someone else administrator first.',
  },
  'user.alreadyDeactivated': { id: 'Pengguna ini sudah dinonaktifkan.', en: 'This user is already deactivated.' },
  'user.notDeactivated': { id: 'Pengguna ini tidak dalam keadaan nonaktif.', en: 'This user is not deactivated.' },
  'user.resetShared': {
    id: 'Akun ini juga dipakai di pemerintah lain, sehingga kata sandinya tidak dapat diatur ulang dari sini. Minta pengguna mengganti kata sandinya sendiri melalui menu Akun.',
    en: 'This account is also used in another government, so its password cannot be reset here. Ask the user to change it themselves under Account.',
  },
  'user.resetSelf': {
    id: 'Kata sandi Anda sendiri diganti melalui menu Akun.',
    en: 'Change your own password under Account.',
  },
  'account.passwordChangeRequired': {
    id: 'Ganti kata sandi awal Anda terlebih dahulu.',
    en: 'Change your initial password first.',
  },
  'account.wrongPassword': { id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' },
  'account.passwordTooShort': {
    id: 'Kata sandi paling sedikit 10 karakter.',
    en: 'A password has at least 10 characters.',
  },
  'account.passwordUnchanged': {
    id: 'Kata sandi baru harus berbeda dari kata sandi saat ini.',
    en: 'The new password must differ from the current one.',
  },
  'account.tooManyAttempts': {
    id: 'Terlalu banyak percobaan yang gagal. Demi keamanan, coba lagi dalam {{minutes}} menit. Jika lupa kata sandi, hubungi administrator.',
    en: 'Too many failed attempts. For your security, try again in {{minutes}} min. If you forgot your password, ask your administrator.',
  },
  'account.activationInvalid': {
    id: 'Tautan aktivasi tidak berlaku: sudah dipakai, kedaluwarsa, atau salah salin. Minta tautan baru kepada administrator.',
    en: 'This activation link is not valid: already used, expired or mistyped. Ask your administrator for a new one.',
  },
} as const satisfies MessageCatalog;
