// Print and export of the map at paper size (A4 or A3 landscape), as vector SVG or as PNG at
// 150 dpi. The drawing uses SVG presentation attributes only, so the copy needs no stylesheet;
// the buttons of the screen (toggles, drag handles) are left out.

export type PaperSize = 'A4' | 'A3';
/** Landscape paper in millimetres. */
export const PAPER: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 297, height: 210 },
  A3: { width: 420, height: 297 },
};
const MARGIN_MM = 10;
const TITLE_MM = 12;

export interface ExportPage {
  /** SVG markup of the drawing (a <g>), in layout pixels. */
  markup: string;
  bounds: { x: number; y: number; width: number; height: number };
  title: string;
  subtitle: string;
}

function escapeXml(s: string) {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One page: the drawing fitted to the paper (landscape), under its title. */
export function buildExportSvg(page: ExportPage, paper: PaperSize): { svg: string; scaleMmPerPx: number } {
  const { width, height } = PAPER[paper];
  const { bounds } = page;
  const availW = width - 2 * MARGIN_MM;
  const availH = height - 2 * MARGIN_MM - TITLE_MM;
  const k = Math.min(availW / Math.max(bounds.width, 1), availH / Math.max(bounds.height, 1));
  const tx = MARGIN_MM + (availW - bounds.width * k) / 2 - bounds.x * k;
  const ty = MARGIN_MM + TITLE_MM - bounds.y * k;
  // Titles are cut to the paper's width (about 0.55 of the font size per character).
  const fit = (text: string, size: number) => {
    const max = Math.floor((width - 2 * MARGIN_MM) / (size * 0.55));
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  };
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}mm" height="${height}mm" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${MARGIN_MM}" y="${MARGIN_MM + 4}" font-size="5" font-weight="700" font-family="system-ui, sans-serif" fill="#1b2430">${escapeXml(fit(page.title, 5))}</text>`,
    `<text x="${MARGIN_MM}" y="${MARGIN_MM + 9}" font-size="3.2" font-family="system-ui, sans-serif" fill="#4f5b69">${escapeXml(fit(page.subtitle, 3.2))}</text>`,
    `<g transform="translate(${tx},${ty}) scale(${k})">${page.markup}</g>`,
    '</svg>',
  ].join('');
  return { svg, scaleMmPerPx: k };
}

/** Smallest text size on paper, in points (the map's smallest font is 10 px). */
export function smallestTextPt(scaleMmPerPx: number, smallestPx = 10) {
  return (smallestPx * scaleMmPerPx * 72) / 25.4;
}

function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(svg: string, filename: string) {
  download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), filename);
}

/** Renders the SVG to a PNG at 150 dpi of the paper size. */
export async function svgToPngBlob(svg: string, paper: PaperSize, dpi = 150): Promise<Blob> {
  const { width, height } = PAPER[paper];
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The drawing could not be rendered'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = px(width);
    canvas.height = px(height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadPng(svg: string, paper: PaperSize, filename: string) {
  download(await svgToPngBlob(svg, paper), filename);
}

/** Prints the pages (landscape at the chosen paper size, one drawing each) through a hidden frame. */
export function printSvg(pages: string[], paper: PaperSize, title: string) {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  document.body.append(frame);
  const doc = frame.contentDocument;
  if (!doc) return;
  doc.open();
  doc.write(
    `<!doctype html><html><head><title>${escapeXml(title)}</title><style>@page{size:${paper} landscape;margin:0}html,body{margin:0}svg{display:block;width:100vw;height:100vh;break-after:page}svg:last-child{break-after:auto}</style></head><body>${pages.join('')}</body></html>`,
  );
  doc.close();
  setTimeout(() => {
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), 1000);
  }, 100);
}

export function fileSafe(name: string) {
  return name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
}
