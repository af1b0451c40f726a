// The workbench itself: the sample readouts are in the Explorer and a readout opens with its text
// painted in the editor. Every other check builds on this working.
export default [
  {
    name: 'explorer lists the sample readouts',
    async run({ page, workbench }) {
      await workbench.runCommand('View: Show Explorer');
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'readouts' }).first().waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'a readout opens with its text in the editor',
    async run({ workbench, screenshot }) {
      await workbench.openFile('106_us_korea_trump_moon_2018.txt');
      await workbench.waitForEditorText('President Donald J. Trump spoke today with President Moon Jae-in');
      await screenshot('readout-open');
    },
  },
];
