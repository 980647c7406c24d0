// Messages of the assessment feature's API errors (keys '<group>.<name>', texts in both languages).
// Params ending in "En" carry the English form of a param whose Indonesian form has the plain name.
import type { MessageCatalog } from './types.ts';

export const ASSESSMENT_MESSAGES = {
  // Evaluator scores, items that do not apply, findings (the 2023 model)
  'assessment.onlyEvaluator': {
    id: 'Hanya pengguna dengan peran Evaluator (atau administrator) yang dapat mengisi nilai evaluator.',
    en: 'Only a user with the Evaluator role (or an administrator) can enter evaluator scores.',
  },
  'assessment.evaluatorDraft': {
    id: 'Nilai evaluator baru dapat diisi setelah penilaian dimulai.',
    en: 'Evaluator scores can be entered once the assessment has started.',
  },
  'assessment.duplicateCriterion': {
    id: 'Kriteria yang sama muncul dua kali dalam satu pengiriman.',
    en: 'The same criterion appears twice in one submission.',
  },
  'assessment.exclusionReasonRequired': {
    id: 'Tuliskan alasan butir ini tidak berlaku bagi pemerintah daerah.',
    en: 'Say why this item does not apply to the government.',
  },
  'assessment.findingTextRequired': {
    id: 'Tuliskan isi catatan hasil evaluasi.',
    en: 'Write the finding.',
  },
  // Team and workflow
  'assessment.onlyCoordinator': {
    id: 'Hanya koordinator dalam tim penilaian ini yang dapat melakukan ini.',
    en: 'Only the coordinator of this assessment’s team can do this.',
  },
  'assessment.onlyAssessor': {
    id: 'Hanya asesor dalam tim penilaian ini yang dapat melakukan ini.',
    en: 'Only an assessor of this assessment’s team can do this.',
  },
  'assessment.onlyReviewer': {
    id: 'Hanya reviewer dalam tim penilaian ini yang dapat melakukan ini.',
    en: 'Only the reviewer of this assessment’s team can do this.',
  },
  'assessment.final': {
    id: 'Penilaian sudah final dan terkunci: tidak dapat {{doing}}.',
    en: 'The assessment is final and locked: cannot {{doingEn}}.',
  },
  'assessment.wrongStatus': {
    id: 'Tidak dapat {{doing}} pada status {{status}} (hanya pada status {{allowed}}).',
    en: 'Cannot {{doingEn}} in status {{statusEn}} (only in status {{allowedEn}}).',
  },
  'assessment.pastDeadline': {
    id: 'Batas waktu pengisian ({{when}} WIB) telah lewat; jawaban tidak dapat disimpan lagi. Minta koordinator memperpanjang batas waktu.',
    en: 'The deadline ({{whenEn}} WIB) has passed; answers can no longer be saved. Ask the coordinator to extend the deadline.',
  },
  'assessment.assessorRequired': { id: 'Pilih minimal satu asesor.', en: 'Choose at least one assessor.' },
  'assessment.tooManyAssessors': { id: 'Paling banyak {{max}} asesor.', en: 'At most {{max}} assessors.' },
  'assessment.teamOutsideGovernment': {
    id: 'Anggota tim harus pengguna pemerintah daerah ini.',
    en: 'Team members must be users of this government.',
  },
  'assessment.reviewerIsCoordinator': {
    id: 'Reviewer (Inspektorat/APIP) tidak boleh sekaligus menjadi koordinator penilaian yang sama.',
    en: 'The reviewer (Inspectorate/APIP) cannot also be the coordinator of the same assessment.',
  },
  'assessment.reviewerIsAssessor': {
    id: 'Reviewer (Inspektorat/APIP) tidak boleh sekaligus menjadi asesor penilaian yang sama.',
    en: 'The reviewer (Inspectorate/APIP) cannot also be an assessor of the same assessment.',
  },
  'assessment.coordinatorIsAssessor': {
    id: 'Koordinator asesor tidak boleh sekaligus menjadi asesor penilaian yang sama: ia memutuskan konsensus di antara para asesor.',
    en: 'The coordinator cannot also be an assessor of the same assessment: they decide the consensus between the assessors.',
  },
  'assessment.teamRoleMissing': {
    id: '{{name}} tidak memiliki peran {{role}} di pemerintah ini. Berikan perannya di Administrasi → Pengguna, atau pilih orang lain.',
    en: '{{name}} does not hold the {{roleEn}} role in this government. Give them the role in Administration → Users, or choose someone else.',
  },
  'assessment.assessorTwice': { id: 'Asesor tercantum lebih dari sekali.', en: 'An assessor is listed more than once.' },
  'assessment.frameworkNotPublished': {
    id: 'Kerangka penilaian belum diterbitkan; terbitkan dulu sebelum dipakai.',
    en: 'The assessment framework is not published yet; publish it before using it.',
  },
  'assessment.teamLocked': {
    id: 'Tim hanya dapat diubah sebelum konsensus dibuka.',
    en: 'The team can only be changed before consensus opens.',
  },
  'assessment.unknownTransition': { id: 'Langkah alur kerja tidak dikenal.', en: 'Unknown workflow step.' },
  'assessment.noAssessor': { id: 'Tim belum memiliki asesor.', en: 'The team has no assessor yet.' },
  'assessment.consensusOpen': {
    id: '{{count}} kriteria belum memiliki jawaban konsensus.',
    en: '{{count}} criteria have no consensus answer yet.',
  },
  'assessment.nothingSentBack': {
    id: 'Tandai minimal satu kriteria "perlu perbaikan" beserta komentar sebelum mengembalikan.',
    en: 'Mark at least one criterion "needs revision" with a comment before sending it back.',
  },
  'assessment.revisionsOpen': {
    id: '{{count}} kriteria yang dikembalikan reviewer belum diperbaiki.',
    en: '{{count}} criteria sent back by the reviewer have not been revised yet.',
  },
  'assessment.revisionsPending': {
    id: '{{count}} kriteria masih berstatus perlu perbaikan; kembalikan ke koordinator atau terima dulu.',
    en: '{{count}} criteria still need revision; send them back to the coordinator or accept them first.',
  },
  'assessment.reasonRequired': {
    id: 'Tuliskan alasannya (minimal 5 karakter).',
    en: 'Write the reason (at least 5 characters).',
  },
  'assessment.reopenAdminOnly': {
    id: 'Hanya administrator yang dapat membuka kembali penilaian final.',
    en: 'Only an administrator can reopen a final assessment.',
  },
  'assessment.reopenFinalOnly': {
    id: 'Hanya penilaian final yang dapat dibuka kembali.',
    en: 'Only a final assessment can be reopened.',
  },
  'assessment.deadlineRequired': { id: 'Batas waktu baru wajib diisi.', en: 'The new deadline is required.' },
  'assessment.deadlineInPast': { id: 'Batas waktu baru harus di masa mendatang.', en: 'The new deadline must be in the future.' },
  'assessment.deadlineNotLater': {
    id: 'Batas waktu baru harus setelah batas waktu sekarang.',
    en: 'The new deadline must be after the current one.',
  },
  // Answers, consensus, review
  'assessment.answerUnknownOption': {
    id: 'Jawaban "{{value}}" bukan salah satu pilihan jawaban.',
    en: 'The answer "{{value}}" is not one of the options.',
  },
  'assessment.answerNotNumber': { id: 'Jawaban "{{value}}" bukan angka.', en: 'The answer "{{value}}" is not a number.' },
  'assessment.answerOutOfRange': {
    id: 'Jawaban "{{value}}" di luar rentang yang diperbolehkan.',
    en: 'The answer "{{value}}" is outside the allowed range.',
  },
  'assessment.answerNoOptions': {
    id: 'Kriteria ini belum memiliki pilihan jawaban.',
    en: 'This criterion has no answer options yet.',
  },
  'assessment.answerNoScale': { id: 'Kriteria ini belum memiliki skala.', en: 'This criterion has no scale yet.' },
  'assessment.answerInvalid': { id: 'Jawaban "{{value}}" tidak valid.', en: 'The answer "{{value}}" is not valid.' },
  'assessment.onlyAssessorAnswers': {
    id: 'Hanya asesor dalam tim penilaian ini yang mengisi lembar kerja.',
    en: 'Only the assessors of this assessment’s team fill in the worksheet.',
  },
  'assessment.onlyAssessorEvidence': {
    id: 'Hanya asesor dalam tim penilaian ini yang menambah data dukung jawaban.',
    en: 'Only the assessors of this assessment’s team add evidence to answers.',
  },
  'assessment.revisionOnlySentBack': {
    id: 'Saat perbaikan hanya kriteria yang dikembalikan reviewer yang dapat diubah.',
    en: 'During revision only the criteria sent back by the reviewer can be changed.',
  },
  'assessment.commentRequired': {
    id: 'Tuliskan komentar saat mengembalikan kriteria.',
    en: 'Write a comment when sending a criterion back.',
  },
  // Evidence
  'assessment.evidenceUrl': {
    id: 'Tautan harus alamat web lengkap (https://…).',
    en: 'The link must be a full web address (https://…).',
  },
  'assessment.criterionRequired': { id: 'Kriteria wajib dipilih.', en: 'Choose a criterion.' },
  'assessment.fileRequired': { id: 'Pilih berkas untuk diunggah.', en: 'Choose a file to upload.' },
  'assessment.fileEmpty': { id: 'Berkas kosong.', en: 'The file is empty.' },
  'assessment.fileTooBig': { id: 'Berkas terlalu besar (maks. {{max}}).', en: 'The file is too big (max. {{max}}).' },
  'assessment.uploadInvalid': { id: 'Unggahan tidak valid.', en: 'Invalid upload.' },
  'assessment.fileTypeRefused': {
    id: 'Jenis berkas {{type}} tidak diterima (PDF, gambar PNG/JPEG, Word, Excel, PowerPoint, ODF, TXT, CSV).',
    en: 'Files of type {{type}} are not accepted (PDF, PNG/JPEG images, Word, Excel, PowerPoint, ODF, TXT, CSV).',
  },
  'assessment.fileExtensionMismatch': {
    id: 'Ekstensi .{{ext}} tidak cocok dengan jenis berkas {{type}}.',
    en: 'The extension .{{ext}} does not match the file type {{type}}.',
  },
  'assessment.onlyUploader': {
    id: 'Hanya pengunggah yang dapat menghapus data dukung ini.',
    en: 'Only the person who uploaded this evidence can remove it.',
  },
  // Frameworks
  'assessment.frameworkNational': {
    id: 'Kerangka nasional tidak dapat diubah; salin menjadi versi baru lalu ubah salinannya.',
    en: 'A national framework cannot be changed; copy it into a new revision and change the copy.',
  },
  'assessment.frameworkInUse': {
    id: 'Kerangka ini sudah dipakai penilaian dan tidak dapat diubah; salin menjadi versi baru.',
    en: 'This framework is used by an assessment and cannot be changed; copy it into a new revision.',
  },
  'assessment.frameworkPublished': {
    id: 'Kerangka yang sudah diterbitkan tidak dapat diubah; salin menjadi versi baru.',
    en: 'A published framework cannot be changed; copy it into a new revision.',
  },
  'assessment.frameworkCopyBusy': {
    id: 'Versi baru kerangka ini sedang dibuat oleh orang lain; coba lagi.',
    en: 'Someone else is making a new revision of this framework; try again.',
  },
  'assessment.frameworkNoCriteria': { id: 'Kerangka belum memiliki kriteria.', en: 'The framework has no criteria yet.' },
  'assessment.weightFormat': {
    id: 'Bobot harus angka 0–9999 dengan paling banyak 4 desimal (pakai titik).',
    en: 'A weight is a number 0–9999 with at most 4 decimals (use a dot).',
  },
  'assessment.optionValue': { id: 'Nilai pilihan harus 0–1.', en: 'An option’s value must be 0–1.' },
  'assessment.scaleNumber': { id: 'Batas skala harus angka.', en: 'A scale bound must be a number.' },
  'assessment.optionCodeTwice': { id: 'Kode pilihan tidak boleh kembar.', en: 'Option codes must be different.' },
  'assessment.categoryTwoOptions': {
    id: 'Jawaban kategori perlu minimal dua pilihan.',
    en: 'A category answer needs at least two options.',
  },
  'assessment.scaleRange': {
    id: 'Skala perlu minimum dan maksimum (maksimum > minimum).',
    en: 'A scale needs a minimum and a maximum (maximum > minimum).',
  },
  'assessment.optionCount': {
    id: 'Jumlah pilihan tidak sesuai jenis jawaban (Ya/Tidak 2, A–C 3, A–D 4, A–E 5).',
    en: 'The number of options does not fit the answer type (Yes/No 2, A–C 3, A–D 4, A–E 5).',
  },
  'assessment.criterionOnSubItem': {
    id: 'Kriteria ditempatkan pada sub-item (bagian tanpa anak).',
    en: 'Criteria belong on a sub-item (a part without children).',
  },
  'assessment.nodeKindBelow': {
    id: 'Bagian jenis {{kind}} tidak dapat ditempatkan di bawah {{parentKind}}.',
    en: 'A part of kind {{kind}} cannot be placed under {{parentKind}}.',
  },
  'assessment.parentHasCriteria': {
    id: 'Bagian induk sudah memiliki kriteria; kriteria hanya ada pada bagian tanpa anak.',
    en: 'The parent part already has criteria; criteria only sit on parts without children.',
  },
  // Follow-up (RATL)
  'assessment.followUpThreshold': {
    id: 'Ambang harus di antara 0 dan 1 (mis. 0.5 untuk 50%).',
    en: 'The threshold must be between 0 and 1 (e.g. 0.5 for 50%).',
  },
  'assessment.followUpNoItems': {
    id: 'Pilih minimal satu kriteria untuk ditindaklanjuti.',
    en: 'Choose at least one criterion to follow up.',
  },
  'assessment.followUpTooEarly': {
    id: 'Rencana tindak lanjut dibuat setelah konsensus ditutup.',
    en: 'A follow-up plan is made after consensus is closed.',
  },
  'assessment.criterionNotInFramework': {
    id: 'Kriteria tidak ada dalam kerangka penilaian ini.',
    en: 'The criterion is not in this assessment’s framework.',
  },
  'assessment.criterionTwice': { id: 'Satu kriteria tercantum lebih dari sekali.', en: 'A criterion is listed more than once.' },
  'assessment.followUpAlready': {
    id: 'Kriteria {{criterion}} sudah dikirim ke rencana tindak lanjut "{{plan}}"; hapus dari daftar lalu kirim lagi.',
    en: 'The criterion {{criterion}} was already sent to the follow-up plan "{{plan}}"; remove it from the list and send again.',
  },
} as const satisfies MessageCatalog;
