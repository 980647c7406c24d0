// Performance-tree journeys: a planner builds a branch (map, panel, outline keyboard moves,
// delete with undo, export) and a manager follows a result down to the work plan. Each
// journey uses unique statements and touches only the nodes it creates, so other specs'
// data stays as it was.
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

async function openTree(page: Page, gov: string, title: RegExp) {
  await page.goto(`/${gov}/tree?year=2021`);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('tree-map')).toBeVisible();
  await expect(page.locator('[data-node-id]').first()).toBeVisible();
}

async function searchAndSelect(page: Page, text: string) {
  const search = page.getByRole('searchbox', { name: 'Cari simpul' });
  await search.fill(text);
  await search.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Rincian simpul' }).getByRole('heading', { name: text, exact: true })).toBeVisible();
}

test('planner builds a branch of the performance tree', async ({ page }) => {
  // A long journey (map keyboard and drags, outline, undo, five exports): more than the default minute on a busy machine.
  test.setTimeout(150_000);
  const suffix = Date.now().toString(36);
  const activity = `Pengelolaan Uji Kompetensi Jabatan ${suffix}`;
  const sub = `Uji kompetensi teknis ${suffix}`;
  await signIn(page, 'perencana@lumajang.demo');
  await openTree(page, 'lumajang', /Pohon Kinerja Badan Kepegawaian Daerah/);
  await expect(page.getByRole('heading', { name: 'Pemeriksaan' })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/performance-tree-map.png', fullPage: true });

  // A new activity under the level-3 program, with indicator, baseline and rationale.
  await searchAndSelect(page, 'Pengembangan Kompetensi SDM');
  const panel = page.getByRole('complementary', { name: 'Rincian simpul' });
  // The map from the keyboard: the selected node is its tab stop; ↓ child, → sibling, ↑ parent, Enter opens.
  const map = page.getByTestId('tree-map');
  const program = map.getByRole('button', { name: /^Level 3 · [^:]+: Pengembangan Kompetensi SDM(\.|$)/ });
  await expect(program).toHaveAttribute('tabindex', '0');
  await program.focus();
  await page.keyboard.press('ArrowDown');
  await expect(map.getByRole('button', { name: /^Level \d · [^:]+: Penyelenggaraan Pengembangan Kompetensi(\.|$)/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const evaluation = map.getByRole('button', { name: /^Level \d · [^:]+: Evaluasi dan Pelaporan(\.|$)/ });
  await expect(evaluation).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: 'Evaluasi dan Pelaporan', exact: true })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/performance-tree-map-keyboard.png' });
  await page.keyboard.press('ArrowUp');
  await expect(program).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: 'Pengembangan Kompetensi SDM', exact: true })).toBeVisible();
  await panel.getByRole('button', { name: 'Tambah turunan' }).click();
  await panel.getByLabel('Pernyataan kinerja').fill(activity);
  await expect(panel.getByLabel('Jenis')).toHaveValue('ACTIVITY');
  await panel.getByLabel('Indikator (tertulis)').fill('Persentase pejabat yang lulus uji kompetensi');
  await panel.getByLabel('Nilai fenomena').fill('43,8');
  await panel.getByLabel('Tahun fenomena').fill('2021');
  await panel.getByLabel('Sumber fenomena').fill('BKD Lumajang, 2021');
  await panel.getByLabel('Keterkaitan dengan induk (dasar regulasi)').fill('PermenPANRB 40/2018: uji kompetensi bagian dari sistem merit');
  await panel.getByRole('button', { name: 'Simpan' }).click();
  await expect(panel.getByRole('heading', { name: activity })).toBeVisible();
  await expect(panel.getByText('43,8 (2021) — BKD Lumajang, 2021')).toBeVisible();
  await expect(page.locator('[data-node-id]').filter({ hasText: 'Pengelolaan Uji Kompetensi' })).toBeVisible();

  // Its sub-activity, at the same level 4 as the document counts them.
  await panel.getByRole('button', { name: 'Tambah turunan' }).click();
  await expect(panel.getByLabel('Jenis')).toHaveValue('SUB_ACTIVITY');
  await panel.getByLabel('Pernyataan kinerja').fill(sub);
  await panel.getByRole('button', { name: 'Simpan' }).click();
  await expect(panel.getByRole('heading', { name: sub })).toBeVisible();
  await expect(panel.getByText('Level 4 · Sub Kegiatan')).toBeVisible();

  // Link an indicator to the activity, with the rationale of the link.
  await searchAndSelect(page, activity);
  await panel.getByRole('button', { name: 'Tautkan indikator' }).click();
  const choice = panel.getByLabel('Pilih indikator');
  await expect(choice.locator('option').nth(1)).toBeAttached();
  const indicatorName = (await choice.locator('option').nth(1).textContent())?.trim() ?? '';
  await choice.selectOption({ index: 1 });
  await panel.getByLabel('Alasan keterkaitan').fill('Capaian uji kompetensi menopang indeks ini');
  await panel.getByRole('button', { name: 'Tautkan', exact: true }).click();
  await expect(panel.getByText(indicatorName.split(' — ').pop() as string).first()).toBeVisible();

  // Drag on the map: the sub-activity's handle dropped on another activity moves it there, and back.
  const subNode = page.locator('[data-node-id]').filter({ hasText: sub });
  const target = page.locator('[data-node-id]').filter({ hasText: 'Evaluasi dan Pelaporan' }).first();
  await searchAndSelect(page, sub);
  const handle = subNode.locator('[data-drag-handle]');
  const from = await handle.boundingBox();
  const to = await target.locator('rect').first().boundingBox();
  if (!from || !to) throw new Error('drag handle or target not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + 20, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByRole('status').filter({ hasText: 'Cabang dipindahkan.' })).toBeAttached();
  await panel.getByLabel('Pindahkan ke induk').selectOption({ label: `— — — — ${activity}` });
  await panel.getByRole('button', { name: 'Pindahkan', exact: true }).click();
  await expect(panel.getByLabel('Pindahkan ke induk')).toHaveValue(/.+/);

  // Dropped on the left edge of a sibling, the activity is placed before it (not under it).
  await searchAndSelect(page, activity);
  const activityNode = page.locator('[data-node-id]').filter({ hasText: 'Pengelolaan Uji Kompetensi' }).first();
  const last = page.locator('[data-node-id]').filter({ hasText: 'Pelaksanaan Kerjasama Antar Lembaga' }).first();
  const lastBox = await last.locator('rect').first().boundingBox();
  const activityHandle = await activityNode.locator(':scope > [data-drag-handle]').boundingBox();
  if (!lastBox || !activityHandle) throw new Error('activity handle or sibling not on screen');
  await page.mouse.move(activityHandle.x + activityHandle.width / 2, activityHandle.y + activityHandle.height / 2);
  await page.mouse.down();
  await page.mouse.move(lastBox.x + lastBox.width * 0.08, lastBox.y + lastBox.height / 2, { steps: 8 });
  const tip = page.getByTestId('tree-map').getByText('Taruh sebelum: Pelaksanaan Kerjasama Antar Lembaga');
  await expect(tip).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/performance-tree-map-drop-before.png' });
  await page.mouse.up();
  await expect(tip).toBeHidden();

  // Outline: the new activity moves up one place with Alt+↑ from the keyboard.
  await page.getByRole('link', { name: 'Daftar bertingkat' }).click();
  const tree = page.getByRole('tree', { name: 'Struktur pohon kinerja' });
  await expect(tree).toBeVisible();
  const item = tree.getByRole('treeitem', { name: new RegExp(activity) });
  const parent = tree.getByRole('treeitem', { name: /Pengembangan Kompetensi SDM/ }).first();
  const childNames = async () => parent.locator(':scope > ul > li[role="treeitem"] > .tree-outline-row .tree-statement').allTextContents();
  await expect
    .poll(childNames)
    .toEqual(['Penyelenggaraan Pengembangan Kompetensi', 'Evaluasi dan Pelaporan', activity, 'Pelaksanaan Kerjasama Antar Lembaga']);
  await item.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(childNames)
    .toEqual(['Penyelenggaraan Pengembangan Kompetensi', activity, 'Evaluasi dan Pelaporan', 'Pelaksanaan Kerjasama Antar Lembaga']);
  // Edit in place: F2 on the focused node, type, Enter.
  await item.focus();
  await page.keyboard.press('F2');
  const input = tree.getByRole('textbox', { name: 'Pernyataan kinerja' });
  await input.fill(`${activity} (diubah)`);
  await input.press('Enter');
  await expect(tree.getByRole('treeitem', { name: new RegExp(`${activity} \\(diubah\\)`) })).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/performance-tree-outline.png', fullPage: true });

  // Delete the sub-activity, then undo.
  await tree
    .getByRole('treeitem', { name: new RegExp(sub) })
    .locator('.tree-outline-body')
    .click();
  await panel.getByRole('button', { name: 'Hapus' }).click();
  await expect(page.getByText(`“${sub}” dihapus beserta 1 simpul.`)).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: new RegExp(sub) })).toHaveCount(0);
  await page.getByRole('button', { name: 'Batalkan' }).click();
  await expect(tree.getByRole('treeitem', { name: new RegExp(sub) })).toHaveCount(1);

  // Export the map for A3 landscape.
  await page.getByRole('link', { name: 'Peta', exact: true }).click();
  await expect(page.getByTestId('tree-map')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh SVG' }).click();
  expect((await download).suggestedFilename()).toMatch(/-A3\.svg$/);
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh PNG' }).click();
  const pngFile = await png;
  expect(pngFile.suggestedFilename()).toMatch(/-A3\.png$/);
  await pngFile.saveAs('e2e/screenshots/performance-tree-export-a3.png');
  // One more page per level-3 branch, legible at A4.
  await page.getByLabel('Ukuran kertas').selectOption('A4');
  await page.getByLabel('Isi', { exact: true }).selectOption('branches');
  const downloads: import('@playwright/test').Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: 'Unduh PNG' }).click();
  await expect(
    page.getByText(/^5 halaman\. Huruf terkecil pada kertas: [\d,]+ pt di halaman seluruh pohon, [\d,]+ pt di halaman cabang\./),
  ).toBeVisible();
  await expect.poll(() => downloads.length).toBe(5);
  expect(downloads[4]?.suggestedFilename()).toMatch(/Pengembangan-Kompetensi-SDM-A4\.png$/);
  await downloads[4]?.saveAs('e2e/screenshots/performance-tree-export-branch-a4.png');
  await expect(page.getByText(/Huruf terkecil pada kertas: \d/)).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/performance-tree-export.png', fullPage: true });
});

test('manager follows a result down to the work plan', async ({ page }) => {
  await signIn(page, 'pimpinan@probolinggo.demo');
  await openTree(page, 'probolinggo', /Pohon Kinerja Reformasi Birokrasi Kota Probolinggo 2021/);
  await searchAndSelect(page, 'Birokrasi yang kapabel');
  const panel = page.getByRole('complementary', { name: 'Rincian simpul' });
  // A manager reads; no editing controls.
  await expect(panel.getByRole('button', { name: 'Ubah' })).toHaveCount(0);
  await expect(panel.getByText('PBL-G2-I3 — Nilai Indeks Profesionalitas ASN')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/performance-tree-manager-map.png' });
  await panel.getByRole('link', { name: /Lihat cascading/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Cascading: Birokrasi yang kapabel' })).toBeVisible();
  const actions = page.getByRole('region', { name: 'Aksi dan tahapan rencana kerja' });
  await expect(actions.getByRole('listitem').first()).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Turunan simpul ini' }).getByRole('link', { name: 'Penataan Sistem Manajemen SDM Aparatur' }),
  ).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/performance-tree-cascade.png' });

  // Up from a step to the results it serves.
  await actions
    .getByRole('link', { name: /Hasil yang dilayani tahapan ini/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hasil yang dilayani tahapan ini' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Birokrasi yang kapabel' }).first()).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/performance-tree-step.png', fullPage: true });
  await page.goBack();

  // Down into the planner's grid, focused on the action.
  const first = actions.locator('.cascade-action .cascade-statement a').first();
  const actionName = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(/\/probolinggo\/work-plans\/[0-9a-f-]+\?.*focus=[0-9a-f-]+/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rencana Kerja Reformasi Birokrasi');
  expect(actionName.length).toBeGreaterThan(5);
  await page.screenshot({ path: 'e2e/screenshots/performance-tree-to-grid.png', fullPage: false });
});

test('planner keeps the business-process maps of the same document', async ({ page }) => {
  const suffix = Date.now().toString(36);
  const activity = `Menyusun laporan uji ${suffix}`;
  await signIn(page, 'perencana@lumajang.demo');
  await page.goto('/lumajang/process-maps?year=2021');
  await expect(page.getByRole('heading', { level: 1, name: 'Peta Proses Bisnis' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Proses utama' }).getByText('Meningkatnya Profesionalitas ASN')).toBeVisible();
  await expect(
    page.getByRole('table', { name: /Peta relasi/ }).getByRole('row', { name: /Meningkatnya Profesionalitas ASN/ }),
  ).toContainText('Kepala BKD');
  const table = page.getByRole('table', { name: /Peta lintas fungsi/ });
  await expect(table.getByRole('row', { name: /Melakukan pemberhentian aparatur/ })).toContainText('SK pensiun');
  await page.screenshot({ path: 'e2e/screenshots/performance-tree-process-maps.png', fullPage: true });

  // A new supporting process, reordered from the keyboard (handle: Space, ↑, Space) and with its button, then removed.
  const supporting = page.getByRole('region', { name: 'Proses pendukung' });
  const processName = `Pengelolaan arsip uji ${suffix}`;
  await supporting.getByRole('button', { name: /Tambah proses/ }).click();
  await supporting.getByLabel('Nama proses').fill(processName);
  await supporting.getByRole('button', { name: 'Simpan' }).click();
  const names = () => supporting.locator('.process-name').allTextContents();
  await expect.poll(async () => (await names()).at(-1)).toBe(processName);
  const count = (await names()).length;
  const handle = supporting.getByRole('button', { name: `Urutkan ${processName} (seret, atau Spasi lalu tombol panah)` });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  // The drag has started (announced over its own place) and its key listeners are set (two frames later).
  await expect(page.getByText(`${processName} berada di atas ${processName}.`)).toBeAttached();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText(`${processName} berada di atas Meningkatnya Manajemen ASN melalui Sistem Merit.`)).toBeAttached();
  await page.keyboard.press('Space');
  await expect.poll(async () => (await names()).indexOf(processName)).toBe(count - 2);
  await expect(page.getByText(`${processName} kini urutan ke-${count - 1} dari ${count}.`)).toBeVisible();
  await supporting.getByRole('button', { name: `Naikkan: ${processName}` }).click();
  await expect.poll(async () => (await names()).indexOf(processName)).toBe(count - 3);
  await page.reload();
  await expect.poll(async () => (await names()).indexOf(processName)).toBe(count - 3);
  await page.screenshot({ path: 'e2e/screenshots/performance-tree-process-reorder.png', fullPage: true });
  await supporting.getByRole('button', { name: `Hapus: ${processName}` }).click();
  await expect(supporting.getByText(processName)).toHaveCount(0);

  // A new row of the cross-function table, then edited and removed.
  await page.getByRole('button', { name: '+ Tambah aktivitas' }).click();
  await page.getByLabel('Aktivitas').fill(activity);
  await page.getByLabel('Pelaksana').fill('Sekban');
  await page.getByLabel('Dokumen keluaran').fill('Laporan');
  await page.getByRole('button', { name: 'Simpan' }).click();
  const row = table.getByRole('row', { name: new RegExp(activity) });
  await expect(row).toContainText('Laporan');
  await row.getByRole('button', { name: `Ubah: ${activity}` }).click();
  await page.getByLabel('Dokumen keluaran').fill('Laporan akhir');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(row).toContainText('Laporan akhir');
  await row.getByRole('button', { name: `Hapus: ${activity}` }).click();
  await expect(table.getByRole('row', { name: new RegExp(activity) })).toHaveCount(0);
});
