// What a tester saw on screen (issue 18): trend chart labels that overlapped,
// a PK annual target running into the next column, the header year that did
// not follow the object opened, and the rule behind a category's achievement.
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

type Box = { x: number; y: number; width: number; height: number; text: string };

/** The boxes of every figure drawn on the trend chart. */
async function labelBoxes(page: Page): Promise<Box[]> {
  return page.locator('.trend-point-labels text').evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, text: n.textContent ?? '' };
    }),
  );
}

function overlaps(boxes: Box[]) {
  const hits: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) hits.push(`${a.text} × ${b.text}`);
    }
  return hits;
}

const SIZES = [
  { name: 'desktop', width: 1366, height: 850 },
  // The one-column layout (below the 48rem breakpoint), the smallest the pages are laid out for.
  { name: 'narrow', width: 768, height: 850 },
  // Smaller still (a phone): the chart must not collide there either.
  { name: 'phone', width: 360, height: 740 },
];

async function indicatorIds(page: Page) {
  const res = await page.request.post('/graphql', {
    headers: { 'x-government': 'probolinggo' },
    data: { query: '{ indicators { id code } }' },
  });
  const { indicators } = (await res.json()).data as { indicators: { id: string; code: string }[] };
  return new Map(indicators.map((i) => [i.code, i.id]));
}

test('trend chart labels of the same period never collide, at every size', async ({ page }) => {
  // Four charts, two views, every size the page offers: dozens of page loads (10 s on an idle machine).
  test.setTimeout(180_000);
  await signIn(page, 'pimpinan@probolinggo.demo');
  const ids = await indicatorIds(page);
  // Targets only (SPBE 2020–2024); category realization equal to its target (Opini WTP);
  // a realization below its target (APIP level); a realization just above its target (SPIP 3,0375 against 3).
  const cases = [
    { code: 'PBL-G2-I2', year: 2021 },
    { code: 'PBL-RB1519-S1-I1', year: 2019 },
    { code: 'PBL-RB1519-S1-I2', year: 2019 },
    { code: 'PBL-RB1519-S1-I3', year: 2019 },
  ];
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const c of cases) {
      await page.goto(`/probolinggo/indicators/${ids.get(c.code)}?year=${c.year}`);
      for (const view of ['Tahunan', /Triwulan/] as const) {
        await page.getByRole('button', { name: view }).click();
        const chart = page.getByRole('img', { name: /Grafik tren/ });
        if (view === 'Tahunan') await expect(chart.locator('.trend-point-labels text').first()).toBeVisible();
        const boxes = await labelBoxes(page);
        expect(overlaps(boxes), `${c.code} ${size.name}`).toEqual([]);
        // Labels stay inside the chart.
        if (boxes.length) {
          const frame = (await chart.boundingBox())!;
          for (const b of boxes) {
            expect(b.x).toBeGreaterThanOrEqual(frame.x - 1);
            expect(b.x + b.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
          }
        }
        // When not every period's figures fit, only the focus period is labelled and the chart says so.
        if (await page.getByTestId('trend-labels-note').isVisible()) {
          expect(await chart.locator('.trend-point-labels > g').count()).toBe(1);
        }
        if (view === 'Tahunan') {
          await chart.screenshot({ path: `e2e/screenshots/screen-fixes-01-trend-${c.code}-${size.name}.png` });
        }
      }
    }
  }
  await page.setViewportSize({ width: 1366, height: 850 });
  await page.goto(`/probolinggo/indicators/${ids.get('PBL-G2-I2')}?year=2021`);
  await expect(page.getByTestId('trend-baseline')).toContainText('Baseline 2018: 2,53');
  await page.screenshot({ path: 'e2e/screenshots/screen-fixes-01-trend-page.png', fullPage: true });
});

test('an ordered-category achievement names its rule beside the figure', async ({ page }) => {
  await signIn(page, 'pimpinan@probolinggo.demo');
  await page.goto('/probolinggo/indicators?year=2019');
  const row = page.getByRole('row').filter({ hasText: 'Opini WTP atas Laporan Keuangan' }).first();
  await expect(row).toContainText('100% (tercapai/tidak)');
  const ids = await indicatorIds(page);
  await page.goto(`/probolinggo/indicators/${ids.get('PBL-RB1519-S1-I1')}?year=2019`);
  await expect(page.getByTestId('category-rule')).toContainText('Tercapai / tidak tercapai: 100% bila realisasi');
  await expect(page.locator('.detail-meta .status-rule')).toHaveText(/tercapai\/tidak/);
  await page.screenshot({ path: 'e2e/screenshots/screen-fixes-02-category-rule.png', fullPage: true });
});

test('a long PK target wraps within its cell, and the header year follows the plan opened', async ({ page }) => {
  await signIn(page, 'perencana@gresik.demo');
  await page.goto('/gresik/work-plans?year=2020');
  await page.getByRole('link', { name: /Rencana Aksi Perjanjian Kinerja Tahun 2020/ }).click();
  const grid = page.getByRole('table', { name: /Rencana Aksi Perjanjian Kinerja Tahun 2020/ });
  await expect(grid).toBeVisible();
  const overflowing = await grid
    .locator('td.pk-target')
    .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
  expect(overflowing).toEqual([]);
  await grid.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/screen-fixes-03-pk-table.png' });

  // Opened with another year in the URL (an old link): the header switches to the plan's year.
  const planUrl = new URL(page.url());
  planUrl.searchParams.set('year', '2023');
  await page.goto(planUrl.pathname + planUrl.search);
  await expect(grid).toBeVisible();
  await expect(page.locator('select.select-year')).toHaveValue('2020');
  await expect(page.getByTestId('object-year-differs')).toBeHidden();
  // The user then picks another year: the page says the plan is of 2020 and offers its year back.
  await page.locator('select.select-year').selectOption('2026');
  await expect(page.getByTestId('object-year-differs')).toContainText('untuk tahun 2020, berbeda dari tahun terpilih (2026)');
  await page.screenshot({ path: 'e2e/screenshots/screen-fixes-04-year-differs.png' });
  await page.getByRole('button', { name: 'Pakai tahun 2020' }).click();
  await expect(page.locator('select.select-year')).toHaveValue('2020');
  await expect(page.getByTestId('object-year-differs')).toBeHidden();
});

test('a planner declares how an ordered-category indicator becomes an achievement', async ({ page }) => {
  await signIn(page, 'perencana@probolinggo.demo');
  await page.goto('/probolinggo/indicators?year=2026');
  await page.getByRole('button', { name: 'Tambah indikator' }).click();
  const dialog = page.getByRole('dialog', { name: 'Indikator baru di luar Road Map' });
  const name = `Opini BPK atas LKPD ${Date.now()}`;
  await dialog.getByLabel('Nama indikator').fill(name);
  await dialog.getByLabel('Satuan').fill('Predikat');
  await dialog.getByLabel('Jenis nilai').selectOption({ label: 'Kategori berurutan' });
  await dialog.getByLabel('Kategori, dari yang terbaik').fill('WTP, WDP, TW, TMP');
  // Met / not met by default, said in words; a share by rank only where declared.
  const rule = dialog.getByLabel('Aturan capaian kategori');
  await expect(rule).toHaveValue('MET_OR_NOT');
  await expect(
    dialog.getByText('Capaian 100% bila realisasi sama dengan atau lebih baik dari kategori target, selain itu 0%.'),
  ).toBeVisible();
  await rule.selectOption({ label: 'Bagian menurut peringkat' });
  await expect(dialog.getByText(/target WTP, realisasi WDP = 66,67%/)).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/screen-fixes-05-category-rule-form.png' });
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await page.request.post('/graphql', { headers: { 'x-government': 'probolinggo' }, data: { query, variables } });
    return (await res.json()).data;
  };
  const { indicators } = await gql('{ indicators { id name categoryAchievement } }');
  const made = (indicators as { id: string; name: string; categoryAchievement: string }[]).find((i) => i.name === name)!;
  expect(made.categoryAchievement).toBe('RANK_SHARE');
  // One rank below the target: 66,67 % under the declared share by rank, with the rule named beside it.
  await gql(`mutation ($inputs: [IndicatorValueInput!]!) { setIndicatorValues(inputs: $inputs) { value { id } } }`, {
    inputs: [
      { indicatorId: made.id, kind: 'TARGET', year: 2026, text: 'WTP' },
      { indicatorId: made.id, kind: 'REALIZATION', year: 2026, text: 'WDP' },
    ],
  });
  await page.goto(`/probolinggo/indicators/${made.id}?year=2026`);
  await expect(page.locator('.detail-meta .status-badge').first()).toContainText('66,67% (menurut peringkat)');
  await page.screenshot({ path: 'e2e/screenshots/screen-fixes-06-rank-share.png' });
});
