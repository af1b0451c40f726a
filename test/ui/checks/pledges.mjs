// The pledges side panel as a person sees it: the Readout Lens activity bar entry opens the
// panel with the corpus pledges in the matrix, a click on a pledge selects its sentence in the
// editor, the compare tab shows the 2021 → 2022 China–Vietnam differences, the timeline is an
// inline SVG; and (on a bare page running the same bundle) hostile readout text stays text and
// 20,000 pledges render only the rows in view.
import fs from 'node:fs';
import path from 'node:path';

/** The frame of the pledges webview (nested iframes), once its page has rendered a table. */
async function panelFrame(workbench, { timeout = 60_000 } = {}) {
  const { frame } = await workbench.findInFrames('body[data-revision] .status', { predicate: (t) => /\d+ of \d+ pledges/.test(t), timeout });
  return frame;
}

/** Shows the Readout Lens container; clicking its activity bar entry when it is open would close it. */
async function openPanel(workbench) {
  const { page } = workbench;
  const entry = page.locator('.activitybar .action-item', { has: page.locator('[aria-label^="Readout Lens"]') }).first();
  await entry.waitFor({ timeout: 20_000 });
  if (!(await entry.evaluate((el) => el.classList.contains('checked')))) await workbench.openViewContainer('Readout Lens');
  return panelFrame(workbench);
}

/** Widens the side bar (the panel is a wide table) by dragging its sash. */
async function widenSideBar(page, width = 820) {
  const box = await page.locator('.part.sidebar').first().boundingBox();
  if (!box || box.width >= width - 20) return;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width + 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 8 });
  await page.mouse.up();
}

/** Expands or collapses a view section of the side bar by its title. */
async function setSectionExpanded(page, title, expanded, { optional = false } = {}) {
  const header = page.locator('.part.sidebar .pane-header', { hasText: title }).first();
  if (optional && (await header.count()) === 0) return;
  await header.waitFor({ timeout: 10_000 });
  if ((await header.getAttribute('aria-expanded')) !== String(expanded)) await header.click();
}

/** Leaves the side bar as the other checks expect it: sections open, the Explorer showing. */
async function restoreSideBar(workbench) {
  await setSectionExpanded(workbench.page, 'Readouts', true).catch(() => {});
  await setSectionExpanded(workbench.page, 'Annotations', true, { optional: true }).catch(() => {});
  await workbench.runCommand('View: Show Explorer').catch(() => {});
}

async function showTab(frame, tab) {
  await frame.locator(`#tab-${tab}`).click();
  await frame.locator(`body[data-tab="${tab}"]`).waitFor({ timeout: 10_000 });
}

async function timelineCheck(workbench, screenshot) {
  const frame = await openPanel(workbench);
  await showTab(frame, 'timeline');
  await frame.locator('svg.timeline .series polyline').first().waitFor({ timeout: 10_000 });
  const series = await frame.locator('svg.timeline .series').count();
  if (series < 2) throw new Error(`only ${series} topic lines drawn`);
  await screenshot('pledges-timeline', { readme: true });
  // A legend button hides its topic's line and shows it again.
  const topic = await frame.locator('.legend-item').first().evaluate((b) => [...b.classList].find((c) => c.startsWith('topic-')));
  await frame.locator('.legend-item').first().click();
  await frame.locator('.legend-item[aria-pressed="false"]').first().waitFor();
  if (await frame.locator(`svg.timeline .series.${topic}`).count()) throw new Error(`${topic} still drawn after hiding it`);
  await frame.locator('.legend-item[aria-pressed="false"]').first().click();
  await frame.locator(`svg.timeline .series.${topic}`).waitFor({ timeout: 5_000 });
}

export default [
  {
    name: 'pledges panel renders the corpus pledges in the matrix',
    async run({ workbench, screenshot, log }) {
      const frame = await openPanel(workbench);
      const { page } = workbench;
      await widenSideBar(page);
      // The readouts tree beside the panel: file name, then date, parties and pledge count.
      await setSectionExpanded(page, 'Readouts', true);
      const treeRow = page.locator('.part.sidebar .monaco-list-row', { hasText: '000_298c9196fca855d1.txt' }).first();
      await treeRow.waitFor({ timeout: 20_000 });
      const treeText = await treeRow.textContent();
      if (!/2021-06-04 · China–Vietnam · \d+ pledges/.test(treeText ?? '')) throw new Error(`readouts tree row: ${treeText}`);
      // The other sections of the container fold away while these checks take their screenshots.
      await setSectionExpanded(page, 'Readouts', false);
      await setSectionExpanded(page, 'Annotations', false, { optional: true });
      await showTab(frame, 'matrix');
      await frame.locator('table.matrix th[scope="row"]', { hasText: 'China' }).first().waitFor({ timeout: 20_000 });
      const rows = await frame.locator('table.matrix tbody th[scope="row"]').allTextContents();
      const status = await frame.locator('.status').textContent();
      log(`matrix rows ${rows.join(', ')}; ${status}`);
      const [shown, total] = /(\d+) of (\d+) pledges/.exec(status).slice(1).map(Number);
      if (!(total > 20 && shown === total)) throw new Error(`expected the whole corpus, got "${status}"`);
      const iChina = rows.indexOf('China'), iVietnam = rows.indexOf('Vietnam');
      if (iChina < 0 || iVietnam < 0) throw new Error(`China and Vietnam rows missing: ${rows.join(', ')}`);
      if (Math.abs(iChina - iVietnam) !== 1) throw new Error(`the two sides of China–Vietnam are not next to each other: ${rows.join(', ')}`);
      const label = await frame.locator('table.matrix button.cell').first().getAttribute('aria-label');
      if (!/pledges?|no pledges/.test(label ?? '')) throw new Error(`matrix cells have no screen-reader label: ${label}`);
      await frame.locator('table.reciprocity').waitFor();
      const csp = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      if (!/default-src 'none'/.test(csp ?? '') || !/script-src 'nonce-[A-Za-z0-9+/=]{16,}'/.test(csp ?? '')) throw new Error(`weak Content-Security-Policy: ${csp}`);
      await screenshot('pledges-matrix', { readme: true });
    },
  },
  {
    name: 'pledges panel: a click on a pledge selects its sentence in the editor',
    async run({ page, workbench, screenshot, log }) {
      const frame = await openPanel(workbench);
      await showTab(frame, 'list');
      // The list is virtual: narrow it with the free-text filter to reach a pledge of 002.
      await frame.locator('#filter-text').fill('RCEP member');
      await frame.locator('.status', { hasText: /^1 of \d+ pledges/ }).waitFor({ timeout: 10_000 });
      const row = frame.locator('.pledge-row[data-pledge-id*="002_851ffc986c6234ed"]').first();
      await row.waitFor({ timeout: 20_000 });
      const sentence = (await row.locator('.sentence').textContent()).trim();
      const rendered = await frame.locator('.pledge-row').count();
      log(`list renders ${rendered} row elements`);
      await row.click();
      await page.locator('.tabs-container .tab.active', { hasText: '002_851ffc986c6234ed.txt' }).waitFor({ timeout: 20_000 });
      // The status bar reports the selection: "Ln x, Col y (N selected)" with N = the sentence length.
      await page.waitForFunction((n) => {
        const item = document.querySelector('.statusbar-item[id="status.editor.selection"]');
        const m = /\((\d+) selected\)/.exec(item?.textContent ?? '');
        return m && Number(m[1]) === n;
      }, [...sentence].length, { timeout: 15_000 });
      await workbench.waitForEditorText(sentence.slice(0, 40));
      await screenshot('pledges-click-reveals-sentence', { readme: true });
      await frame.locator('#filter-clear').click();
      await frame.locator('.status', { hasText: /^(\d+) of \1 pledges/ }).waitFor({ timeout: 10_000 });
    },
  },
  {
    name: 'pledges panel: compare 2021 (000) with 2022 (002) shows dropped health pledges',
    async run({ workbench, screenshot, log }) {
      const frame = await openPanel(workbench);
      await showTab(frame, 'compare');
      await frame.locator('#compare-mode').selectOption('readouts');
      const valueOf = async (prefix) => frame.locator('#compare-a option', { hasText: prefix }).first().getAttribute('value');
      const a = await valueOf('000_298c9196fca855d1'), b = await valueOf('002_851ffc986c6234ed');
      await frame.locator('#compare-a').selectOption(a);
      await frame.locator('#compare-b').selectOption(b);
      await frame.locator('.compare-counts', { hasText: '000_298c9196fca855d1' }).waitFor({ timeout: 10_000 });
      const counts = await frame.locator('.compare-counts').textContent();
      const kinds = await frame.locator('.compare-table tbody tr').evaluateAll((rows) => rows.map((r) => `${r.dataset.kind} ${r.dataset.key}`));
      log(`${counts}; ${kinds.join(' / ')}`);
      if (!kinds.includes('dropped China|health')) throw new Error(`China's 2021 health pledges are not shown as dropped: ${kinds.join(', ')}`);
      if (!kinds.some((k) => k.startsWith('weaker ') || k.startsWith('new '))) throw new Error('no weaker or new pair between the two calls');
      await screenshot('pledges-compare-2021-2022', { readme: true });
    },
  },
  {
    name: 'pledges panel: the timeline is an inline SVG per topic',
    async run({ workbench, screenshot }) {
      try {
        await timelineCheck(workbench, screenshot);
      } finally {
        await restoreSideBar(workbench);
      }
    },
  },
  {
    name: 'pledges panel: follows the colour theme (dark theme screenshot)',
    async run({ page, workbench, screenshot, log }) {
      const openThemePicker = async () => {
        // The picker lists the themes known when it opens; right after start-up that may be none yet.
        for (let attempt = 0; attempt < 12; attempt++) {
          await workbench.dismiss();
          await page.keyboard.press('F1');
          await page.locator('.quick-input-widget:not([style*="display: none"]) .quick-input-box input').fill('>Preferences: Color Theme');
          // Clicked by its exact label: "Browse Color Themes in Marketplace" ranks close.
          await page.locator('.quick-input-widget .monaco-list-row[aria-label^="Preferences: Color Theme"]').first().click({ timeout: 10_000 });
          const listed = await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Dark Modern' }).first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
          if (listed) return;
        }
        throw new Error('the colour theme picker never listed the installed themes');
      };
      const pickTheme = async (label) => {
        await openThemePicker();
        const input = page.locator('.quick-input-widget:not([style*="display: none"]) .quick-input-box input');
        const focused = page.locator('.quick-input-widget .monaco-list-row.focused').first();
        const current = (await focused.waitFor({ timeout: 3_000 }).then(() => focused.getAttribute('aria-label'), () => null)) ?? '';
        await input.fill(label);
        // Click the theme itself: Enter would take whichever row is active (possibly "Browse Additional Color Themes").
        await page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first().click({ timeout: 10_000 });
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
        return current.split(',')[0].trim();
      };
      // This code-server build ships no high-contrast theme; the dark theme shows the panel follows the theme.
      const before = await pickTheme('Dark Modern');
      try {
        await page.waitForFunction(() => document.querySelector('.monaco-workbench')?.classList.contains('vs-dark'), undefined, { timeout: 15_000 });
        const frame = await openPanel(workbench);
        await setSectionExpanded(page, 'Readouts', false);
        await setSectionExpanded(page, 'Annotations', false, { optional: true });
        await showTab(frame, 'compare');
        await frame.locator('body.vscode-dark').waitFor({ timeout: 15_000 });
        const style = await frame.locator('.compare-table .kind').first().evaluate((el) => {
          const s = getComputedStyle(el);
          const bg = getComputedStyle(document.body).backgroundColor;
          return { color: s.color, bg };
        });
        log(`dark theme: change colour ${style.color} on ${style.bg}; theme before: ${before}`);
        if (style.color === style.bg) throw new Error('text has the background colour');
        await screenshot('pledges-dark-theme', { readme: true });
      } finally {
        await pickTheme(before || 'Light Modern').catch((e) => log(`could not restore the theme: ${e.message}`));
        await restoreSideBar(workbench);
      }
    },
  },
  {
    name: 'pledges page: hostile readout text stays text; 20,000 pledges render only visible rows',
    timeout: 120,
    async run({ page, repoRoot, log }) {
      const bundle = fs.readFileSync(path.join(repoRoot, 'dist', 'webview.js'), 'utf8');
      const css = fs.readFileSync(path.join(repoRoot, 'media', 'pledges.css'), 'utf8');
      const bare = await page.context().newPage();
      try {
        await bare.setViewportSize({ width: 900, height: 700 });
        await bare.setContent('<!DOCTYPE html><html><head></head><body><main id="app"></main></body></html>');
        await bare.addStyleTag({ content: css });
        await bare.evaluate(() => {
          window.__posted = [];
          window.__xss = 0;
          window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => {} });
        });
        await bare.addScriptTag({ content: bundle });
        const hostile = ['China will <script>window.__xss=1</script> cooperate.', 'Vietnam will <img src=x onerror="window.__xss=2"> open markets.', 'Both sides will visit javascript:window.__xss=3 soon.'];
        await bare.evaluate((sentences) => {
          const readouts = [{ id: 'r1', label: '<b>r1</b>.txt', date: '2024-01-01', parties: ['China', 'Vietnam'], leaders: ['<i>Li</i>'], pledgeCount: 3, byStrength: { firm: 3, willing: 0, aspirational: 0 } }];
          const pledges = sentences.map((s, i) => ({ id: `r1#${i}`, readoutId: 'r1', date: '2024-01-01', party: ['China', 'Vietnam', 'both'][i], counterparts: ['Vietnam'], topic: 'trade', strength: 'firm', sentence: s, start: i * 100, end: i * 100 + s.length, markers: [] }));
          window.postMessage({ type: 'snapshot', revision: 1, readouts, pledges }, '*');
        }, hostile);
        await bare.locator('body[data-revision="1"]').waitFor({ timeout: 10_000 });
        await bare.locator('#tab-list').click();
        await bare.locator('.pledge-row').first().waitFor();
        const check = await bare.evaluate(() => ({
          scripts: document.querySelectorAll('#app script').length,
          images: document.querySelectorAll('#app img').length,
          links: document.querySelectorAll('#app a[href]').length,
          text: document.querySelector('#app').textContent,
          xss: window.__xss,
        }));
        if (check.scripts || check.images || check.links || check.xss) throw new Error(`hostile text became markup: ${JSON.stringify(check)}`);
        for (const s of hostile) if (!check.text.includes(s)) throw new Error(`not shown as text: ${s}`);
        await bare.locator('.viewport').focus();
        await bare.keyboard.press('ArrowDown');
        await bare.keyboard.press('Enter');
        const opened = await bare.evaluate(() => window.__posted.filter((m) => m.type === 'open').map((m) => m.pledgeId));
        if (!opened.length || !opened.every((id) => /^r1#\d$/.test(id))) throw new Error(`Enter did not post an open message with an id: ${JSON.stringify(opened)}`);
        const shots = path.join(repoRoot, 'test-results', 'screenshots');
        fs.mkdirSync(shots, { recursive: true });
        await bare.screenshot({ path: path.join(shots, 'pledges-hostile-text.png') });

        // Scale: 2,000 readouts, 20,000 pledges.
        const ms = await bare.evaluate(async () => {
          const topics = ['trade', 'health', 'security', 'maritime', 'connectivity', 'energy', 'technology', 'culture', 'diplomacy', 'multilateral', 'other'];
          const strengths = ['firm', 'willing', 'aspirational'];
          const readouts = [], pledges = [];
          for (let r = 0; r < 2000; r++) {
            const date = `${2012 + (r % 14)}-0${1 + (r % 9)}-1${r % 10}`;
            readouts.push({ id: `w${r}`, label: `w${r}.txt`, date, parties: ['China', 'Vietnam'], leaders: [], pledgeCount: 10, byStrength: { firm: 4, willing: 3, aspirational: 3 } });
            for (let k = 0; k < 10; k++) pledges.push({ id: `w${r}#${k}`, readoutId: `w${r}`, date, party: ['China', 'Vietnam', 'both'][k % 3], counterparts: ['Vietnam'], topic: topics[(r + k) % 11], strength: strengths[k % 3], sentence: `Pledge ${k} of readout ${r} on ${topics[(r + k) % 11]}.`, start: k * 100, end: k * 100 + 40, markers: [] });
          }
          const t0 = performance.now();
          window.postMessage({ type: 'snapshot', revision: 2, readouts, pledges }, '*');
          await new Promise((resolve) => { const tick = () => (document.body.dataset.revision === '2' ? resolve() : requestAnimationFrame(tick)); tick(); });
          return performance.now() - t0;
        });
        const rows = await bare.locator('.pledge-row').count();
        const status = await bare.locator('.status').textContent();
        const rendered = await bare.evaluate(() => window.__posted.filter((m) => m.type === 'rendered' && m.revision === 2).map((m) => m.ms));
        log(`20,000 pledges: ${rows} row elements; message to painted ${ms.toFixed(0)} ms; page model+render ${rendered.join(', ')} ms; ${status}`);
        if (!/20000 of 20000/.test(status)) throw new Error(`status: ${status}`);
        if (rows > 100) throw new Error(`${rows} row elements: the list is not virtual`);
        await bare.locator('.viewport').evaluate((v) => { v.scrollTop = 46 * 15000; });
        await bare.locator('.pledge-row[data-index="15000"]').waitFor({ timeout: 5_000 });
        await bare.screenshot({ path: path.join(shots, 'pledges-20000.png') });
      } finally {
        await bare.close();
      }
    },
  },
];
