// The editor features as a person sees them: leaders, agreements and commitments painted in
// their theme colours, commitment strengths told apart by line style, the hover widget with its
// links to other mentions, and a link that opens the other readout.

/** Colours of painted decorations (view overlays and inline spans) in the active editor. */
async function paintedStyles(page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!editor) return { vars: {}, painted: [] };
    const root = getComputedStyle(document.querySelector('.monaco-workbench'));
    const vars = {};
    for (const name of ['leaderBackground', 'agreementBackground', 'commitmentFirm', 'commitmentWilling', 'commitmentAspirational']) {
      vars[name] = root.getPropertyValue(`--vscode-readoutLens-${name}`).trim();
    }
    const painted = [...editor.querySelectorAll('.view-overlays .cdr, .view-lines span[class*="ced-"]')].map((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, borderStyle: s.borderBottomStyle, borderColor: s.borderBottomColor, width: el.getBoundingClientRect().width };
    }).filter((p) => p.width > 0);
    return { vars, painted };
  });
}

/** A CSS colour as VS Code writes it (#rrggbb[aa] or rgb[a](...)) -> { r, g, b, a }. */
function parseColour(css) {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/i.exec(css.trim());
  if (hex) return { r: parseInt(hex[1], 16), g: parseInt(hex[2], 16), b: parseInt(hex[3], 16), a: hex[4] ? parseInt(hex[4], 16) / 255 : 1 };
  const fn = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(css);
  if (fn) return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: fn[4] === undefined ? 1 : Number(fn[4]) };
  return undefined;
}
function sameColour(a, b) {
  const x = parseColour(a ?? '');
  const y = parseColour(b ?? '');
  return !!x && !!y && x.r === y.r && x.g === y.g && x.b === y.b && Math.abs(x.a - y.a) < 0.02;
}

export default [
  {
    name: 'editor: leaders and agreements are painted in their theme colours',
    async run({ page, workbench, screenshot, log }) {
      await workbench.openFile('001_e84a89daaf5fd576.txt');
      await workbench.waitForEditorText('Chinese Premier Li Qiang');
      let last;
      await page.waitForFunction(() => document.querySelectorAll('.editor-group-container.active .monaco-editor .view-overlays .cdr').length > 3, undefined, { timeout: 30_000 });
      for (let i = 0; i < 50; i++) {
        last = await paintedStyles(page);
        if (last.painted.some((p) => sameColour(p.background, last.vars.leaderBackground))) break;
        await page.waitForTimeout(200);
      }
      const leaders = last.painted.filter((p) => sameColour(p.background, last.vars.leaderBackground));
      if (!last.vars.leaderBackground) throw new Error('the theme has no readoutLens.leaderBackground colour: contributes.colors missing');
      if (leaders.length < 3) throw new Error(`leader colour ${last.vars.leaderBackground} painted ${leaders.length}x; painted: ${JSON.stringify(last.painted.slice(0, 8))}`);
      const agreements = last.painted.filter((p) => sameColour(p.background, last.vars.agreementBackground));
      const strengths = new Set(last.painted.filter((p) => ['solid', 'dashed', 'dotted'].includes(p.borderStyle) && p.borderStyle !== 'none').map((p) => p.borderStyle));
      log(`painted: ${leaders.length} leader, ${agreements.length} agreement boxes; commitment line styles: ${[...strengths].join(', ') || 'none'}`);
      // Each commitment line style carries its strength's colour: solid = firm, dashed = willing, dotted = aspirational.
      const colourOf = { solid: last.vars.commitmentFirm, dashed: last.vars.commitmentWilling, dotted: last.vars.commitmentAspirational };
      const commitments = last.painted.filter((p) => Object.values(colourOf).some((c) => sameColour(p.borderColor, c)));
      if (!commitments.length) throw new Error(`no commitment underline painted: ${JSON.stringify(last.painted.slice(0, 8))}`);
      for (const p of commitments) {
        if (!sameColour(p.borderColor, colourOf[p.borderStyle])) throw new Error(`a ${p.borderStyle} underline in ${p.borderColor}: strength and colour disagree`);
      }
      // The status bar item: the readout's date and counts.
      await page.locator('.statusbar-item', { hasText: '2024-10-12' }).first().waitFor({ timeout: 10_000 });
      await screenshot('editor-highlights', { readme: true });
    },
  },
  {
    name: 'editor: the hover on a leader shows office, date and links to other mentions',
    async run({ page, workbench, screenshot, log }) {
      await workbench.openFile('001_e84a89daaf5fd576.txt');
      await workbench.waitForEditorText('Chinese Premier Li Qiang');
      const text = await workbench.hoverWord('Li Qiang', { expect: 'Premier of the State Council', timeout: 30_000 });
      if (!/Li Qiang/.test(text) || !/China/.test(text)) throw new Error(`hover says: ${text}`);
      if (!/synthetic_02_vietnam_china_crlf\.txt/.test(text)) throw new Error(`no link to the 2023 readout: ${text}`);
      const links = await page.evaluate(() => [...document.querySelectorAll('.monaco-hover a')]
        .filter((a) => a.offsetParent !== null).map((a) => ({ text: a.textContent, href: a.getAttribute('data-href') ?? a.getAttribute('href') ?? '' })));
      const mentionLinks = links.filter((l) => l.href.startsWith('command:readoutLens.openMention'));
      if (mentionLinks.length < 3) throw new Error(`mention links: ${JSON.stringify(links)}`);
      if (!links.some((l) => l.href.startsWith('command:readoutLens.showMentions'))) throw new Error('no "show all" link');
      log(`hover: ${mentionLinks.length} mention links, e.g. ${mentionLinks.map((l) => l.text).slice(0, 3).join(', ')}`);
      // The widget fades in: take the picture once it is opaque.
      await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover')].some((h) => h.offsetParent !== null && getComputedStyle(h).opacity === '1'), undefined, { timeout: 5_000 }).catch(() => {});
      await screenshot('editor-hover', { readme: true });
      // Following a link opens the other readout.
      await page.locator('.monaco-hover a', { hasText: 'synthetic_02_vietnam_china_crlf.txt' }).first().click();
      await page.locator('.tabs-container .tab.active', { hasText: 'synthetic_02_vietnam_china_crlf.txt' }).first().waitFor({ timeout: 20_000 });
    },
  },
];
