// Annotating as a person does it: the cursor on a highlighted leader, Ctrl+. opens the quick
// fixes with Readout Lens's labels, choosing "Not a leader here" strikes the mention through
// and writes the W3C sidecar, and the Annotations view in the Readout Lens container lists it.
// Everything the check writes into the test workspace is removed afterwards.
import * as fs from 'node:fs';
import * as path from 'node:path';

const FILE = '106_us_korea_trump_moon_2018.txt';


/** Labels of the rows the quick-fix menu shows. */
async function quickFixRows(page) {
  return page.evaluate(() => [...document.querySelectorAll('.action-widget .monaco-list-row, .context-view .action-label')]
    .filter((el) => el.offsetParent !== null).map((el) => (el.textContent ?? '').replace(/\u00a0/g, ' ').trim()).filter(Boolean));
}

/** Removes the sidecar this check made, and its folders when nothing else is left in them. */
/**
 * Presses Ctrl+. until the quick-fix menu shows a row containing `wanted` (the code actions of a
 * fresh cursor position may not be computed yet on the first press); returns the rows.
 */
async function openQuickFixes(page, wanted) {
  let rows = [];
  for (let attempt = 0; attempt < 6; attempt++) {
    await page.keyboard.press('Control+.');
    await page.waitForFunction((w) => [...document.querySelectorAll('.action-widget .monaco-list-row')]
      .some((el) => el.offsetParent !== null && (el.textContent ?? '').replace(/\u00a0/g, ' ').includes(w)), wanted, { timeout: 5_000 }).catch(() => {});
    rows = await quickFixRows(page);
    if (rows.some((r) => r.includes(wanted))) return rows;
    await page.keyboard.press('Escape');
  }
  throw new Error(`the quick-fix menu never showed "${wanted}"; last rows: ${rows.join(' | ')}`);
}

function cleanUp(workspace) {
  const sidecar = path.join(workspace, '.readout-lens', 'annotations', 'readouts', `${FILE}.json`);
  fs.rmSync(sidecar, { force: true });
  for (const dir of ['.readout-lens/annotations/readouts', '.readout-lens/annotations', '.readout-lens']) {
    try { fs.rmdirSync(path.join(workspace, dir)); } catch { /* not empty, or gone */ }
  }
}

export default [
  {
    name: 'annotations: the quick fix rejects a highlight and the Annotations view lists it',
    timeout: 120,
    async run({ page, workbench, screenshot, log, workspace }) {
      const sidecar = path.join(workspace, '.readout-lens', 'annotations', 'readouts', `${FILE}.json`);
      try {
        await workbench.openFile(FILE);
        await workbench.waitForEditorText('Ivanka Trump');
        // Wait for the leader highlights before asking for fixes on one.
        await page.waitForFunction(() => document.querySelectorAll('.editor-group-container.active .monaco-editor .view-overlays .cdr').length > 3, undefined, { timeout: 30_000 });
        const box = await workbench.wordCenter('Ivanka');
        if (!box) throw new Error('"Ivanka" is not shown');
        await page.mouse.click(box.x, box.y);
        const rows = await openQuickFixes(page, 'Not a leader here');
        log(`quick fixes: ${rows.filter((r) => r.includes('Readout Lens')).join(' | ')}`);
        for (const wanted of ['Not a leader here', 'Confirm', 'Never a leader', 'office to the user gazetteer']) {
          if (!rows.some((r) => r.includes(wanted))) throw new Error(`no quick fix "${wanted}" in: ${rows.join(' | ')}`);
        }
        await screenshot('annotations-quickfix', { readme: true });
        await page.locator('.action-widget .monaco-list-row', { hasText: 'Not a leader here' }).first().click();

        // The sidecar is written and the mention is struck through in the editor.
        const deadline = Date.now() + 20_000;
        while (!fs.existsSync(sidecar)) {
          if (Date.now() > deadline) throw new Error(`no sidecar written at ${sidecar}`);
          await page.waitForTimeout(100);
        }
        const item = JSON.parse(fs.readFileSync(sidecar, 'utf8')).items[0];
        if (item.target.selector[0].exact !== 'Ivanka Trump' || item.body[0].value !== 'not-leader') throw new Error(`sidecar item: ${JSON.stringify(item)}`);
        await page.waitForFunction(() => [...document.querySelectorAll('.editor-group-container.active .view-lines span')]
          .some((s) => getComputedStyle(s).textDecorationLine.includes('line-through') && s.textContent.replace(/\u00a0/g, ' ').includes('Ivanka')), undefined, { timeout: 20_000 });

        // Confirming a machine finding needs no question: a solid box marks it as the user's.
        const pence = await workbench.wordCenter('Pence');
        if (!pence) throw new Error('"Pence" is not shown');
        await page.mouse.click(pence.x, pence.y);
        await openQuickFixes(page, 'Confirm "Mike Pence"');
        await page.locator('.action-widget .monaco-list-row', { hasText: 'Confirm "Mike Pence"' }).first().click();
        log('confirmed Mike Pence');
        await page.waitForFunction(() => JSON.stringify([...document.querySelectorAll('.editor-group-container.active .view-overlays .cdr, .editor-group-container.active .view-lines span')]
          .map((s) => getComputedStyle(s)).filter((c) => c.borderTopStyle === 'solid' && parseFloat(c.borderTopWidth) >= 1).length) !== '0', undefined, { timeout: 20_000 });

        // The Annotations view in the Readout Lens container lists the labels under their file.
        await workbench.openViewContainer('Readout Lens');
        const header = page.locator('.pane-header', { hasText: 'Annotations' }).first();
        await header.waitFor({ timeout: 20_000 });
        if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
        const row = page.locator('.monaco-list-row', { hasText: 'not a leader' }).first();
        await row.waitFor({ timeout: 20_000 });
        await page.locator('.monaco-list-row', { hasText: 'leader: Mike Pence' }).first().waitFor({ timeout: 20_000 });
        await page.locator('.monaco-list-row', { hasText: '2 labels' }).first().waitFor({ timeout: 10_000 });
        log('Annotations view: ' + (await row.textContent()));
        await screenshot('annotations-view', { readme: true });
      } catch (err) {
        await screenshot('failed-annotations-before-cleanup');
        throw err;
      } finally {
        cleanUp(workspace);
      }
    },
  },
];
