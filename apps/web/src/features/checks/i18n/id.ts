// Messages of the plan checks in Bahasa Indonesia (merged into app/i18n/id.ts); en.ts must match.
// The findings' own texts are the API's catalog (@rb/domain messages/checks.ts).

export const checksId = {
  checks: {
    title: 'Pemeriksaan',
    button_one: 'Pemeriksaan: {{count}} temuan',
    button_other: 'Pemeriksaan: {{count}} temuan',
    buttonNone: 'Pemeriksaan: tidak ada temuan',
    none: 'Tidak ada temuan pemeriksaan.',
    open: 'Buka baris',
    disabled: 'Aturan yang dimatikan administrator (tidak diperiksa): {{rules}}.',
    severity: { ERROR: 'Kesalahan', WARNING: 'Peringatan' },
    flagged: 'Ditandai pemeriksaan: {{messages}}',
    confirm: {
      title: 'Periksa nilai sebelum disimpan',
      intro_one: 'Nilai yang diisi mendapat {{count}} peringatan:',
      intro_other: 'Nilai yang diisi mendapat {{count}} peringatan:',
      keep: 'Simpan tetap',
      back: 'Kembali dan perbaiki',
      notSaved: 'Belum disimpan: periksa peringatannya.',
    },
    rules: {
      title: 'Aturan pemeriksaan',
      intro:
        'Pemeriksaan menandai salah ketik dan kekosongan pada rencana, road map dan nilai indikator. Aturan yang tidak sesuai dengan pemerintah ini dapat dimatikan dengan alasan; perubahan dicatat di log audit.',
      rule: 'Aturan',
      severity: 'Tingkat',
      state: 'Status',
      on: 'Aktif',
      off: 'Dimatikan',
      reason: 'Alasan',
      switchOff: 'Matikan',
      switchOn: 'Aktifkan',
      reasonLabel: 'Alasan mematikan aturan "{{rule}}"',
      saved: 'Aturan "{{rule}}" {{state}}.',
    },
  },
};
